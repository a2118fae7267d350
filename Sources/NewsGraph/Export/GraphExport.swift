import Foundation

/// The file formats `newsgraph export` writes for other tools.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// NewsGraph's interchange form, as in `EXPORT_JSON.md`.
    case json
    /// GraphML with typed node and edge attributes (yEd, Cytoscape, networkx).
    case graphml
    /// GEXF 1.2 with dynamic dates, so Gephi's timeline plays the relations in order.
    case gexf
    /// `nodes.csv`, `edges.csv` and `evidence.csv`.
    case csv
    /// Header and data CSV files for `neo4j-admin database import`, and the command.
    case neo4j
    /// The graph in DOT, styled as the diagram but one edge a relation, no layout.
    case dot

    /// True for the formats that are a folder of files rather than one file.
    public var isFolder: Bool { self == .csv || self == .neo4j }
}

/// One file of an export: a name and its bytes.
public struct ExportFile: Sendable, Hashable {
    public var name: String
    public var data: Data
}

/// Writes a graph in any ``ExportFormat``: every entity and every relation, each
/// with its evidence count and, where the format has room, its evidence text.
public enum GraphExport {
    /// The files of `graph` in `format`, in a fixed order; the same graph always
    /// gives the same bytes.
    public static func files(for graph: KnowledgeGraph, format: ExportFormat) throws -> [ExportFile] {
        switch format {
        case .json: return [ExportFile(name: "graph.json", data: try JSONExport.data(for: graph))]
        case .graphml: return [ExportFile(name: "graph.graphml", data: Data(GraphMLWriter(graph: graph).document().utf8))]
        case .gexf: return [ExportFile(name: "graph.gexf", data: Data(GEXFWriter(graph: graph).document().utf8))]
        case .csv: return TableExport.csv(graph)
        case .neo4j: return TableExport.neo4j(graph)
        case .dot:
            // One edge a relation and no legend: the graph, not a drawing of it.
            var diagram = Diagram(graph)
            diagram.bundlesEdges = false
            diagram.showsLegend = false
            return [ExportFile(name: "graph.dot", data: Data(try diagram.dotSource().utf8))]
        }
    }
}

/// The attributes every export gives a node or an edge, in one order, so the
/// formats agree on names and types.
struct ExportAttributes {
    enum Kind: String { case string, int, bool }

    struct Field {
        var name: String
        var kind: Kind
    }

    static let nodeFields = [
        Field(name: "name", kind: .string), Field(name: "type", kind: .string), Field(name: "aliases", kind: .string),
        Field(name: "mentions", kind: .int), Field(name: "date", kind: .string),
    ]

    static let edgeFields = [
        Field(name: "type", kind: .string), Field(name: "label", kind: .string), Field(name: "symmetric", kind: .bool),
        Field(name: "title", kind: .string), Field(name: "date", kind: .string), Field(name: "status", kind: .string),
        Field(name: "cameo", kind: .string), Field(name: "place", kind: .string), Field(name: "first_seen", kind: .string),
        Field(name: "last_seen", kind: .string), Field(name: "evidence_count", kind: .int), Field(name: "documents", kind: .string),
        Field(name: "evidence", kind: .string),
    ]

    /// Aliases in one text field.
    static let aliasSeparator = "; "

    /// A node's values by field name; nil where it has none.
    static func values(of entity: Entity) -> [String: String] {
        var values = ["name": entity.name, "type": entity.type.rawValue, "mentions": String(entity.mentions)]
        if !entity.aliases.isEmpty { values["aliases"] = entity.aliases.joined(separator: aliasSeparator) }
        values["date"] = entity.date
        return values
    }

    /// An edge's values by field name; the evidence as one sentence a line, each
    /// with its document and sentence index.
    static func values(of relation: Relation) -> [String: String] {
        var values = [
            "type": relation.type.rawValue, "label": Diagram.label(of: relation),
            "symmetric": relation.type.isSymmetric ? "true" : "false", "evidence_count": String(relation.evidence.count),
        ]
        values["title"] = relation.title
        values["date"] = relation.date
        values["status"] = relation.status?.rawValue
        values["cameo"] = relation.cameo
        values["place"] = relation.place
        values["first_seen"] = relation.firstSeen
        values["last_seen"] = relation.lastSeen
        let documents = Array(Set(relation.evidence.map(\.document))).sorted()
        if !documents.isEmpty { values["documents"] = documents.joined(separator: aliasSeparator) }
        if !relation.evidence.isEmpty { values["evidence"] = relation.evidence.map(evidenceLine).joined(separator: "\n") }
        return values
    }

    static func evidenceLine(_ evidence: Evidence) -> String {
        "\(evidence.document) #\(evidence.sentence): \(evidence.text)"
    }
}
