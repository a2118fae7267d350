import Foundation

/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered drawing for directed graphs; slow past a few hundred labelled edges.
    case dot
    /// Spring model (stress majorization), good for small undirected graphs.
    case neato
    /// Force-directed, like neato but faster on medium graphs.
    case fdp
    /// Multiscale force-directed, for large graphs (thousands of nodes).
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a centre node.
    case twopi
}

/// An output format Graphviz writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// DOT with layout positions, as `dot -Tdot` writes it.
    case dot
    case svg
    case png
    case pdf
    /// Graphviz's own JSON with layout positions (`-Tjson`), not NewsGraph's export.
    case json
}

/// Lays out graphs and writes them in any ``OutputFormat``, in memory and in-process.
///
/// All calls into Graphviz are serialised behind one process-wide lock and share one
/// Graphviz context, so renderers may be made freely and shared between threads and tasks.
public final class Renderer: @unchecked Sendable {
    // Only touched with GraphvizLock held.
    private let context: CContextHandle

    /// A renderer on the process's Graphviz context, started with the installed
    /// plugins on first use.
    public init() throws {
        context = try GraphvizLock.run { try CContextHandle.shared() }
    }

    /// Lays out `graph` with `engine` and renders it as `format`.
    public func render(_ graph: Graph, engine: LayoutEngine = .dot, format: OutputFormat) throws -> Data {
        try GraphvizLock.run {
            let handle = try CGraphHandle(graph)
            return try context.render(handle, engine: engine.rawValue, format: format.rawValue)
        }
    }

    /// Reads DOT text, lays it out with `engine` and renders it as `format`.
    public func render(dot: String, engine: LayoutEngine = .dot, format: OutputFormat) throws -> Data {
        try GraphvizLock.run {
            let handle = try CGraphHandle(dot: dot)
            return try context.render(handle, engine: engine.rawValue, format: format.rawValue)
        }
    }

    /// The DOT text of `graph` without layout, as cgraph writes it: deterministic and
    /// independent of the engine, for files people diff and re-render elsewhere.
    public static func dotSource(of graph: Graph) throws -> String {
        try GraphvizLock.run { try CGraphHandle(graph).write() }
    }

    /// Checks that `dot` is DOT text cgraph can read; throws Graphviz's message if not.
    public static func validate(dot: String) throws {
        try GraphvizLock.run { _ = try CGraphHandle(dot: dot) }
    }
}
