import Foundation

/// A phrase that describes a treaty or a gathering: a determiner, modifiers, the
/// noun and perhaps a tail ("the trilateral agreements of November 9, 2020").
/// Ranges are UTF-16 ranges of the sentence; `modifiers` may be empty.
struct EventPhrase {
    let range: NSRange
    let determiner: NSRange
    let modifiers: NSRange
    let noun: NSRange
    let tail: NSRange?
}

extension EventPhrase {
    /// The phrase a pattern found, with the four parts as its groups.
    init(_ match: NSTextCheckingResult) {
        let tail = match.range(at: 4)
        self.init(range: match.range, determiner: match.range(at: 1), modifiers: match.range(at: 2), noun: match.range(at: 3),
                  tail: tail.location == NSNotFound ? nil : tail)
    }
}

/// Treaty and gathering phrases, found by walking the sentence's scalars once.
///
/// Both scanners follow a case-insensitive pattern of this shape, where a
/// modifier is `(?!STOP\b)[\p{L}\d“”"’'+-]+\s+` (STOP: `modifierStops`):
///
///     \b(DETERMINER)\s+((?:MODIFIER){0,5})NOUN\b(TAIL)?
///
/// The words are matched in any case, by their ASCII letters.
extension ScalarText {
    /// `\b(the|a|an|this|that|these|its|their)\s+(MODIFIERS)(treaty|treaties|…|statements)\b(\s+of\s+(?:“[^”]+”|"[^"]+"|(?:\p{Lu}\w*\.?\s+\d{1,2}(?:,\s+\d{4})?(?:,?\s+and\s+)?)+|(?-i:\p{Ll})[\p{L}]+\s+and\s+(?!(?:STOP)\b|[\p{L}]+ed\b)(?-i:\p{Ll})[\p{L}]+|\p{Lu}[\p{L}]+))?`
    /// ("the agreements of November 9, 2020 and January 11, 2021", "the Treaty of Lima",
    /// "the declaration of peace and friendship").
    func treatyPhrases() -> [EventPhrase] {
        phrases(determiners: Self.treatyDeterminers) { start in
            guard let end = wordEnd(Self.treatyNouns, at: start) else { return nil }
            return (start, end, end)
        } tail: { end in
            treatyTail(at: end)
        }
    }

    /// `\b(the|a|an|this|his|her|their)\s+(MODIFIERS)[“"]?(summit|…|talks|funeral|inauguration|coronation|session(?=\s+of\s+(?:the\s+)?(?-i:\p{Lu}))|(?<=\bthe\s)session|(?-i:D)ialogue|(?-i:R)etreat)[”"]?\b(\s+of\s+(?:the\s+)?(?:leaders\s+of\s+(?:the\s+)?)?TAILWORD(?:\s+(?:of\s+)?TAILWORD){0,5})?`,
    /// where TAILWORD is `(?!TAILSTOP\b)\p{L}[\p{L}\p{N}-]*` (TAILSTOP: `tailStops`),
    /// or after "of" a number ("the summit of the CIS", "the summit of the Group of
    /// 20", "a “historic” meeting").
    func gatheringPhrases() -> [EventPhrase] {
        phrases(determiners: Self.gatheringDeterminers) { start in
            let nounStart = start < count && (scalars[start] == "“" || scalars[start] == "\"") ? start + 1 : start
            for noun in Self.gatheringNouns where holds(ignoringCase: noun, at: nounStart) {
                let end = nounStart + noun.count
                // "a session of the Council"; "the session" alone only points back.
                if noun == Self.session, !ofCapital(at: end), !afterThe(nounStart) { continue }
                // "the Strategic Dialogue", "the Leaders' Retreat" are gatherings; "a
                // political dialogue" is a process, "a retreat" a withdrawal.
                if Self.capitalisedOnly.contains(noun), !isUpper(nounStart) { continue }
                // A closing quote is taken only when a boundary follows it.
                if end < count, scalars[end] == "”" || scalars[end] == "\"", isBoundary(end + 1) { return (nounStart, end, end + 1) }
                if isBoundary(end) { return (nounStart, end, end) }
            }
            return nil
        } tail: { end in
            gatheringTail(at: end)
        }
    }

