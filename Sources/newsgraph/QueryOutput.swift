import ArgumentParser
import Foundation
import NewsGraph

/// How a query prints its answer.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

/// The options every query shares: where the store is and how to print.
struct QueryOptions: ParsableArguments {
    @Option(help: "The graph store (SQLite).")
    var db: String = defaultStorePath

    @Option(help: "Output format: table, json or csv.")
    var format: QueryFormat = .table

    func store() throws -> GraphStore { try openExistingStore(db) }
}

/// Opens a store to read from; a missing one is an error (exit 1), not a new empty store.
func openExistingStore(_ path: String) throws -> GraphStore {
    guard FileManager.default.fileExists(atPath: path) else {
        warn("\(path): no graph store here; run `newsgraph build` first or give --db")
        throw ExitCode.failure
    }
    return try openStore(path)
}

/// Rows of an answer, printed as an aligned table, CSV, or JSON objects keyed by
/// the lower-cased headers.
struct Answer {
    var headers: [String]
    var rows: [[String]]

    func print(as format: QueryFormat) {
        switch format {
        case .table: Swift.print(table())
        case .csv: Swift.print(csv(), terminator: "")
        case .json: printJSON(rows.map { row in Dictionary(uniqueKeysWithValues: zip(headers.map { $0.lowercased() }, row)) })
        }
    }

    func table() -> String {
        let cells = [headers] + rows.map { $0.map(Self.oneLine) }
        let widths = headers.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    func csv() -> String { CSV.table(headers, rows) }

    /// Text from the articles kept on one table line.
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}

/// Prints a JSON value with sorted keys, so the same answer gives the same bytes.
func printJSON(_ value: Any) {
    let data = (try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("null".utf8)
    Swift.print(String(decoding: data, as: UTF8.self))
}

/// The entity a name given on the command line means, or a one-line error and
/// exit status 1: unknown (with the closest names) or ambiguous (with the candidates).
func entityNamed(_ name: String, in store: GraphStore) throws -> Entity {
    switch try store.lookup(name) {
    case .found(let entity): return entity
    case .missing(let suggestions):
        warn("no entity named \"\(name)\"" + (suggestions.isEmpty ? "" : "; closest: " + suggestions.joined(separator: ", ")))
    case .ambiguous(let entities):
        warn("\"\(name)\" is ambiguous: " + entities.map { "\($0.name) (\($0.id))" }.joined(separator: ", ") + "; give an id")
    }
    throw ExitCode.failure
}

/// A relation as JSON: the interchange form of `EXPORT_JSON.md`.
func json(_ relation: Relation) -> Any {
    let data = (try? JSONEncoder().encode(relation)) ?? Data("{}".utf8)
    return (try? JSONSerialization.jsonObject(with: data)) ?? [:]
}

func json(_ entity: Entity) -> [String: Any] {
    var object: [String: Any] = ["id": entity.id.rawValue, "type": entity.type.rawValue, "name": entity.name, "aliases": entity.aliases, "mentions": entity.mentions]
    if let date = entity.date { object["date"] = date }
    return object
}

extension EntityType: ExpressibleByArgument {}
extension RelationType: ExpressibleByArgument {}

/// Runs a store query, turning store errors into a one-line message and exit 1.
func querying<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let exit as ExitCode { throw exit } catch {
        warn(error.localizedDescription)
        throw ExitCode.failure
    }
}
