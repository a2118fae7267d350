import Foundation

/// What went wrong inside Graphviz, with Graphviz's own words where it gave any.
public enum GraphvizError: LocalizedError, Equatable {
    /// cgraph could not read DOT text.
    case invalidDOT(String)
    /// cgraph refused to build the graph (a node, an edge or an attribute).
    case buildFailed(String)
    /// The layout engine failed.
    case layoutFailed(engine: String, message: String)
    /// The renderer failed or does not know the format.
    case renderFailed(format: String, message: String)
    /// A context could not be created (Graphviz's plugins are missing).
    case contextUnavailable

    public var errorDescription: String? {
        switch self {
        case .invalidDOT(let message): return "invalid DOT: \(message)"
        case .buildFailed(let message): return "cannot build graph: \(message)"
        case .layoutFailed(let engine, let message): return "layout with \(engine) failed: \(message)"
        case .renderFailed(let format, let message): return "rendering \(format) failed: \(message)"
        case .contextUnavailable: return "cannot start Graphviz: no context (are its plugins installed?)"
        }
    }
}
