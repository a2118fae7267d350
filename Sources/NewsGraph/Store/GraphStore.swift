import Foundation
import GRDB

/// The graph kept in an embedded SQLite database (`graphs/newsgraph.sqlite` by default).
///
/// Each article's extraction is stored as it came out of the extractor, and indexed
/// by entity id and by the keys the resolver joins on; the resolved graph (entities,
/// aliases, relations, evidence) is then brought up to date for the part of it that
/// article touches, all in one transaction, so a build killed at any moment leaves
/// every article either fully in or fully out and the graph consistent. When many
/// articles come at once, or the alias corrections change, the graph is instead
/// resolved from all articles in one more transaction; until that has run the store
/// says it is stale and the next build finishes the job.
public final class GraphStore: @unchecked Sendable {
    /// GRDB serialises access to the connection; this object is its only owner.
    private let queue: DatabaseQueue
    public let path: String

    /// Opens (creating if need be) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.prepareDatabase { db in
                // WAL keeps readers off a writer's back and commits cheaply; with it,
                // NORMAL syncs at checkpoints only: a killed process loses nothing
                // committed, a power cut at most the last commits, never consistency.
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(queue)
        } catch {
            throw StoreError.unusable(path: path, reason: Self.describe(error))
        }
    }

    /// The schema, one migration per version.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // What the articles said: the source of truth the graph is built from.
            try db.execute(sql: """
                CREATE TABLE documents (
                    id TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT, date TEXT, url TEXT, path TEXT);
                CREATE TABLE extractions (
                    document TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, json BLOB NOT NULL);
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """)
            // The resolved graph, rebuilt from the extractions.
            try db.execute(sql: """
                CREATE TABLE entities (
                    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, date TEXT, mentions INTEGER NOT NULL);
                CREATE INDEX entities_type ON entities(type);
                CREATE TABLE aliases (
                    entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, name TEXT NOT NULL, key TEXT NOT NULL,
                    last_word TEXT NOT NULL, rule TEXT NOT NULL, PRIMARY KEY (entity, name));
                CREATE INDEX aliases_key ON aliases(key);
                CREATE INDEX aliases_last_word ON aliases(last_word);
                CREATE TABLE mentions (
                    entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, document TEXT NOT NULL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, sentence INTEGER NOT NULL, kind TEXT);
                CREATE INDEX mentions_entity ON mentions(entity);
                CREATE INDEX mentions_document ON mentions(document);
                CREATE TABLE relations (
                    id INTEGER PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    target TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, title TEXT, date TEXT, place TEXT,
                    evidence_count INTEGER NOT NULL);
                CREATE INDEX relations_source ON relations(source, type);
                CREATE INDEX relations_target ON relations(target, type);
                CREATE TABLE evidence (
                    relation INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE, document TEXT NOT NULL,
                    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                    date TEXT, date_text TEXT, status TEXT, reported_by TEXT);
                CREATE INDEX evidence_relation ON evidence(relation);
                """)
        }
        migrator.registerMigration("v2") { db in
            // Resolution by parts. Each article's entities, resolution keys, mentions
            // and relations are kept in tables of their own, written as it is saved (they
            // replace v1's JSON extractions); `tallies` sums what all articles say of
            // each entity id, `members` says which merged entity each id is part of.
            // A v1 store's extractions move into the new tables and its graph is resolved
            // again by the next build.
            try db.execute(sql: """
                DROP TABLE evidence; DROP TABLE relations; DROP TABLE mentions; DROP TABLE aliases; DROP TABLE entities;
                CREATE TABLE article_entities (
                    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, entity TEXT NOT NULL, tally BLOB NOT NULL,
                    PRIMARY KEY (document, entity)) WITHOUT ROWID;
                CREATE TABLE article_keys (
                    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, entity TEXT NOT NULL, key TEXT NOT NULL,
                    PRIMARY KEY (document, entity, key)) WITHOUT ROWID;
                CREATE INDEX article_keys_key ON article_keys(key, entity);
                CREATE INDEX article_keys_entity ON article_keys(entity);
                CREATE TABLE article_relations (
                    id INTEGER PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    type TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, title TEXT, date TEXT, place TEXT,
                    evidence BLOB NOT NULL);
                CREATE INDEX article_relations_document ON article_relations(document);
                CREATE INDEX article_relations_source ON article_relations(source, target);
                CREATE INDEX article_relations_target ON article_relations(target);
                CREATE TABLE mentions (
                    article_entity TEXT NOT NULL, document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, sentence INTEGER NOT NULL, kind TEXT);
                CREATE INDEX mentions_entity ON mentions(article_entity);
                CREATE INDEX mentions_document ON mentions(document);
                CREATE TABLE tallies (entity TEXT PRIMARY KEY, tally BLOB NOT NULL) WITHOUT ROWID;
                CREATE TABLE members (article_entity TEXT PRIMARY KEY, entity TEXT NOT NULL) WITHOUT ROWID;
                CREATE INDEX members_entity ON members(entity);

                CREATE TABLE entities (
                    id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, date TEXT, mentions INTEGER NOT NULL);
                CREATE INDEX entities_type ON entities(type);
                CREATE TABLE aliases (
                    entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, name TEXT NOT NULL, key TEXT NOT NULL,
                    last_word TEXT NOT NULL, rule TEXT NOT NULL, PRIMARY KEY (entity, name));
                CREATE INDEX aliases_key ON aliases(key);
                CREATE INDEX aliases_last_word ON aliases(last_word);
                CREATE TABLE relations (
                    id INTEGER PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    target TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE, title TEXT, date TEXT, place TEXT,
                    evidence_count INTEGER NOT NULL);
                CREATE INDEX relations_source ON relations(source, type);
                CREATE INDEX relations_target ON relations(target, type);
                CREATE TABLE evidence (
                    relation INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE, document TEXT NOT NULL,
                    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                    date TEXT, date_text TEXT, status TEXT, reported_by TEXT);
                CREATE INDEX evidence_relation ON evidence(relation);
                INSERT OR REPLACE INTO meta (key, value) SELECT 'stale', '1' WHERE EXISTS (SELECT 1 FROM documents);
                """)
            try moveExtractions(db)
        }
        return migrator
    }

    // MARK: Articles

    /// The content hash stored for a document, if it is stored.
    public func storedHash(of document: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM documents WHERE id = ?", arguments: [document]) }
    }

    /// How many articles are stored.
    public func documentCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0 }
    }

    /// Stores one article's extraction, replacing what an earlier version of the
    /// article left, and brings the graph up to date for the entities it touches,
    /// in one transaction. With `resolving` false (or a stale store) the graph is
    /// left stale instead, for one `resolve()` after many articles.
    public func save(_ extraction: ArticleExtraction, hash: String, path: String?, resolving: Bool = true) throws {
        let document = extraction.document
        try write { db in
            var change = try Self.takeOut(db, document: document.id)
            try db.execute(sql: "INSERT INTO documents (id, hash, title, date, url, path) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [document.id, hash, document.title, document.date, document.url, path])
            let tallies = try Self.index(db, extraction, into: &change)
            try Self.addToTallies(db, tallies, sign: 1)
            if resolving, try !Self.isStale(db) {
                try Self.resolve(db, change, with: AliasResolver(corrections: Self.corrections(db)))
            } else {
                try Self.markStale(db)
            }
        }
    }

    /// Takes articles out, with everything that rested only on them, in one
    /// transaction; returns the ids that were stored (the others were not).
    public func remove(documents ids: [String]) throws -> [String] {
        try write { db in
            var removed: [String] = []
            var change = ArticleChange()
            for id in ids {
                let taken = try Self.takeOut(db, document: id)
                if db.changesCount > 0 { removed.append(id) }
                change.formUnion(taken)
            }
            if !removed.isEmpty {
                if try Self.isStale(db) { return removed }
                try Self.resolve(db, change, with: AliasResolver(corrections: Self.corrections(db)))
            }
            return removed
        }
    }

    /// True when articles changed since the graph was last resolved.
    public func isStale() throws -> Bool {
        try read { db in try Self.isStale(db) }
    }

    static func isStale(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'stale'") == "1"
    }

    /// The stored documents (metadata only), sorted by id.
    public func documents() throws -> [Document] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, title, date, url FROM documents ORDER BY id").map {
                Document(id: $0["id"], title: $0["title"], date: $0["date"], url: $0["url"], text: "")
            }
        }
    }

    // MARK: Resolution

    /// The user's alias corrections the store resolves with (kept from the last
    /// `--aliases` given, so later builds and removals keep them).
    public func corrections() throws -> AliasFile {
        try read { db in try Self.corrections(db) }
    }

    static func corrections(_ db: Database) throws -> AliasFile {
        guard let json = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'aliases'") else { return AliasFile() }
        return (try? JSONDecoder().decode(AliasFile.self, from: Data(json.utf8))) ?? AliasFile()
    }

    /// Replaces the alias corrections; the graph is stale when they changed.
    public func setCorrections(_ corrections: AliasFile) throws {
        guard try self.corrections() != corrections else { return }
        let json = String(decoding: try Self.encoder.encode(corrections), as: UTF8.self)
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('aliases', ?)", arguments: [json])
            try Self.markStale(db)
        }
    }

    /// Resolves the whole graph again, in one transaction; `resolver` defaults to
    /// one with the stored corrections.
    public func resolve(with resolver: AliasResolver? = nil) throws {
        try write { db in
            let resolver = try resolver ?? AliasResolver(corrections: Self.corrections(db))
            for table in ["evidence", "relations", "aliases", "members", "entities"] { try db.execute(sql: "DELETE FROM \(table)") }
            try Self.resolve(db, ArticleChange(), with: resolver, everything: true)
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('stale', '0')")
        }
    }

    /// Moves a v1 store's JSON extractions into the article tables and tallies.
    static func moveExtractions(_ db: Database) throws {
        var tallies: [String: EntityTally] = [:]
        var change = ArticleChange()
        let rows = try Row.fetchCursor(db, sql: "SELECT d.id, d.title, d.date, d.url, e.json FROM documents d JOIN extractions e ON e.document = d.id ORDER BY d.id")
        while let row = try rows.next() {
            let stored = try decoder.decode(StoredExtraction.self, from: row["json"] as Data)
            let document = Document(id: row["id"], title: row["title"], date: row["date"], url: row["url"], text: "")
            for (id, tally) in try index(db, stored.extraction(of: document), into: &change) {
                tallies[id, default: EntityTally(type: tally.type)].add(tally)
            }
        }
        for id in tallies.keys.sorted() {
            try db.execute(sql: "INSERT INTO tallies (entity, tally) VALUES (?, ?)", arguments: [id, try encoder.encode(tallies[id]!)])
        }
        try db.execute(sql: "DROP TABLE extractions")
    }

    /// The resolved graph as stored.
    public func graph() throws -> KnowledgeGraph {
        try read { db in
            let entities = try Row.fetchAll(db, sql: "SELECT id, type, name, date, mentions FROM entities").map { row -> Entity in
                Entity(id: EntityID(rawValue: row["id"]), type: EntityType(rawValue: row["type"]) ?? .place, name: row["name"],
                       mentions: row["mentions"], date: row["date"])
            }
            var aliases: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT entity, name FROM aliases") { aliases[row["entity"], default: []].append(row["name"]) }
            let full = entities.map { entity in
                Entity(id: entity.id, type: entity.type, name: entity.name, aliases: aliases[entity.id.rawValue] ?? [], mentions: entity.mentions, date: entity.date)
            }
            let sources = try Row.fetchAll(db, sql: "SELECT id, title, date, url FROM documents").map {
                Source(id: $0["id"], title: $0["title"], date: $0["date"], url: $0["url"])
            }
            return KnowledgeGraph(entities: full, relations: try Self.relations(db, where: "1", arguments: []), sources: sources)
        }
    }

    // MARK: Helpers shared by the queries

    /// Relations matching a SQL condition on `r`, each with its evidence.
    static func relations(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Relation] {
        let rows = try Row.fetchAll(db, sql: "SELECT r.id, r.type, r.source, r.target, r.title, r.date, r.place FROM relations r WHERE \(condition) ORDER BY r.id", arguments: arguments)
        guard !rows.isEmpty else { return [] }
        var evidence: [Int64: [Evidence]] = [:]
        let ids = rows.map { $0["id"] as Int64 }
        // Chunks stay under SQLite's limit on bound parameters.
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let sql = #"SELECT relation, document, sentence, start, "end", text, date, date_text, status, reported_by FROM evidence WHERE relation IN ("# + marks + ")"
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)) {
                evidence[row["relation"], default: []].append(Evidence(
                    document: row["document"], sentence: row["sentence"], start: row["start"], end: row["end"], text: row["text"],
                    date: row["date"], dateText: row["date_text"], status: (row["status"] as String?).flatMap(EventStatus.init(rawValue:)),
                    reportedBy: row["reported_by"]))
            }
        }
        return rows.compactMap { row in
            guard let type = RelationType(rawValue: row["type"]) else { return nil }
            return Relation(type: type, source: EntityID(rawValue: row["source"]), target: EntityID(rawValue: row["target"]),
                            title: row["title"], date: row["date"], place: row["place"], evidence: evidence[row["id"]] ?? [])
        }
    }

    /// How names are looked up: case, diacritics and romanisation ignored.
    static func lookupKey(_ name: String) -> String { AliasResolver.romanisationKey(name) }

    static func markStale(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('stale', '1')")
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch { throw StoreError.failed(path: path, reason: Self.describe(error)) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.write(body) } catch { throw StoreError.failed(path: path, reason: Self.describe(error)) }
    }

    private static func describe(_ error: Error) -> String {
        (error as? DatabaseError)?.message ?? error.localizedDescription
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    static let decoder = JSONDecoder()
}

/// An article's extraction as a v1 store kept it (the document's text is not kept).
struct StoredExtraction: Codable {
    var entities: [ArticleEntity]
    var relations: [Relation]

    init(_ extraction: ArticleExtraction) {
        entities = extraction.entities
        relations = extraction.relations
    }

    func extraction(of document: Document) -> ArticleExtraction {
        ArticleExtraction(document: document, entities: entities, relations: relations)
    }
}

/// A store that cannot be opened or written.
public enum StoreError: LocalizedError {
    case unusable(path: String, reason: String)
    case failed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .unusable(let path, let reason): return "\(path): cannot open the graph store: \(reason)"
        case .failed(let path, let reason): return "\(path): graph store error: \(reason)"
        }
    }
}