    /// The phrases of one shape: `noun` gives the noun's start and end and the
    /// phrase's end so far at a position, `tail` the end of a tail after that.
    private func phrases(determiners: [[UInt8]], noun: (Int) -> (start: Int, end: Int, phraseEnd: Int)?, tail: (Int) -> Int?) -> [EventPhrase] {
        leftToRight { start in
            guard let determiner = determiners.first(where: { holds(ignoringCase: $0, at: start) && start + $0.count < count && isSpace(start + $0.count) }),
                  isBoundary(start) else { return nil }
            let determinerEnd = start + determiner.count
            // Each modifier starts where the one before ends; the nouns are tried
            // after the most modifiers first.
            var wordStarts = [skip(from: determinerEnd, while: isSpace)]
            var modifiers = 0
            while modifiers < 5, let end = modifierEnd(at: wordStarts[wordStarts.count - 1]) {
                wordStarts.append(end)
                modifiers += 1
                if let next = joinedModifierStart(at: end) { wordStarts.append(next) }
            }
            var index = wordStarts.count - 1
            var nounAt = noun(wordStarts[index])
            while nounAt == nil, index > 0 {
                index -= 1
                nounAt = noun(wordStarts[index])
            }
            guard let nounAt else { return nil }
            let tailEnd = tail(nounAt.phraseEnd)
            let end = tailEnd ?? nounAt.phraseEnd
            return (EventPhrase(range: range(start, end), determiner: range(start, determinerEnd),
                                modifiers: range(wordStarts[0], wordStarts[index]), noun: range(nounAt.start, nounAt.end),
                                tail: tailEnd.map { range(nounAt.phraseEnd, $0) }), end)
        }
    }

    /// Where a modifier at `position` and the space after it end: a word of
    /// letters, digits, quotes and hyphens that is no stop word, or an amount
    /// ("£2.26bn", "$1,500"), or initials with their stops ("Iran-U.S.").
    private func modifierEnd(at position: Int) -> Int? {
        guard wordEnd(Self.modifierStops, at: position) == nil else { return nil }
        let end = skip(from: position) { index in
            let scalar = scalars[index]
            return isLetterIgnoringCase(index) || isDigit(index) || "“”\"’'+-$£€¥".unicodeScalars.contains(scalar)
                || (scalar == "." || scalar == ",") && index > position && isDigit(index - 1) && index + 1 < count && isDigit(index + 1)
                // The stops of "U.S." in "Iran-U.S. talks".
                || scalar == "." && index > position && isUpper(index - 1) && (index + 1 < count && isUpper(index + 1) || index >= 2 && scalars[index - 2] == ".")
        }
        guard end > position else { return nil }
        return spaces(at: end)
    }

    /// `(?<=(?-i:\p{Ll})\s)(?<!\bNOUN\s)and\s+(?=(?-i:\p{Ll}))` at `position`, where
    /// NOUN is a treaty's or gathering's noun: "and" between two lower-case
    /// modifiers ("a trade and investment agreement"), not after a noun ("the
    /// statement and agreements" are two). Where the next modifier starts.
    private func joinedModifierStart(at position: Int) -> Int? {
        guard position >= 2, holds(ignoringCase: Self.andWord, at: position), isSpace(position - 1), isLower(position - 2),
              let next = spaces(at: position + 3), next < count, isLower(next) else { return nil }
        let nounBefore = (Self.treatyNouns + Self.gatheringNouns).contains { noun in
            let start = position - 1 - noun.count
            return start >= 0 && holds(ignoringCase: noun, at: start) && isBoundary(start)
        }
        return nounBefore ? nil : next
    }

    /// The end of the first of these words at `position` that a boundary follows.
    private func wordEnd(_ words: [[UInt8]], at position: Int) -> Int? {
        for word in words where holds(ignoringCase: word, at: position) && isBoundary(position + word.count) {
            return position + word.count
        }
        return nil
    }

    /// `\s+of\s+` at `position`: where what follows starts.
    private func of(at position: Int) -> Int? {
        guard let afterSpace = spaces(at: position), holds(ignoringCase: Self.ofWord, at: afterSpace) else { return nil }
        return spaces(at: afterSpace + 2)
    }

    /// True when "the" alone stands right before a position: "the session".
    private func afterThe(_ position: Int) -> Bool {
        position >= 4 && isSpace(position - 1) && holds(ignoringCase: Self.theWord, at: position - 4) && isBoundary(position - 4)
    }

    /// The lookahead after "session": `\s+of\s+(?:the\s+)?` and a capital, in any case
    /// but that of the capital.
    private func ofCapital(at position: Int) -> Bool {
        guard let next = of(at: position) else { return false }
        if isUpper(next) { return true }
        guard holds(ignoringCase: Self.theWord, at: next), let afterThe = spaces(at: next + 3) else { return false }
        return isUpper(afterThe)
    }

