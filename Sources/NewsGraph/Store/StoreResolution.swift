import Foundation
import GRDB

/// What saving or removing articles changed, for resolving the graph again where
/// it changed: the entity ids the old and new versions speak of, the resolution
/// keys the old versions carried, and the ends of their relations.
struct ArticleChange {
    var entities: Set<String> = []
    var keys: Set<String> = []
    var relations: Set<RelationEnds> = []

    /// An article's relation as stored: type, title and the article's entity ids.
    struct RelationEnds: Hashable {
        var type: String
        var source: String
        var target: String
        var title: String?
    }

    mutating func formUnion(_ other: ArticleChange) {
        entities.formUnion(other.entities)
        keys.formUnion(other.keys)
        relations.formUnion(other.relations)
    }
}

extension GraphStore {
    // MARK: Article tables

    /// Deletes a stored article and what it said (its tallies subtracted), and
    /// returns what it touched. `db.changesCount` tells whether it was stored.
    static func takeOut(_ db: Database, document: String) throws -> ArticleChange {
        var change = ArticleChange()
        var tallies: [(String, EntityTally)] = []
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT entity, tally FROM article_entities WHERE document = ?"), arguments: [document]) {
            tallies.append((row["entity"], try decoder.decode(EntityTally.self, from: row["tally"] as Data)))
            change.entities.insert(row["entity"])
        }
        change.keys = Set(try String.fetchAll(db.cachedStatement(sql: "SELECT key FROM article_keys WHERE document = ?"), arguments: [document]))
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT type, source, target, title FROM article_relations WHERE document = ?"), arguments: [document]) {
            change.relations.insert(.init(type: row["type"], source: row["source"], target: row["target"], title: row["title"]))
        }
        try addToTallies(db, tallies, sign: -1)
        // The article tables and mentions go with the document row.
        try db.cachedStatement(sql: "DELETE FROM documents WHERE id = ?").execute(arguments: [document])
        return change
    }

    /// Writes an article's entities, keys, mentions and relations into the article
    /// tables (its document row must exist) and returns its tallies, by entity id.
    static func index(_ db: Database, _ extraction: ArticleExtraction, into change: inout ArticleChange) throws -> [(String, EntityTally)] {
        let document = extraction.document.id
        var tallies: [(String, EntityTally)] = []
        for (id, tally) in extraction.tallies {
            tallies.append((id.rawValue, tally))
            change.entities.insert(id.rawValue)
            try db.cachedStatement(sql: "INSERT INTO article_entities (document, entity, tally) VALUES (?, ?, ?)").execute(
                arguments: [document, id.rawValue, try encoder.encode(tally)])
            for key in AliasResolver.keys(of: tally.entity(id: id)).sorted() {
                try db.cachedStatement(sql: "INSERT INTO article_keys (document, entity, key) VALUES (?, ?, ?)").execute(arguments: [document, id.rawValue, key])
            }
        }
        for entity in extraction.entities {
            for mention in entity.mentions {
                try db.cachedStatement(sql: #"INSERT INTO mentions (article_entity, document, start, "end", text, sentence, kind) VALUES (?, ?, ?, ?, ?, ?, ?)"#).execute(
                    arguments: [entity.id.rawValue, document, mention.start, mention.end, mention.text, mention.sentence, mention.kind])
            }
        }
        for relation in extraction.relations {
            try db.cachedStatement(sql: "INSERT INTO article_relations (document, type, source, target, title, date, place, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").execute(
                arguments: [document, relation.type.rawValue, relation.source.rawValue, relation.target.rawValue, relation.title,
                            relation.date, relation.place, try encoder.encode(relation.evidence)])
            change.relations.insert(.init(type: relation.type.rawValue, source: relation.source.rawValue, target: relation.target.rawValue, title: relation.title))
        }
        return tallies
    }

    /// Adds tallies to the totals of their ids (`sign` -1 takes them away; an id no
    /// article speaks of any more is dropped).
    static func addToTallies(_ db: Database, _ tallies: [(String, EntityTally)], sign: Int) throws {
        for (id, tally) in tallies {
            var total = try Data.fetchOne(db.cachedStatement(sql: "SELECT tally FROM tallies WHERE entity = ?"), arguments: [id])
                .map { try decoder.decode(EntityTally.self, from: $0) } ?? EntityTally(type: tally.type)
            total.add(tally, sign: sign)
            if total.articles > 0 {
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO tallies (entity, tally) VALUES (?, ?)").execute(arguments: [id, try encoder.encode(total)])
            } else {
                try db.cachedStatement(sql: "DELETE FROM tallies WHERE entity = ?").execute(arguments: [id])
            }
        }
    }

    // MARK: Resolving where the articles changed

    /// Brings the resolved graph up to date after `change`: the entity ids it touched
    /// and every id the resolver could join with them (``AliasResolver/keys(of:)``)
    /// are resolved again; entities whose members changed get their relations rebuilt
    /// from the articles, the others only the relations the changed articles gave.
    /// With `everything`, every id is resolved and every relation built (the
    /// resolved tables must be empty).
    static func resolve(_ db: Database, _ change: ArticleChange, with resolver: AliasResolver, everything: Bool = false) throws {
        var seeds = change.entities
        var closure: Set<String>
        var oldMembers: [String: Set<String>]
        repeat {
            closure = everything ? Set(try String.fetchAll(db, sql: "SELECT entity FROM tallies")) : try Self.closure(db, of: seeds, keys: change.keys, resolver: resolver)
            // The merged entities the closure's ids were part of, with all their members:
            // they lie inside the closure, but should one not, it is resolved too.
            let oldClusters = Set(try strings(db, "SELECT entity FROM members WHERE article_entity IN (?*)", closure))
            oldMembers = [:]
            for row in try rows(db, "SELECT article_entity, entity FROM members WHERE entity IN (?*)", oldClusters) {
                oldMembers[row["entity"], default: []].insert(row["article_entity"])
            }
            let outside = oldMembers.values.reduce(into: Set<String>()) { $0.formUnion($1) }.subtracting(closure)
            seeds.formUnion(outside)
            if outside.isEmpty { break }
        } while true

        // Resolve the closure as the whole graph would be resolved.
        var perID: [Entity] = []
        var parties: [EntityID: Set<String>] = [:]
        for row in try rows(db, "SELECT entity, tally FROM tallies WHERE entity IN (?*)", closure) {
            let id = EntityID(rawValue: row["entity"])
            let tally = try decoder.decode(EntityTally.self, from: row["tally"] as Data)
            perID.append(tally.entity(id: id))
            if !tally.parties.isEmpty { parties[id] = tally.partySet }
        }
        let (entities, mapping, rules) = resolver.resolveExplained(perID, parties: parties)
        var newMembers: [String: Set<String>] = [:]
        for (member, entity) in mapping { newMembers[entity.rawValue, default: []].insert(member.rawValue) }
        // Merged entities whose members changed, and those that are gone.
        let changed = Set(newMembers.keys.filter { oldMembers[$0] != newMembers[$0] })
        let gone = Set(oldMembers.keys).subtracting(newMembers.keys)

        for entity in entities {
            try db.cachedStatement(sql: """
                INSERT INTO entities (id, type, name, date, mentions) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET type = excluded.type, name = excluded.name, date = excluded.date, mentions = excluded.mentions
                """).execute(arguments: [entity.id.rawValue, entity.type.rawValue, entity.name, entity.date, entity.mentions])
            try db.cachedStatement(sql: "DELETE FROM aliases WHERE entity = ?").execute(arguments: [entity.id.rawValue])
            for name in [entity.name] + entity.aliases {
                let rule = name == entity.name ? "canonical" : rules[entity.id]?[name]?.rawValue ?? "same name"
                let key = lookupKey(name)
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases (entity, name, key, last_word, rule) VALUES (?, ?, ?, ?, ?)").execute(
                    arguments: [entity.id.rawValue, name, key, key.split(separator: " ").last.map(String.init) ?? key, rule])
            }
        }
        try execute(db, "DELETE FROM members WHERE article_entity IN (?*)", closure)
        for (member, entity) in mapping.sorted(by: { $0.key < $1.key }) {
            try db.cachedStatement(sql: "INSERT INTO members (article_entity, entity) VALUES (?, ?)").execute(arguments: [member.rawValue, entity.rawValue])
        }

        // Relations of merged entities whose members changed: all rebuilt from the articles.
        var ends = RelationEndsMap(mapping: mapping)
        let rebuilt = changed.union(gone)
        try execute(db, "DELETE FROM relations WHERE source IN (?*)", rebuilt)
        try execute(db, "DELETE FROM relations WHERE target IN (?*)", rebuilt)
        let changedMembers = changed.reduce(into: Set<String>()) { $0.formUnion(newMembers[$1]!) }
        var fromArticles = try articleRelations(db, everything ? "1" : "source IN (?*)", everything ? [] : [changedMembers])
        if !everything { fromArticles.merge(try articleRelations(db, "target IN (?*)", [changedMembers])) { a, _ in a } }
        let placed = try ends.place(fromArticles.keys.sorted().map { fromArticles[$0]! }, db)
        for relation in Relation.merging(placed).values.sorted(by: { $0.key < $1.key }) {
            try insert(relation, db)
        }

        // Relations the articles gave between merged entities that stayed as they
        // were: each edge rebuilt from every article relation between their members.
        var keys = Set<RelationKey>()
        for relation in change.relations {
            guard let type = RelationType(rawValue: relation.type),
                  let source = try ends.entity(of: relation.source, db), let target = try ends.entity(of: relation.target, db),
                  source != target, !rebuilt.contains(source.rawValue), !rebuilt.contains(target.rawValue) else { continue }
            keys.insert(Relation(type: type, source: source, target: target, title: relation.title).key)
        }
        for key in keys.sorted() {
            try db.cachedStatement(sql: "DELETE FROM relations WHERE source = ? AND type = ? AND target = ? AND title IS ?").execute(
                arguments: [key.source.rawValue, key.type.rawValue, key.target.rawValue, key.title])
            let sources = try String.fetchAll(db.cachedStatement(sql: "SELECT article_entity FROM members WHERE entity = ?"), arguments: [key.source.rawValue])
            let targets = try String.fetchAll(db.cachedStatement(sql: "SELECT article_entity FROM members WHERE entity = ?"), arguments: [key.target.rawValue])
            var candidates = try articleRelations(db, "source IN (?*) AND target IN (?*)", [Set(sources), Set(targets)])
            if key.type.isSymmetric { candidates.merge(try articleRelations(db, "source IN (?*) AND target IN (?*)", [Set(targets), Set(sources)])) { a, _ in a } }
            let matching = candidates.keys.sorted().map { candidates[$0]! }.filter { $0.type == key.type && $0.title == key.title }
            let placed = try ends.place(matching, db).filter { $0.key == key }
            if let relation = Relation.merging(placed)[key] { try insert(relation, db) }
        }
        try execute(db, "DELETE FROM entities WHERE id IN (?*)", gone)
    }

    /// The ids in `seeds` and every id linked to them by a chain of related keys;
    /// `keys` are keys the seeds carried before their articles changed.
    static func closure(_ db: Database, of seeds: Set<String>, keys: Set<String>, resolver: AliasResolver) throws -> Set<String> {
        var closure = seeds
        var frontier = seeds
        var carried = keys
        var sought = Set<String>()
        while true {
            carried.formUnion(try strings(db, "SELECT DISTINCT key FROM article_keys WHERE entity IN (?*)", frontier))
            let seek = Set(carried.flatMap(resolver.keysToSeek)).subtracting(sought)
            carried = []
            sought.formUnion(seek)
            frontier = Set(try strings(db, "SELECT DISTINCT entity FROM article_keys WHERE key IN (?*)", seek)).subtracting(closure)
            if frontier.isEmpty { return closure }
            closure.formUnion(frontier)
        }
    }

    /// Article relations, by their row id, matching a condition on the article's
    /// entity ids (`(?*)` stands for a list).
    static func articleRelations(_ db: Database, _ condition: String, _ lists: [Set<String>]) throws -> [Int64: Relation] {
        let sql = "SELECT id, type, source, target, title, date, place, evidence FROM article_relations WHERE \(condition)"
        var found: [Int64: Relation] = [:]
        for statement in lists.isEmpty ? [(sql: sql, arguments: StatementArguments())] : statements(sql, lists) {
            for row in try Row.fetchAll(db, sql: statement.sql, arguments: statement.arguments) {
                guard let type = RelationType(rawValue: row["type"]) else { continue }
                found[row["id"]] = Relation(type: type, source: EntityID(rawValue: row["source"]), target: EntityID(rawValue: row["target"]),
                                            title: row["title"], date: row["date"], place: row["place"],
                                            evidence: try decoder.decode([Evidence].self, from: row["evidence"] as Data))
            }
        }
        return found
    }

    /// Stores a resolved relation with its evidence.
    static func insert(_ relation: Relation, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO relations (type, source, target, title, date, place, evidence_count) VALUES (?, ?, ?, ?, ?, ?, ?)").execute(
            arguments: [relation.type.rawValue, relation.source.rawValue, relation.target.rawValue, relation.title,
                        relation.date, relation.place, relation.evidence.count])
        let id = db.lastInsertedRowID
        for e in relation.evidence {
            try db.cachedStatement(sql: #"INSERT INTO evidence (relation, document, sentence, start, "end", text, date, date_text, status, reported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"#).execute(
                arguments: [id, e.document, e.sentence, e.start, e.end, e.text, e.date, e.dateText, e.status?.rawValue, e.reportedBy])
        }
    }

    // MARK: SQL with lists

    /// `sql` with each `(?*)` replaced by one of the lists, split into statements that
    /// stay under SQLite's limit on bound parameters (the first list is split, the
    /// others go whole into each).
    static func statements(_ sql: String, _ lists: [Set<String>]) -> [(sql: String, arguments: StatementArguments)] {
        guard let first = lists.first, !first.isEmpty else { return [] }
        let others = lists.dropFirst().map { $0.sorted() }
        let size = max(1, 30_000 - others.reduce(0) { $0 + $1.count })
        let values = first.sorted()
        return stride(from: 0, to: values.count, by: size).map { start in
            var text = sql
            var arguments: [String] = []
            for list in [Array(values[start..<min(start + size, values.count)])] + others {
                guard let range = text.range(of: "(?*)") else { break }
                text.replaceSubrange(range, with: "(" + Array(repeating: "?", count: list.count).joined(separator: ",") + ")")
                arguments += list
            }
            return (text, StatementArguments(arguments))
        }
    }

    static func rows(_ db: Database, _ sql: String, _ lists: Set<String>...) throws -> [Row] {
        try statements(sql, lists).flatMap { try Row.fetchAll(db, sql: $0.sql, arguments: $0.arguments) }
    }

    static func strings(_ db: Database, _ sql: String, _ values: Set<String>) throws -> [String] {
        try statements(sql, [values]).flatMap { try String.fetchAll(db, sql: $0.sql, arguments: $0.arguments) }
    }

    static func execute(_ db: Database, _ sql: String, _ values: Set<String>) throws {
        for statement in statements(sql, [values]) { try db.execute(sql: statement.sql, arguments: statement.arguments) }
    }
}

/// The merged entity of each article entity id, read from `members` when the
/// resolution at hand did not give it.
struct RelationEndsMap {
    var mapping: [EntityID: EntityID]

    mutating func entity(of id: String, _ db: Database) throws -> EntityID? {
        let key = EntityID(rawValue: id)
        if let known = mapping[key] { return known }
        guard let found = try String.fetchOne(db.cachedStatement(sql: "SELECT entity FROM members WHERE article_entity = ?"), arguments: [id]) else { return nil }
        mapping[key] = EntityID(rawValue: found)
        return mapping[key]
    }

    /// Article relations moved onto the merged entities; one whose ends merged into
    /// one entity, or whose end is gone, is dropped.
    mutating func place(_ relations: [Relation], _ db: Database) throws -> [Relation] {
        try relations.compactMap { relation in
            guard let source = try entity(of: relation.source.rawValue, db), let target = try entity(of: relation.target.rawValue, db),
                  source != target else { return nil }
            // The place of a meeting is an entity id, merged like the ends.
            let place = try relation.place.map { try entity(of: $0, db)?.rawValue ?? $0 }
            return Relation(type: relation.type, source: source, target: target, title: relation.title,
                            date: relation.date, place: place, evidence: relation.evidence)
        }
    }
}
