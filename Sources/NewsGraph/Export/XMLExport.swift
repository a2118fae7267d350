import Foundation

/// GraphML: one `key` per attribute, typed, then the nodes and edges with their data.
struct GraphMLWriter {
    let graph: KnowledgeGraph

    func document() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        // Gephi and yEd show a node's `label`; it is the name.
        let nodeFields = [ExportAttributes.Field(name: "label", kind: .string)] + ExportAttributes.nodeFields
        for field in nodeFields {
            out += "  <key id=\"n_\(field.name)\" for=\"node\" attr.name=\"\(field.name)\" attr.type=\"\(Self.type(field.kind))\"/>\n"
        }
        for field in ExportAttributes.edgeFields {
            out += "  <key id=\"e_\(field.name)\" for=\"edge\" attr.name=\"\(field.name)\" attr.type=\"\(Self.type(field.kind))\"/>\n"
        }
        out += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n"
        for entity in graph.entities {
            var values = ExportAttributes.values(of: entity)
            values["label"] = entity.name
            out += "    <node id=\"\(markupEscaped(entity.id.rawValue))\">\n"
            out += Self.data(values, fields: nodeFields, prefix: "n_")
            out += "    </node>\n"
        }
        for (index, relation) in graph.relations.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(markupEscaped(relation.source.rawValue))\" target=\"\(markupEscaped(relation.target.rawValue))\">\n"
            out += Self.data(ExportAttributes.values(of: relation), fields: ExportAttributes.edgeFields, prefix: "e_")
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func type(_ kind: ExportAttributes.Kind) -> String {
        switch kind {
        case .string: return "string"
        case .int: return "int"
        case .bool: return "boolean"
        }
    }

    private static func data(_ values: [String: String], fields: [ExportAttributes.Field], prefix: String) -> String {
        fields.compactMap { field in
            values[field.name].map { "      <data key=\"\(prefix)\(field.name)\">\(markupEscaped($0))</data>\n" }
        }.joined()
    }
}

/// GEXF 1.2 in dynamic mode: dated edges start on their date (an office spans the
/// days it was seen), so Gephi's timeline shows the relations appear in order.
struct GEXFWriter {
    let graph: KnowledgeGraph

    func document() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta>
                <creator>NewsGraph</creator>
                <description>Entities and relations extracted from news articles, with their evidence</description>
              </meta>
              <graph mode="dynamic" defaultedgetype="directed" timeformat="date">

            """
        // `label` is GEXF's own node and edge attribute, so the name is not repeated.
        let nodeFields = ExportAttributes.nodeFields.filter { $0.name != "name" }
        let edgeFields = ExportAttributes.edgeFields.filter { $0.name != "label" }
        out += Self.declarations(nodeFields, of: "node")
        out += Self.declarations(edgeFields, of: "edge")
        let starts = nodeStarts()
        out += "    <nodes>\n"
        for entity in graph.entities {
            let start = starts[entity.id].map { " start=\"\($0)\"" } ?? ""
            out += "      <node id=\"\(markupEscaped(entity.id.rawValue))\" label=\"\(markupEscaped(entity.name))\"\(start)>\n"
            out += Self.values(ExportAttributes.values(of: entity), fields: nodeFields)
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, relation) in graph.relations.enumerated() {
            var attributes = "id=\"\(index)\" source=\"\(markupEscaped(relation.source.rawValue))\" target=\"\(markupEscaped(relation.target.rawValue))\""
            attributes += " label=\"\(markupEscaped(Diagram.label(of: relation)))\" weight=\"\(max(relation.evidence.count, 1))\""
            let (start, end) = Self.interval(of: relation)
            if let start { attributes += " start=\"\(start)\"" }
            if let end { attributes += " end=\"\(end)\"" }
            out += "      <edge \(attributes)>\n"
            out += Self.values(ExportAttributes.values(of: relation), fields: edgeFields)
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The days an edge is on the timeline: an event from its date on, an office
    /// from the first day it was seen to the last; nil where the text gives none.
    static func interval(of relation: Relation) -> (start: String?, end: String?) {
        if relation.type == .holdsOffice {
            return (relation.firstSeen.flatMap(day), relation.lastSeen.flatMap(day))
        }
        return (relation.date.flatMap(day), nil)
    }

    /// A node appears with its first dated edge; one with an undated edge is there
    /// from the start.
    private func nodeStarts() -> [EntityID: String] {
        var starts: [EntityID: String?] = [:]
        for relation in graph.relations {
            let start = Self.interval(of: relation).start
            for id in [relation.source, relation.target] {
                switch (starts[id], start) {
                case (nil, _): starts[id] = .some(start)
                case (.some(.some(let old)), .some(let new)): starts[id] = .some(min(old, new))
                default: starts[id] = .some(nil)
                }
            }
        }
        return starts.compactMapValues { $0 }
    }

    /// A full day for GEXF's `date` time format: a month ("2020-11") or a year
    /// starts on its first day; the `date` attribute keeps the text as written.
    static func day(_ date: String) -> String? {
        let parts = date.split(separator: "-")
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        return ([String(parts[0])] + (1..<3).map { $0 < parts.count ? String(parts[$0]) : "01" }).joined(separator: "-")
    }

    private static func declarations(_ fields: [ExportAttributes.Field], of kind: String) -> String {
        var out = "    <attributes class=\"\(kind)\" mode=\"static\">\n"
        for field in fields {
            let type: String
            switch field.kind {
            case .string: type = "string"
            case .int: type = "integer"
            case .bool: type = "boolean"
            }
            out += "      <attribute id=\"\(field.name)\" title=\"\(field.name)\" type=\"\(type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private static func values(_ values: [String: String], fields: [ExportAttributes.Field]) -> String {
        let present = fields.compactMap { field in values[field.name].map { (field.name, $0) } }
        guard !present.isEmpty else { return "" }
        return "        <attvalues>\n"
            + present.map { "          <attvalue for=\"\($0.0)\" value=\"\(markupEscaped($0.1))\"/>\n" }.joined()
            + "        </attvalues>\n"
    }
}
