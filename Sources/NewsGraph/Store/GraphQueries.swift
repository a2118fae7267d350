import Foundation
import GRDB

/// Questions the shell asks of the stored graph, answered with indexed SQL so they
/// stay fast on large stores.
extension GraphStore {
    /// What a name given on the command line stands for (see ``EntityLookup``).
    public typealias Lookup = EntityLookup

    /// Finds an entity by id or by any of its names, ignoring case, diacritics and
    /// romanisation ("zelenskyy" finds Volodymyr Zelensky).
    public func lookup(_ name: String) throws -> Lookup {
        try read { db in
            if let entity = try Self.entity(db, id: name) { return .found(entity) }
            let key = Self.lookupKey(name)
            // A one-word name ("Bush") may be the surname of people it is no alias of:
            // they are candidates too, so it is ambiguous rather than silently one of them.
            let sql = key.contains(" ") || key.isEmpty
                ? "SELECT DISTINCT entity FROM aliases WHERE key = ?1 ORDER BY entity"
                : "SELECT DISTINCT a.entity FROM aliases a JOIN entities e ON e.id = a.entity WHERE a.key = ?1 OR (e.type = 'person' AND a.last_word = ?1) ORDER BY a.entity"
            let ids = try String.fetchAll(db, sql: sql, arguments: [key])
            let entities = try ids.compactMap { try Self.entity(db, id: $0) }
            switch entities.count {
            case 1: return .found(entities[0])
            case 0: return .missing(suggestions: try Self.suggestions(db, for: key))
            default: return .ambiguous(entities)
            }
        }
    }

    /// An entity with its aliases, by id.
    public func entity(id: String) throws -> Entity? {
        try read { db in try Self.entity(db, id: id) }
    }

    /// An entity reached from the one asked about, with the edge it was reached by.
    public struct Neighbor: Sendable {
        public var entity: Entity
        /// 1 for a direct neighbour, 2 for a neighbour's neighbour...
        public var depth: Int
        /// The edge that led to it (from an entity at `depth - 1`).
        public var relation: Relation
    }

    /// What narrows a neighbourhood (see ``GraphFilter``).
    public typealias Filter = GraphFilter

    /// The entities within `depth` edges of one, nearest first, each once.
    public func neighbors(of id: EntityID, depth: Int = 1, filter: Filter = Filter()) throws -> [Neighbor] {
        try read { db in
            var seen: Set<EntityID> = [id]
            var frontier = [id]
            var found: [Neighbor] = []
            for level in 1...max(depth, 1) {
                var next: [EntityID] = []
                for current in frontier {
                    for relation in try Self.edges(db, of: current, filter: filter) {
                        let other = relation.source == current ? relation.target : relation.source
                        guard !seen.contains(other), let entity = try Self.entity(db, id: other.rawValue) else { continue }
                        if !filter.types.isEmpty, !filter.types.contains(entity.type) { continue }
                        seen.insert(other)
                        next.append(other)
                        found.append(Neighbor(entity: entity, depth: level, relation: relation))
                    }
                }
                frontier = next
                if frontier.isEmpty { break }
            }
            return found
        }
    }

    /// Every edge between two entities, either way, with its evidence.
    public func relations(between a: EntityID, and b: EntityID) throws -> [Relation] {
        try read { db in
            try Self.relations(db, where: "(r.source = ? AND r.target = ?) OR (r.source = ? AND r.target = ?)",
                               arguments: [a.rawValue, b.rawValue, b.rawValue, a.rawValue])
        }
    }

    /// The shortest chain of edges from one entity to another (breadth first, at most
    /// `maxDepth` steps), or nil when none is that short.
    public func path(from start: EntityID, to goal: EntityID, maxDepth: Int = 6) throws -> [Relation]? {
        if start == goal { return [] }
        return try read { db in
            var cameFrom: [EntityID: Relation] = [:]
            var seen: Set<EntityID> = [start]
            var frontier = [start]
            for _ in 0..<maxDepth {
                var next: [EntityID] = []
                for current in frontier {
                    for relation in try Self.edges(db, of: current, filter: Filter()) {
                        let other = relation.source == current ? relation.target : relation.source
                        guard seen.insert(other).inserted else { continue }
                        cameFrom[other] = relation
                        if other == goal {
                            var steps: [Relation] = []
                            var node = goal
                            while node != start, let step = cameFrom[node] {
                                steps.insert(step, at: 0)
                                node = step.source == node ? step.target : step.source
                            }
                            return steps
                        }
                        next.append(other)
                    }
                }
                frontier = next
                if frontier.isEmpty { break }
            }
            return nil
        }
    }

    /// An entity listed with how connected it is.
    public struct EntitySummary: Sendable {
        public var entity: Entity
        public var relations: Int
    }

    /// Entities, of one type or all, sorted by id.
    public func entities(type: EntityType? = nil) throws -> [EntitySummary] {
        try read { db in
            let sql = """
                SELECT e.id, (SELECT COUNT(*) FROM relations WHERE source = e.id) + (SELECT COUNT(*) FROM relations WHERE target = e.id) AS degree
                FROM entities e \(type == nil ? "" : "WHERE e.type = ?") ORDER BY e.id
                """
            return try Row.fetchAll(db, sql: sql, arguments: type.map { [$0.rawValue] } ?? []).compactMap { row in
                try Self.entity(db, id: row["id"]).map { EntitySummary(entity: $0, relations: row["degree"]) }
            }
        }
    }

    /// Everything known of one entity, for `newsgraph show`.
    public struct Profile: Sendable {
        public var entity: Entity
        /// `holds_office` edges from it, with titles and the days they were seen.
        public var offices: [Relation]
        /// Edge types touching it, with how many edges of each.
        public var relationCounts: [(type: RelationType, count: Int)]
        /// The first and last day it was seen: its articles' dates and its events'.
        public var firstSeen: String?
        public var lastSeen: String?
        /// The articles that mention it.
        public var documents: [String]
    }

