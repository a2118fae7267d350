import Foundation

/// Reading and writing the graph in the interchange form of `EXPORT_JSON.md`.
public enum JSONExport {
    /// The graph as pretty-printed JSON with sorted keys, ending in a newline:
    /// the same graph always gives the same bytes.
    public static func data(for graph: KnowledgeGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(graph)
        data.append(0x0A)
        return data
    }

    /// Reads a graph JSON file; errors name the file.
    public static func read(contentsOf url: URL) throws -> KnowledgeGraph {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw GraphFileError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(KnowledgeGraph.self, from: data)
        } catch let error as DecodingError {
            throw GraphFileError.invalid(path: url.path, reason: Self.describe(error))
        } catch {
            throw GraphFileError.invalid(path: url.path, reason: error.localizedDescription)
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(context.debugDescription)\(path(context))"
        case .dataCorrupted(let context): return "not valid JSON\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

/// A graph file that cannot be used.
public enum GraphFileError: LocalizedError {
    case unreadable(path: String, reason: String)
    case invalid(path: String, reason: String)
    /// A gold or aliases file that does not say what its format asks.
    case malformed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .invalid(let path, let reason): return "\(path): not a NewsGraph graph: \(reason)"
        case .malformed(let path, let reason): return "\(path): \(reason)"
        }
    }
}
