import ArgumentParser
import Foundation
import NewsGraph

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph and draw it with Graphviz.",
        discussion: """
            Examples:
              newsgraph build seeds --out graphs
              newsgraph extract seeds/000_d9ba303a3c8c2487.txt --format json
              newsgraph render graphs/graph.json --format png -o graph.png
            """,
        subcommands: [BuildCommand.self, RemoveCommand.self, ExtractCommand.self, RenderCommand.self, EvalCommand.self]
    )
}

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Writes a message to standard error, one line, prefixed with the tool's name.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("newsgraph: \(message)\n".utf8))
}

