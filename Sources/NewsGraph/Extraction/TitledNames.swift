import Foundation

/// A title and the name after it: "President William Ruto", "Trade Minister, Ana Rojas",
/// "the Emir of Qatar, Sheikh Tamim".
struct TitledName {
    let range: NSRange
    let title: NSRange
    let name: NSRange
    /// What the title is of, between them: the state, body or portfolio ("Qatar").
    var body: NSRange?
    /// True when "for" comes before the body, not "of": "Minister for Foreign
    /// Affairs", "Special Envoy for Sudan" (an envoy sent to a state, not its own).
    var bodyAfterFor = false
}

/// Titles before names, tried for the titles a sentence can hold.
///
/// A title can only stand where each of its words is a word of the sentence, so
/// only those titles are tried, in the lexicon's order (longest first); they find
/// what all the titles would.
struct TitledNames: Sendable {
    private struct Title {
        /// The title's scalars; a lower-case title ("special envoy") also capitalised.
        let spellings: [[Unicode.Scalar]]
        /// A capitalised title in lower case ("emir", "prime minister"), as wires
        /// write a post set off by commas: "the emir of Qatar, Sheikh Tamim".
        let lowercased: [Unicode.Scalar]?
        let words: [String]
    }
    /// The titles, longest first, as the lexicon orders them.
    private let titles: [Title]
    /// Indices into `titles` by each title's last word, lower-cased.
    private let byLastWord: [String: [Int]]
    /// The nouns that end a post named by its portfolio ("Trade Minister"), in order.
    private let postHeads: [(word: String, scalars: [Unicode.Scalar])]

    init(titles: [String], postHeads: [String]) {
        let list = titles.map { title -> Title in
            var spellings = [Array(title.unicodeScalars)]
            if let first = title.first, first.isLowercase {
                spellings.append(Array((first.uppercased() + title.dropFirst()).unicodeScalars))
                // "Director General", "Director-General": every word capitalised too.
                let capitalised = Self.capitalisingEveryWord(title)
                if capitalised.unicodeScalars.elementsEqual(spellings[1]) == false { spellings.append(Array(capitalised.unicodeScalars)) }
            }
            let lowercased = title.lowercased()
            return Title(spellings: spellings, lowercased: lowercased == title ? nil : Array(lowercased.unicodeScalars), words: Self.words(title))
        }
        self.titles = list
        byLastWord = Dictionary(grouping: list.indices) { list[$0].words.last ?? "" }
        self.postHeads = postHeads.map { (word: $0.lowercased(), scalars: Array($0.unicodeScalars)) }
    }

    /// The title with each word capitalised but "of", "for", "the" and "and".
    private static func capitalisingEveryWord(_ title: String) -> String {
        var result = "", wordStart = true
        for (index, character) in zip(title.indices, title) {
            let word = title[index...].prefix { $0.isLetter }
            result.append(wordStart && !["of", "for", "the", "and"].contains(word) ? Character(character.uppercased()) : character)
            wordStart = character == " " || character == "-"
        }
        return result
    }

