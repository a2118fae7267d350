import Foundation

/// Splitting text into words by Unicode scalars.
///
/// The standard library splits a `String` by `Character`, which finds grapheme
/// boundaries first: on a sentence that cost more than matching a pattern over it.
/// The rules only split at spaces and at what is no letter, which scalars tell as
/// well; a combining mark counts as part of the letter before it.
extension Substring {
    /// The text without the characters of `set` at either end, trimmed scalar by
    /// scalar: Foundation's trimming copies the whole text into an `NSString` first.
    func trimmingEnds(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// The parts of the text between spaces (`" "` only).
    func splitAtSpaces(omittingEmpty: Bool = true) -> [Substring] {
        splitAtBytes(omittingEmpty: omittingEmpty) { $0 == 0x20 }
    }

    /// The parts of the text between whitespace of any kind.
    func splitAtWhitespace() -> [Substring] {
        guard isASCII else { return unicodeScalars.split { $0.properties.isWhitespace }.map { Substring($0) } }
        return splitAtBytes(omittingEmpty: true) { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    }

    /// The runs of letters in the text ("so-called" is two), with digits too when
    /// `digits` is true.
    func letterRuns(digits: Bool = false) -> [Substring] {
        guard isASCII else { return unicodeScalars.split { !Words.isLetter($0, digits: digits) }.map { Substring($0) } }
        return splitAtBytes(omittingEmpty: true) { byte in
            !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || digits && byte >= 0x30 && byte <= 0x39)
        }
    }

    private var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// The parts between the ASCII bytes `isSeparator` takes, cut by UTF-8 offset:
    /// an ASCII byte is always a scalar of its own.
    private func splitAtBytes(omittingEmpty: Bool, where isSeparator: (UInt8) -> Bool) -> [Substring] {
        var parts: [Substring] = []
        let bytes = utf8
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            let next = bytes.index(after: index)
            if isSeparator(bytes[index]) {
                if !omittingEmpty || start < index { parts.append(self[start..<index]) }
                start = next
            }
            index = next
        }
        if !omittingEmpty || start < endIndex { parts.append(self[start..<endIndex]) }
        return parts
    }

    /// The last `count` runs of letters in the text, lower-cased, in order.
    func lastLetterRuns(_ count: Int) -> [String] {
        trailingRuns(count) { Words.isLetter($0, digits: false) }.map { $0.lowercased() }
    }

    /// The last `count` runs of scalars that `isPart` takes, in order; read from
    /// the end, so a long text costs no more than a short one.
    func trailingRuns(_ count: Int, where isPart: (Unicode.Scalar) -> Bool) -> [Substring] {
        let scalars = unicodeScalars
        var runs: [Substring] = []
        var end = scalars.endIndex
        while runs.count < count {
            while end > scalars.startIndex, !isPart(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
            guard end > scalars.startIndex else { break }
            var start = end
            while start > scalars.startIndex, isPart(scalars[scalars.index(before: start)]) { start = scalars.index(before: start) }
            runs.append(Substring(scalars[start..<end]))
            end = start
        }
        return runs.reversed()
    }

    /// The first `count` runs of scalars that `isPart` takes; read from the start,
    /// so the rest of a long text is never looked at.
    func leadingRuns(_ count: Int, where isPart: (Unicode.Scalar) -> Bool) -> [Substring] {
        let scalars = unicodeScalars
        var runs: [Substring] = []
        var start = scalars.startIndex
        while runs.count < count {
            while start < scalars.endIndex, !isPart(scalars[start]) { start = scalars.index(after: start) }
            guard start < scalars.endIndex else { break }
            var end = start
            while end < scalars.endIndex, isPart(scalars[end]) { end = scalars.index(after: end) }
            runs.append(Substring(scalars[start..<end]))
            start = end
        }
        return runs
    }
}

extension StringProtocol {
    /// True when the text holds `needle`, compared byte by byte: Foundation's
    /// `contains` converts the string to an `NSString` for every call.
    func holds(_ needle: String) -> Bool {
        let bytes = utf8, pattern = needle.utf8
        guard let first = pattern.first else { return true }
        var position = bytes.startIndex
        while let start = bytes[position...].firstIndex(of: first) {
            if bytes[start...].starts(with: pattern) { return true }
            position = bytes.index(after: start)
        }
        return false
    }

    /// The length of a possessive ending: 2 for "Peru's", 1 for "the Netherlands'"
    /// (an apostrophe after "s"), 0 for none.
    var possessiveLength: Int {
        guard let last = last else { return 0 }
        if last == "s", dropLast().last.map({ $0 == "'" || $0 == "’" }) == true { return 2 }
        if last == "'" || last == "’", dropLast().last == "s" { return 1 }
        return 0
    }
}

extension String {
    /// The word or name without its possessive ending: "Peru" for "Peru's", "the
    /// Netherlands" for "the Netherlands'".
    var withoutPossessive: String { String(dropLast(possessiveLength)) }

    func trimmingEnds(in set: CharacterSet) -> String { self[...].trimmingEnds(in: set) }
    func splitAtSpaces(omittingEmpty: Bool = true) -> [Substring] { self[...].splitAtSpaces(omittingEmpty: omittingEmpty) }
    func splitAtWhitespace() -> [Substring] { self[...].splitAtWhitespace() }
    func letterRuns(digits: Bool = false) -> [Substring] { self[...].letterRuns(digits: digits) }
    func lastLetterRuns(_ count: Int) -> [String] { self[...].lastLetterRuns(count) }
    func trailingRuns(_ count: Int, where isPart: (Unicode.Scalar) -> Bool) -> [Substring] { self[...].trailingRuns(count, where: isPart) }
    func leadingRuns(_ count: Int, where isPart: (Unicode.Scalar) -> Bool) -> [Substring] { self[...].leadingRuns(count, where: isPart) }
}

enum Words {
    /// True for a letter or a mark on one (and a digit when `digits` is true).
    static func isLetter(_ scalar: Unicode.Scalar, digits: Bool) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (digits && value >= 0x30 && value <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        case .decimalNumber, .letterNumber, .otherNumber:
            return digits
        default:
            return false
        }
    }
}

extension Unicode.Scalar {
    /// A letter of any script, as a pattern's `\p{L}` reads it (no marks).
    var isLetterCategory: Bool {
        if isASCII { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// An upper-case letter, as a pattern's `\p{Lu}` reads it.
    var isUppercaseLetter: Bool {
        isASCII ? value >= 0x41 && value <= 0x5A : properties.generalCategory == .uppercaseLetter
    }
}
