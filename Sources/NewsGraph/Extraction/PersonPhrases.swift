import Foundation

// Phrases around people's names, each found by a walk over the sentence's
// scalars that gives what the pattern in its comment gives.

/// A name of two to four words, a comma and the phrase after it: "Hong Wei,
/// director general of ...", "Ana Rojas, Chile's ambassador".
struct NameThenPhrase {
    let range: NSRange
    let name: NSRange
    let phrase: NSRange
}

extension ScalarText {
    /// The walk that finds names and their phrases as the pattern
    /// `(?<![\p{L}])(NAMEWORD(?:NAMEGAP NAMEWORD){1,3}),\s+(?:(?:the|a|an)\s+)?([^,.;]{3,100})`
    /// would: the phrase runs up to the next comma, full stop or semicolon.
    func namesThenPhrases() -> [NameThenPhrase] {
        leftToRight { start in
            var phrase: (start: Int, end: Int)?
            guard start == 0 || !isLetter(start - 1),
                  let nameEnd = nameEnd(at: start, words: 2...4, accept: { end in
                      phrase = phraseAfterComma(at: end)
                      return phrase != nil
                  }),
                  let phrase else { return nil }
            return (NameThenPhrase(range: range(start, phrase.end), name: range(start, nameEnd), phrase: range(phrase.start, phrase.end)), phrase.end)
        }
    }

    /// "Sugiono, Minister for Foreign Affairs of Indonesia, said": a name of one word
    /// (a capital and two or more small letters) that opens the sentence, and the
    /// phrase after it, when the phrase has no article and a comma and a word in
    /// lower case follow it. A name is seldom one word: with an article the word is
    /// more often an adverb ("Yesterday, the President of Peru, speaking in Lima,"),
    /// and without the verb the phrase may be the post of the name after it
    /// ("Separately, Minister of Trade of Peru, Ana Rojas, said").
    func oneWordNameThenPhrase() -> NameThenPhrase? {
        guard count > 3, isUpper(0) else { return nil }
        let nameEnd = skip(from: 1) { scalars[$0].isASCII ? scalars[$0].value >= 0x61 && scalars[$0].value <= 0x7A : scalars[$0].properties.isLowercase }
        guard nameEnd >= 3, let phrase = phraseAfterComma(at: nameEnd), phrase.start == nameEnd + 2, phrase.end + 2 < count, scalars[phrase.end] == ",",
              scalars[phrase.end + 1] == " ", scalars[phrase.end + 2].properties.isLowercase else { return nil }
        return NameThenPhrase(range: range(0, phrase.end), name: range(0, nameEnd), phrase: range(phrase.start, phrase.end))
    }

    /// The phrase after a comma after a name another rule found, given as a UTF-16
    /// range: "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan,".
    func phraseAfter(name: NSRange) -> NameThenPhrase? {
        guard let start = position(ofUTF16: name.location), let end = position(ofUTF16: NSMaxRange(name)),
              let phrase = phraseAfterComma(at: end) else { return nil }
        return NameThenPhrase(range: range(start, phrase.end), name: range(start, end), phrase: range(phrase.start, phrase.end))
    }

    /// `,\s+(?:who\s+is\s+)?(?:(?:the|a|an)\s+)?([^,.;]{3,100})` at `position`:
    /// where the phrase starts and ends ("X, who is the current chairman of Y").
    private func phraseAfterComma(at position: Int) -> (start: Int, end: Int)? {
        guard position < count, scalars[position] == ",", let afterSpaces = spaces(at: position + 1) else { return nil }
        // The starts the pattern tries, in its order: after "who is" and all the
        // space after it, then less of it, each after an article first; then the
        // same after all the space after the comma, then less of it.
        var starts: [Int] = []
        if holds(Self.who, at: afterSpaces), let afterWho = spaces(at: afterSpaces + Self.who.count), holds(Self.is, at: afterWho),
           let afterIs = spaces(at: afterWho + Self.is.count) {
            starts += (afterWho + Self.is.count + 1...afterIs).reversed().flatMap { phraseStarts(at: $0) }
        }
        starts += (position + 2...afterSpaces).reversed().flatMap { phraseStarts(at: $0) }
        for start in starts {
            let end = skip(from: start) { scalars[$0] != "," && scalars[$0] != "." && scalars[$0] != ";" }
            if end - start >= 3 { return (start, min(end, start + 100)) }
        }
        return nil
    }

