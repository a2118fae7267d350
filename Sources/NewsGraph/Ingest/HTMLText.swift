import Foundation

/// The article inside an HTML page: its text without scripts, styles or navigation,
/// and the title, date and URL from its head.
struct HTMLText {
    var title: String?
    var date: String?
    var url: String?
    var body: String

    private static let droppedElements = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg", "iframe", "button", "select"]
    private static let blockElements = "p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|figcaption|figure|blockquote|pre|time|dd|dt|hr|main"

    static func parse(_ html: String) -> HTMLText {
        var page = html
        page = page.replacingOccurrences(of: "<!--[\\s\\S]*?-->", with: " ", options: .regularExpression)
        let head = page.range(of: "<head[\\s\\S]*?</head>", options: [.regularExpression, .caseInsensitive]).map { String(page[$0]) } ?? ""
        let title = meta(head, "og:title") ?? firstMatch(head, "<title[^>]*>([\\s\\S]*?)</title>").map(decodeEntities)
        let date = meta(head, "article:published_time") ?? meta(head, "date") ?? meta(head, "pubdate")
        let url = meta(head, "og:url") ?? firstMatch(head, #"<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)"#)

        // Prefer the <article> element when the page has one.
        if let article = page.range(of: "<article[\\s\\S]*?</article>", options: [.regularExpression, .caseInsensitive]) {
            page = String(page[article])
        } else if let body = page.range(of: "<body[\\s\\S]*?</body>", options: [.regularExpression, .caseInsensitive]) {
            page = String(page[body])
        }
        for element in droppedElements {
            page = page.replacingOccurrences(of: "<\(element)\\b[\\s\\S]*?</\(element)\\s*>", with: "\n", options: [.regularExpression, .caseInsensitive])
        }
        page = page.replacingOccurrences(of: "</?(\(blockElements))\\b[^>]*>", with: "\n", options: [.regularExpression, .caseInsensitive])
        page = page.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        let lines = page.components(separatedBy: "\n").map {
            decodeEntities($0).replacingOccurrences(of: "[ \\t\u{00A0}]+", with: " ", options: .regularExpression).trimmingEnds(in: .whitespaces)
        }
        return HTMLText(title: title?.trimmingEnds(in: .whitespacesAndNewlines), date: date, url: url, body: lines.joined(separator: "\n"))
    }

    private static func meta(_ head: String, _ name: String) -> String? {
        let escaped = NSRegularExpression.escapedPattern(for: name)
        return firstMatch(head, #"<meta[^>]+(?:property|name|itemprop)=["']\#(escaped)["'][^>]*content=["']([^"']*)["']"#)
            ?? firstMatch(head, #"<meta[^>]+content=["']([^"']*)["'][^>]*(?:property|name|itemprop)=["']\#(escaped)["']"#)
            .map(decodeEntities)
    }

    private static func firstMatch(_ text: String, _ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "copy": "\u{00A9}",
    ]

    /// Decodes numeric and common named character references.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = namedEntities[name]
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}
