import ArgumentParser
import Foundation
import NewsGraph

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities linked to one, with the edge that links them.",
        discussion: """
            NAME is any name or alias of the entity, or its id; case and diacritics
            are ignored. Exit status: 0 with an answer, 1 when nothing matches, 2 on a
            usage error.

            Example:
              newsgraph neighbors zelenskyy --relation phoned --since 2021-01-01
            """
    )

    @Argument(help: "The entity: a name, an alias or an id.")
    var name: String

    @Option(help: "How many edges away to look.")
    var depth: Int = 1

    @OptionGroup var filters: FilterOptions

    @OptionGroup var options: QueryOptions

    func validate() throws {
        guard (1...10).contains(depth) else { throw ValidationError("--depth must be between 1 and 10") }
    }

    func run() throws {
        let store = try options.store()
        let entity = try querying { try entityNamed(name, in: store) }
        let filter = filters.filter
        let found = try querying { try store.neighbors(of: entity.id, depth: depth, filter: filter) }
        guard !found.isEmpty else {
            warn("\(entity.name) has no neighbours" + (filter == GraphFilter() ? "" : " that pass the filters"))
            throw ExitCode.failure
        }
        if options.format == .json {
            printJSON(["entity": json(entity), "neighbors": found.map { ["depth": $0.depth, "entity": json($0.entity), "relation": json($0.relation)] as [String: Any] }])
            return
        }
        Answer(headers: ["DEPTH", "ID", "NAME", "TYPE", "RELATION", "DATE", "EVIDENCE"], rows: found.map { neighbor in
            let r = neighbor.relation
            let arrow = r.type.isSymmetric ? "\(r.type.rawValue)" : (r.target == neighbor.entity.id ? "\(r.type.rawValue) →" : "← \(r.type.rawValue)")
            return ["\(neighbor.depth)", neighbor.entity.id.rawValue, neighbor.entity.name, neighbor.entity.type.rawValue, arrow, r.date ?? "", "\(r.evidence.count)"]
        }).print(as: options.format)
    }
}
