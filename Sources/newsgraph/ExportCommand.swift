import ArgumentParser
import Foundation
import NewsGraph

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the stored graph for other tools: JSON as in EXPORT_JSON.md.",
        discussion: """
            Reads the graph store (--db). Without -o the export goes to standard output.

            Example:
              newsgraph export --format json -o graph.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @Option(help: "Export format.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "File to write (default: standard output).")
    var output: String?

    @Option(help: "The graph store (SQLite).")
    var db: String = defaultStorePath

    func run() throws {
        let store = try openExistingStore(db)
        let data = try querying { try JSONExport.data(for: store.graph()) }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do { try data.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            warn("\(output): cannot write: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
