import Foundation

/// Runs of capitalised words in a sentence, found by walking its scalars once:
/// each gives exactly the ranges of the pattern in its comment.
extension ScalarText {
    /// A state's or a place's name: `(?<![\p{L}.])\p{Lu}[\p{L}.'’-]*(?:[ -](?:(?:of|the|and|de|da|do|del|dos|das|es|el|al|la|d['’])[\s-]?|\s)?\p{Lu}[\p{L}.'’-]*){0,5}`
    /// ("Republic of Congo", "U.S.", "Bosnia and Herzegovina", "Sharm el-Sheikh").
    func placeRuns() -> [NSRange] {
        leftToRight { start in
            guard isUpper(start), start == 0 || !(isLetter(start - 1) || scalars[start - 1] == ".") else { return nil }
            var end = skip(from: start + 1, while: isPlaceNameScalar)
            var words = 0
            while words < 5, end < scalars.count, scalars[end] == " " || scalars[end] == "-" {
                guard let next = upperAfterParticle(at: end + 1, particles: Self.placeParticles) else { break }
                end = skip(from: next + 1, while: isPlaceNameScalar)
                words += 1
            }
            return (range(start, end), end)
        }
    }

    /// An organization's name: `(?<![\p{L}])WORD(?:\s+(?:(?:of|for|and|the|on|in)\s+)*WORD)*`,
    /// where WORD is `(?:People['’]s(?=\s+\p{Lu}[\p{L}-])|\p{Lu}[\p{L}-]+)`
    /// ("Council of the European Union"), which may end in a number after "of"
    /// ("Group of 20").
    func organizationRuns() -> [NSRange] {
        leftToRight { start in
            guard isUpper(start), start == 0 || !isLetter(start - 1), start + 1 < scalars.count, isNameScalar(start + 1) else { return nil }
            var end = peoplesEnd(start, skip(from: start + 1, while: isNameScalar))
            while end < scalars.count, isSpace(end) {
                var next = skip(from: end, while: isSpace)
                // Any number of joining words, each followed by space.
                var afterOf = false
                while let particle = Self.organizationParticles.first(where: { holds($0, at: next) }),
                      next + particle.count < scalars.count, isSpace(next + particle.count) {
                    afterOf = particle == Self.organizationParticles[0]
                    next = skip(from: next + particle.count, while: isSpace)
                }
                // After "of" a number ends the name: "Group of 20".
                let number = skip(from: next, while: isNumber)
                if afterOf, number > next, number == scalars.count || !isLetterOrNumber(number) {
                    end = number
                    break
                }
                guard isUpper(next), next + 1 < scalars.count, isNameScalar(next + 1) else { break }
                end = peoplesEnd(next, skip(from: next + 1, while: isNameScalar))
            }
            return (range(start, end), end)
        }
    }

    /// A run of a person's name words: `nameWord(?:\s+nameWord)*`, with
    /// `Extractor.nameWord` ("Abdel Fattah al-Sisi", "Jean-Yves Le Drian").
    func nameRuns() -> [NSRange] {
        leftToRight { start in
            guard var end = nameWordEnd(at: start) else { return nil }
            while end < scalars.count, isSpace(end), let next = nameWordEnd(at: skip(from: end, while: isSpace)) {
                end = next
            }
            return (range(start, end), end)
        }
    }

    /// Upper-case words of two to eight letters, digits allowed after the first
    /// ("OSCE", "G20"): `(?<![\p{L}\p{N}.])\p{Lu}[\p{Lu}\p{N}]{1,7}(?![\p{L}\p{N}])`.
    func acronyms() -> [NSRange] {
        leftToRight { start in
            guard isUpper(start), start == 0 || !(isLetterOrNumber(start - 1) || scalars[start - 1] == ".") else { return nil }
            let end = skip(from: start + 1) { isUpper($0) || isNumber($0) }
            guard (2...8).contains(end - start), end == scalars.count || !isLetterOrNumber(end) else { return nil }
            return (range(start, end), end)
        }
    }

    /// Two to four words in capitals, as in a dateline ("RIO DE JANEIRO"):
    /// `(?<![\p{L}\p{N}.])\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){1,3}(?![\p{L}\p{N}])`.
    func wordsInCapitals() -> [NSRange] {
        leftToRight { start in
            guard isUpper(start), start == 0 || !(isLetterOrNumber(start - 1) || scalars[start - 1] == ".") else { return nil }
            var ends = [skip(from: start, while: isUpper)]
            guard ends[0] - start >= 2 else { return nil }
            while ends.count < 4, let last = ends.last, last < scalars.count, scalars[last] == " " || scalars[last] == "-" {
                let end = skip(from: last + 1, while: isUpper)
                guard end - last > 2 else { break }
                ends.append(end)
            }
            // The last word may be given back when a letter or digit follows it: the
            // space or hyphen before it ends the match instead.
            guard let end = ends.dropFirst().last(where: { $0 == scalars.count || !isLetterOrNumber($0) }) else { return nil }
            return (range(start, end), end)
        }
    }

