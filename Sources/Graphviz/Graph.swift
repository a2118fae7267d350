/// A graph to draw, described with Swift values only.
///
/// Build one, then hand it to ``Renderer`` to lay it out and write DOT, SVG, PNG, PDF
/// or Graphviz JSON, or ask ``Renderer/dotSource(of:)`` for its DOT text.
/// Nodes and edges are drawn in the order they are listed, so the same value always
/// gives the same output.
public struct Graph: Sendable, Hashable {
    /// Whether edges have a direction.
    public enum Kind: Sendable, Hashable {
        case directed
        case undirected
    }

    public var name: String
    public var kind: Kind
    /// A strict graph merges repeated edges between the same pair of nodes.
    public var isStrict: Bool
    public var attributes: Attributes
    /// Attributes every node starts with.
    public var nodeDefaults: Attributes
    /// Attributes every edge starts with.
    public var edgeDefaults: Attributes
    public var nodes: [Node]
    public var edges: [Edge]

    public init(
        name: String = "G",
        kind: Kind = .directed,
        isStrict: Bool = false,
        attributes: Attributes = [:],
        nodeDefaults: Attributes = [:],
        edgeDefaults: Attributes = [:],
        nodes: [Node] = [],
        edges: [Edge] = []
    ) {
        self.name = name
        self.kind = kind
        self.isStrict = isStrict
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
    }
}

/// A node, named by an identifier unique within its graph.
public struct Node: Sendable, Hashable {
    /// The node's name in DOT, quoted on output; any text but a backslash, which DOT
    /// cannot write back faithfully (use a label for text from users).
    public var id: String
    public var attributes: Attributes

    public init(_ id: String, attributes: Attributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge from `tail` to `head`, both node ids; a node named only here is created.
public struct Edge: Sendable, Hashable {
    public var tail: String
    public var head: String
    public var attributes: Attributes

    public init(from tail: String, to head: String, attributes: Attributes = [:]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}

/// The value of a Graphviz attribute, saying how its text is to be read.
public enum AttributeValue: Sendable, Hashable {
    /// Text for people to read (a label, a tooltip): shown exactly as given.
    ///
    /// Graphviz reads backslashes in labels as escapes (`\N` is the node's name,
    /// `\n` a line break) and decodes entities (`&lt;`), so backslashes are doubled,
    /// ampersands written `&amp;` and line breaks become `\n`.
    case text(String)
    /// A value in Graphviz's own syntax (`box`, `#0072B2`, `2.5`, `\N`), passed as is.
    case raw(String)
    /// An HTML-like label (`<TABLE>…</TABLE>`) without the outer angle brackets.
    /// The caller escapes any text it puts inside.
    case html(String)

    /// The string handed to cgraph for the attribute `name`.
    func graphvizString(for name: String) -> String {
        switch self {
        case .text(let text):
            // Graphviz 2.4x reads a tooltip's backslashes twice (object escapes such
            // as \N, then line escapes) and a label's once.
            let backslash = Self.tooltipAttributes.contains(name) ? #"\\\\"# : #"\\"#
            return Self.escape(text, backslash: backslash)
        case .raw(let value), .html(let value):
            return value
        }
    }

    private static let tooltipAttributes: Set<String> = [
        "tooltip", "edgetooltip", "labeltooltip", "headtooltip", "tailtooltip",
    ]

    /// Writes each backslash as `backslash`, ampersands as `&amp;`, line breaks as `\n`
    /// and other control characters as spaces.
    private static func escape(_ text: String, backslash: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += backslash
            // Graphviz decodes HTML entities in labels ("&amp;" shows "&"), so a
            // literal ampersand is written as an entity to show as typed.
            case "&": out += "&amp;"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\u{0}"..."\u{1F}", "\u{7F}": out += " "
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }
}

extension AttributeValue: ExpressibleByStringLiteral {
    /// A literal is Graphviz syntax (`"box"`, `"filled,rounded"`).
    public init(stringLiteral value: String) { self = .raw(value) }
}

/// An ordered set of attributes: setting a name again replaces its value in place.
public struct Attributes: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    public private(set) var pairs: [(name: String, value: AttributeValue)] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        for (name, value) in elements { self[name] = value }
    }

    public subscript(name: String) -> AttributeValue? {
        get { pairs.first { $0.name == name }?.value }
        set {
            if let index = pairs.firstIndex(where: { $0.name == name }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((name, newValue))
            }
        }
    }

    public var isEmpty: Bool { pairs.isEmpty }

    public func makeIterator() -> IndexingIterator<[(name: String, value: AttributeValue)]> {
        pairs.makeIterator()
    }

    public static func == (lhs: Attributes, rhs: Attributes) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }
}
