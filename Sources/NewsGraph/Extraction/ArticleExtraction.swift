/// Where a name (or a description standing for an entity) occurs in a document.
public struct Mention: Codable, Hashable, Sendable, Comparable {
    /// Unicode scalar offsets in the cleaned document text.
    public var start: Int
    public var end: Int
    public var text: String
    public var sentence: Int
    /// `"description"` for a phrase such as "the Armenian leader"; nil for a name.
    public var kind: String?

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
}

/// Everything one article yields.
public struct ArticleExtraction: Sendable {
    public var document: Document
    public var entities: [ArticleEntity]
    public var relations: [Relation]

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
        let perID = KnowledgeGraph(entities: extractions.flatMap(\.graphEntities), relations: []).entities
        let (entities, mapping, rules) = resolver.resolveExplained(perID)
        let relations = extractions.flatMap(\.relations).compactMap { relation -> Relation? in
            guard let source = mapping[relation.source], let target = mapping[relation.target], source != target else { return nil }
            return Relation(type: relation.type, source: source, target: target, title: relation.title,
                            date: relation.date, place: relation.place, evidence: relation.evidence)
        }
        return (KnowledgeGraph(entities: entities, relations: relations, sources: extractions.map { Source($0.document) }), mapping, rules.mapValues { $0.mapValues(\.rawValue) })
    }
}
