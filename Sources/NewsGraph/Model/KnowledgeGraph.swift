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

    public init(document: String, sentence: Int, start: Int, end: Int, text: String) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.sentence, lhs.start) < (rhs.document, rhs.sentence, rhs.start)
    }
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
        self.date = date
        self.place = place
        self.evidence = Array(Set(evidence)).sorted()
    }

    /// What makes two relations the same edge.
    public var key: RelationKey { RelationKey(type: type, source: source, target: target, title: title) }
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

/// The whole graph: entities sorted by id, relations by type, source and target.
public struct KnowledgeGraph: Codable, Hashable, Sendable {
    public private(set) var entities: [Entity]
    public private(set) var relations: [Relation]

    /// Builds a graph in canonical order; relations with the same key are merged
    /// (their evidence joined) and relations to unknown entities dropped.
    public init(entities: [Entity], relations: [Relation]) {
        var byID: [EntityID: Entity] = [:]
        for entity in entities {
            if var existing = byID[entity.id] {
                existing.aliases = Array(Set(existing.aliases + entity.aliases + [entity.name]).subtracting([existing.name])).sorted()
                existing.mentions += entity.mentions
                existing.date = existing.date ?? entity.date
                byID[entity.id] = existing
            } else {
                byID[entity.id] = entity
            }
        }
        self.entities = byID.values.sorted { $0.id < $1.id }

        var merged: [RelationKey: Relation] = [:]
        for relation in relations where byID[relation.source] != nil && byID[relation.target] != nil {
            if var existing = merged[relation.key] {
                existing.evidence = Array(Set(existing.evidence + relation.evidence)).sorted()
                existing.date = existing.date ?? relation.date
                existing.place = existing.place ?? relation.place
                merged[relation.key] = existing
            } else {
                merged[relation.key] = relation
            }
        }
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
            relations: try container.decode([Relation].self, forKey: .relations)
        )
    }
}
