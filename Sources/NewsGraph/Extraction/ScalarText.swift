import Foundation

/// A sentence as Unicode scalars with their UTF-16 offsets, and the character
/// classes of ICU's patterns, for the scanners that replace patterns.
///
/// Every sentence is searched by many rules, and a pattern cost about a tenth of a
/// microsecond per character on Linux: far more than one walk over the scalars.
/// Each walk that extends this type gives exactly the ranges its pattern (written
/// in its comment) gives, as UTF-16 ranges of the text; the tests keep the
/// patterns and check the walks against them.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    /// The UTF-16 offset of each scalar, and of the end; nil when every scalar is
    /// one code unit, as in most sentences.
    private let offsets: [Int]?

    init(_ text: String) {
        var text = text
        // Most sentences are ASCII: their scalars are their bytes.
        let ascii = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.map { Unicode.Scalar($0) } : nil }
        if let ascii {
            scalars = ascii
            offsets = nil
            return
        }
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += scalar.utf16.count
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    var count: Int { scalars.count }

    /// The UTF-16 range of the scalars from `start` up to `end`.
    func range(_ start: Int, _ end: Int) -> NSRange {
        guard let offsets else { return NSRange(location: start, length: end - start) }
        return NSRange(location: offsets[start], length: offsets[end] - offsets[start])
    }

    /// The scalar that starts at a UTF-16 offset (or the end), if one does.
    func position(ofUTF16 offset: Int) -> Int? {
        guard let offsets else { return offset <= scalars.count ? offset : nil }
        var low = 0, high = offsets.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if offsets[middle] == offset { return middle }
            if offsets[middle] < offset { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }

    /// What a walk finds, left to right, as a pattern finds its matches: `match`
    /// tells what starts at a position and where it ends; the walk goes on from
    /// that end, or from the next position when nothing starts there.
    func leftToRight<Match>(_ match: (Int) -> (Match, end: Int)?) -> [Match] {
        var found: [Match] = []
        var start = 0
        while start < count {
            guard let (value, end) = match(start) else {
                start += 1
                continue
            }
            found.append(value)
            start = max(end, start + 1)
        }
        return found
    }

    /// True when the text holds these scalars at `position`.
    func holds(_ word: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + word.count <= scalars.count else { return false }
        for (index, scalar) in word.enumerated() where scalars[position + index] != scalar { return false }
        return true
    }

    /// True when the text holds this lower-case ASCII word at `position`, in any case.
    func holds(ignoringCase word: [UInt8], at position: Int) -> Bool {
        guard position + word.count <= scalars.count else { return false }
        for (index, byte) in word.enumerated() {
            let value = scalars[position + index].value
            guard value == UInt32(byte) || (byte >= 0x61 && byte <= 0x7A && value == UInt32(byte) - 0x20) else { return false }
        }
        return true
    }

    /// The first position from `position` on that `accepts` refuses, or the end.
    func skip(from position: Int, while accepts: (Int) -> Bool) -> Int {
        var end = position
        while end < scalars.count, accepts(end) { end += 1 }
        return end
    }

    /// The end of the white space at `position`, when there is some.
    func spaces(at position: Int) -> Int? {
        let end = skip(from: position, while: isSpace)
        return end > position ? end : nil
    }

    // Character classes as ICU reads them. Each takes a position inside the text,
    // except `isUpper`, which is false at the end.

    /// `\p{Lu}`
    func isUpper(_ position: Int) -> Bool {
        position < scalars.count && scalars[position].isUppercaseLetter
    }

    /// `\p{L}`
    func isLetter(_ position: Int) -> Bool {
        scalars[position].isLetterCategory
    }

    /// `\p{N}`
    func isNumber(_ position: Int) -> Bool {
        let scalar = scalars[position]
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// `\d`, which is `\p{Nd}`.
    func isDigit(_ position: Int) -> Bool {
        let scalar = scalars[position]
        return scalar.isASCII ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.generalCategory == .decimalNumber
    }

    /// `[\p{L}\p{N}]`
    func isLetterOrNumber(_ position: Int) -> Bool {
        isLetter(position) || isNumber(position)
    }

    /// `[\p{Ll}\p{M}]`
    func isLowerOrMark(_ position: Int) -> Bool {
        let scalar = scalars[position]
        if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// `\s`: `[\t\n\f\r\p{Z}]`, and the vertical tab and next line as ICU adds them.
    func isSpace(_ position: Int) -> Bool {
        let scalar = scalars[position]
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85: return true
        case 0..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// `\p{L}` in a case-insensitive pattern: ICU closes the class over case,
    /// which adds the combining iota (U+0345).
    func isLetterIgnoringCase(_ position: Int) -> Bool {
        isLetter(position) || scalars[position].value == 0x345
    }

    /// `\p{Lu}` in a case-insensitive pattern: a letter with an upper-case form
    /// it folds alike with ("a", "ǅ", "ς"), as ICU closes the class over case.
    func isUpperIgnoringCase(_ position: Int) -> Bool {
        guard position < scalars.count else { return false }
        let scalar = scalars[position]
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        if scalar.isUppercaseLetter || scalar.value == 0xDF { return true }
        let upper = scalar.properties.uppercaseMapping
        guard upper.unicodeScalars.count == 1, let form = upper.unicodeScalars.first, form != scalar, form.isUppercaseLetter else { return false }
        let own = String(scalar)
        return form.properties.lowercaseMapping == own || upper.folding(options: .caseInsensitive, locale: nil) == own.folding(options: .caseInsensitive, locale: nil)
    }

    /// `\w`: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`.
    func isWordCharacter(_ position: Int) -> Bool {
        Self.isWordCharacter(scalars[position])
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || (value >= 0x30 && value <= 0x39) || value == 0x5F
        }
        if scalar.value == 0x200C || scalar.value == 0x200D || scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// `\b` as ICU reads it: word characters on one side only, where combining
    /// marks and format characters are passed over (never a boundary before one).
    func isBoundary(_ position: Int) -> Bool {
        var isWordAfter = false
        if position < scalars.count {
            if Self.isPassedOver(scalars[position]) { return false }
            isWordAfter = Self.isWordCharacter(scalars[position])
        }
        var before = position - 1
        while before >= 0, Self.isPassedOver(scalars[before]) { before -= 1 }
        let isWordBefore = before >= 0 && Self.isWordCharacter(scalars[before])
        return isWordAfter != isWordBefore
    }

    private static func isPassedOver(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && (scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format)
    }
}
