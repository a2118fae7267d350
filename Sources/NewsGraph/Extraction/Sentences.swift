import Foundation

/// A sentence of a document, located by Unicode scalar offsets in its text.
public struct Sentence: Hashable, Sendable {
    public var index: Int
    public var start: Int
    public var end: Int
    public let text: String
    /// Its words, lower-cased, split at anything but letters and digits: rules
    /// look their trigger words up here before running a pattern over the text.
    public let words: Set<String>
    /// The same words in sorted order, where a prefix is found by bisection.
    let sortedWords: [String]
    /// Its scalars, which the rules' walks go over.
    let scalars: ScalarText
    /// A sketch of its words, which rules out most words a rule asks about
    /// before any is hashed.
    private let sketch: WordSketch

    public init(index: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.words = Self.words(of: text)
        sortedWords = words.sorted()
        scalars = ScalarText(text)
        sketch = WordSketch(words)
    }

    /// True when the sentence asks rather than tells: "Will Lund attend the
    /// summit?" asserts no event, nor does a headline's "Lund to attend summit?".
    public var isQuestion: Bool {
        text.reversed().first { !$0.isWhitespace && !"\"”’')".contains($0) } == "?"
    }

    // The words and scalars follow from the text.
    public static func == (left: Sentence, right: Sentence) -> Bool {
        (left.index, left.start, left.end, left.text) == (right.index, right.start, right.end, right.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(text)
    }

    /// The lower-cased words of a text, split at anything but letters and digits.
    private static func words(of text: String) -> Set<String> {
        var words: Set<String> = []
        // Most sentences are ASCII: their words are cut from the bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var word: [UInt8] = []
            for byte in text.utf8 {
                switch byte {
                case 0x41...0x5A: word.append(byte + 0x20)
                case 0x61...0x7A, 0x30...0x39: word.append(byte)
                default:
                    if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
            return words
        }
        var word = String.UnicodeScalarView()
        func finish() {
            if !word.isEmpty { words.insert(String(word).lowercased()) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.isASCII
                ? (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
            if isWordScalar { word.append(scalar) } else { finish() }
        }
        finish()
        return words
    }

    /// True when the sentence has one of these (lower-case) words.
    public func has(_ any: [String]) -> Bool {
        // A loop, not `contains(where: has(word:))`: that closure copies the sentence.
        for word in any where has(word: word) { return true }
        return false
    }

    /// True when the sentence has this (lower-case) word.
    public func has(word: String) -> Bool { sketch.mayHold(word) && words.contains(word) }

    /// True when the sentence has a word that starts with one of these.
    public func has(prefix any: [String]) -> Bool {
        any.contains { prefix in
            // The first word not sorted before the prefix is the one that could start with it.
            var low = 0, high = sortedWords.count
            while low < high {
                let middle = (low + high) / 2
                if sortedWords[middle] < prefix { low = middle + 1 } else { high = middle }
            }
            return low < sortedWords.count && sortedWords[low].hasPrefix(prefix)
        }
    }
}

/// Splits cleaned article text into sentences.
public enum SentenceSplitter {
    /// Words that end with a dot without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "st", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "dept", "est", "fig", "u.s", "u.k", "u.n", "e.u",
        // Forms of address: "H.E. Ms. X" (Her Excellency), "H.H. Sheikh X", "H.R.H. Prince X".
        "h.e", "h.h", "h.m", "h.r.h",
    ]
    /// US states as American agencies shorten them in datelines ("WOODSIDE, Calif."),
    /// taken only when capitalised, as some are words too ("ill", "mass").
    static let stateAbbreviations: Set<String> = [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn",
        "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ]

    /// Given names cut short, capitalised, before the rest of a name: "Ma. Theresa"
    /// (Maria, in the Philippines), "Md." and "Mohd." (Mohammad).
    static let givenNameAbbreviations: Set<String> = ["Ma", "Md", "Mohd", "Muhd"]

    /// Each line is split at `.`, `!` or `?` (with any closing quotes) followed by a
    /// space and an upper-case letter, digit or opening quote, except after an
    /// abbreviation or an initial ("J. Smith").
    public static func split(_ text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        let scalars = Array(text.unicodeScalars)
        // Where each scalar starts in the text, so a sentence is one slice of it.
        let indices = Array(text.unicodeScalars.indices) + [text.endIndex]
        var lineStart = 0
        func emit(_ start: Int, _ end: Int) {
            var s = start, e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            guard e > s else { return }
            sentences.append(Sentence(index: sentences.count, start: s, end: e, text: String(text.unicodeScalars[indices[s]..<indices[e]])))
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" {
                emit(lineStart, i)
                lineStart = i + 1
            } else if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < scalars.count, "\"'”’»)".unicodeScalars.contains(scalars[j]) { j += 1 }
                if j < scalars.count, scalars[j] == " " {
                    var k = j
                    while k < scalars.count, scalars[k] == " " { k += 1 }
                    if k < scalars.count, startsSentence(scalars[k]), !(c == "." && isAbbreviation(before: i, in: scalars)),
                       !(c == "." && isDateline(scalars[lineStart..<i])) {
                        emit(lineStart, j)
                        lineStart = k
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        emit(lineStart, scalars.count)
        return sentences
    }

    /// True when a line so far is an agency's dateline, "Baku, 12 March (APA)": its
    /// full stop joins it to the sentence it dates, as a dash would.
    private static func isDateline(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= 60, line.last == ")", line.first?.properties.isUppercase == true else { return false }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: line)
        let text = String(scalars)
        return datelineShape.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// A place of one to three capitalised words, a comma, a date with its day
    /// and month, and an agency's name in brackets.
    private static let datelineShape = try! NSRegularExpression(
        pattern: #"^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}, (?:\d{1,2} \p{L}{3,9}\.?|\p{L}{3,9}\.? \d{1,2})(?:,? \d{4})? \([\p{L}/-]{2,20}\)$"#)

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar.properties.numericType != nil || "\"“‘'«(".unicodeScalars.contains(scalar)
    }

    private static func isAbbreviation(before dot: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var start = dot
        while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "." { start -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<dot])
        let lower = String(word).lowercased()
        if lower.count == 1, String(word).first?.isUppercase == true { return true }  // an initial
        // Initials joined by stops: "K.P. Sharma Oli".
        if word.count >= 3, word.enumerated().allSatisfy({ $0.offset % 2 == 0 ? $0.element.properties.isUppercase : $0.element == "." }) { return true }
        return abbreviations.contains(lower) || stateAbbreviations.contains(String(word)) || givenNameAbbreviations.contains(String(word))
    }
}

/// Which (first byte, second byte, length) signatures a set of words has, in 256
/// bits: a word whose signature is missing is not in the set. Rules ask a
/// sentence for many words it lacks, and this answers most of them without
/// hashing the word.
struct WordSketch: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ words: Set<String>) {
        for word in words {
            let bit = Self.bit(word)
            switch bit >> 6 {
            case 0: bits.0 |= 1 << (bit & 63)
            case 1: bits.1 |= 1 << (bit & 63)
            case 2: bits.2 |= 1 << (bit & 63)
            default: bits.3 |= 1 << (bit & 63)
            }
        }
    }

    func mayHold(_ word: String) -> Bool {
        let bit = Self.bit(word)
        let word: UInt64
        switch bit >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word & (1 << (bit & 63)) != 0
    }

    private static func bit(_ word: String) -> UInt64 {
        // The first two bytes come from an iterator: reading the last is slower.
        var bytes = word.utf8.makeIterator()
        let first = UInt64(bytes.next() ?? 0), second = UInt64(bytes.next() ?? 0), length = UInt64(word.utf8.count)
        return (first &* 31 &+ second &* 7 &+ length &* 13) & 255
    }
}
