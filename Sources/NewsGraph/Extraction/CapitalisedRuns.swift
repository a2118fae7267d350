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

    /// `\s`: `[\t\n\f\r\p{Z}]`
    private func isSpace(_ position: Int) -> Bool {
        let scalar = scalars[position]
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return true
        case 0..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }
}
