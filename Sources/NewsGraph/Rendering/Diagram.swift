import Foundation
import Graphviz

/// Turns a knowledge graph into a Graphviz drawing: styled nodes, labelled edges,
/// tooltips with aliases and evidence, stable SVG ids and a legend.
public struct Diagram: Sendable {
    /// Above this many nodes the layered `dot` engine gets too slow (0.1 s at 100
    /// nodes, 2.7 s at 200, minutes at 500) and `sfdp` is used.
    public static let layeredLayoutLimit = 100
    /// Above this many nodes force-directed layouts draw straight edges: routing
    /// curved ones around nodes takes 8 s at 200 nodes against 0.15 s straight.
    public static let splineRoutingLimit = 60
    /// Above this many nodes edge labels are dropped (tooltips and classes keep the
    /// type): at 300 nodes they pile up over each other and over nodes.
    public static let edgeLabelLimit = 150
    /// How many evidence sentences an edge's tooltip quotes.
    public static let tooltipSentences = 3

    /// How many relations a bundled edge's label names before "+N more".
    public static let bundleLabelLines = 3

    public let graph: KnowledgeGraph
    /// A line drawn under the diagram (what a selection left out, say).
    public let caption: String?
    /// Whether relations between one pair are drawn as one counted edge; without,
    /// every relation is its own edge (for DOT files other tools read).
    public var bundlesEdges = true
    /// Whether a key of the node types is drawn.
    public var showsLegend = true

    public init(_ graph: KnowledgeGraph, caption: String? = nil) {
        self.graph = graph
        self.caption = caption
    }

    /// The relations between one pair of entities, drawn as one edge.
    public struct EdgeBundle: Sendable, Hashable {
        /// The SVG id of the drawn edge.
        public var id: String
        public var tail: EntityID
        public var head: EntityID
        /// In the graph's order (type, source, target).
        public var relations: [Relation]
    }

    /// The graph's edges grouped by the pair they join, whatever their direction,
    /// in the order of each pair's first relation. One relation keeps its own id.
    public var bundles: [EdgeBundle] {
        var order: [[EntityID]] = []
        var groups: [[EntityID]: [Relation]] = [:]
        for (index, relation) in graph.relations.enumerated() {
            let pair = bundlesEdges ? [relation.source, relation.target].sorted() : [relation.source, relation.target, EntityID(rawValue: String(index))]
            if groups[pair] == nil { order.append(pair) }
            groups[pair, default: []].append(relation)
        }
        var usedIDs: [String: Int] = [:]
        return order.map { pair in
            let relations = groups[pair]!
            // The arrow follows the first directed relation, if any.
            let first = relations.first { !$0.type.isSymmetric } ?? relations[0]
            var id = relations.count == 1 ? Self.elementID(for: first) : "edges-" + pair.prefix(2).map(Self.slug).joined(separator: "-")
            usedIDs[id, default: 0] += 1
            if let count = usedIDs[id], count > 1 { id += "-\(count)" }
            return EdgeBundle(id: id, tail: first.source, head: first.target, relations: relations)
        }
    }

    /// The engine for this graph when the user names none.
    public var automaticEngine: LayoutEngine {
        graph.entities.count <= Self.layeredLayoutLimit ? .dot : .sfdp
    }

