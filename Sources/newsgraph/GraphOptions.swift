import ArgumentParser
import Foundation
import NewsGraph

/// Where `render`, `report` and `export` read the graph: a graph JSON file given as
/// an argument, or else the store.
struct GraphSourceOptions: ParsableArguments {
    @Argument(help: "A graph in NewsGraph's JSON form (graph.json); without it, the store (--db).")
    var graph: String?

    @Option(help: "The graph store (SQLite), read when no graph file is given.")
    var db: String = defaultStorePath

    /// The graph, or a one-line error naming the file and exit status 1.
    func load() throws -> KnowledgeGraph {
        if let graph {
            do { return try JSONExport.read(contentsOf: URL(fileURLWithPath: graph)) } catch {
                warn(error.localizedDescription)
                throw ExitCode.failure
            }
        }
        let store = try openExistingStore(db)
        return try querying { try store.graph() }
    }
}

/// The filters a query or a drawing shares: node types, edge types, a date window.
struct FilterOptions: ParsableArguments {
    @Option(help: "Only entities of this type (repeatable).")
    var type: [EntityType] = []

    @Option(help: "Only edges of this type (repeatable).")
    var relation: [RelationType] = []

    @Option(help: "Only edges dated on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only edges dated on or before this day (YYYY-MM-DD).")
    var until: String?

    func validate() throws {
        for date in [since, until].compactMap({ $0 }) where DateText.isoDate(date) == nil { throw ValidationError("not a date: \(date)") }
    }

    var filter: GraphFilter {
        GraphFilter(relations: Set(relation), types: Set(type), since: since.flatMap(DateText.isoDate), until: until.flatMap(DateText.isoDate))
    }
}

/// Which part of the graph to show: an entity's neighbourhood, filters and a size cap.
struct SelectionOptions: ParsableArguments {
    @Option(help: "Show only this entity's neighbourhood: a name, an alias or an id; it stays whatever --type says.")
    var focus: String?

    @Option(help: "How many edges from --focus to go.")
    var depth: Int = 1

    @OptionGroup var filters: FilterOptions

    @Option(help: "Only edges resting on at least this many evidence sentences.")
    var minEvidence: Int = 1

    @Option(help: "At most this many entities: the most connected are kept, the others listed on standard error.")
    var maxNodes: Int?

    func validate() throws {
        guard (0...10).contains(depth) else { throw ValidationError("--depth must be between 0 and 10") }
        guard minEvidence >= 1 else { throw ValidationError("--min-evidence must be at least 1") }
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
    }

    /// The selected part of `graph` and the focus entity; an unknown or ambiguous
    /// focus ends the command with exit status 1, and what `--max-nodes` left out is
    /// said on standard error.
    func select(from graph: KnowledgeGraph) throws -> (selected: SelectedGraph, focus: Entity?) {
        var selection = GraphSelection(depth: depth, filter: filters.filter, minEvidence: minEvidence, maxNodes: maxNodes)
        var focusEntity: Entity?
        if let focus {
            switch graph.lookup(focus) {
            case .found(let entity):
                selection.focus = entity.id
                focusEntity = entity
            case .missing(let suggestions):
                warn("no entity named \"\(focus)\"" + (suggestions.isEmpty ? "" : "; closest: " + suggestions.joined(separator: ", ")))
                throw ExitCode.failure
            case .ambiguous(let entities):
                warn("\"\(focus)\" is ambiguous: " + entities.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + "; give an id")
                throw ExitCode.failure
            }
        }
        let selected = graph.selecting(selection)
        if !selected.omitted.isEmpty {
            let byType = Dictionary(grouping: selected.omitted, by: \.type).sorted { $0.key < $1.key }.map { "\($0.value.count) \($0.key.rawValue)" }
            let shown = selected.omitted.prefix(10).map(\.name).joined(separator: ", ")
            warn("--max-nodes \(maxNodes ?? 0): left out \(counted(selected.omitted.count, "entity", "entities")) (\(byType.joined(separator: ", "))) "
                 + "and \(counted(selected.omittedRelations, "relation")): \(shown)" + (selected.omitted.count > 10 ? ", …" : ""))
        }
        return (selected, focusEntity)
    }

    /// A line for under the diagram when the cut left entities out.
    func caption(for selected: SelectedGraph) -> String? {
        guard !selected.omitted.isEmpty else { return nil }
        let total = selected.graph.entities.count + selected.omitted.count
        return "Showing the \(selected.graph.entities.count) most connected of \(total) entities; \(selected.omitted.count) left out."
    }
}

/// Writes `data` to `path`, or to standard output when there is none.
func emit(_ data: Data, to path: String?) throws {
    guard let path else {
        FileHandle.standardOutput.write(data)
        return
    }
    do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
        warn("\(path): cannot write: \(error.localizedDescription)")
        throw ExitCode.failure
    }
}