    private static func words(_ title: String) -> [String] {
        title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// Every title and the name after it in the sentence, left to right; `isBody`
    /// says which words after "of" a title may be of (UTF-16 range in the sentence).
    func find(in sentence: Sentence, isBody: (NSRange) -> Bool) -> [TitledName] {
        let (titles, heads) = candidates(for: sentence)
        guard !titles.isEmpty || !heads.isEmpty else { return [] }
        return sentence.scalars.titledNames(titles: titles.map { (self.titles[$0].spellings, self.titles[$0].lowercased) }, heads: heads.map { postHeads[$0].scalars }, isBody: isBody)
    }

    /// Every title and the name after it, trying every title: what `find(in:isBody:)`
    /// must agree with.
    func findTryingEveryTitle(in text: String, isBody: (NSRange) -> Bool) -> [TitledName] {
        ScalarText(text).titledNames(titles: titles.map { ($0.spellings, $0.lowercased) }, heads: postHeads.map(\.scalars), isBody: isBody)
    }

    /// The titles (indices, in order) and post heads the sentence can hold.
    func candidates(for sentence: Sentence) -> (titles: [Int], heads: [Int]) {
        // A title glued to digits ("2President") is no word of the sentence: such
        // sentences get every title.
        if sentence.words.contains(where: Self.mixesDigitsAndLetters) { return (Array(titles.indices), Array(postHeads.indices)) }
        let chosen = sentence.words.flatMap { byLastWord[$0] ?? [] }.filter { titles[$0].words.allSatisfy(sentence.has(word:)) }.sorted()
        return (chosen, postHeads.indices.filter { sentence.has(word: postHeads[$0].word) })
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

/// The walk that finds a title and the name after it, as the pattern
/// `(?<![\p{L}])(?:(TITLE|…)(?:\s+of\s+(?:the\s+)?(BODY|…)|\s+of\s+the\s+Republic)?|((?:\p{Lu}\p{Ll}+\s+){1,2}(?:HEAD|…))),?\s+(?!POSTOPENING\b)((?:(?:\p{Lu}\.\s?){0,2}|\p{Lu}{1,2}\s+)(?:NAMEWORD NAMEGAP){0,4}NAMEWORD)`
/// would, with `Extractor.nameWord`, `Extractor.nameGap` and
/// `Extractor.postOpenings`, and the bodies, longest first, that `isBody` takes.
extension ScalarText {
    /// The titles (each in its spellings, and in lower case before a body and a
    /// comma) are tried in order, then a post of one or two capitalised words and
    /// a head noun.
    func titledNames(titles: [TitleSpellings], heads: [[Unicode.Scalar]], isBody: (NSRange) -> Bool) -> [TitledName] {
        leftToRight { start in
            guard start == 0 || !isLetter(start - 1),
                  let (titleEnd, body, name) = titledName(at: start, titles: titles, heads: heads, isBody: isBody) else { return nil }
            return (TitledName(range: range(start, name.end), title: range(start, titleEnd), name: range(name.start, name.end),
                               body: body.map { range($0.start, $0.end) }, bodyAfterFor: body?.afterFor ?? false), name.end)
        }
    }

    typealias TitleSpellings = (spellings: [[Unicode.Scalar]], lowercased: [Unicode.Scalar]?)

    private func titledName(at start: Int, titles: [TitleSpellings], heads: [[Unicode.Scalar]], isBody: (NSRange) -> Bool)
        -> (titleEnd: Int, body: (start: Int, end: Int, afterFor: Bool)?, name: (start: Int, end: Int))? {
        for (spellings, lowercased) in titles {
            for title in spellings where holds(title, at: start) {
                // A name right after the title and one after "of ..." never both fit:
                // one needs a capital after the space, the other "of".
                if let name = name(after: start + title.count) { return (start + title.count, nil, name) }
                if let (body, name) = bodyAndName(after: start + title.count, isBody: isBody) { return (start + title.count, body, name) }
                // "President of the Republic X", as a state's own agency writes: the
                // republic is the dateline's, and no body.
                if let of = spaces(at: start + title.count), holds(Self.ofTheRepublic, at: of), let name = name(after: of + Self.ofTheRepublic.count) {
                    return (start + title.count, nil, name)
                }
            }
            // In lower case a title is a post only where commas set the name off
            // after its body: "the president of France, X", not "the president X".
            if let title = lowercased, holds(title, at: start), let (body, name) = bodyAndName(after: start + title.count, isBody: isBody),
               body.end < count, scalars[body.end] == "," {
                return (start + title.count, body, name)
            }
        }
        guard !heads.isEmpty else { return nil }
        // One or two capitalised words, the most first, then the head noun.
        var wordEnds: [Int] = []
        var at = start
        while wordEnds.count < 2, isUpper(at), at + 1 < count, isLowercase(at + 1), let next = spaces(at: skip(from: at + 1, while: isLowercase)) {
            wordEnds.append(next)
            at = next
        }
        for headStart in wordEnds.reversed() {
            for head in heads where holds(head, at: headStart) {
                // "Deputy Secretary General of NATO, X", "Organization of American
                // States Secretary General X": "General" ends the post, and the title
                // "Secretary General" finds the name.
                if let name = name(after: headStart + head.count),
                   !holds(Self.general, at: name.start) || name.start + Self.general.count < count && isLetter(name.start + Self.general.count) {
                    return (headStart + head.count, nil, name)
                }
            }
        }
        return nil
    }

    /// `\s+(?:of|for|from|to)\s+(?:the\s+)?BODY` and the name after it: the body is up to eight
    /// words ("Foreign Affairs of the Republic of Chile"), the most that `isBody` takes first.
    private func bodyAndName(after title: Int, isBody: (NSRange) -> Bool) -> (body: (start: Int, end: Int, afterFor: Bool), name: (start: Int, end: Int))? {
        guard let of = spaces(at: title) else { return nil }
        // "her counterpart from Peru, X" as "of Peru"; "Ambassador to Serbia X" as
        // "Special Envoy for Sudan": sent there, not its own.
        let afterTo = holds(Self.to, at: of)
        let afterFor = holds(Self.`for`, at: of) || afterTo, afterFrom = holds(Self.from, at: of)
        guard afterFor || afterFrom || holds(Self.of, at: of), let afterOf = spaces(at: of + (afterTo ? 2 : afterFor ? 3 : afterFrom ? 4 : 2)) else { return nil }
        var bodyStarts = [afterOf]
        if holds(Self.the, at: afterOf), let afterThe = spaces(at: afterOf + 3) { bodyStarts.insert(afterThe, at: 0) }
        for bodyStart in bodyStarts {
            var wordEnds: [Int] = []
            var at = bodyStart
            while wordEnds.count < 8 {
                let end = skip(from: at) { !isSpace($0) && scalars[$0] != "," }
                guard end > at else { break }
                wordEnds.append(end)
                guard let next = spaces(at: end) else { break }
                at = next
            }
            for end in wordEnds.reversed() where isBody(range(bodyStart, end)) {
                // "Minister of Foreign Affairs, Migration and Tunisians Abroad X": more
                // portfolios after one, the most first, then none.
                for nameFrom in portfolioEnds(after: end).reversed() + [end] {
                    if let name = name(after: nameFrom) { return ((bodyStart, end, afterFor), name) }
                }
            }
        }
        return nil
    }

    /// Where each further portfolio after a body ends: `(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:and\s+)?\p{Lu}\p{Ll}+\s+){0,3}PORTFOLIO(?![\p{L}]))*`,
    /// PORTFOLIO being the last word of one ("Affairs", "Cooperation"), with the
    /// most words each: ", Migration", " and East African Cooperation".
    private func portfolioEnds(after end: Int) -> [Int] {
        var ends: [Int] = [], end = end
        while true {
            var at: Int
            if end < count, scalars[end] == "," {
                guard let next = spaces(at: end + 1) else { break }
                at = next
                if holds(Self.and, at: at), let afterAnd = spaces(at: at + Self.and.count) { at = afterAnd }
            } else {
                guard let next = spaces(at: end), holds(Self.and, at: next), let afterAnd = spaces(at: next + Self.and.count) else { break }
                at = afterAnd
            }
            var last: Int?
            for _ in 0..<4 {
                // ", Emigration and Egyptian Expatriates": "and" may join two words
                // of one portfolio when the last of them ends one.
                if last == nil, holds(Self.and, at: at), let afterAnd = spaces(at: at + Self.and.count) { at = afterAnd }
                guard isUpper(at), at + 1 < count, isLowercase(at + 1) else { break }
                let wordEnd = skip(from: at + 1, while: isLowercase)
                if Self.portfolios.contains(where: { $0.count == wordEnd - at && holds($0, at: at) }), wordEnd >= count || !isLetter(wordEnd) { last = wordEnd }
                guard let next = spaces(at: wordEnd) else { break }
                at = next
            }
            guard let last else { break }
            ends.append(last)
            end = last
        }
        return ends
    }

    private static let portfolios = Extractor.portfolioEnds.map { Array($0.unicodeScalars) }
    private static let and = Array("and".unicodeScalars)

    private static let formsOfAddress = ["His Highness", "Her Highness", "His Royal Highness", "Her Royal Highness", "His Majesty", "Her Majesty",
                                         "His Excellency", "Her Excellency", "HE", "H.E.", "HH", "H.H.", "HRH",
                                         // Malaysia's honours, the longer first: "Prime Minister Datuk Seri X".
                                         "Datuk Seri", "Dato' Seri", "Dato' Sri", "Dato Sri", "Tan Sri", "Datuk", "Dato'", "Tun",
                                         // Oman's: "Foreign Minister Sayyid Badr X".
                                         "Sayyid", "Sayyida"].map { Array($0.unicodeScalars) }
    /// Ranks and styles of address cut short: "Gen.", "Dr.".
    private static let rankAbbreviations = ["Gen.", "Lt.", "Maj.", "Col.", "Brig.", "Adm.", "Capt.", "Cmdr.", "Sgt.", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms."]
        .map { Array($0.unicodeScalars) }
    /// A given name cut short, which the rest of the name is known by: "Ma.
    /// Theresa Lazaro" (Maria), "Md. Touhid Hossain" (Mohammad).
    private static let abbreviatedGivenNames = SentenceSplitter.givenNameAbbreviations.sorted().map { Array("\($0).".unicodeScalars) }
    /// What may stand between a title and a name, and is neither.
    private static let beforeNames = rankAbbreviations + formsOfAddress + abbreviatedGivenNames
    private static let general = Array("General".unicodeScalars)
    private static let ofTheRepublic = Array("of the Republic".unicodeScalars)
    private static let of = Array("of".unicodeScalars), `for` = Array("for".unicodeScalars), from = Array("from".unicodeScalars), the = Array("the".unicodeScalars)
    private static let to = Array("to".unicodeScalars)

    /// `,?\s+` and the name after a title: perhaps initials ("S. Jaishankar", or
    /// capitals without dots: "JD Vance", "S Jaishankar"), then up to five name words.
    private func name(after title: Int) -> (start: Int, end: Int)? {
        guard var start = spaces(at: title < count && scalars[title] == "," ? title + 1 : title) else { return nil }
        // A rank or style cut short is no part of the name: "army chief Gen. X", "Lt.
        // Gen. X", "External Affairs Minister Dr. S. Jaishankar"; nor is a form of
        // address: "President His Highness Sheikh X", "President HE Dr. X".
        while let skipped = Self.beforeNames.first(where: { holds($0, at: start) }), let after = spaces(at: start + skipped.count) {
            start = after
        }
        // "Minister of State, Minister of Foreign Affairs X": a second post, not a name.
        if let word = Self.postOpenings.first(where: { holds($0, at: start) }), start + word.count >= count || !isLetter(start + word.count) { return nil }
        var wordStarts = [start]
        while wordStarts.count < 3, let last = wordStarts.last, isUpper(last), last + 1 < count, scalars[last + 1] == "." {
            wordStarts.append(last + 2 < count && isSpace(last + 2) ? last + 3 : last + 2)
        }
        // Tried last, as the pattern's second alternative: the two forms never both start here.
        if start + 2 < count, isUpper(start), isUpper(start + 1), let after = spaces(at: start + 2) { wordStarts.insert(after, at: 0) }
        // One capital without a dot, as Indian agencies write an initial: "S Jaishankar".
        if start + 1 < count, isUpper(start), isSpace(start + 1), let after = spaces(at: start + 1) { wordStarts.insert(after, at: 0) }
        // A style the caller drops counts no word of the five: "Crown Prince Sheikh"
        // and a name of five words.
        let most = Self.styles.contains(where: { holds($0, at: start) && spaces(at: start + $0.count) != nil }) ? 6 : 5
        for wordStart in wordStarts.reversed() {
            if let end = nameEnd(at: wordStart, words: 1...most) { return (start, end) }
        }
        return nil
    }

    private static let styles = Extractor.styles.sorted().map { Array($0.unicodeScalars) }
    private static let postOpenings = Extractor.postOpenings.map { Array($0.unicodeScalars) }

    /// The end of a run of name words from `position`, `nameWord(?:nameGap nameWord)*`
    /// (`nameWord(?:\s+nameWord)*` without `particles`) with as many words as
    /// `words` allows: the most words are tried first, as a greedy repetition
    /// does, and the first end that `accept` takes is the end.
    func nameEnd(at position: Int, words: ClosedRange<Int>, particles: Bool = true, word: Int = 1, accept: (Int) -> Bool = { _ in true }) -> Int? {
        guard let wordEnd = nameWordEnd(at: position) else { return nil }
        if word < words.upperBound, let gap = spaces(at: wordEnd) {
            // "bin", "von der": up to two particles, the most first.
            var next = [gap]
            while particles, next.count < 3, let last = next.last, let particle = Self.nameGapParticles.first(where: { holds($0, at: last) }),
                  let after = spaces(at: last + particle.count) {
                next.append(after)
            }
            // A middle initial: "Antony J. Blinken".
            if particles, isUpper(gap), gap + 2 < count, scalars[gap + 1] == ".", let after = spaces(at: gap + 2), isUpper(after) { next.append(after) }
            for following in next.reversed() {
                if let end = nameEnd(at: following, words: words, particles: particles, word: word + 1, accept: accept) { return end }
            }
        }
        return word >= words.lowerBound && accept(wordEnd) ? wordEnd : nil
    }

    private static let nameGapParticles = Extractor.nameParticles.map { Array($0.unicodeScalars) }

    /// `\p{Ll}`
    private func isLowercase(_ position: Int) -> Bool {
        let scalar = scalars[position]
        return scalar.isASCII ? scalar.value >= 0x61 && scalar.value <= 0x7A : scalar.properties.generalCategory == .lowercaseLetter
    }
}