    /// The treaty's tail: "of" and a quoted name, dates, two lower-case words joined
    /// by "and", or one capitalised word.
    private func treatyTail(at position: Int) -> Int? {
        guard let start = of(at: position) else { return nil }
        for quote in [("“", "”"), ("\"", "\"")] as [(Unicode.Scalar, Unicode.Scalar)] where start < count && scalars[start] == quote.0 {
            // At least one scalar, then the first closing quote.
            guard start + 1 < count, scalars[start + 1] != quote.1,
                  let close = scalars[(start + 2)...].firstIndex(of: quote.1) else { return nil }
            return close + 1
        }
        if let end = datesEnd(at: start) { return end }
        guard isUpperIgnoringCase(start), start + 1 < count, isLetterIgnoringCase(start + 1) else { return nil }
        // "the statements of the leaders of A and B": an article names nothing, but
        // "the Charter of the United Nations" goes on to the name in capitals.
        if isLower(start), let article = wordEnd(Self.articleWords, at: start) {
            guard var at = spaces(at: article) else { return nil }
            var end: Int?
            for _ in 0..<4 {
                guard at + 1 < count, isUpper(at), isLetterIgnoringCase(at + 1) else { break }
                end = skip(from: at + 1, while: isLetterIgnoringCase)
                guard let next = spaces(at: end!) else { break }
                at = next
            }
            return end
        }
        let end = skip(from: start + 1, while: isLetterIgnoringCase)
        // "the declaration of peace and friendship": two lower-case words joined by
        // "and", the second no verb ("of principle and said") nor a stop word.
        if isLower(start), let second = andEnd(at: end), isLower(second), second + 1 < count, isLetterIgnoringCase(second + 1),
           wordEnd(Self.modifierStops, at: second) == nil {
            let secondEnd = skip(from: second + 1, while: isLetterIgnoringCase)
            let past = secondEnd - second >= 3 && holds(ignoringCase: Self.edEnding, at: secondEnd - 2) && isBoundary(secondEnd)
            if !past { return secondEnd }
        }
        // "a treaty of permanent good-neighbourliness", "of mutual assistance": an
        // adjective goes on to its noun.
        if isLower(start), Self.adjectiveEndings.contains(where: { holds(ignoringCase: $0, at: end - $0.count) }),
           let next = spaces(at: end), next < count, isLower(next), wordEnd(Self.modifierStops, at: next) == nil, wordEnd(Self.tailStops, at: next) == nil {
            var nounEnd = skip(from: next, while: isLetterIgnoringCase)
            while nounEnd + 1 < count, scalars[nounEnd] == "-", isLetterIgnoringCase(nounEnd + 1) { nounEnd = skip(from: nounEnd + 1, while: isLetterIgnoringCase) }
            let past = nounEnd - next >= 3 && holds(ignoringCase: Self.edEnding, at: nounEnd - 2)
            if !past, isBoundary(nounEnd) { return nounEnd }
        }
        return end
    }
    private static let articleWords = words("the|a|an")
    private static let adjectiveEndings: [[UInt8]] = ["ent", "ant", "al", "ive", "ous", "ic", "ary", "ful", "ble"].map { Array($0.utf8) }

    /// `(?-i:\p{Ll})`: a lower-case letter, whatever the pattern's case.
    private func isLower(_ position: Int) -> Bool {
        let scalar = scalars[position]
        return scalar.isASCII ? scalar.value >= 0x61 && scalar.value <= 0x7A : scalar.properties.generalCategory == .lowercaseLetter
    }

    /// `(?:\p{Lu}\w*\.?\s+\d{1,2}(?:,\s+\d{4})?(?:,?\s+and\s+)?)+` at `position`,
    /// and dates listed with commas alone: "November 9, 2020, January 11, 2021, and
    /// November 26, 2021".
    private func datesEnd(at position: Int) -> Int? {
        var end: Int?
        var next = position
        while let at = dateEnd(at: next) {
            end = at
            if let and = andEnd(at: at < count && scalars[at] == "," ? at + 1 : at) {
                end = and
                next = and
            } else if at < count, scalars[at] == ",", let word = spaces(at: at + 1), dateEnd(at: word) != nil {
                next = word
            } else {
                break
            }
        }
        return end
    }

    /// `\p{Lu}\w*\.?\s+\d{1,2}(?:,\s+\d{4})?` at `position`: one date.
    private func dateEnd(at position: Int) -> Int? {
        guard isUpperIgnoringCase(position) else { return nil }
        var at = skip(from: position + 1, while: isWordCharacter)
        if at < count, scalars[at] == ".", at + 1 < count, isSpace(at + 1) { at += 1 }
        guard let digits = spaces(at: at), digits < count, isDigit(digits) else { return nil }
        at = digits + (digits + 1 < count && isDigit(digits + 1) ? 2 : 1)
        if at < count, scalars[at] == ",", let year = spaces(at: at + 1), year + 4 <= count, (year..<(year + 4)).allSatisfy(isDigit) { at = year + 4 }
        return at
    }

    /// `\s+and\s+` at `position`.
    private func andEnd(at position: Int) -> Int? {
        guard let word = spaces(at: position), holds(ignoringCase: Self.andWord, at: word) else { return nil }
        return spaces(at: word + 3)
    }

