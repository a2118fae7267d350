import ArgumentParser
import Foundation
import NewsGraph

struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Take articles out of the graph store, with everything that rested only on them.",
        discussion: """
            DOC is a document id: the file name without its extension. Mentions,
            evidence and relations from those articles go; entities left with no
            mention go too. graph.json, graph.dot and graph.svg are written again.

            Example:
              newsgraph remove 000_d9ba303a3c8c2487
            """
    )

    @Argument(help: "Document ids.")
    var documents: [String]

    @Option(help: "The graph store (SQLite); default: newsgraph.sqlite in the --out folder.")
    var db: String?

    @Option(name: .shortAndLong, help: "Folder to write graph.json, graph.dot and graph.svg into.")
    var out: String = "graphs"

    func run() throws {
        let store = try openStore(db ?? "\(out)/newsgraph.sqlite")
        let removed: [String]
        let graph: KnowledgeGraph
        do {
            removed = try store.remove(documents: documents)
            if try store.isStale() { try store.resolve() }
            graph = try store.graph()
            _ = try Pipeline.write(graph, to: URL(fileURLWithPath: out))
        } catch {
            warn(error.localizedDescription)
            throw ExitCode.failure
        }
        for id in documents where !removed.contains(id) { warn("\(id): no such document in \(store.path)") }
        print("removed \(counted(removed.count, "article")); \(counted(graph.entities.count, "entity", "entities")), \(counted(graph.relations.count, "relation")) left")
        if removed.count < documents.count { throw ExitCode.failure }
    }
}
