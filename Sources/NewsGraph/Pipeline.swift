import Foundation

/// The main job: read articles, extract, build the graph, write its files.
public struct Pipeline: Sendable {
    /// What one build produced and which inputs failed.
    public struct Result: Sendable {
        public var documents: [Document]
        public var graph: KnowledgeGraph
        public var failures: [IngestError]
    }

    public var reader = ArticleReader()
    public var extractor = Extractor()
    /// The publication date of articles whose metadata gives none.
    public var defaultDate: String?

    public init() {}

    /// What adding articles to a store did.
    public struct StoreUpdate: Sendable {
        public var documents: [Document]
        /// Ids of articles stored for the first time, stored again with new content,
        /// and left alone because the store already had them as they are.
        public var added: [String] = []
        public var replaced: [String] = []
        public var unchanged: [String] = []
        public var graph: KnowledgeGraph
        public var failures: [IngestError]
    }

    /// Reads every article under `paths` (files or folders) and builds one graph;
    /// a file that cannot be read is listed in `failures` and the others go on.
    public func build(paths: [String]) -> Result {
        let (documents, failures) = read(paths: paths)
        let extractions = Self.extractAll(documents.map(\.document), with: extractor)
        return Result(documents: documents.map(\.document), graph: GraphBuilder.build(extractions), failures: failures)
    }

    /// Adds the articles under `paths` to a store: an article stored with the same
    /// content is skipped, a changed one replaced, each in its own transaction; then
    /// the graph is resolved again if anything changed (or an earlier run was cut short).
    /// `rebuild` extracts every article again, for a newer extractor.
    public func build(paths: [String], into store: GraphStore, rebuild: Bool = false) throws -> StoreUpdate {
        var update = try add(paths: paths, to: store, rebuild: rebuild)
        update.graph = try store.graph()
        return update
    }

    /// As `build(paths:into:)`, without reading the whole graph back (`graph` is empty).
    public func add(paths: [String], to store: GraphStore, rebuild: Bool = false) throws -> StoreUpdate {
        let (read, failures) = read(paths: paths)
        var update = StoreUpdate(documents: read.map(\.document), graph: .empty, failures: failures)
        var pending: [(document: Document, path: String, hash: String)] = []
        var seen: Set<String> = []
        for (document, path) in read {
            // Two files with one id: the later in path order wins, as it would on a re-run.
            if !seen.insert(document.id).inserted {
                pending.removeAll { $0.document.id == document.id }
                for list in [\StoreUpdate.added, \.replaced, \.unchanged] { update[keyPath: list].removeAll { $0 == document.id } }
            }
            let hash = Self.contentHash(of: document)
            let stored = try store.storedHash(of: document.id)
            if stored == hash, !rebuild {
                update.unchanged.append(document.id)
            } else {
                pending.append((document, path, hash))
                if stored == nil { update.added.append(document.id) } else { update.replaced.append(document.id) }
            }
        }
        // More new articles than stored ones (a first build): the graph is resolved
        // once at the end rather than after each article.
        let resolveAtEnd = try rebuild || pending.count > store.documentCount()
        // A batch at a time: memory stays flat however many articles there are, and
        // each article is saved as soon as its batch is extracted.
        for start in stride(from: 0, to: pending.count, by: Self.batchSize) {
            let batch = pending[start..<min(start + Self.batchSize, pending.count)]
            for (item, extraction) in zip(batch, Self.extractAll(batch.map(\.document), with: extractor)) {
                try store.save(extraction, hash: item.hash, path: item.path, resolving: !resolveAtEnd)
            }
        }
        if try store.isStale() { try store.resolve() }
        return update
    }

    static let batchSize = 64

    /// Reads the articles under `paths`, with the file each came from.
    private func read(paths: [String]) -> (documents: [(document: Document, path: String)], failures: [IngestError]) {
        let (files, missing) = reader.files(in: paths)
        var failures = missing
        var documents: [(document: Document, path: String)] = []
        for file in files {
            do {
                documents += try reader.read(file).map { ($0, file.path) }
            } catch let error as IngestError {
                failures.append(error)
            } catch {
                failures.append(.unreadable(path: file.path, reason: error.localizedDescription))
            }
        }
        if let defaultDate { documents = documents.map { var d = $0; d.document.date = d.document.date ?? defaultDate; return d } }
        return (documents, failures)
    }

    /// A fingerprint of an article's content and metadata (64-bit FNV-1a) and of the
    /// extractor's version: equal content, equal hash, so a newer extractor sees every
    /// stored article as changed. It detects change, it does not guard against forgery.
    public static func contentHash(of document: Document) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for field in ["\(Extractor.version)", document.id, document.title ?? "", document.date ?? "", document.url ?? "", document.text] {
            for byte in field.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xFF  // a separator no UTF-8 byte equals, so fields cannot run together
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// Extracts every document, on all cores; the results keep the documents' order.
    static func extractAll(_ documents: [Document], with extractor: Extractor) -> [ArticleExtraction] {
        let results = ResultSlots<ArticleExtraction>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            results[index] = extractor.extract(documents[index])
        }
        return results.values
    }

    /// Writes `graph.json`, `graph.dot`, `graph.svg` and `report.html` into `directory`, each
    /// atomically, and returns their URLs.
    public static func write(_ graph: KnowledgeGraph, to directory: URL, engine: LayoutEngine? = nil) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let diagram = Diagram(graph)
        let files: [(String, Data)] = [
            ("graph.json", try JSONExport.data(for: graph)),
            ("graph.dot", Data(try diagram.dotSource(engine: engine).utf8)),
            ("graph.svg", try diagram.render(format: .svg, engine: engine)),
            ("report.html", Data(try HTMLReport(graph: graph, title: "NewsGraph report", engine: engine).html().utf8)),
        ]
        return try files.map { name, data in
            let url = directory.appendingPathComponent(name)
            try data.write(to: url, options: .atomic)
            return url
        }
    }
}

/// One slot per task of a parallel loop, each written once under a lock.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every slot's value, in order; all must have been written.
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
