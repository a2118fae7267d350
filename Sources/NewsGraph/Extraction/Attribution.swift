import Foundation

/// Who a sentence reports its news from, and whether it announces an event
/// rather than reports one.
enum Attribution {
    /// "according to the TASS news agency", "according to Ana Rojas", "according to
    /// a statement from the Kenyan presidency", "according to state media": names
    /// in capitals (the pattern ignores case only in the lower-case words), perhaps
    /// with a noun of a source after them; a statement or report and whose it is;
    /// or a source described in lower case.
    static let accordingTo = OpeningWordPattern(#"\baccording to\s+(?:the\s+)?((?-i:(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)"#
            + #"(?:\s+(?:news\s+agency|news\s+service|press\s+service|government\s+spokes(?:man|woman|person)|agency|ministry|government|presidency|office|officials|sources|diplomats|media|spokes(?:man|woman|person)))?(?:['’]s\s+\p{Ll}+)?"#
            + #"|(?:a|an)\s+(?:\p{L}+\s+){0,2}(?:statement|source|sources|readout|report)(?:\s+(?:of|from|by)\s+the\s+(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){0,3}(?:(?:foreign|defen[cs]e|interior|finance|trade|press)\s+)?[\p{L}'’-]+)?"#
            + #"|(?:(?:his|her|their|its|state|local|official)\s+)?(?:office|officials|media|sources|diplomats|aides|spokes(?:man|woman|person)))"#, opening: .word(["according"]))
    /// Verbs of saying after a source's name.
    private static let sayingVerbs = ["said", "says", "reported", "reports", "announced", "stated", "confirmed", "told", "claimed", "noted"]
    /// Words after a name that still belong to the source: "the ministry's press service said".
    private static let sourceNouns: Set<Substring> = ["spokesperson", "spokesman", "spokeswoman", "office", "website"]
    /// Words that join two capitalised words of one name: "Ministry of Foreign Affairs".
    private static let nameJoiners: Set<Substring> = ["of", "for", "on"]
    /// The particles a person's name may hold between its words ("bin", "von").
    private static let nameParticles = Set(Extractor.nameParticles.map { Substring($0) })
    /// Words that start a sentence or clause but name nobody.
    private static let notSources: Set<String> = ["He", "She", "It", "They", "We", "I", "This", "That", "The", "A", "An", "Officials", "Sources"]

    /// The source a sentence attributes its content to, as written; nil when it names none.
    static func reporter(in sentence: Sentence) -> String? {
        guard sentence.has(["according", "said", "says", "reported", "reports", "announced", "stated", "confirmed", "told", "claimed", "noted"]) else { return nil }
        if sentence.has(word: "according"),
           let match = accordingTo.firstMatch(in: sentence) {
            return UTF16Text(sentence.text).substring(with: match.range(at: 1))
        }
        let tokens = sentence.text.splitAtWhitespace()
        for verb in tokens.indices where startsWithSayingVerb(tokens[verb]) {
            if let name = speaker(before: verb, in: tokens, of: sentence.text),
               let first = name.split(separator: " ").first, !notSources.contains(String(first)) { return name }
        }
        return nil
    }

    /// True when a word is a verb of saying, perhaps with punctuation after it ("said,").
    private static func startsWithSayingVerb(_ token: Substring) -> Bool {
        guard let initial = token.utf8.first, "rsacnt".utf8.contains(initial) else { return false }
        for verb in sayingVerbs where token.hasPrefix(verb) {
            guard let next = token.dropFirst(verb.count).unicodeScalars.first else { return true }
            return !isWordScalar(next)
        }
        return false
    }

    /// The source named just before the verb of saying at `verb`: up to five
    /// capitalised words, "of", "for" or "on" (and "the") joining them, perhaps a
    /// noun such as "press service" after them and "has" before the verb: "the
    /// Ministry of Foreign Affairs said", "Rojas has told". A leading "The" is not
    /// part of it; nil when no capitalised word stands there.
    private static func speaker(before verb: Int, in tokens: [Substring], of text: String) -> String? {
        var last = verb - 1
        if last >= 0, tokens[last] == "has" || tokens[last] == "have" { last -= 1 }
        guard last >= 0 else { return nil }
        let end = tokens[last].endIndex
        if last >= 1, tokens[last - 1] == "press", tokens[last] == "service" || tokens[last] == "office" {
            last -= 2
        } else if sourceNouns.contains(tokens[last]) {
            last -= 1
        }
        guard last >= 0, var start = nameStart(tokens[last]) else { return nil }
        var first = last, words = 1
        // Only a word that is whole (no quote or bracket before it) may have more before it.
        while words < 5, start == tokens[first].startIndex {
            var previous = first - 1
            if previous >= 1, tokens[previous] == "the", nameJoiners.contains(tokens[previous - 1]) {
                previous -= 2
            } else if previous >= 0, nameJoiners.contains(tokens[previous]) {
                previous -= 1
            } else {
                // A person's name may hold particles: "Ursula von der Leyen".
                var particles = 0
                while particles < 2, previous - particles >= 0, nameParticles.contains(tokens[previous - particles]) { particles += 1 }
                previous -= particles
            }
            guard previous >= 0, let found = nameStart(tokens[previous]) else { break }
            first = previous
            start = found
            words += 1
        }
        // "The Kremlin said": the article is no part of the name, unless a joiner
        // follows it and it must be ("The of ...").
        if words > 1, text[start..<tokens[first].endIndex] == "The", !nameJoiners.contains(tokens[first + 1]) {
            start = tokens[first + 1].startIndex
        }
        return String(text[start..<end])
    }

    /// Where a capitalised word (`\p{Lu}[\p{L}-]*`, perhaps with "'s") starts in a
    /// token: the token's start, or the first later place after a character that is
    /// no letter ("“Kremlin", "O'Brien" gives "Brien"); nil when it holds none.
    private static func nameStart(_ token: Substring) -> Substring.Index? {
        var index = token.startIndex
        var previousIsLetter = false
        while index < token.endIndex {
            let scalar = token.unicodeScalars[index]
            if !previousIsLetter, scalar.isUppercaseLetter, isCapitalisedWord(token[index...]) { return index }
            previousIsLetter = scalar.isLetterCategory
            index = token.unicodeScalars.index(after: index)
        }
        return nil
    }

    /// True when the whole text is a capitalised word, perhaps with "'s" or "’s".
    private static func isCapitalisedWord(_ word: Substring) -> Bool {
        var scalars = word.unicodeScalars[...]
        if scalars.count > 2, scalars.last == "s", let mark = scalars.dropLast().last, mark == "'" || mark == "’" {
            scalars = scalars.dropLast(2)
        }
        guard let initial = scalars.first, initial.isUppercaseLetter else { return false }
        return scalars.dropFirst().allSatisfy { $0 == "-" || $0.isLetterCategory }
    }

    /// A character that a word boundary (`\b`) does not separate from a letter.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return scalar == "\u{200C}" || scalar == "\u{200D}"
        }
    }

    /// The words before a noun of an event without the verb that only carries it:
    /// "invited her to pay an official visit" is read as "invited her to visit",
    /// "may hold bilateral talks" as "may talk".
    private static func withoutLightVerb(_ words: [String]) -> [String] {
        var trimmed = words[...]
        // "will hold the 25th round of Special Representatives talks": a name that
        // qualifies the noun is carried as the light words are.
        let capitals = trimmed.reversed().prefix { $0.first?.isUppercase == true && $0 != "May" }.count
        if (1...3).contains(capitals), trimmed.count > capitals { trimmed.removeLast(capitals) }
        while let last = trimmed.last, lightWords.contains(last.lowercased()) || ordinalEndings.contains(last) { trimmed.removeLast() }
        // "will be Rojas' second visit", "will be her first visit": the noun's owner
        // after "be" is carried too.
        if let owner = trimmed.lastIndex(where: { $0.lowercased() == "be" }).map({ trimmed[($0 + 1)...] }), (1...3).contains(owner.count),
           owner.allSatisfy({ $0.first?.isUppercase == true || $0 == "s" }) || owner.count == 1 && ["his", "her", "their", "its"].contains(owner.first!) {
            trimmed.removeLast(owner.count)
        }
        guard let last = trimmed.last, lightVerbs.contains(last.lowercased()) || last == "be" else { return words }
        trimmed.removeLast()
        // "will co-chair a meeting": the prefix goes with the verb.
        if last.hasPrefix("chair"), trimmed.last == "co" { trimmed.removeLast() }
        return Array(trimmed)
    }
    private static let lightWords: Set<String> = ["a", "an", "the", "official", "state", "working", "formal", "first", "brief", "return", "further", "bilateral", "courtesy",
                                                  // "will embark on a five-nation tour"
                                                  "on", "nation", "country", "day", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                  // "agreed to hold another round of direct talks", "… follow-up meetings"
                                                  "another", "new", "more", "next", "second", "third", "round", "of", "direct", "regular", "trilateral", "follow", "up",
                                                  // "will co-chair a high-level meeting"
                                                  "high", "level"]
    /// What is left of "25th" when only letters are read.
    private static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th"]
    private static let lightVerbs: Set<String> = ["pay", "pays", "paid", "paying", "make", "makes", "made", "making", "hold", "holds", "holding", "have", "has", "had",
                                                  "embark", "embarks", "embarked", "embarking", "undertake", "undertakes", "undertook", "undertaking",
                                                  // "ready to host a meeting", "will convene talks"
                                                  "host", "hosts", "hosted", "hosting", "convene", "convenes", "convened", "convening",
                                                  "chair", "chairs", "chaired", "chairing"]

    /// A word lower-cased for the lists here, except "May" with its capital: the
    /// month ("in May"), not the modal.
    private static func folded(_ word: Substring) -> String { word == "May" ? "May" : word.lowercased() }

    /// Modal verbs that announce the verb after them (one adverb may come between:
    /// "will also visit", "may hold", "could meet").
    private static let modals: Set<String> = ["will", "shall", "would", "ll", "may", "might", "could"]
    /// Words before an event's noun that put it ahead: "the upcoming visit", "work
    /// toward an early visit", "her expected visit".
    private static let plannedAdjectives: Set<String> = ["upcoming", "forthcoming", "planned", "scheduled", "expected", "future", "prospective", "early"]
    /// Words that announce the verb after "to": "is expected to meet", "plans to
    /// sign", "agreed to hold", "is due to visit".
    private static let beforeTo: Set<String> = ["plans", "plan", "planned", "planning", "expected", "scheduled", "due", "set",
                                                "intends", "intend", "going", "agreed", "is", "are", "was", "were", "hopes", "wants",
                                                // "looked forward to visiting Riyadh"
                                                "forward"]
    /// Words before "to" that offer or question an event rather than announce it:
    /// "ready to meet", "whether to attend", "offered to host".
    private static let offers: Set<String> = ["ready", "willing", "prepared", "whether", "offered", "offers", "proposed", "proposes", "eager", "keen", "able", "unable"]
    /// Verbs that ask someone else to do it: "invited him to visit", "urged Baku to sign".
    private static let requests: Set<String> = ["invited", "invites", "urged", "urges", "asked", "asks", "pressed", "encouraged", "called"]
    /// Verbs that let someone do it, which says nothing of whether it was done: "a
    /// pact that allows each country to deploy troops".
    private static let permits: Set<String> = ["allow", "allows", "allowing", "permit", "permits", "permitting", "enable", "enables", "enabling"]

    /// True when a clause holds an announcing word anywhere ("she will travel to
    /// Rome next week"), for a verb of purpose at its end.
    static func announces(_ clause: String) -> Bool {
        let words = clause.letterRuns().map(folded)
        return words.indices.contains { i in
            modals.contains(words[i]) || (words[i] == "to" && i > 0 && beforeTo.contains(words[i - 1]) && words[i - 1] != "is" && words[i - 1] != "are")
        }
    }

    /// Verbs of events in the simple present, and the light verbs before an
    /// event's noun ("pays a visit"): a report writes an event yet to come so
    /// when it gives the day ("travels to Lima on Friday").
    private static let presentVerbs: Set<String> = ["visits", "travels", "meets", "holds", "hosts", "heads", "arrives", "attends", "signs", "flies",
                                                    "leaves", "departs", "sets", "tours", "receives", "welcomes", "joins", "addresses", "chairs",
                                                    "takes", "participates", "begins", "starts", "pays", "makes", "embarks", "undertakes", "calls"]

    /// "tomorrow", "next week", "later this month", "this week", "on Friday" (not
    /// "last Friday", nor the day a source spoke: "said on Sunday").
    static let dayAhead = OpeningWordPattern(#"\b(?:tomorrow|next\s+(?:week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:later\s+)?this\s+(?:week|weekend|month)|(?<!\b(?:said|says|announced|told|reported|stated|confirmed|added)\b[^,;.]{0,40})(?<!\blast\s)(?<!\bpast\s)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"#,
                                            opening: .word(["tomorrow", "next", "later", "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]))

    /// True when an event's verb is in the simple present and the sentence gives a
    /// day ahead: "Rojas travels to Lima on Friday", "Berg pays a visit to Oslo next
    /// week". A headline's present tells what happened, so it is not asked here.
    static func isPresentAhead(_ sentence: Sentence, trigger: String, before: String) -> Bool {
        guard sentence.index > 0, let verb = trigger.letterRuns().first?.lowercased() else { return false }
        // A light verb is the first word that `withoutLightVerb` drops, or the second
        // after a prefix ("co-chairs").
        let runs = before.lastLetterRuns(6)
        let light = withoutLightVerb(runs).count
        let present = presentVerbs.contains(verb) || runs[light...].prefix(2).contains(where: presentVerbs.contains)
        return present && dayAhead.firstMatch(in: sentence) != nil
    }

    /// True when the clause of a purpose ("for talks", "to meet") has its verb in
    /// the simple present and the sentence gives a day ahead: "Rojas travels to
    /// Lima on Friday for talks with Berg".
    static func isPresentAhead(_ sentence: Sentence, clause: Substring) -> Bool {
        sentence.index > 0 && clause.letterRuns().contains { presentVerbs.contains($0.lowercased()) } && dayAhead.firstMatch(in: sentence) != nil
    }

    /// True when a headline announces the event by names and "to": "Rojas to visit
    /// Lima", "Peru, Chile to sign pact", "Rojas to visit Lima for talks with Berg".
    /// Every word before the first "to" is a name or "and": "Rojas travels to Lima
    /// to meet Berg" is no announcement.
    static func isHeadlineFuture(before text: String) -> Bool {
        let words = text.split { !$0.isLetter && $0 != "." && $0 != "-" }
        guard let to = words.firstIndex(of: "to"), to > 0 else { return false }
        // "Palace says Rojas, Berg to meet": a source that says it, before the names;
        // "Peru's Rojas to visit": a possessive's "s".
        // "Chinese premier to visit Australia": a post written in lower case.
        return words[..<to].allSatisfy { $0 == "and" || $0.first?.isUppercase == true || ["says", "say", "s"].contains($0) || headlinePostWords.contains($0) }
    }

    /// Words of a post or a delegation as a headline writes them in lower case:
    /// "foreign minister", "top diplomat", "crown prince".
    static let headlinePostWords: Set<Substring> = ["foreign", "defence", "defense", "trade", "finance", "prime", "deputy", "vice", "top", "crown",
                                                   "minister", "ministers", "president", "presidents", "premier", "leader", "leaders", "chancellor",
                                                   "king", "queen", "prince", "emir", "envoy", "diplomat", "secretary", "speaker", "pm", "fm", "delegation", "officials"]

    /// True when the words just before an event's trigger offer or ask for it
    /// or let it happen rather than report or announce it; see `offers`, `requests`
    /// and `permits`.
    static func isUnreal(before text: String) -> Bool {
        let words = Array(withoutLightVerb(text.lastLetterRuns(9)).suffix(5))
        guard words.last == "to", words.count >= 2 else { return false }
        if offers.contains(words[words.count - 2]) { return true }
        // "had no plans to meet", "has no intention to visit".
        if words.count >= 3, words[words.count - 3] == "no", ["plans", "plan", "intention", "intentions"].contains(words[words.count - 2]) { return true }
        // The one asked stands between the verb and "to", in one to three words
        // ("invited President Ana Rojas to"), or is the subject of a passive: "was
        // invited to attend".
        if words.dropLast().suffix(4).contains(where: { requests.contains($0) || permits.contains($0) }) { return true }
        // "invited President Tomas Berg of Chile to", "invited Prince Faisal bin
        // Farhan to": the one asked may be named at length, in capitalised words
        // joined by "of", "the" or a name's particles.
        let runs = withoutLightVerb(text.trailingRuns(12) { Words.isLetter($0, digits: false) }.map(String.init))
        let asked = runs.dropLast().reversed().prefix { $0.first?.isUppercase == true || $0 == "of" || $0 == "the" || Extractor.nameParticles.contains($0) }
        let verb = runs.count - 2 - asked.count
        return asked.count > 3 && verb >= 0 && requests.contains(runs[verb].lowercased())
    }

    /// True when the words just before an event's trigger announce it ("will
    /// visit", "is expected to meet"); earlier words of the clause do not count, so
    /// "who agreed on a ceasefire, met" is a meeting that took place.
    static func isPlanned(before text: String) -> Bool {
        var words = Array(withoutLightVerb(text.trailingRuns(11) { Words.isLetter($0, digits: false) }.map(String.init)).map { folded(Substring($0)) })
        // "will on Thursday host": a time set between the modal and its verb.
        if words.count >= 3, ["on", "this", "next"].contains(words[words.count - 2]),
           DateText.isMonthOrDay(words[words.count - 1]) || ["week", "weekend", "month", "year"].contains(words[words.count - 1]) {
            words.removeLast(2)
        }
        let stripped = words
        words = Array(words.suffix(3))
        guard let last = words.last else { return false }
        if modals.contains(last) || plannedAdjectives.contains(last) { return true }
        if words.count >= 2, modals.contains(words[words.count - 2]), last.hasSuffix("ly") || last == "also" || last == "then" { return true }
        if last == "to", words.count >= 2 { return beforeTo.contains(words[words.count - 2]) || agreedBeforePhrase(stripped) }
        return false
    }

    /// True when "agreed" or "decided" stands before "to" with only a phrase of where,
    /// when or how between: "agreed in a phone call on Thursday to".
    private static func agreedBeforePhrase(_ words: [String]) -> Bool {
        guard words.last == "to", let verb = words.dropLast().lastIndex(where: { ["agreed", "decided", "agree", "agrees", "decide", "decides"].contains($0) }),
              verb + 2 < words.count - 1, ["in", "on", "at", "during", "by", "over", "via", "after", "last", "this"].contains(words[verb + 1]) else { return false }
        return !words[(verb + 1)..<(words.count - 1)].contains { ["and", "but", "to", "that", "said", "who", "which"].contains($0) }
    }
}