    /// Where a name word that starts at `position` ends:
    /// `(?:(?:al|el|ad|ash|as|at|ar)-|\p{Lu}['’](?=\p{Lu})|Ma?c(?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}]+(?:(?:-\p{Lu}?|['’]\p{Lu}|['’](?!(?:s|t|ll|re|ve|d|m)\b))[\p{Ll}\p{M}]+)*`:
    /// "O'Brien" and "D’Alema" open with one capital and an apostrophe, "McClay"
    /// and "MacDonald" with "Mc" or "Mac" before a capital; "Sing'oei" holds one.
    func nameWordEnd(at position: Int) -> Int? {
        if position + 2 < count, isUpper(position), scalars[position + 1] == "'" || scalars[position + 1] == "’",
           let end = capitalisedNameWordEnd(at: position + 2) {
            return end
        }
        if position + 2 < count, scalars[position] == "M", scalars[position + 1] == "c" || scalars[position + 1] == "a" && position + 3 < count && scalars[position + 2] == "c",
           case let next = scalars[position + 1] == "c" ? position + 2 : position + 3, let end = capitalisedNameWordEnd(at: next) {
            return end
        }
        // Every particle starts with "a" or "e"; most words start otherwise.
        if position < count, scalars[position] == "a" || scalars[position] == "e",
           let particle = Self.nameParticles.first(where: { holds($0, at: position) }),
           let end = capitalisedNameWordEnd(at: position + particle.count) {
            return end
        }
        return capitalisedNameWordEnd(at: position)
    }

    private func capitalisedNameWordEnd(at position: Int) -> Int? {
        guard isUpper(position), position + 1 < scalars.count, isLowerOrMark(position + 1) else { return nil }
        var end = skip(from: position + 1, while: isLowerOrMark)
        // Each further part: a hyphen and perhaps a capital ("-Yves", "-ul"), or an
        // apostrophe and perhaps a capital ("'Neill", "'oei"), then lower-case
        // letters; not a possessive's or a contraction's ("'s", "'ll").
        while end + 1 < scalars.count {
            var next = end + 1
            switch scalars[end] {
            case "-": if isUpper(next) { next += 1 }
            case "'", "’":
                if isUpper(next) { next += 1 } else if isContraction(at: next) { return end }
            default: return end
            }
            guard next < scalars.count, isLowerOrMark(next) else { return end }
            end = skip(from: next, while: isLowerOrMark)
        }
        return end
    }

    /// True when the lower-case letters at `position` are a possessive's or a
    /// contraction's after an apostrophe: "s", "t", "ll", "re", "ve", "d", "m".
    private func isContraction(at position: Int) -> Bool {
        let end = skip(from: position, while: isLowerOrMark)
        return Self.contractions.contains { $0.count == end - position && holds($0, at: position) }
    }

    private static let contractions = ["s", "t", "ll", "re", "ve", "d", "m"].map { Array($0.unicodeScalars) }
    private static let nameParticles = ["al-", "el-", "ad-", "ash-", "as-", "at-", "ar-"].map { Array($0.unicodeScalars) }
    // "d'" joins its capital with no space: "Côte d'Ivoire".
    private static let placeParticles = ["of", "the", "and", "de", "da", "do", "del", "dos", "das", "es", "el", "al", "la", "d'", "d’"].map { Array($0.unicodeScalars) }
    /// Where a word from `start` to `end` ends with its possessive when it is
    /// "People's" before a capitalised word: "National People's Congress",
    /// "People's Liberation Army" (`People['’]s(?=\s+\p{Lu}[\p{L}-])`), or a
    /// plural's: "Workers' Party".
    private func peoplesEnd(_ start: Int, _ end: Int) -> Int {
        // A plural's possessive before a capitalised word too: "Workers' Party".
        if end - start > 3, scalars[end - 1] == "s", end + 2 < scalars.count, scalars[end] == "'" || scalars[end] == "’", isSpace(end + 1) {
            let next = skip(from: end + 1, while: isSpace)
            if next + 1 < scalars.count, isUpper(next), isNameScalar(next + 1) { return end + 1 }
        }
        guard end - start == Self.peopleWord.count, end + 2 < scalars.count, holds(Self.peopleWord, at: start),
              scalars[end] == "'" || scalars[end] == "’", scalars[end + 1] == "s", isSpace(end + 2) else { return end }
        let next = skip(from: end + 2, while: isSpace)
        return next + 1 < scalars.count && isUpper(next) && isNameScalar(next + 1) ? end + 2 : end
    }

    private static let peopleWord = Array("People".unicodeScalars)

    private static let organizationParticles = ["of", "for", "and", "the", "on", "in"].map { Array($0.unicodeScalars) }

    /// Where the capital after a separator starts: after one of the particles (the
    /// first in order that leads to a capital) or none, then at most one space.
    private func upperAfterParticle(at position: Int, particles: [[Unicode.Scalar]]) -> Int? {
        for particle in particles where holds(particle, at: position) {
            if let found = upperAfterOptionalSpace(at: position + particle.count) { return found }
            // "Sharm el-Sheikh": a hyphen may join the particle to the next word.
            let after = position + particle.count
            if after + 1 < scalars.count, scalars[after] == "-", isUpper(after + 1) { return after + 1 }
        }
        return upperAfterOptionalSpace(at: position)
    }

    private func upperAfterOptionalSpace(at position: Int) -> Int? {
        if position < scalars.count, isSpace(position), isUpper(position + 1) { return position + 1 }
        return isUpper(position) ? position : nil
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
}
