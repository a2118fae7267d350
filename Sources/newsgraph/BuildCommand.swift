import ArgumentParser
import Foundation
import NewsGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read articles and write the graph as graph.json, graph.dot and graph.svg.",
        discussion: """
            PATH is an article (.txt, .md, .html, .jsonl) or a folder of them.
            A file that cannot be read is reported on stderr and skipped; the exit
            status is then 1.

            Example:
              newsgraph build seeds --out graphs
            """
    )

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Folder to write graph.json, graph.dot and graph.svg into.")
    var out: String = "graphs"

    @Option(help: "Layout engine for graph.svg (default: chosen by graph size).")
    var engine: LayoutEngine?

    @Option(help: "Publication date (YYYY-MM-DD) for articles that carry none; relative dates (\"on Monday\") resolve against it.")
    var date: String?

    func validate() throws {
        if let date, DateText.isoDate(date) == nil { throw ValidationError("--date: not a date: \(date)") }
    }

    func run() throws {
        var pipeline = Pipeline()
        pipeline.defaultDate = date.flatMap(DateText.isoDate)
        let result = pipeline.build(paths: paths)
        for failure in result.failures { warn(failure.localizedDescription) }
        let written: [URL]
        do {
            written = try Pipeline.write(result.graph, to: URL(fileURLWithPath: out), engine: engine)
        } catch {
            warn("\(out): cannot write the graph: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print("\(result.documents.count) articles, \(result.graph.entities.count) entities, \(result.graph.relations.count) relations")
        for url in written { print("wrote \(out)/\(url.lastPathComponent)") }
        if !result.failures.isEmpty { throw ExitCode.failure }
    }
}
