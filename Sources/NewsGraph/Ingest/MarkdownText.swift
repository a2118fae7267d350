import Foundation

/// A Markdown article: front matter fields and the body as plain text.
struct MarkdownText {
    var title: String?
    var date: String?
    var url: String?
    var body: String

    /// Reads `---` front matter (`key: value` lines), then drops Markdown syntax from the body.
    static func parse(_ text: String) -> MarkdownText {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var fields: [String: String] = [:]
        if lines.first?.trimmingEnds(in: .whitespaces) == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.trimmingEnds(in: .whitespaces) == "---" }) {
            for line in lines[1..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingEnds(in: .whitespaces).lowercased()
                var value = line[line.index(after: colon)...].trimmingEnds(in: .whitespaces)
                if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                    value = String(value.dropFirst().dropLast())
                }
                fields[key] = value
            }
            lines.removeSubrange(0...end)
        }
        let body = lines.map(plainLine).joined(separator: "\n")
        return MarkdownText(title: fields["title"], date: fields["date"], url: fields["url"], body: body)
    }

    /// One line of Markdown as the text a reader sees.
    private static func plainLine(_ line: String) -> String {
        var s = line
        s = s.replacingOccurrences(of: #"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #"!\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        s = s.replacingOccurrences(of: #"\[([^\]]+)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        s = s.replacingOccurrences(of: #"(\*\*|__|`)"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #"(?<![\w*])\*(?!\s)([^*]+)(?<!\s)\*(?![\w*])"#, with: "$1", options: .regularExpression)
        if s.range(of: #"^\s*([-*_]\s*){3,}$"#, options: .regularExpression) != nil { return "" }
        return s
    }
}
