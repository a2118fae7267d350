import Foundation

/// The report as Markdown for wikis and repositories: `report.md` that shows the
/// diagram from an SVG file beside it, and the same tables as the HTML report.
///
/// Text from articles is escaped so that it shows as written: Markdown punctuation
/// and HTML are backslash-escaped, table pipes too, line breaks become spaces, and
/// only http and https addresses become links.
public struct MarkdownReport: Sendable {
    public let content: ReportContent
    /// Graphviz's SVG of the graph, to be written beside the Markdown.
    public let svg: Data
    /// The SVG file's name, as `report.md` links to it.
    public static let diagramFileName = "graph.svg"

    public init(graph: KnowledgeGraph, title: String, caption: String? = nil, engine: LayoutEngine? = nil) throws {
        content = ReportContent(graph: graph, title: title)
        svg = try ReportContent.diagram(of: graph, caption: caption).render(format: .svg, engine: engine)
    }

    public func markdown() -> String {
        var out = "# \(md(content.title))\n\n\(md(content.summary))\n\n"
        out += "![Diagram of the graph](\(Self.diagramFileName))\n\n"
        out += "## Entities\n"
        for (type, rows) in content.entitiesByType {
            out += "\n### \(md(type.rawValue.capitalized)) (\(rows.count))\n\n"
            out += table(["Name", "Also called", "Offices", "Relations", "Mentions"], rows.map { row in
                [row.entity.name + (row.entity.date.map { " (\($0))" } ?? ""), row.entity.aliases.joined(separator: ", "),
                 row.offices.joined(separator: "; "), String(row.relations.count), String(row.entity.mentions)]
            })
        }
        out += "\n## Timeline\n\n"
        out += content.timeline.isEmpty ? "No dated events.\n" : table(["Date", "Event", "Who", "Sentences"], content.timeline.map {
            [$0.date, $0.kind + ($0.planned ? " (planned)" : ""), $0.who.joined(separator: ", "), String($0.evidence)]
        })
        out += "\n## Treaties\n\n"
        out += content.treaties.isEmpty ? "No treaties.\n" : table(["Treaty", "Date", "Parties", "Brokered by"], content.treaties.map {
            [$0.entity.name, $0.entity.date ?? "", $0.parties.joined(separator: ", "), $0.brokers.joined(separator: ", ")]
        })
        out += "\n## Relations and their evidence\n"
        if content.graph.relations.isEmpty { out += "\nNo relations.\n" }
        for relation in content.graph.relations {
            out += "\n**\(md(content.headline(of: relation)))**  \n\(md(content.details(of: relation)))\n\n"
            for (index, evidence) in relation.evidence.enumerated() {
                out += "\(index + 1). “\(md(evidence.text))” (\(md(content.citation(of: evidence))))\n"
            }
        }
        out += "\n## Sources\n\n"
        out += content.graph.sources.isEmpty ? "No articles listed.\n" : table(["Article", "Title", "Date", "Address"], content.graph.sources.map {
            [$0.id, $0.title ?? "", $0.date ?? "", $0.url ?? ""]
        }, links: content.graph.sources.map { ReportContent.safeLink($0.url) })
        return out
    }

    /// A table whose cells are escaped text; a cell of the last column becomes a
    /// link where `links` gives one.
    private func table(_ header: [String], _ rows: [[String]], links: [URL?] = []) -> String {
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + header.map { _ in " --- |" }.joined() + "\n"
        for (index, row) in rows.enumerated() {
            var cells = row.map(cell)
            if index < links.count, let link = links[index] { cells[cells.count - 1] = "[\(cell(link.absoluteString))](<\(Self.linkTarget(link))>)" }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func cell(_ text: String) -> String { md(text) }

    /// A URL as a link destination in angle brackets: nothing in it can close them.
    static func linkTarget(_ url: URL) -> String {
        var out = ""
        for scalar in url.absoluteString.unicodeScalars {
            switch scalar {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            case "\\": out += "%5C"
            case "\n", "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text shown as written in Markdown: ASCII punctuation with a meaning escaped
    /// with a backslash, `&` as an entity, line breaks as spaces.
    func md(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n" where previous == "\r": continue
            case "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "-", "!", "|", "~", "\"", "=", "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "&": out += "&amp;"
            case "\n", "\r", "\t": out += " "
            case "\u{0}"..."\u{1F}": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
