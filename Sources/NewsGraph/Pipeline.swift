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
        let extractions = documents.map(extractor.extract)
        return Result(documents: documents, graph: GraphBuilder.build(extractions), failures: failures)
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
