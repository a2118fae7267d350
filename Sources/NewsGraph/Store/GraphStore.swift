import Foundation
import GRDB

/// The graph kept in an embedded SQLite database (`graphs/newsgraph.sqlite` by default).
///
/// Each article's extraction is stored as it came out of the extractor, in one
/// transaction with its document row, so a build killed at any moment leaves every
/// article either fully in or fully out. The resolved graph (entities, aliases,
/// mentions, relations, evidence) is rebuilt from all stored extractions in one
/// more transaction; until that has run, the store says it is stale and the next
/// build finishes the job.
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
                // WAL keeps readers off a writer's back and commits cheaply.
                try db.execute(sql: "PRAGMA journal_mode = WAL")
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
        return migrator
    }

    // MARK: Articles

    /// The content hash stored for a document, if it is stored.
    public func storedHash(of document: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM documents WHERE id = ?", arguments: [document]) }
    }

    /// Stores one article's extraction in one transaction, replacing what an earlier
    /// version of the article left, and marks the graph stale.
    public func save(_ extraction: ArticleExtraction, hash: String, path: String?) throws {
        let json = try Self.encoder.encode(StoredExtraction(extraction))
        let document = extraction.document
        try write { db in
            try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [document.id])
            try db.execute(sql: "INSERT INTO documents (id, hash, title, date, url, path) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [document.id, hash, document.title, document.date, document.url, path])
            try db.execute(sql: "INSERT INTO extractions (document, json) VALUES (?, ?)", arguments: [document.id, json])
            try Self.markStale(db)
        }
    }

    /// Takes articles out; returns the ids that were stored (the others were not).
    public func remove(documents ids: [String]) throws -> [String] {
        try write { db in
            var removed: [String] = []
            for id in ids {
                try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
                if db.changesCount > 0 { removed.append(id) }
            }
            if !removed.isEmpty { try Self.markStale(db) }
            return removed
        }
    }

    /// True when articles changed since the graph was last resolved.
    public func isStale() throws -> Bool {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'stale'") == "1" }
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
        try read { db in
            guard let json = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'aliases'") else { return AliasFile() }
            return (try? JSONDecoder().decode(AliasFile.self, from: Data(json.utf8))) ?? AliasFile()
        }
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

    /// Rebuilds the resolved graph from every stored extraction in one transaction
    /// and returns it; `resolver` defaults to one with the stored corrections.
    @discardableResult
    public func resolve(with resolver: AliasResolver? = nil) throws -> KnowledgeGraph {
        let resolver = try resolver ?? AliasResolver(corrections: corrections())
        return try write { db in
            var extractions: [ArticleExtraction] = []
            let documents = try Row.fetchAll(db, sql: "SELECT d.id, d.title, d.date, d.url, e.json FROM documents d JOIN extractions e ON e.document = d.id ORDER BY d.id")
            for row in documents {
                let stored = try Self.decoder.decode(StoredExtraction.self, from: row["json"] as Data)
                let document = Document(id: row["id"], title: row["title"], date: row["date"], url: row["url"], text: "")
                extractions.append(stored.extraction(of: document))
            }
            let (graph, mapping, rules) = GraphBuilder.buildWithMapping(extractions, resolver: resolver)
            for table in ["evidence", "relations", "mentions", "aliases", "entities"] { try db.execute(sql: "DELETE FROM \(table)") }
            for entity in graph.entities {
                try db.execute(sql: "INSERT INTO entities (id, type, name, date, mentions) VALUES (?, ?, ?, ?, ?)",
                               arguments: [entity.id.rawValue, entity.type.rawValue, entity.name, entity.date, entity.mentions])
                for name in [entity.name] + entity.aliases {
                    let rule = name == entity.name ? "canonical" : rules[entity.id]?[name] ?? "same name"
                    let key = Self.lookupKey(name)
                    try db.execute(sql: "INSERT OR IGNORE INTO aliases (entity, name, key, last_word, rule) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [entity.id.rawValue, name, key, key.split(separator: " ").last.map(String.init) ?? key, rule])
                }
            }
            for extraction in extractions {
                for entity in extraction.entities {
                    guard let id = mapping[entity.id] else { continue }
                    for mention in entity.mentions {
                        try db.execute(sql: #"INSERT INTO mentions (entity, document, start, "end", text, sentence, kind) VALUES (?, ?, ?, ?, ?, ?, ?)"#,
                                       arguments: [id.rawValue, extraction.document.id, mention.start, mention.end, mention.text, mention.sentence, mention.kind])
                    }
                }
            }
            for relation in graph.relations {
                try db.execute(sql: "INSERT INTO relations (type, source, target, title, date, place, evidence_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [relation.type.rawValue, relation.source.rawValue, relation.target.rawValue, relation.title,
                                           relation.date, relation.place, relation.evidence.count])
                let id = db.lastInsertedRowID
                for e in relation.evidence {
                    try db.execute(sql: #"INSERT INTO evidence (relation, document, sentence, start, "end", text, date, date_text, status, reported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"#,
                                   arguments: [id, e.document, e.sentence, e.start, e.end, e.text, e.date, e.dateText, e.status?.rawValue, e.reportedBy])
                }
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('stale', '0')")
            return graph
        }
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

    private static func markStale(_ db: Database) throws {
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

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    private static let decoder = JSONDecoder()
}

/// An article's extraction as the store keeps it (the document's text is not kept).
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
