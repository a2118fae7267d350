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
    ]

    /// The cleaned text: lines trimmed, debris dropped, repeated lines kept once,
    /// runs of blank lines folded to one.
    static func clean(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let mainScript = dominantScript(of: lines)
        let articleIsEnglish = isEnglish(lines.joined(separator: " "))
        var kept: [String] = []
        var seen: Set<String> = []
        for line in lines {
            if line.isEmpty {
                if let last = kept.last, !last.isEmpty { kept.append("") }
                continue
            }
            if isDebris(line, mainScript: mainScript, articleIsEnglish: articleIsEnglish) { continue }
            // Captions are often printed twice; a repeated line adds nothing.
            if !seen.insert(line).inserted { continue }
            kept.append(line)
        }
        while kept.last == "" { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    static func isDebris(_ line: String, mainScript: Script?, articleIsEnglish: Bool) -> Bool {
        let letters = line.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count < 3 { return true }  // "XS", "LG", "|", "•"
        if furniturePatterns.contains(where: { line.range(of: $0, options: .regularExpression) != nil }) { return true }
        // A line in another script than the article's (an Armenian menu label in an
        // English article) is page chrome.
        if let mainScript, let lineScript = dominantScript(of: [line]), lineScript != mainScript,
           letters.count < 200 {
            return true
        }
        // A short line of another Latin-script language (a Turkish "comments closed"
        // notice in an English article): no English function word, and letters
        // English does not use.
        if articleIsEnglish {
            // One-letter words ("a" in «"Enter"a basın») say nothing of the language.
            let words = tokens(line).filter { $0.count > 1 }
            let hasForeignLetters = letters.contains { $0.value > 0x7F && $0.properties.isAlphabetic }
            if words.count <= 12, hasForeignLetters, !words.contains(where: englishFunctionWords.contains) {
                return true
            }
        }
        return false
    }

    static func isEnglish(_ text: String) -> Bool {
        let words = tokens(text)
        guard words.count >= 8 else { return false }
        let hits = words.filter(englishFunctionWords.contains).count
        return Double(hits) / Double(words.count) > 0.12
    }

    private static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// A writing system, as far as telling page chrome from the article needs.
    enum Script: Hashable {
        case latin, cyrillic, armenian, greek, georgian, arabic, hebrew, han, other
    }

    static func script(of scalar: Unicode.Scalar) -> Script? {
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

    /// The script most letters of the lines are written in.
    static func dominantScript(of lines: [String]) -> Script? {
        var counts: [Script: Int] = [:]
        for line in lines {
            for scalar in line.unicodeScalars {
                if let script = script(of: scalar) { counts[script, default: 0] += 1 }
            }
        }
        return counts.max { ($0.value, "\($0.key)") < ($1.value, "\($1.key)") }?.key
    }
}
