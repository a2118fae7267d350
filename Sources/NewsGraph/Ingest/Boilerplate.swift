import Foundation

/// Drops the debris pages carry around an article by general rules, keeping
/// headlines, captions, bylines and datelines.
enum Boilerplate {
    /// English words that almost every sentence of an English article holds.
    private static let englishFunctionWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "by", "at", "from",
        "is", "are", "was", "were", "be", "has", "have", "had", "that", "this", "his", "her", "its", "their",
        "as", "not", "will", "would", "said", "says",
    ]

    /// Editorial notes and page furniture, by shape (not by site).
    private static let furniturePatterns = [
        #"(?i)^\**\s*opinions expressed (in this|are those)"#,
        #"(?i)^(share|print|email|tweet|follow us|subscribe|advertisement|related( articles| news)?|read more|comments?)\b.{0,30}$"#,
        #"(?i)^(all rights reserved|©|copyright)"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// The cleaned text: lines trimmed, debris dropped, repeated lines kept once,
    /// runs of blank lines folded to one.
    static func clean(_ text: String) -> String {
        let lines = Self.lines(of: text).map { $0.trimmingEnds(in: .whitespaces) }
        let letters = lines.map(LetterCount.init)
        let mainScript = LetterCount(summing: letters).dominantScript
        // Asked only of a line with letters English does not use: most articles have none.
        var english: Bool?
        let articleIsEnglish = {
            if english == nil { english = isEnglish(lines.joined(separator: " ")) }
            return english!
        }
        var kept: [String] = []
        var seen: Set<String> = []
        for (line, count) in zip(lines, letters) {
            if line.isEmpty {
                if let last = kept.last, !last.isEmpty { kept.append("") }
                continue
            }
            if isDebris(line, letters: count, mainScript: mainScript, articleIsEnglish: articleIsEnglish) { continue }
            // Captions are often printed twice; a repeated line adds nothing.
            if !seen.insert(line).inserted { continue }
            kept.append(line)
        }
        while kept.last == "" { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    /// The lines of a text, ended by "\n", "\r\n" or "\r".
    private static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, position = start
        while position < utf8.endIndex {
            let byte = utf8[position]
            guard byte == 0x0A || byte == 0x0D else { position = utf8.index(after: position); continue }
            lines.append(text[start..<position])
            position = utf8.index(after: position)
            if byte == 0x0D, position < utf8.endIndex, utf8[position] == 0x0A { position = utf8.index(after: position) }
            start = position
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    static func isDebris(_ line: String, letters: LetterCount, mainScript: Script?, articleIsEnglish: () -> Bool) -> Bool {
        if letters.total < 3 { return true }  // "XS", "LG", "|", "•"
        if isFurniture(line) { return true }
        // A line in another script than the article's (an Armenian menu label in an
        // English article) is page chrome.
        if let mainScript, let lineScript = letters.dominantScript, lineScript != mainScript,
           letters.total < 200 {
            return true
        }
        // A short line of another Latin-script language (a Turkish "comments closed"
        // notice in an English article): no English function word, and letters
        // English does not use.
        if letters.nonASCII > 0, articleIsEnglish() {
            // One-letter words ("a" in «"Enter"a basın») say nothing of the language.
            let words = tokens(line).filter { $0.count > 1 }
            if words.count <= 12, !words.contains(where: englishFunctionWords.contains) {
                return true
            }
        }
        return false
    }

    /// True when a line is an editorial note or page furniture. The notes are
    /// known by how a line opens, so a long line is matched on its opening only.
    private static func isFurniture(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        let opening = scalars.index(scalars.startIndex, offsetBy: 200, limitedBy: scalars.endIndex) ?? scalars.endIndex
        // Past 200 scalars no line is a short furniture label (the second pattern's
        // `.{0,30}$`), and the others match in the opening or nowhere.
        let text = opening == scalars.endIndex ? line : String(line[..<opening])
        let whole = NSRange(location: 0, length: text.utf16.count)
        return furniturePatterns.indices.contains { index in
            (index != 1 || opening == scalars.endIndex)
                && furniturePatterns[index].firstMatch(in: text, options: .anchored, range: whole) != nil
        }
    }

    static func isEnglish(_ text: String) -> Bool {
        let words = text.letterRuns()
        guard words.count >= 8 else { return false }
        // The function words are short: longer words need no lower-casing and lookup.
        let hits = words.filter { $0.utf8.count <= 5 && englishFunctionWords.contains($0.lowercased()) }.count
        return Double(hits) / Double(words.count) > 0.12
    }

    /// The lower-cased words of a text, split at anything but letters.
    private static func tokens(_ text: String) -> [String] {
        text.letterRuns().map { $0.lowercased() }
    }

    /// A writing system, as far as telling page chrome from the article needs.
    enum Script: Int, Hashable, CaseIterable {
        case latin, cyrillic, armenian, greek, georgian, arabic, hebrew, han, other
    }

    static func script(of scalar: Unicode.Scalar) -> Script? {
        // ASCII letters are Latin without a lookup of the scalar's properties.
        if scalar.isASCII { return scalar.isLetterCategory ? .latin : nil }
        guard scalar.properties.isAlphabetic else { return nil }
        switch scalar.value {
        case 0x41...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x370...0x3FF: return .greek
        case 0x400...0x52F: return .cyrillic
        case 0x530...0x58F: return .armenian
        case 0x590...0x5FF: return .hebrew
        case 0x600...0x6FF, 0x750...0x77F: return .arabic
        case 0x10A0...0x10FF: return .georgian
        case 0x4E00...0x9FFF, 0x3040...0x30FF, 0xAC00...0xD7AF: return .han
        default: return .other
        }
    }

    /// The letters of a line (or of several), counted by script.
    struct LetterCount {
        var byScript = [Int](repeating: 0, count: Script.allCases.count)
        /// Letters outside ASCII, which English does not use.
        var nonASCII = 0
        var total: Int { byScript.reduce(0, +) }

        init<Text: StringProtocol>(_ line: Text) {
            for scalar in line.unicodeScalars {
                guard let script = Boilerplate.script(of: scalar) else { continue }
                byScript[script.rawValue] += 1
                if scalar.value > 0x7F { nonASCII += 1 }
            }
        }

        init(summing counts: [LetterCount]) {
            for count in counts {
                for index in byScript.indices { byScript[index] += count.byScript[index] }
                nonASCII += count.nonASCII
            }
        }

        /// The script most of the letters are written in; ties go to the name
        /// that sorts last.
        var dominantScript: Script? {
            Script.allCases.filter { byScript[$0.rawValue] > 0 }
                .max { (byScript[$0.rawValue], "\($0)") < (byScript[$1.rawValue], "\($1)") }
        }
    }
}