    /// The gathering's tail: "of", perhaps "the" and "leaders of (the)", then up
    /// to four words of a name, each perhaps after "of".
    private func gatheringTail(at position: Int) -> Int? {
        guard let start = of(at: position) else { return nil }
        // The places the first word may start, in the order the pattern tries them.
        var firstWords: [Int] = []
        for afterThe in [the(at: start), start].compactMap({ $0 }) {
            if let leaders = leadersOf(at: afterThe) {
                firstWords += [the(at: leaders), leaders].compactMap { $0 }
            }
            firstWords.append(afterThe)
        }
        guard var end = firstWords.lazy.compactMap(tailWordEnd).first else { return nil }
        for _ in 0..<5 {
            guard let next = spaces(at: end) else { break }
            let afterOf = holds(ignoringCase: Self.ofWord, at: next) ? spaces(at: next + 2) : nil
            // After "of" a number is a word of the name too: "the Group of 20".
            guard let wordEnd = afterOf.flatMap({ numberEnd(at: $0) ?? tailWordEnd(at: $0) }) ?? tailWordEnd(at: next) else { break }
            end = wordEnd
        }
        return end
    }

    /// `the\s+` at `position`: where the next word starts.
    private func the(at position: Int) -> Int? {
        holds(ignoringCase: Self.theWord, at: position) ? spaces(at: position + 3) : nil
    }

    /// `leaders\s+of\s+` at `position`: where the next word starts.
    private func leadersOf(at position: Int) -> Int? {
        guard holds(ignoringCase: Self.leadersWord, at: position), let of = spaces(at: position + 7), holds(ignoringCase: Self.ofWord, at: of) else { return nil }
        return spaces(at: of + 2)
    }

    /// A word of a gathering's name at `position`, not a word such as "held" or "in".
    /// `\p{N}+\b` at `position`: where the number ends.
    private func numberEnd(at position: Int) -> Int? {
        let end = skip(from: position, while: isNumber)
        return end > position && isBoundary(end) ? end : nil
    }

    private func tailWordEnd(at position: Int) -> Int? {
        guard position < count, wordEnd(Self.tailStops, at: position) == nil, isLetterIgnoringCase(position) else { return nil }
        return skip(from: position + 1) { isLetterIgnoringCase($0) || isNumber($0) || scalars[$0] == "-" }
    }

    /// Each word's scalars, which are all in Latin-1 ("communiqué"), one byte each.
    private static func words(_ text: String) -> [[UInt8]] {
        text.split(separator: "|").map { word in word.unicodeScalars.map { UInt8($0.value) } }
    }

    private static let treatyDeterminers = words("the|a|an|this|that|these|its|their")
    private static let gatheringDeterminers = words("the|a|an|this|his|her|their")
    /// The nouns in the patterns' order: the first that a boundary follows is taken.
    private static let treatyNouns = words(Extractor.treatyNouns.joined(separator: "|"))
    private static let gatheringNouns = words("summit|summits|meeting|consultations|celebrations|parade|conference|ceremony|forum|negotiations|talks|session|dialogue|retreat|roundtable|funeral|inauguration|coronation")
    private static let session = Array("session".utf8)
    private static let capitalisedOnly = [Array("dialogue".utf8), Array("retreat".utf8)]
    /// Words that end the modifiers before a noun.
    private static let modifierStops = words("the|a|an|of|to|in|on|for|with|without|by|and|or|that|this|which|who|signed|initialed|initialled|inked|sealed|adopted|concluded|struck|ratified|between|after|before|as|at|from|is|was|were|are|will|would|could|should|must|shall|might|be|been|has|have|had|held|hold|holds|met|said|says|told|attended|hosted|agreed|discussed|reached|welcomed|announced|witnessed|brokered|mediated|facilitated|convened|chaired|over|about|against|amid|despite|during|since|into|exchanged|exchanges|produced|yielded|saw|resulted|paved|dozen")
    /// Words that are no part of a gathering's name after "of": "... held in February";
    /// nor is an "of" that no word of the name follows ("meeting of the China-CELAC Forum"),
    /// nor a date ("the Washington summit of August 8").
    private static let tailStops = words("january|february|march|april|may|june|july|august|september|october|november|december|held|hosted|chaired|convened|opened|opens|closed|closes|ended|ends|began|begins|in|on|at|to|for|with|by|and|or|the|that|which|where|who|when|was|were|is|are|will|would|has|have|had|last|next|this|earlier|later|late|early|yesterday|today|tomorrow|of|between|among|before|after|during|since|amid|ahead|while")
    private static let ofWord = Array("of".utf8)
    private static let theWord = Array("the".utf8)
    private static let andWord = Array("and".utf8)
    private static let edEnding = Array("ed".utf8)
    private static let leadersWord = Array("leaders".utf8)
}