    /// Where a phrase may start at `position`: after an article there and all the
    /// space after it, then less of that space; then at `position` itself.
    private func phraseStarts(at position: Int) -> [Int] {
        var starts: [Int] = []
        for article in Self.articles where holds(article, at: position) {
            guard let afterArticle = spaces(at: position + article.count) else { continue }
            starts += (position + article.count + 1...afterArticle).reversed()
        }
        return starts + [position]
    }

    private static let articles = ["the", "a", "an"].map { Array($0.unicodeScalars) }
    private static let who = Array("who".unicodeScalars), `is` = Array("is".unicodeScalars)
}

/// An owner, a title, a comma and a name: "The Kremlin's spokesperson, Ivan
/// Sorokin,", "Chile's ambassador, Ana Rojas said".
struct Apposition {
    let range: NSRange
    let owner: NSRange
    let title: NSRange
    let name: NSRange
}

extension ScalarText {
    /// The walk that finds appositions as the pattern
    /// `(?<![\p{L}])(?:[Tt]he\s+)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)(?:['’]s|(?<=s)['’])?\s+([\p{L} -]{3,60}?),\s+(NAMEWORD(?:\s+NAMEWORD){1,2})(?=[,.;]|\s+(?:said|says|added|told|noted))`
    /// would, trying its choices in the pattern's order.
    func appositions() -> [Apposition] {
        leftToRight { start in
            start == 0 || !isLetter(start - 1) ? apposition(at: start) : nil
        }
    }

    private func apposition(at start: Int) -> (Apposition, end: Int)? {
        // "The " or "the " first, then none.
        var ownerStarts: [Int] = []
        if start + 3 < count, scalars[start] == "T" || scalars[start] == "t", scalars[start + 1] == "h", scalars[start + 2] == "e",
           let afterThe = spaces(at: start + 3) {
            ownerStarts.append(afterThe)
        }
        ownerStarts.append(start)
        for ownerStart in ownerStarts {
            guard let firstEnd = capitalisedWordEnd(at: ownerStart) else { continue }
            // The owner of two words first, then of one.
            var ownerEnds = [firstEnd]
            if firstEnd < count, isSpace(firstEnd), let secondEnd = capitalisedWordEnd(at: firstEnd + 1) { ownerEnds.insert(secondEnd, at: 0) }
            for ownerEnd in ownerEnds {
                var spaceStarts: [Int] = []
                if ownerEnd + 1 < count, scalars[ownerEnd] == "'" || scalars[ownerEnd] == "’", scalars[ownerEnd + 1] == "s" { spaceStarts.append(ownerEnd + 2) }
                // "the Netherlands' ambassador": an apostrophe alone after "s".
                if ownerEnd < count, scalars[ownerEnd] == "'" || scalars[ownerEnd] == "’", scalars[ownerEnd - 1] == "s" { spaceStarts.append(ownerEnd + 1) }
                spaceStarts.append(ownerEnd)
                for spaceStart in spaceStarts {
                    guard let spaceEnd = spaces(at: spaceStart) else { continue }
                    // All the space, then less of it: the title may start with space.
                    for titleStart in (spaceStart + 1...spaceEnd).reversed() {
                        let titleEnd = skip(from: titleStart) { scalars[$0] == " " || scalars[$0] == "-" || isLetter($0) }
                        guard titleEnd < count, scalars[titleEnd] == ",", (3...60).contains(titleEnd - titleStart),
                              let nameStart = spaces(at: titleEnd + 1), let nameEnd = appositionNameEnd(at: nameStart) else { continue }
                        return (Apposition(range: range(start, nameEnd), owner: range(ownerStart, ownerEnd), title: range(titleStart, titleEnd),
                                           name: range(nameStart, nameEnd)), nameEnd)
                    }
                }
            }
        }
        return nil
    }

    /// `\p{Lu}[\p{L}]+` at `position`: where the word ends.
    private func capitalisedWordEnd(at position: Int) -> Int? {
        guard isUpper(position), position + 1 < count, isLetter(position + 1) else { return nil }
        return skip(from: position + 1, while: isLetter)
    }

    /// Two or three name words, the most first, that a stop or a verb of saying follows.
    private func appositionNameEnd(at position: Int) -> Int? {
        nameEnd(at: position, words: 2...3, particles: false) { end in
            if end < count, scalars[end] == "," || scalars[end] == "." || scalars[end] == ";" { return true }
            guard let verb = spaces(at: end) else { return false }
            return Self.verbsOfSaying.contains { holds($0, at: verb) }
        }
    }

