import ArgumentParser
import Foundation
import NewsGraph

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph for other tools: JSON, GraphML, GEXF, CSV, Neo4j or DOT.",
        discussion: """
            Reads the store (--db) or a graph JSON file. Every entity and relation is
            written, each relation with its evidence count and sentences.
              json     NewsGraph's interchange form (EXPORT_JSON.md)
              graphml  typed attributes; yEd, Cytoscape, Gephi and networkx read it
              gexf     Gephi, with dated relations on its timeline
              csv      a folder: nodes.csv, edges.csv, evidence.csv
              neo4j    a folder of header and data files and import.sh for neo4j-admin
              dot      the diagram's DOT source, without layout
            json, graphml, gexf and dot go to standard output without -o; csv and
            neo4j need -o FOLDER.

            Examples:
              newsgraph export --format gexf -o graph.gexf
              newsgraph export --format neo4j -o neo4j-import/
            """
    )

    @OptionGroup var source: GraphSourceOptions

    @Option(help: "Export format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "File to write, or folder for csv and neo4j (default: standard output).")
    var output: String?

    func validate() throws {
        if format.isFolder, output == nil { throw ValidationError("--format \(format.rawValue) writes several files: give -o FOLDER") }
    }

    func run() throws {
        let graph = try source.load()
        let files: [ExportFile]
        do { files = try GraphExport.files(for: graph, format: format) } catch {
            warn(error.localizedDescription)
            throw ExitCode.failure
        }
        guard format.isFolder, let output else {
            try emit(files[0].data, to: output)
            return
        }
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files { try file.data.write(to: folder.appendingPathComponent(file.name), options: .atomic) }
        } catch {
            warn("\(output): cannot write: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print(files.map { folder.appendingPathComponent($0.name).relativePath }.joined(separator: "\n"))
    }
}

extension ExportFormat: ExpressibleByArgument {}
