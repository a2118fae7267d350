import Foundation

/// The "title, then name" pattern ("President William Ruto"), compiled for the
/// titles a sentence can hold.
///
/// One alternation of every title cost a tenth of all extraction time: the matcher
/// tried each title at every word. A title can only match where each of its
/// words is a word of the sentence, so the pattern for a sentence lists only those
/// titles, in the lexicon's order, and gives the same matches. Patterns are kept
/// by the titles they list; sentences repeat few such sets.
final class TitlePatterns: @unchecked Sendable {
    private struct Title {
        let alternative: String
        let words: [String]
    }
    /// The titles, longest first, as the lexicon orders them.
    private let titles: [Title]
    /// Indices into `titles` by each title's last word, lower-cased.
    private let byLastWord: [String: [Int]]
    /// The nouns that end a post named by its portfolio ("Trade Minister"), in order.
    private let postHeads: [(word: String, alternative: String)]
    /// What follows the title: an optional comma, then the name.
    private let suffix: String
    /// The pattern of every title, as one alternation.
    let everyTitle: NSRegularExpression
    private let lock = NSLock()
    /// Compiled patterns by the titles and post heads they list (indices, in order).
    private var compiled: [[Int]: NSRegularExpression] = [:]
    /// More sets than this are compiled for the sentence and not kept.
    private let keepAtMost = 1_024

    init(titles: [String], postHeads: [String], nameWord: String, nameGap: String) {
        let list = titles.map { title -> Title in
            // A lower-case title ("special envoy") may be written capitalised too.
            var alternative = NSRegularExpression.escapedPattern(for: title)
            if let first = title.first, first.isLowercase {
                alternative = "[\(first)\(first.uppercased())]" + NSRegularExpression.escapedPattern(for: String(title.dropFirst()))
            }
            return Title(alternative: alternative, words: Self.words(title))
        }
        self.titles = list
        byLastWord = Dictionary(grouping: list.indices) { list[$0].words.last ?? "" }
        self.postHeads = postHeads.map { (word: $0.lowercased(), alternative: NSRegularExpression.escapedPattern(for: $0)) }
        // A name may open with initials: "S. Jaishankar".
        let suffix = #"),?\s+((?:\p{Lu}\.\s?){0,2}(?:"# + nameWord + nameGap + "){0,4}" + nameWord + ")"
        self.suffix = suffix
        everyTitle = Self.compile(Self.alternatives(list, heads: self.postHeads), suffix: suffix)
    }

    private static func words(_ title: String) -> [String] {
        title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The alternation of these titles, then of a post ending in these head nouns.
    private static func alternatives(_ titles: [Title], heads: [(word: String, alternative: String)]) -> String {
        var alternatives = titles.map(\.alternative)
        // After the listed titles, any post named by one or two capitalised words
        // and a head noun: "External Affairs Minister", "Joint Secretary".
        if !heads.isEmpty {
            alternatives.append(#"(?:\p{Lu}\p{Ll}+\s+){1,2}(?:"# + heads.map(\.alternative).joined(separator: "|") + ")")
        }
        return alternatives.joined(separator: "|")
    }

    private static func compile(_ alternatives: String, suffix: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: #"(?<![\p{L}])("# + alternatives + suffix, options: [])
    }

    /// The pattern for the titles the sentence can hold; nil when it holds none.
    func pattern(for sentence: Sentence) -> NSRegularExpression? {
        // A title glued to digits ("2President") is no word of the sentence: such
        // sentences get every title.
        if sentence.words.contains(where: Self.mixesDigitsAndLetters) { return everyTitle }
        let chosen = sentence.words.flatMap { byLastWord[$0] ?? [] }.filter { titles[$0].words.allSatisfy(sentence.words.contains) }.sorted()
        let heads = postHeads.indices.filter { sentence.words.contains(postHeads[$0].word) }
        guard !chosen.isEmpty || !heads.isEmpty else { return nil }
        // The key lists titles, then heads after a separator no index takes.
        let key = chosen + [-1] + heads
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[key] { return known }
        let regex = Self.compile(Self.alternatives(chosen.map { titles[$0] }, heads: heads.map { postHeads[$0] }), suffix: suffix)
        if compiled.count < keepAtMost { compiled[key] = regex }
        return regex
    }

    /// True when a word holds a digit and a letter ("2president"); scalar by
    /// scalar, as the words are many and characters slow to form.
    private static func mixesDigitsAndLetters(_ word: String) -> Bool {
        var digit = false, letter = false
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in word.utf8 {
                if byte >= 0x30 && byte <= 0x39 { digit = true } else { letter = true }
                if digit && letter { return true }
            }
            return false
        }
        for scalar in word.unicodeScalars {
            if scalar.properties.numericType != nil { digit = true } else if scalar.properties.isAlphabetic { letter = true }
            if digit && letter { return true }
        }
        return false
    }
}
