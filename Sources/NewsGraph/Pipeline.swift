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

    /// Reads every article under `paths` (files or folders) and builds one graph;
    /// a file that cannot be read is listed in `failures` and the others go on.
    public func build(paths: [String]) -> Result {
        let (files, missing) = reader.files(in: paths)
        var failures = missing
        var documents: [Document] = []
        for file in files {
            do {
                documents += try reader.read(file)
            } catch let error as IngestError {
                failures.append(error)
            } catch {
                failures.append(.unreadable(path: file.path, reason: error.localizedDescription))
            }
        }
        if let defaultDate { documents = documents.map { var d = $0; d.date = d.date ?? defaultDate; return d } }
        let extractions = Self.extractAll(documents, with: extractor)
        return Result(documents: documents, graph: GraphBuilder.build(extractions), failures: failures)
    }

    /// Extracts every document, on all cores; the results keep the documents' order.
    static func extractAll(_ documents: [Document], with extractor: Extractor) -> [ArticleExtraction] {
        let results = ResultSlots<ArticleExtraction>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            results[index] = extractor.extract(documents[index])
        }
        return results.values
    }

    /// Writes `graph.json`, `graph.dot` and `graph.svg` into `directory`, each
    /// atomically, and returns their URLs.
    public static func write(_ graph: KnowledgeGraph, to directory: URL, engine: LayoutEngine? = nil) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let diagram = Diagram(graph)
        let files: [(String, Data)] = [
            ("graph.json", try JSONExport.data(for: graph)),
            ("graph.dot", Data(try diagram.dotSource(engine: engine).utf8)),
            ("graph.svg", try diagram.render(format: .svg, engine: engine)),
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