    /// The Graphviz description, laid out for `engine`.
    public func graphviz(engine: LayoutEngine? = nil) -> Graph {
        let engine = engine ?? automaticEngine
        let large = graph.entities.count > Self.edgeLabelLimit
        var attributes: Attributes = [
            "fontname": "Helvetica,Arial,sans-serif",
            "fontsize": "10",
            "bgcolor": "white",
            "pad": "0.3",
            // Nodes are drawn over edges, so an edge never hides a name.
            "outputorder": "edgesfirst",
        ]
        switch engine {
        case .dot:
            attributes["rankdir"] = "LR"
            attributes["nodesep"] = "0.35"
            attributes["ranksep"] = "0.9"
        case .neato, .fdp, .sfdp, .circo, .twopi:
            // Overlap removal keeps labels apart; sep leaves room between them.
            attributes["overlap"] = "prism"
            attributes["overlap_scaling"] = "-4"
            attributes["sep"] = "+8"
            // An external label that cannot be placed clear of the rest is left out.
            attributes["forcelabels"] = "false"
            attributes["splines"] = graph.entities.count > Self.splineRoutingLimit ? "false" : "true"
        }
        var description = Graph(
            name: "newsgraph",
            kind: .directed,
            attributes: attributes,
            nodeDefaults: [
                "fontname": "Helvetica,Arial,sans-serif", "fontsize": "11",
                "style": "filled", "penwidth": "0.8", "margin": "0.12,0.06",
            ],
            edgeDefaults: [
                "fontname": "Helvetica,Arial,sans-serif", "fontsize": "9",
                "color": "#555555", "fontcolor": "#333333", "arrowsize": "0.7",
            ]
        )
        for entity in graph.entities {
            description.nodes.append(node(for: entity))
        }
        let names = Dictionary(graph.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for bundle in bundles {
            description.edges.append(edge(for: bundle, labelled: !large, engine: engine, names: names))
        }
        if showsLegend, !graph.entities.isEmpty {
            description.nodes.append(legend())
        }
        if let caption {
            description.attributes["label"] = .text(caption)
            description.attributes["labelloc"] = "b"
            description.attributes["labeljust"] = "l"
        }
        return description
    }

    /// The graph as DOT text without layout: deterministic, engine-independent.
    public func dotSource(engine: LayoutEngine? = nil) throws -> String {
        try Renderer.dotSource(of: graphviz(engine: engine))
    }

    /// Lays out and renders the diagram; `engine` nil picks one by size.
    public func render(format: OutputFormat, engine: LayoutEngine? = nil, renderer: Renderer? = nil) throws -> Data {
        let engine = engine ?? automaticEngine
        let renderer = try renderer ?? Renderer()
        return try renderer.render(graphviz(engine: engine), engine: engine, format: format)
    }

    // MARK: - Pieces

    /// The SVG id of an entity's node: `node-` and the id with `:` as `--`.
    public static func elementID(for entity: EntityID) -> String {
        "node-" + slug(entity)
    }

    /// The SVG id of a relation's edge when it is drawn alone.
    public static func elementID(for relation: Relation) -> String {
        "edge-\(relation.type.rawValue)-\(slug(relation.source))-\(slug(relation.target))"
    }

    private static func slug(_ id: EntityID) -> String { id.rawValue.replacingOccurrences(of: ":", with: "--") }

    private func node(for entity: Entity) -> Node {
        let style = NodeStyle.of(entity.type)
        var tooltip = "\(entity.name) (\(entity.type.rawValue))"
        if !entity.aliases.isEmpty {
            tooltip += "\nalso: " + entity.aliases.joined(separator: ", ")
        }
        if let date = entity.date { tooltip += "\ndate: \(date)" }
        var attributes: Attributes = [
            "label": .text(entity.name),
            "tooltip": .text(tooltip),
            "id": .raw(Self.elementID(for: entity.id)),
            "class": .raw("entity entity-\(entity.type.rawValue)"),
            "shape": .raw(style.shape),
            "fillcolor": .raw(style.fill),
            "fontcolor": .raw(style.fontColor),
        ]
        if entity.type == .state || entity.type == .organization {
            attributes["style"] = "filled,rounded"
        }
        return Node(entity.id.rawValue, attributes: attributes)
    }

    /// Roughly how wide `text` is drawn, in inches: its longest line at an average
    /// Helvetica letter width, plus a node's margins.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        let longest = text.split(separator: "\n").map(\.count).max() ?? 0
        return Double(longest) * fontSize * 0.55 / 72 + 0.24
    }

    /// A relation's label: its type, the office's title and its date.
    public static func label(of relation: Relation) -> String {
        var label = relation.type.label
        if let title = relation.title, !title.isEmpty { label += ": \(title)" }
        if let date = relation.date { label += " (\(date))" }
        return label
    }

