import Foundation

/// Runs of capitalised words in a sentence, found by walking its scalars once.
///
/// Every sentence is searched for such runs, and a pattern doing it cost a tenth
/// of a microsecond per character on Linux: far more than the walk. Each function
/// gives exactly the ranges its pattern (written in its comment) gives, as UTF-16
/// ranges of the text; the tests check them against the patterns.
struct CapitalisedRuns {
    private let scalars: [Unicode.Scalar]
    /// The UTF-16 offset of each scalar, and of the end.
    private let offsets: [Int]

    init(_ text: String) {
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

    /// A state's or a place's name: `(?<![\p{L}.])\p{Lu}[\p{L}.'’-]*(?:[ -](?:of|the|and|de|da|do|del|dos|das|es|el|al|la)?\s?\p{Lu}[\p{L}.'’-]*){0,5}`
    /// ("Republic of Congo", "U.S.", "Bosnia and Herzegovina").
    func placeRuns() -> [NSRange] {
        var runs: [NSRange] = []
        var start = 0
        while start < scalars.count {
            guard isUpper(start), start == 0 || !(isLetter(start - 1) || scalars[start - 1] == ".") else {
                start += 1
                continue
            }
            var end = skip(from: start + 1, while: isPlaceNameScalar)
            var words = 0
            while words < 5, end < scalars.count, scalars[end] == " " || scalars[end] == "-" {
                guard let next = upperAfterParticle(at: end + 1, particles: Self.placeParticles) else { break }
                end = skip(from: next + 1, while: isPlaceNameScalar)
                words += 1
            }
            runs.append(range(start, end))
            start = end
        }
        return runs
    }

    /// An organization's name: `(?<![\p{L}])\p{Lu}[\p{L}-]+(?:\s+(?:(?:of|for|and|the|on|in)\s+)*\p{Lu}[\p{L}-]+)*`
    /// ("Council of the European Union").
    func organizationRuns() -> [NSRange] {
        var runs: [NSRange] = []
        var start = 0
        while start < scalars.count {
            guard isUpper(start), start == 0 || !isLetter(start - 1), start + 1 < scalars.count, isNameScalar(start + 1) else {
                start += 1
                continue
            }
            var end = skip(from: start + 1, while: isNameScalar)
            while end < scalars.count, isSpace(end) {
                var next = skip(from: end, while: isSpace)
                // Any number of joining words, each followed by space.
                while let particle = Self.organizationParticles.first(where: { holds($0, at: next) }),
                      next + particle.count < scalars.count, isSpace(next + particle.count) {
                    next = skip(from: next + particle.count, while: isSpace)
                }
                guard isUpper(next), next + 1 < scalars.count, isNameScalar(next + 1) else { break }
                end = skip(from: next + 1, while: isNameScalar)
            }
            runs.append(range(start, end))
            start = end
        }
        return runs
    }

    /// A run of a person's name words: `nameWord(?:\s+nameWord)*`, with
    /// `Extractor.nameWord` ("Abdel Fattah al-Sisi", "Jean-Yves Le Drian").
    func nameRuns() -> [NSRange] {
        var runs: [NSRange] = []
        var start = 0
        while start < scalars.count {
            guard var end = nameWordEnd(at: start) else {
                start += 1
                continue
            }
            while end < scalars.count, isSpace(end), let next = nameWordEnd(at: skip(from: end, while: isSpace)) {
                end = next
            }
            runs.append(range(start, end))
            start = end
        }
        return runs
    }

    /// Upper-case words of two to eight letters, digits allowed after the first
    /// ("OSCE", "G20"): `(?<![\p{L}\p{N}.])\p{Lu}[\p{Lu}\p{N}]{1,7}(?![\p{L}\p{N}])`.
    func acronyms() -> [NSRange] {
        var found: [NSRange] = []
        var start = 0
        while start < scalars.count {
            defer { start += 1 }
            guard isUpper(start), start == 0 || !(isLetterOrNumber(start - 1) || scalars[start - 1] == ".") else { continue }
            let end = skip(from: start + 1) { isUpper($0) || isNumber($0) }
            guard (2...8).contains(end - start), end == scalars.count || !isLetterOrNumber(end) else { continue }
            found.append(range(start, end))
            start = end - 1
        }
        return found
    }

    /// Two to four words in capitals, as in a dateline ("RIO DE JANEIRO"):
    /// `(?<![\p{L}\p{N}.])\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){1,3}(?![\p{L}\p{N}])`.
    func wordsInCapitals() -> [NSRange] {
        var found: [NSRange] = []
        var start = 0
        while start < scalars.count {
            defer { start += 1 }
            guard isUpper(start), start == 0 || !(isLetterOrNumber(start - 1) || scalars[start - 1] == ".") else { continue }
            var ends = [skip(from: start, while: isUpper)]
            guard ends[0] - start >= 2 else { continue }
            while ends.count < 4, let last = ends.last, last < scalars.count, scalars[last] == " " || scalars[last] == "-" {
                let end = skip(from: last + 1, while: isUpper)
                guard end - last > 2 else { break }
                ends.append(end)
            }
            // The last word may be given back when a letter or digit follows it: the
            // space or hyphen before it ends the match instead.
            guard let end = ends.dropFirst().last(where: { $0 == scalars.count || !isLetterOrNumber($0) }) else { continue }
            found.append(range(start, end))
            start = end - 1
        }
        return found
    }

    /// Where a name word that starts at `position` ends:
    /// `(?:(?:al|el|ad|ash|as|at|ar)-)?\p{Lu}[\p{Ll}\p{M}]+(?:(?:-\p{Lu}?|['’]\p{Lu})[\p{Ll}\p{M}]+)*`.
    private func nameWordEnd(at position: Int) -> Int? {
        if let particle = Self.nameParticles.first(where: { holds($0, at: position) }),
           let end = capitalisedNameWordEnd(at: position + particle.count) {
            return end
        }
        return capitalisedNameWordEnd(at: position)
    }

    private func capitalisedNameWordEnd(at position: Int) -> Int? {
        guard isUpper(position), position + 1 < scalars.count, isLowerOrMark(position + 1) else { return nil }
        var end = skip(from: position + 1, while: isLowerOrMark)
        // Each further part: a hyphen and perhaps a capital ("-Yves", "-ul"), or an
        // apostrophe and a capital ("'Neill"), then lower-case letters.
        while end + 1 < scalars.count {
            var next = end + 1
            switch scalars[end] {
            case "-": if isUpper(next) { next += 1 }
            case "'", "’": guard isUpper(next) else { return end }; next += 1
            default: return end
            }
            guard next < scalars.count, isLowerOrMark(next) else { return end }
            end = skip(from: next, while: isLowerOrMark)
        }
        return end
    }

    private static let nameParticles = ["al-", "el-", "ad-", "ash-", "as-", "at-", "ar-"].map { Array($0.unicodeScalars) }
    private static let placeParticles = ["of", "the", "and", "de", "da", "do", "del", "dos", "das", "es", "el", "al", "la"].map { Array($0.unicodeScalars) }
    private static let organizationParticles = ["of", "for", "and", "the", "on", "in"].map { Array($0.unicodeScalars) }

    /// Where the capital after a separator starts: after one of the particles (the
    /// first in order that leads to a capital) or none, then at most one space.
    private func upperAfterParticle(at position: Int, particles: [[Unicode.Scalar]]) -> Int? {
        for particle in particles where holds(particle, at: position) {
            if let found = upperAfterOptionalSpace(at: position + particle.count) { return found }
        }
        return upperAfterOptionalSpace(at: position)
    }

    private func upperAfterOptionalSpace(at position: Int) -> Int? {
        if position < scalars.count, isSpace(position), isUpper(position + 1) { return position + 1 }
        return isUpper(position) ? position : nil
    }

    private func holds(_ word: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + word.count <= scalars.count else { return false }
        for (index, scalar) in word.enumerated() where scalars[position + index] != scalar { return false }
        return true
    }

    private func skip(from position: Int, while accepts: (Int) -> Bool) -> Int {
        var end = position
        while end < scalars.count, accepts(end) { end += 1 }
        return end
    }

    private func range(_ start: Int, _ end: Int) -> NSRange {
        NSRange(location: offsets[start], length: offsets[end] - offsets[start])
    }

    // Character classes as ICU reads them.

    /// `\p{Lu}`
    private func isUpper(_ position: Int) -> Bool {
        position < scalars.count && scalars[position].isUppercaseLetter
    }

    /// `\p{L}`
    private func isLetter(_ position: Int) -> Bool {
        scalars[position].isLetterCategory
    }

    /// `[\p{L}-]`
    private func isNameScalar(_ position: Int) -> Bool {
        scalars[position] == "-" || isLetter(position)
    }

    /// `[\p{L}.'’-]`
    private func isPlaceNameScalar(_ position: Int) -> Bool {
        let scalar = scalars[position]
        return scalar == "." || scalar == "'" || scalar == "’" || scalar == "-" || isLetter(position)
    }

    /// `\p{N}`
    private func isNumber(_ position: Int) -> Bool {
        let scalar = scalars[position]
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// `[\p{L}\p{N}]`
    private func isLetterOrNumber(_ position: Int) -> Bool {
        isLetter(position) || isNumber(position)
    }

    /// `[\p{Ll}\p{M}]`
    private func isLowerOrMark(_ position: Int) -> Bool {
        let scalar = scalars[position]
        if scalar.isASCII { return scalar.value >= 0x61 && scalar.value <= 0x7A }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// `\s`: `[\t\n\f\r\p{Z}]`, and the vertical tab and next line as ICU adds them.
    private func isSpace(_ position: Int) -> Bool {
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
}
