import ArgumentParser
import Foundation
import NewsGraph

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph JSON file as SVG, DOT, PNG, PDF or Graphviz JSON.",
        discussion: """
            Rendering runs Graphviz's libraries in-process; the dot program is not needed.
            Without -o the drawing goes to standard output.

            Example:
              newsgraph render graphs/graph.json --format png --engine sfdp -o graph.png
            """
    )

    @Argument(help: "A graph in NewsGraph's JSON form (graph.json).")
    var graph: String

    @Option(name: .shortAndLong, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .svg

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: chosen by graph size).")
    var engine: LayoutEngine?

    @Option(name: .shortAndLong, help: "File to write (default: standard output).")
    var output: String?

    func run() throws {
        let data: Data
        do {
            let knowledgeGraph = try JSONExport.read(contentsOf: URL(fileURLWithPath: graph))
            data = try Diagram(knowledgeGraph).render(format: format, engine: engine)
        } catch {
            warn(error.localizedDescription)
            throw ExitCode.failure
        }
        if let output {
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                warn("\(output): cannot write: \(error.localizedDescription)")
                throw ExitCode.failure
            }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