    private func edge(for bundle: EdgeBundle, labelled: Bool, engine: LayoutEngine, names: [EntityID: String]) -> Edge {
        let relations = bundle.relations
        let count = max(relations.reduce(0) { $0 + $1.evidence.count }, 1)
        let labels = relations.map(Self.label(of:))
        var label: String
        var tooltip: String
        if relations.count == 1 {
            label = labels[0]
            tooltip = labels[0]
        } else {
            // Several relations between one pair: one edge, counted, the first few named.
            var lines = ["\(relations.count) relations"] + labels.prefix(Self.bundleLabelLines)
            if relations.count > Self.bundleLabelLines { lines.append("+\(relations.count - Self.bundleLabelLines) more") }
            label = lines.joined(separator: "\n")
            tooltip = "\(relations.count) relations: " + labels.joined(separator: "; ")
        }
        let evidence = relations.flatMap(\.evidence)
        for item in evidence.prefix(Self.tooltipSentences) {
            tooltip += "\n\(item.document) #\(item.sentence): \(item.text)"
        }
        if evidence.count > Self.tooltipSentences {
            tooltip += "\n… and \(evidence.count - Self.tooltipSentences) more"
        }
        let types = Array(Set(relations.map(\.type.rawValue))).sorted()
        var attributes: Attributes = [
            "id": .raw(bundle.id),
            "class": .raw((["relation"] + types.map { "relation-\($0)" }).joined(separator: " ")),
            "tooltip": .text(tooltip),
            "penwidth": .raw(String(format: "%.2f", 1 + log2(Double(count)))),
            "weight": .raw(String(count)),
        ]
        if labelled, engine == .neato || engine == .fdp {
            // These engines put a label at its edge's midpoint, over whatever node
            // lies there. As an external label Graphviz places it clear of nodes and
            // other labels, or leaves it out (the tooltip keeps it).
            attributes["xlabel"] = .text(label)
            // They also aim for each edge's length: room for both half nodes and the
            // label keeps a short edge's label off its ends.
            let length = (Self.estimatedWidth(names[bundle.tail] ?? "", fontSize: 11)
                + Self.estimatedWidth(names[bundle.head] ?? "", fontSize: 11)) / 2
                + Self.estimatedWidth(label, fontSize: 9) + 0.3
            attributes["len"] = .raw(String(format: "%.2f", max(1, length)))
        } else if labelled {
            attributes["label"] = .text(label)
        }
        let directed = relations.filter { !$0.type.isSymmetric }
        if directed.isEmpty {
            attributes["dir"] = "none"
        } else if directed.contains(where: { $0.source != bundle.tail }) {
            attributes["dir"] = "both"
        }
        return Edge(from: bundle.tail.rawValue, to: bundle.head.rawValue, attributes: attributes)
    }

    /// A key of the node types present, as one HTML-like table (every engine draws it).
    private func legend() -> Node {
        let types = Set(graph.entities.map(\.type)).sorted()
        var rows = #"<TR><TD COLSPAN="2"><B>Legend</B></TD></TR>"#
        for type in types {
            let style = NodeStyle.of(type)
            rows += #"<TR><TD BGCOLOR="\#(style.fill)" WIDTH="14"> </TD><TD ALIGN="LEFT">\#(type.rawValue) (\#(style.shape))</TD></TR>"#
        }
        let table = #"<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="3">\#(rows)</TABLE>"#
        return Node("legend", attributes: [
            "shape": "plaintext", "style": "", "label": .html(table),
            "id": "legend", "class": "legend", "tooltip": .text("node types"),
        ])
    }
}

/// Graphviz's layout engines, for callers that import only NewsGraph.
public typealias LayoutEngine = Graphviz.LayoutEngine
/// Graphviz's output formats, for callers that import only NewsGraph.
public typealias OutputFormat = Graphviz.OutputFormat
