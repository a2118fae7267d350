import Foundation

/// What a report shows, worked out once for the HTML and Markdown forms: entities by
/// type with their offices, the dated events in order, the treaties with their
/// parties, every relation with its sentences, and the articles cited.
public struct ReportContent: Sendable {
    public struct EntityRow: Sendable {
        public var entity: Entity
        /// "President of Russia", as the entity's `holds_office` edges say.
        public var offices: [String]
        /// Relations it takes part in, each as "met Jane Doe (2024-05-02)".
        public var relations: [String]
    }

    public struct Event: Sendable {
        public var date: String
        /// "phoned", "summit", "signed"...
        public var kind: String
        public var who: [String]
        public var planned: Bool
        public var evidence: Int
    }

    public struct Treaty: Sendable {
        public var entity: Entity
        public var parties: [String]
        public var brokers: [String]
    }

    public let graph: KnowledgeGraph
    public let title: String
    public let entitiesByType: [(type: EntityType, rows: [EntityRow])]
    public let timeline: [Event]
    public let treaties: [Treaty]
    private let names: [EntityID: String]
    private let sourcesByID: [String: Source]

    public init(graph: KnowledgeGraph, title: String) {
        self.graph = graph
        self.title = title
        let names = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.name) })
        self.names = names
        sourcesByID = Dictionary(graph.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: EntityID) -> String { names[id] ?? id.rawValue }
        // Each entity's relations, in the graph's order, found in one pass.
        var relationsOf: [EntityID: [Relation]] = [:]
        for relation in graph.relations {
            relationsOf[relation.source, default: []].append(relation)
            relationsOf[relation.target, default: []].append(relation)
        }

        var rows: [EntityType: [EntityRow]] = [:]
        for entity in graph.entities {
            let touching = relationsOf[entity.id] ?? []
            let offices = touching.filter { $0.type == .holdsOffice && $0.source == entity.id }.map { relation in
                [relation.title, "of " + name(relation.target)].compactMap { $0 }.joined(separator: " ")
            }
            let relations = touching.map { relation -> String in
                let outgoing = relation.source == entity.id
                let other = name(outgoing ? relation.target : relation.source)
                var text = outgoing || relation.type.isSymmetric ? "\(Diagram.label(of: relation)) \(other)" : "\(other) \(Diagram.label(of: relation)) it"
                if relation.evidence.count > 1 { text += " [\(relation.evidence.count) sentences]" }
                return text
            }
            rows[entity.type, default: []].append(EntityRow(entity: entity, offices: offices, relations: relations))
        }
        entitiesByType = rows.keys.sorted().map { type in
            (type, rows[type]!.sorted { ($0.entity.name.lowercased(), $0.entity.id) < ($1.entity.name.lowercased(), $1.entity.id) })
        }

        var events: [Event] = graph.relations.compactMap { relation in
            guard relation.type.isEvent, let date = relation.date else { return nil }
            return Event(date: date, kind: relation.type.label, who: [name(relation.source), name(relation.target)],
                         planned: relation.status == .planned, evidence: relation.evidence.count)
        }
        for entity in graph.entities where entity.type == .summit {
            guard let date = entity.date else { continue }
            let touching = relationsOf[entity.id] ?? []
            let attendees = touching.filter { $0.target == entity.id && ($0.type == .attended || $0.type == .hosted) }.map { name($0.source) }
            events.append(Event(date: date, kind: "summit: \(entity.name)", who: Array(Set(attendees)).sorted(), planned: false,
                                evidence: touching.reduce(0) { $0 + $1.evidence.count }))
        }
        timeline = events.sorted { ($0.date, $0.kind, $0.who.joined(separator: "\u{1}")) < ($1.date, $1.kind, $1.who.joined(separator: "\u{1}")) }

        treaties = graph.entities.filter { $0.type == .treaty }.map { treaty in
            let touching = relationsOf[treaty.id] ?? []
            let parties = touching.filter { $0.type == .signed && $0.target == treaty.id }.map { name($0.source) }
            let brokers = touching.filter { $0.type == .brokered && $0.target == treaty.id }.map { name($0.source) }
            return Treaty(entity: treaty, parties: Array(Set(parties)).sorted(), brokers: Array(Set(brokers)).sorted())
        }.sorted { ($0.entity.date ?? "9999", $0.entity.name) < ($1.entity.date ?? "9999", $1.entity.name) }
    }

    /// The entity's name, or its id when the graph does not hold it.
    public func name(of id: EntityID) -> String { names[id] ?? id.rawValue }

    /// "Jane Doe — met — John Roe".
    public func headline(of relation: Relation) -> String {
        "\(name(of: relation.source)) — \(Diagram.label(of: relation)) — \(name(of: relation.target))"
    }

    /// Date, status and CAMEO code of an edge, as one line ("2021-01-11 · planned · CAMEO 044").
    public func details(of relation: Relation) -> String {
        var parts: [String] = []
        if let date = relation.date { parts.append(date) }
        if let first = relation.firstSeen, let last = relation.lastSeen { parts.append(first == last ? "seen \(first)" : "seen \(first) to \(last)") }
        if let place = relation.place { parts.append("in \(name(of: EntityID(rawValue: place)))") }
        if relation.status == .planned { parts.append("planned") }
        if let cameo = relation.cameo { parts.append("CAMEO \(cameo)") }
        parts.append(relation.evidence.count == 1 ? "1 sentence" : "\(relation.evidence.count) sentences")
        return parts.joined(separator: " · ")
    }

    /// The article an evidence sentence came from, as a reader cites it.
    public func citation(of evidence: Evidence) -> String {
        let source = sourcesByID[evidence.document]
        var parts = [source?.title ?? evidence.document]
        if let date = source?.date { parts.append(date) }
        parts.append("sentence \(evidence.sentence + 1)")
        if let reporter = evidence.reportedBy { parts.append("according to \(reporter)") }
        return parts.joined(separator: ", ")
    }

    /// The one-line summary under the title.
    public var summary: String {
        let dates = graph.sources.compactMap(\.date).sorted()
        var text = "\(graph.entities.count) entities and \(graph.relations.count) relations from \(graph.sources.count) "
            + (graph.sources.count == 1 ? "article" : "articles")
        if let first = dates.first, let last = dates.last { text += first == last ? ", dated \(first)" : ", dated \(first) to \(last)" }
        return text + "."
    }

    /// The report's diagram: entities without any relation are left to the tables,
    /// where they do not push the connected part of the drawing aside.
    public static func diagram(of graph: KnowledgeGraph, caption: String?) -> Diagram {
        let linked = Set(graph.relations.flatMap { [$0.source, $0.target] })
        let alone = graph.entities.filter { !linked.contains($0.id) }.count
        guard alone > 0, !linked.isEmpty else { return Diagram(graph, caption: caption) }
        let note = "\(alone) \(alone == 1 ? "entity" : "entities") without relations: see the tables."
        let drawn = KnowledgeGraph(entities: graph.entities.filter { linked.contains($0.id) }, relations: graph.relations, sources: graph.sources)
        return Diagram(drawn, caption: [caption, note].compactMap { $0 }.joined(separator: "\n"))
    }

    /// A URL a report may link to: http or https only, so a `javascript:` link in an
    /// article's metadata stays text.
    public static func safeLink(_ url: String?) -> URL? {
        guard let url = url?.trimmingEnds(in: .whitespacesAndNewlines), let parsed = URL(string: url),
              let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https", parsed.host != nil else { return nil }
        return parsed
    }
}
