import ArgumentParser
import Foundation
import NewsGraph

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph, or a part of it, as SVG, DOT, PNG, PDF or Graphviz JSON.",
        discussion: """
            Reads the store (--db) or a graph JSON file. Rendering runs Graphviz's
            libraries in-process; the dot program is not needed. Relations between one
            pair of entities are drawn as one edge with their count. Without -o the
            drawing goes to standard output.

            Examples:
              newsgraph render --focus zelenskyy --depth 2 -o zelensky.svg
              newsgraph render --relation met --relation phoned --since 2024-01-01 -o talks.svg
              newsgraph render graphs/graph.json --max-nodes 40 --format png --engine sfdp -o graph.png
            """
    )

    @OptionGroup var source: GraphSourceOptions
    @OptionGroup var selection: SelectionOptions

    @Option(name: .shortAndLong, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .svg

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: chosen by graph size).")
    var engine: LayoutEngine?

    @Option(name: .shortAndLong, help: "File to write (default: standard output).")
    var output: String?

    func run() throws {
        let graph = try source.load()
        let (selected, _) = try selection.select(from: graph)
        if selected.graph.entities.isEmpty, !graph.entities.isEmpty {
            warn("nothing to draw: no entity passes the filters")
            throw ExitCode.failure
        }
        let data: Data
        do {
            data = try Diagram(selected.graph, caption: selection.caption(for: selected)).render(format: format, engine: engine)
        } catch {
            warn(error.localizedDescription)
            throw ExitCode.failure
        }
        try emit(data, to: output)
    }
}