    private static let verbsOfSaying = ["said", "says", "added", "told", "noted"].map { Array($0.unicodeScalars) }
}

/// "the Armenian leader", "his Russian counterpart": a description of a person by
/// a state's adjective and a noun.
struct PersonDescription {
    let range: NSRange
    let adjective: NSRange
    let noun: NSRange
    /// True when "top" stands before the adjective: "the top U.S. diplomat".
    var top = false
}

extension ScalarText {
    /// The walk that finds descriptions as the case-insensitive pattern
    /// `(?<![\p{L}])(?:the|his|her|their)\s+(top\s+)?(\p{Lu}[\p{L}.]+)\s+(leader|president|prime minister|premier|foreign minister|top diplomat|official|diplomat|minister|counterpart|head of state)(?![\p{L}])`
    /// would: the adjective may hold dots ("U.S.").
    func personDescriptions() -> [PersonDescription] {
        leftToRight { start in
            guard start == 0 || !isLetter(start - 1),
                  let determiner = Self.possessives.first(where: { holds(ignoringCase: $0, at: start) && start + $0.count < count && isSpace(start + $0.count) }),
                  var adjective = spaces(at: start + determiner.count) else { return nil }
            let top = holds(ignoringCase: Self.top, at: adjective) && adjective + 3 < count && isSpace(adjective + 3)
            if top, let after = spaces(at: adjective + 3) { adjective = after }
            guard isUpperIgnoringCase(adjective), let firstEnd = adjectiveWordEnd(at: adjective), let afterFirst = spaces(at: firstEnd) else { return nil }
            // One word of a state or its people, or two when one is followed by no
            // noun: "the South African leader".
            var (adjectiveEnd, nounStart) = (firstEnd, afterFirst)
            var noun = describingNoun(at: nounStart)
            if noun == nil, isUpper(afterFirst), let secondEnd = adjectiveWordEnd(at: afterFirst), let afterSecond = spaces(at: secondEnd) {
                (adjectiveEnd, nounStart) = (secondEnd, afterSecond)
                noun = describingNoun(at: nounStart)
            }
            guard let noun else { return nil }
            let end = nounStart + noun.count
            return (PersonDescription(range: range(start, end), adjective: range(adjective, adjectiveEnd), noun: range(nounStart, end), top: top), end)
        }
    }

    /// The end of a word of an adjective that starts at `position`: letters or
    /// dots after its first letter.
    private func adjectiveWordEnd(at position: Int) -> Int? {
        guard position + 1 < count, isLetterIgnoringCase(position + 1) || scalars[position + 1] == "." else { return nil }
        return skip(from: position + 1) { isLetterIgnoringCase($0) || scalars[$0] == "." }
    }

    /// The describing noun, whole, at `position`.
    private func describingNoun(at position: Int) -> [UInt8]? {
        Self.describingNouns.first { holds(ignoringCase: $0, at: position) && (position + $0.count == count || !isLetterIgnoringCase(position + $0.count)) }
    }

    /// A byline, the whole text: `^(?:[Bb]y\s+)?(NAMEWORD(?:\s+NAMEWORD){1,2})$`,
    /// where the end may come before a final line break; the name's range.
    func byline() -> NSRange? {
        var starts = [0]
        if count > 2, scalars[0] == "B" || scalars[0] == "b", scalars[1] == "y", let name = spaces(at: 2) { starts.insert(name, at: 0) }
        for start in starts {
            if let end = nameEnd(at: start, words: 2...3, particles: false, accept: isEndOfText) { return range(start, end) }
        }
        return nil
    }

    /// `$`: the end, or a line break that ends the text.
    private func isEndOfText(_ position: Int) -> Bool {
        if position == count { return true }
        let isBreak = { (scalar: Unicode.Scalar) in [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value) }
        if position == count - 1 { return isBreak(scalars[position]) }
        return position == count - 2 && scalars[position] == "\r" && scalars[position + 1] == "\n"
    }

    private static let possessives = ["the", "his", "her", "their"].map { Array($0.utf8) }
    private static let top = Array("top".utf8)
    /// The nouns that describe a person holding a post: `Extractor.describingNouns`.
    private static let describingNouns = Extractor.describingNouns.map { Array($0.utf8) }
}
