import CGraphviz
import Foundation

// The only file that touches cgraph and gvc pointers. Every function here expects
// to be called with `GraphvizLock` held; the public API takes the lock.

/// Collects Graphviz's error messages instead of letting it print them to stderr.
enum ErrorCapture {
    /// Starts an operation: later errors are buffered, earlier ones forgotten.
    static func begin() {
        _ = agseterr(AGMAX)
        _ = agreseterrors()
    }

    /// The last message Graphviz buffered, if an error (not a warning) happened since `begin()`.
    static func takeError() -> String? {
        let level = agreseterrors()
        guard level >= Int32(AGERR.rawValue) else { return nil }
        return lastMessage() ?? "unknown Graphviz error"
    }

    /// The last message Graphviz buffered, trimmed; `nil` when there is none.
    static func lastMessage() -> String? {
        guard let buffer = aglasterr() else { return nil }
        defer { free(buffer) }
        let text = String(cString: buffer).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

/// Owns one cgraph root graph and closes it in `deinit`.
final class CGraphHandle {
    let pointer: UnsafeMutablePointer<Agraph_t>

    /// Builds the cgraph graph for a description.
    init(_ graph: Graph) throws {
        ErrorCapture.begin()
        let descriptor: Agdesc_t
        switch (graph.kind, graph.isStrict) {
        case (.directed, false): descriptor = cgraphviz_directed()
        case (.directed, true): descriptor = cgraphviz_strict_directed()
        case (.undirected, false): descriptor = cgraphviz_undirected()
        case (.undirected, true): descriptor = cgraphviz_strict_undirected()
        }
        let opened = graph.name.withCString { name in
            agopen(UnsafeMutablePointer(mutating: name), descriptor, nil)
        }
        guard let opened else {
            throw GraphvizError.buildFailed(ErrorCapture.takeError() ?? "agopen failed")
        }
        pointer = opened
        try populate(graph)
    }

    /// Reads DOT text; the caller gets a thrown error with Graphviz's message when it is invalid.
    init(dot: String) throws {
        ErrorCapture.begin()
        let read = dot.withCString { agmemread($0) }
        if let message = ErrorCapture.takeError() {
            if let read { agclose(read) }
            throw GraphvizError.invalidDOT(message)
        }
        guard let read else { throw GraphvizError.invalidDOT("no graph in the text") }
        pointer = read
    }

    deinit {
        GraphvizLock.run { _ = agclose(pointer) }
    }

    private func populate(_ graph: Graph) throws {
        let root = UnsafeMutableRawPointer(pointer)
        // gvc declares this default on every graph once a context exists; declaring
        // it here makes DOT output the same whether or not one was made before.
        declare("label", .raw(#"\N"#), kind: AGNODE)
        for (name, value) in graph.attributes {
            set(name, value, on: root, kind: AGRAPH)
        }
        // Defaults become the declared default values, so DOT output keeps them in
        // `node [...]` and `edge [...]` statements instead of repeating them.
        for (name, value) in graph.nodeDefaults { declare(name, value, kind: AGNODE) }
        for (name, value) in graph.edgeDefaults { declare(name, value, kind: AGEDGE) }

        for node in graph.nodes {
            let created = try makeNode(node.id)
            for (name, value) in node.attributes {
                set(name, value, on: UnsafeMutableRawPointer(created), kind: AGNODE)
            }
        }
        for edge in graph.edges {
            let tail = try makeNode(edge.tail)
            let head = try makeNode(edge.head)
            guard let created = agedge(pointer, tail, head, nil, 1) else {
                throw GraphvizError.buildFailed(
                    ErrorCapture.takeError() ?? "cannot add edge \(edge.tail) -> \(edge.head)")
            }
            for (name, value) in edge.attributes {
                set(name, value, on: UnsafeMutableRawPointer(created), kind: AGEDGE)
            }
        }
        if let message = ErrorCapture.takeError() {
            throw GraphvizError.buildFailed(message)
        }
    }

    private func makeNode(_ id: String) throws -> UnsafeMutablePointer<Agnode_t> {
        guard !id.contains("\\") else {
            throw GraphvizError.buildFailed("node id \(id.debugDescription) holds a backslash, which DOT cannot write back")
        }
        let node = id.withCString { agnode(pointer, UnsafeMutablePointer(mutating: $0), 1) }
        guard let node else {
            throw GraphvizError.buildFailed(ErrorCapture.takeError() ?? "cannot add node \(id)")
        }
        return node
    }

    private func declare(_ name: String, _ value: AttributeValue, kind: Int32) {
        withInterned(value, named: name) { string in
            name.withCString { cName in
                _ = agattr(pointer, kind, UnsafeMutablePointer(mutating: cName), string)
            }
        }
    }

    private func set(_ name: String, _ value: AttributeValue, on object: UnsafeMutableRawPointer, kind: Int32) {
        let symbol: UnsafeMutablePointer<Agsym_t>? = name.withCString { cName in
            if let existing = agattr(pointer, kind, UnsafeMutablePointer(mutating: cName), nil) {
                return existing
            }
            // agattr needs a non-NULL default when it declares the attribute.
            return "".withCString { empty in
                agattr(pointer, kind, UnsafeMutablePointer(mutating: cName), UnsafeMutablePointer(mutating: empty))
            }
        }
        guard let symbol else { return }
        withInterned(value, named: name) { string in _ = agxset(object, symbol, string) }
    }

    /// Hands `body` the value's C string; an HTML label is first interned as HTML, so
    /// that cgraph's string table returns the HTML-marked copy and writes `<...>`.
    private func withInterned(_ value: AttributeValue, named name: String, _ body: (UnsafeMutablePointer<CChar>) -> Void) {
        value.graphvizString(for: name).withCString { cString in
            let mutable = UnsafeMutablePointer(mutating: cString)
            if case .html = value {
                let html = agstrdup_html(pointer, mutable)
                body(mutable)
                _ = agstrfree(pointer, html)
            } else {
                body(mutable)
            }
        }
    }

    /// The graph as DOT text, as cgraph writes it (no layout positions).
    func write() throws -> String {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw GraphvizError.renderFailed(format: "dot", message: "cannot open a memory stream")
        }
        ErrorCapture.begin()
        let status = agwrite(pointer, stream)
        fclose(stream)
        defer { free(buffer) }
        if status != 0 || buffer == nil {
            throw GraphvizError.renderFailed(format: "dot", message: ErrorCapture.takeError() ?? "agwrite failed")
        }
        return String(cString: buffer!)
    }
}

/// Owns one gvc context (plugins and layout state) and frees it in `deinit`.
///
/// The process uses one context, ``shared()``, for its whole life: Graphviz's pango
/// plugin keeps a static pointer into the font cache of the context that last
/// measured text, so freeing a context and making another reads freed memory
/// (AddressSanitizer shows it in `textspan_size`).
final class CContextHandle {
    let pointer: OpaquePointer

    // Only read or written with GraphvizLock held.
    nonisolated(unsafe) private static var sharedHandle: CContextHandle?

    /// The process-wide context, made on first use; the caller holds the lock.
    static func shared() throws -> CContextHandle {
        if let sharedHandle { return sharedHandle }
        let handle = try CContextHandle()
        sharedHandle = handle
        return handle
    }

    private init() throws {
        ErrorCapture.begin()
        guard let context = gvContext() else { throw GraphvizError.contextUnavailable }
        pointer = context
    }

    deinit {
        GraphvizLock.run { _ = gvFreeContext(pointer) }
    }

    /// Lays out `graph` with `engine` and renders it to `format` in memory.
    func render(_ graph: CGraphHandle, engine: String, format: String) throws -> Data {
        ErrorCapture.begin()
        let laidOut = engine.withCString { gvLayout(pointer, graph.pointer, $0) }
        if laidOut != 0 {
            throw GraphvizError.layoutFailed(engine: engine, message: ErrorCapture.takeError() ?? "unknown layout engine")
        }
        defer { _ = gvFreeLayout(pointer, graph.pointer) }

        // gvRenderData grows its buffer a page at a time; a memory stream grows it
        // geometrically, which matters for the megabytes of SVG a large graph makes.
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw GraphvizError.renderFailed(format: format, message: "cannot open a memory stream")
        }
        let rendered = format.withCString { gvRender(pointer, graph.pointer, $0, stream) }
        fclose(stream)
        defer { free(buffer) }
        if rendered != 0 || buffer == nil {
            throw GraphvizError.renderFailed(format: format, message: ErrorCapture.takeError() ?? "unknown output format")
        }
        return Data(bytes: buffer!, count: size)
    }
}
