import Foundation

/// Comma-separated values as RFC 4180 has them.
public enum CSV {
    /// One record: a field with a comma, quote or line break is quoted, its quotes
    /// doubled; records end in CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }

    /// A header and its rows.
    public static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map(record).joined()
    }
}

/// The graph as tables: plain CSV for spreadsheets and scripts, and the files
/// `neo4j-admin database import` takes.
enum TableExport {
    /// `nodes.csv`, `edges.csv` (one row a relation, `id` as in `evidence.csv`) and
    /// `evidence.csv` (one row a sentence, with its offsets).
    static func csv(_ graph: KnowledgeGraph) -> [ExportFile] {
        let nodeFields = ExportAttributes.nodeFields.map(\.name)
        let nodes = graph.entities.map { entity in
            let values = ExportAttributes.values(of: entity)
            return [entity.id.rawValue] + nodeFields.map { values[$0] ?? "" }
        }
        let edgeFields = ExportAttributes.edgeFields.map(\.name)
        let edges = graph.relations.enumerated().map { index, relation in
            let values = ExportAttributes.values(of: relation)
            return ["e\(index)", relation.source.rawValue, relation.target.rawValue] + edgeFields.map { values[$0] ?? "" }
        }
        var evidence: [[String]] = []
        for (index, relation) in graph.relations.enumerated() {
            for item in relation.evidence {
                evidence.append(["e\(index)", item.document, String(item.sentence), String(item.start), String(item.end),
                                 item.date ?? "", item.dateText ?? "", item.status?.rawValue ?? "", item.reportedBy ?? "", item.text])
            }
        }
        return [
            ExportFile(name: "nodes.csv", data: Data(CSV.table(["id"] + nodeFields, nodes).utf8)),
            ExportFile(name: "edges.csv", data: Data(CSV.table(["id", "source", "target"] + edgeFields, edges).utf8)),
            ExportFile(name: "evidence.csv", data: Data(CSV.table(
                ["edge", "document", "sentence", "start", "end", "date", "date_text", "status", "reported_by", "text"], evidence).utf8)),
        ]
    }

    /// neo4j-admin's array separator (its default).
    static let arrayDelimiter = ";"

    /// Header files apart from data files, labels from node types (`Entity;Person`),
    /// relationship types from edge types (`HOLDS_OFFICE`), and `import.sh`.
    static func neo4j(_ graph: KnowledgeGraph) -> [ExportFile] {
        // An array element cannot hold the separator; it becomes a comma.
        func array(_ items: [String]) -> String {
            items.map { $0.replacingOccurrences(of: arrayDelimiter, with: ",") }.joined(separator: arrayDelimiter)
        }
        let nodes = graph.entities.map { entity in
            [entity.id.rawValue, entity.name, "Entity" + arrayDelimiter + label(of: entity.type), array(entity.aliases),
             String(entity.mentions), entity.date ?? ""]
        }
        let edgeFields = ExportAttributes.edgeFields.filter { $0.name != "type" }
        let relationships = graph.relations.map { relation in
            var values = ExportAttributes.values(of: relation)
            values["documents"] = array(Array(Set(relation.evidence.map(\.document))).sorted())
            return [relation.source.rawValue, relation.target.rawValue, relation.type.rawValue.uppercased()] + edgeFields.map { values[$0.name] ?? "" }
        }
        let edgeHeader = [":START_ID", ":END_ID", ":TYPE"] + edgeFields.map { field -> String in
            switch field.kind {
            case .string: return field.name == "documents" ? "documents:string[]" : field.name
            case .int: return "\(field.name):int"
            case .bool: return "\(field.name):boolean"
            }
        }
        let script = """
            #!/bin/sh
            # Loads this folder into a Neo4j 5 database (default: neo4j), replacing what it
            # holds. Run it from this folder with the database stopped.
            set -e
            neo4j-admin database import full --overwrite-destination \\
              --nodes=nodes_header.csv,nodes.csv \\
              --relationships=relationships_header.csv,relationships.csv \\
              --multiline-fields=true "${1:-neo4j}"

            """
        return [
            ExportFile(name: "nodes_header.csv", data: Data(CSV.record(["id:ID", "name", ":LABEL", "aliases:string[]", "mentions:int", "date"]).utf8)),
            ExportFile(name: "nodes.csv", data: Data(nodes.map(CSV.record).joined().utf8)),
            ExportFile(name: "relationships_header.csv", data: Data(CSV.record(edgeHeader).utf8)),
            ExportFile(name: "relationships.csv", data: Data(relationships.map(CSV.record).joined().utf8)),
            ExportFile(name: "import.sh", data: Data(script.utf8)),
        ]
    }

    /// A node type as a Neo4j label: `Person`, `State`...
    static func label(of type: EntityType) -> String {
        type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst()
    }
}
