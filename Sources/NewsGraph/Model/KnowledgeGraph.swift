import Foundation

/// A real thing the articles speak of: a person, a state, a treaty...
public struct Entity: Codable, Hashable, Sendable {
    public var id: EntityID
    public var type: EntityType
    /// The canonical name: the fullest common spelling seen.
    public var name: String
    /// Every other name the articles used, sorted.
    public var aliases: [String]
    /// How many times the articles mention it.
    public var mentions: Int
    /// ISO 8601 date of a treaty or summit, when known.
    public var date: String?

    public init(id: EntityID? = nil, type: EntityType, name: String, aliases: [String] = [], mentions: Int = 1, date: String? = nil) {
        self.id = id ?? EntityID(type: type, name: name)
        self.type = type
        self.name = name
        self.aliases = Array(Set(aliases).subtracting([name])).sorted()
        self.mentions = mentions
        self.date = date
    }
}

/// A sentence a relation rests on, located in its document.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    /// The document's id: its file name without the extension.
    public var document: String
    /// The sentence's index in the document, from 0.
    public var sentence: Int
    /// Unicode scalar offsets of the sentence in the cleaned document text.
    public var start: Int
    public var end: Int
    public var text: String
    /// ISO 8601 date the sentence gives its event ("on Monday" resolved against the
    /// article's date); on `holds_office`, the day the office was seen held.
    public var date: String?
    /// The date phrase as written, when it could not be resolved to a date.
    public var dateText: String?
    /// `planned` for an event the sentence announces ("will visit").
    public var status: EventStatus?
    /// Who the sentence reports it from ("the Kremlin said", "according to TASS").
    public var reportedBy: String?

    public init(document: String, sentence: Int, start: Int, end: Int, text: String,
                date: String? = nil, dateText: String? = nil, status: EventStatus? = nil, reportedBy: String? = nil) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.date = date
        self.dateText = dateText
        self.status = status
        self.reportedBy = reportedBy
    }

    enum CodingKeys: String, CodingKey {
        case document, sentence, start, end, text, date, status
        case dateText = "date_text", reportedBy = "reported_by"
    }

    /// By document and place in it; two of one sentence (a meeting held and one
    /// announced) by what else they say, so that sorting a set of them gives one order.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if (lhs.document, lhs.sentence, lhs.start) != (rhs.document, rhs.sentence, rhs.start) {
            return (lhs.document, lhs.sentence, lhs.start) < (rhs.document, rhs.sentence, rhs.start)
        }
        return (lhs.end, lhs.status?.rawValue ?? "", lhs.date ?? "", lhs.dateText ?? "", lhs.reportedBy ?? "", lhs.text)
            < (rhs.end, rhs.status?.rawValue ?? "", rhs.date ?? "", rhs.dateText ?? "", rhs.reportedBy ?? "", rhs.text)
    }
}

/// Whether an event took place or is announced.
public enum EventStatus: String, Codable, Hashable, Sendable {
    case planned
}

/// A typed edge between two entities with the sentences that support it.
public struct Relation: Codable, Hashable, Sendable {
    public var type: RelationType
    public var source: EntityID
    public var target: EntityID
    /// The post, on `holds_office`.
    public var title: String?
    /// ISO 8601 date of the event, when the text gives one.
    public var date: String?
    /// Where a meeting took place, on `met`.
    public var place: String?
    public var evidence: [Evidence]

    public init(type: RelationType, source: EntityID, target: EntityID, title: String? = nil, date: String? = nil, place: String? = nil, evidence: [Evidence] = []) {
        // A symmetric edge is stored one way only, so (A, B) and (B, A) are one edge.
        if type.isSymmetric && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
        self.title = title
        self.place = place
        self.evidence = Array(Set(evidence)).sorted()
        self.date = Self.earliest(date, type.isEvent ? self.evidence.compactMap(\.date).min() : nil)
    }

    /// The earlier of two optional ISO dates (ISO dates sort as text).
    static func earliest(_ a: String?, _ b: String?) -> String? {
        switch (a, b) {
        case let (a?, b?): return min(a, b)
        default: return a ?? b
        }
    }

    /// The date of two edges merged into one: a held event's over an announced
    /// one's ("met on Monday" and "will meet again later this year"), even when the
    /// held one has none; the narrower
    /// of two that overlap ("2026-03-02" over "2026"), else the earlier.
    static func mergedDate(_ one: Relation, _ other: Relation) -> String? {
        // "led the talks" with no date and "agreed to meet again on October 25": the
        // date to come is not the held talks' date.
        if (one.date == nil) != (other.date == nil), (one.status == .planned) != (other.status == .planned) {
            return (one.status == .planned ? other : one).date
        }
        guard let a = one.date, let b = other.date else { return one.date ?? other.date }
        if (one.status == .planned) != (other.status == .planned) { return one.status == .planned ? b : a }
        if b.hasPrefix(a) { return b }
        if a.hasPrefix(b) { return a }
        return min(a, b)
    }

    /// The CAMEO event code of the edge's type, for lining up with event data.
    public var cameo: String? { type.cameo }

    /// `planned` when every sentence behind the edge announces it rather than reports it.
    public var status: EventStatus? {
        !evidence.isEmpty && evidence.allSatisfy { $0.status == .planned } ? .planned : nil
    }