    public func profile(of id: EntityID) throws -> Profile? {
        try read { db in
            guard let entity = try Self.entity(db, id: id.rawValue) else { return nil }
            let offices = try Self.relations(db, where: "r.source = ? AND r.type = 'holds_office'", arguments: [id.rawValue])
            let counts = try Row.fetchAll(db, sql: """
                SELECT type, COUNT(*) AS n FROM relations WHERE source = ? OR target = ? GROUP BY type ORDER BY type
                """, arguments: [id.rawValue, id.rawValue]).compactMap { row in
                RelationType(rawValue: row["type"]).map { (type: $0, count: row["n"] as Int) }
            }
            // Mentions belong to the articles' entity ids; `members` says which are this entity's.
            let documents = try String.fetchAll(db, sql: """
                SELECT DISTINCT m.document FROM members s JOIN mentions m ON m.article_entity = s.article_entity
                WHERE s.entity = ? ORDER BY m.document
                """, arguments: [id.rawValue])
            let dates = try String.fetchAll(db, sql: """
                SELECT d.date FROM documents d WHERE d.date IS NOT NULL AND d.id IN (
                    SELECT m.document FROM members s JOIN mentions m ON m.article_entity = s.article_entity WHERE s.entity = ?1)
                UNION SELECT ev.date FROM evidence ev JOIN relations r ON r.id = ev.relation
                WHERE ev.date IS NOT NULL AND (r.source = ?1 OR r.target = ?1)
                """, arguments: [id.rawValue])
            return Profile(entity: entity, offices: offices, relationCounts: counts, firstSeen: dates.min(), lastSeen: dates.max(), documents: documents)
        }
    }

    /// How big the stored graph is.
    public struct Stats: Sendable {
        public var documents: Int
        public var entities: Int
        public var relations: Int
        public var evidence: Int
        public var mentions: Int
        public var entitiesByType: [(type: String, count: Int)]
        public var relationsByType: [(type: String, count: Int)]
    }

    public func stats() throws -> Stats {
        try read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            func grouped(_ table: String) throws -> [(type: String, count: Int)] {
                try Row.fetchAll(db, sql: "SELECT type, COUNT(*) AS n FROM \(table) GROUP BY type ORDER BY type").map { (type: $0["type"], count: $0["n"]) }
            }
            return Stats(documents: try count("documents"), entities: try count("entities"), relations: try count("relations"),
                         evidence: try count("evidence"), mentions: try count("mentions"),
                         entitiesByType: try grouped("entities"), relationsByType: try grouped("relations"))
        }
    }

    /// Every merged cluster: the entity and, for each alias, the rule that joined it.
    public func aliasClusters() throws -> [(entity: Entity, aliases: [(name: String, rule: String)])] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT entity, name, rule FROM aliases WHERE rule != 'canonical' ORDER BY entity, name")
            var byEntity: [String: [(name: String, rule: String)]] = [:]
            for row in rows { byEntity[row["entity"], default: []].append((row["name"], row["rule"])) }
            return try byEntity.keys.sorted().compactMap { id in
                try Self.entity(db, id: id).map { (entity: $0, aliases: byEntity[id]!) }
            }
        }
    }

    // MARK: Helpers

    static func entity(_ db: Database, id: String) throws -> Entity? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, type, name, date, mentions FROM entities WHERE id = ?", arguments: [id]),
              let type = EntityType(rawValue: row["type"]) else { return nil }
        let aliases = try String.fetchAll(db, sql: "SELECT name FROM aliases WHERE entity = ? ORDER BY name", arguments: [id])
        return Entity(id: EntityID(rawValue: row["id"]), type: type, name: row["name"], aliases: aliases, mentions: row["mentions"], date: row["date"])
    }

    /// The edges touching an entity that pass a filter, in a stable order.
    static func edges(_ db: Database, of id: EntityID, filter: Filter) throws -> [Relation] {
        var condition = "(r.source = ?1 OR r.target = ?1)"
        var arguments: [String] = [id.rawValue]
        if !filter.relations.isEmpty {
            condition += " AND r.type IN (" + filter.relations.map(\.rawValue).sorted().map { _ in "?" }.joined(separator: ",") + ")"
            arguments += filter.relations.map(\.rawValue).sorted()
        }
        return try relations(db, where: condition, arguments: StatementArguments(arguments)).filter(filter.admits)
            .sorted { ($0.type.rawValue, $0.source, $0.target) < ($1.type.rawValue, $1.source, $1.target) }
    }

    /// Known names closest to an unknown one: those sharing a word or a prefix
    /// with it, ranked by edit distance.
    static func suggestions(_ db: Database, for key: String, limit: Int = 5) throws -> [String] {
        let words = key.split(separator: " ").map(String.init).filter { $0.count >= 3 }
        var patterns = ["\(key.prefix(3))%"]
        for word in words { patterns += ["\(word.prefix(4))%", "% \(word.prefix(4))%"] }
        let condition = patterns.map { _ in "key LIKE ?" }.joined(separator: " OR ")
        let rows = try Row.fetchAll(db, sql: "SELECT DISTINCT name, key FROM aliases WHERE \(condition) LIMIT 2000", arguments: StatementArguments(patterns))
        let ranked = rows.map { (name: $0["name"] as String, distance: editDistance(key, $0["key"])) }
            .filter { $0.distance <= max(3, key.count / 2) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        var names: [String] = []
        for candidate in ranked where !names.contains(candidate.name) { names.append(candidate.name) }
        return Array(names.prefix(limit))
    }

    /// Levenshtein distance between two strings, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
