/// Where a name (or a description standing for an entity) occurs in a document.
public struct Mention: Codable, Hashable, Sendable, Comparable {
    /// Unicode scalar offsets in the cleaned document text.
    public var start: Int
    public var end: Int
    public var text: String
    public var sentence: Int
    /// `"description"` for a phrase such as "the Armenian leader"; nil for a name.
    public var kind: String?

    public init(start: Int, end: Int, text: String, sentence: Int, kind: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.kind = kind
    }

    public static func < (lhs: Mention, rhs: Mention) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}

/// An entity as one article shows it, before any merging across articles.
public struct ArticleEntity: Codable, Hashable, Sendable {
    public var id: EntityID
    public var type: EntityType
    public var name: String
    public var mentions: [Mention]
    /// ISO 8601 date of a treaty or summit, when the text gives one.
    public var date: String?
    /// States a treaty or summit is between, as the text pairs them ("Armenian-Azerbaijani talks").
    public var parties: [EntityID]?

    public init(id: EntityID, type: EntityType, name: String, mentions: [Mention], date: String? = nil, parties: [EntityID]? = nil) {
        self.id = id
        self.type = type
        self.name = name
        self.mentions = mentions
        self.date = date
        self.parties = parties
    }
}

/// Everything one article yields.
public struct ArticleExtraction: Sendable {
    public var document: Document
    public var entities: [ArticleEntity]
    public var relations: [Relation]

    public init(document: Document, entities: [ArticleEntity], relations: [Relation]) {
        self.document = document
        self.entities = entities
        self.relations = relations
    }

    /// The states each treaty or summit of the article is tied to: related to it by
    /// an edge, or named in a sentence that names it.
    public var eventParties: [EntityID: Set<String>] {
        var statesBySentence: [Int: Set<String>] = [:]
        for entity in entities where entity.type == .state {
            for mention in entity.mentions { statesBySentence[mention.sentence, default: []].insert(entity.id.rawValue) }
        }
        var parties: [EntityID: Set<String>] = [:]
        for entity in entities where entity.type == .treaty || entity.type == .summit {
            parties[entity.id] = entity.mentions.reduce(into: Set((entity.parties ?? []).map(\.rawValue))) {
                $0.formUnion(statesBySentence[$1.sentence] ?? [])
            }
        }
        for relation in relations {
            for (event, other) in [(relation.source, relation.target), (relation.target, relation.source)]
            where parties[event] != nil && other.type == .state {
                parties[event]?.insert(other.rawValue)
            }
        }
        return parties
    }

    /// The article's entities as graph entities: every name mentioned is an alias.
    public var graphEntities: [Entity] {
        entities.map { entity in
            let names = entity.mentions.filter { $0.kind == nil }.map(\.text)
            return Entity(id: entity.id, type: entity.type, name: entity.name, aliases: names, mentions: entity.mentions.count, date: entity.date)
        }
    }
}

/// Builds the knowledge graph from many articles' extractions: one node per real
/// thing (``AliasResolver``), relations moved onto the merged nodes.
public enum GraphBuilder {
    public static func build(_ extractions: [ArticleExtraction], resolver: AliasResolver = AliasResolver()) -> KnowledgeGraph {
        buildWithMapping(extractions, resolver: resolver).graph
    }

    /// As `build`, with the merged id of every article entity and the rule behind each alias.
    public static func buildWithMapping(_ extractions: [ArticleExtraction], resolver: AliasResolver = AliasResolver())
        -> (graph: KnowledgeGraph, mapping: [EntityID: EntityID], rules: [EntityID: [String: String]]) {
        // Entities with one id across articles are one before resolution starts.
        var tallies: [EntityID: EntityTally] = [:]
        for extraction in extractions {
            for (id, tally) in extraction.tallies { tallies[id, default: EntityTally(type: tally.type)].add(tally) }
        }
        let perID = tallies.map { $0.value.entity(id: $0.key) }
        let (entities, mapping, rules) = resolver.resolveExplained(perID, parties: tallies.mapValues(\.partySet))
        let relations = extractions.flatMap(\.relations).compactMap { relation -> Relation? in
            guard let source = mapping[relation.source], let target = mapping[relation.target], source != target else { return nil }
            // The place of a meeting is an entity id, merged like the ends.
            let place = relation.place.map { mapping[EntityID(rawValue: $0)]?.rawValue ?? $0 }
            return Relation(type: relation.type, source: source, target: target, title: relation.title,
                            date: relation.date, place: place, evidence: relation.evidence)
        }
        return (KnowledgeGraph(entities: entities, relations: relations, sources: extractions.map { Source($0.document) }), mapping, rules.mapValues { $0.mapValues(\.rawValue) })
    }
}