    /// On `holds_office`: the first and last day the office was seen held.
    public var firstSeen: String? { type == .holdsOffice ? evidence.compactMap(\.date).min() : nil }
    public var lastSeen: String? { type == .holdsOffice ? evidence.compactMap(\.date).max() : nil }

    enum CodingKeys: String, CodingKey {
        case type, source, target, title, date, place, evidence, cameo, status
        case firstSeen = "first_seen", lastSeen = "last_seen"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(type: try c.decode(RelationType.self, forKey: .type), source: try c.decode(EntityID.self, forKey: .source),
                  target: try c.decode(EntityID.self, forKey: .target), title: try c.decodeIfPresent(String.self, forKey: .title),
                  date: try c.decodeIfPresent(String.self, forKey: .date), place: try c.decodeIfPresent(String.self, forKey: .place),
                  evidence: try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? [])
    }

    /// The stored fields and, for readers, the ones derived from the evidence.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encode(evidence, forKey: .evidence)
        try c.encodeIfPresent(cameo, forKey: .cameo)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(firstSeen, forKey: .firstSeen)
        try c.encodeIfPresent(lastSeen, forKey: .lastSeen)
    }

    /// What makes two relations the same edge.
    public var key: RelationKey { RelationKey(type: type, source: source, target: target, title: title) }

    /// Relations with one key made one edge: their evidence joined, the earliest date
    /// and the least place, so the result does not depend on their order. An event
    /// that took place has only the places it took place in: "met in Lima ... agreed
    /// to meet again in Quito" did not meet in Quito.
    static func merging(_ relations: [Relation]) -> [RelationKey: Relation] {
        var merged: [RelationKey: Relation] = [:]
        // The places of the edges that took place, for each key that has one.
        var placesTakenPlace: [RelationKey: [String]] = [:]
        for relation in relations {
            if relation.status != .planned { placesTakenPlace[relation.key, default: []] += relation.place.map { [$0] } ?? [] }
            if var existing = merged[relation.key] {
                existing.date = Relation.mergedDate(existing, relation)
                existing.evidence = Array(Set(existing.evidence + relation.evidence)).sorted()
                existing.place = [existing.place, relation.place].compactMap { $0 }.min()
                merged[relation.key] = existing
            } else {
                merged[relation.key] = relation
            }
        }
        for (key, places) in placesTakenPlace { merged[key]?.place = places.min() }
        return merged
    }
}

/// The identity of an edge: its type, endpoints and (for offices) title.
public struct RelationKey: Hashable, Comparable, Sendable {
    public var type: RelationType
    public var source: EntityID
    public var target: EntityID
    public var title: String?

    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        (lhs.type.rawValue, lhs.source, lhs.target, lhs.title ?? "") < (rhs.type.rawValue, rhs.source, rhs.target, rhs.title ?? "")
    }
}

/// An article the graph was built from, as the evidence's `document` names it.
public struct Source: Codable, Hashable, Sendable, Comparable {
    /// The document's id: its file name without the extension.
    public var id: String
    public var title: String?
    /// ISO 8601 publication date, when known.
    public var date: String?
    public var url: String?

    public init(id: String, title: String? = nil, date: String? = nil, url: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
    }

    public init(_ document: Document) {
        self.init(id: document.id, title: document.title, date: document.date, url: document.url)
    }

    public static func < (lhs: Source, rhs: Source) -> Bool { lhs.id < rhs.id }
}

/// The whole graph: entities sorted by id, relations by type, source and target.
public struct KnowledgeGraph: Codable, Hashable, Sendable {
    public private(set) var entities: [Entity]
    public private(set) var relations: [Relation]
    /// The articles it was built from, sorted by id (an extra field of the JSON form:
    /// graphs written before it read back with none).
    public private(set) var sources: [Source]

    /// Builds a graph in canonical order; relations with the same key are merged
    /// (their evidence joined) and relations to unknown entities dropped.
    public init(entities: [Entity], relations: [Relation], sources: [Source] = []) {
        var sourcesByID: [String: Source] = [:]
        for source in sources where sourcesByID[source.id] == nil { sourcesByID[source.id] = source }
        self.sources = sourcesByID.values.sorted()

        var byID: [EntityID: Entity] = [:]
        for entity in entities {
            if var existing = byID[entity.id] {
                existing.aliases = Array(Set(existing.aliases + entity.aliases + [entity.name]).subtracting([existing.name])).sorted()
                existing.mentions += entity.mentions
                existing.date = Relation.earliest(existing.date, entity.date)
                byID[entity.id] = existing
            } else {
                byID[entity.id] = entity
            }
        }
        self.entities = byID.values.sorted { $0.id < $1.id }

        let merged = Relation.merging(relations.filter { byID[$0.source] != nil && byID[$0.target] != nil })
        self.relations = merged.keys.sorted().map { merged[$0]! }
    }

    public static let empty = KnowledgeGraph(entities: [], relations: [])

    public func entity(_ id: EntityID) -> Entity? {
        entities.first { $0.id == id }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            entities: try container.decode([Entity].self, forKey: .entities),
            relations: try container.decode([Relation].self, forKey: .relations),
            sources: try container.decodeIfPresent([Source].self, forKey: .sources) ?? []
        )
    }
}
