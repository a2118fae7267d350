import ArgumentParser
import Foundation
import NewsGraph

@main
struct NewsGraphCommand: ParsableCommand {
    /// Runs the command; a usage error exits with status 2 (ArgumentParser's own is 64),
    /// so scripts can tell it from "no match" (1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a knowledge graph and draw it with Graphviz.",
        discussion: """
            Examples:
              newsgraph build seeds --out graphs
              newsgraph neighbors zelenskyy
              newsgraph extract seeds/000_d9ba303a3c8c2487.txt --format json
              newsgraph render graphs/graph.json --format png -o graph.png
            """,
        subcommands: [
            BuildCommand.self, RemoveCommand.self, ExtractCommand.self,
            NeighborsCommand.self, ShowCommand.self, PathCommand.self, EvidenceCommand.self, EntitiesCommand.self, StatsCommand.self, AliasesCommand.self,
            ExportCommand.self, RenderCommand.self, ReportCommand.self, EvalCommand.self,
        ]
    )
}

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Writes a message to standard error, one line, prefixed with the tool's name.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("newsgraph: \(message)\n".utf8))
}

