import Foundation

/// Treaties (agreements, accords, declarations, pacts) and summits (summits,
/// meetings, consultations, celebrations) that an article describes rather than
/// names, and who signed, brokered, hosted and attended them.
extension Extractor {
    /// Words that may stand before a treaty noun without naming it.
    static let vagueModifiers: Set<String> = [
        "new", "the", "a", "an", "this", "that", "existing", "upcoming", "forthcoming", "recent", "last", "next", "such", "other", "several",
        "first", "second", "historic", "so-called", "text", "of", "annual", "first-ever",
        // "a planned Lima summit" is the Lima summit, planned.
        "planned", "proposed", "possible", "potential", "expected", "long-awaited", "formal", "ongoing",
    ]
    /// Verbs of concluding a text; leaders "adopt" a joint statement they issue,
    /// ministers "put their signatures to" it.
    static let signVerb = OpeningWordPattern(#"\b(?:signed|initiall?ed|concluded|inked|sealed|adopted|put\s+(?:their|his|her)\s+signatures?\s+(?:to|on))\b"#,
                                             opening: .word(["signed", "initialed", "initialled", "concluded", "inked", "sealed", "adopted", "put"]))
    static let hostVerb = OpeningWordPattern(#"\b(?:hosted|hosts|hosting|will host|would host|to host|chaired|chairs|chairing)\b(?!\s+by\b)"#, opening: .word(["hosted", "hosts", "hosting", "will", "would", "to", "chaired", "chairs", "chairing"]))
    static let heldAt = OpeningWordPattern(#"\bheld\s+(?:at|in)\b|\btook place\s+(?:at|in)\b"#, opening: .word(["held", "took"]))
    /// A relative clause right after a gathering, or after its place ("the summit in
    /// Bogota, which Petro will host"), that names its host.
    static let whichHosts = pattern(#"^(?:\s+in\s+(?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)?)?\s*,?\s*(?:which|that)\s+[^,.;]{2,60}?\s+((?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?(?:co-?)?host(?:s|ed)?|(?:is|are|was)\s+(?:co-?)?hosting)\b"#)
    /// Right after a gathering, or after its verb of opening: ", convened by",
    /// "hosted by", "which was chaired by", "The meeting was chaired by", "opened in
    /// Lima on Monday, chaired by", "in the Red Sea resort co-chaired by".
    static let hostedBy = pattern(#"^(?:\s+(?:opened|opens|began|begins|was\s+held|is\s+held|took\s+place)\b[^,;.]{0,60}|\s+(?:in|at)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+(?=,?\s+(?:co-?)?(?:hosted|chaired)\b))?,?\s+(?:(?:(?:which|that)\s+)?(?:was|is|will\s+be|has\s+been)\s+(?:also\s+)?)?(?:co-?)?(?:hosted|convened|chaired|organi[sz]ed)\s+by\s+"#)
    static let attendedBy = OpeningWordPattern(#"\battended by\b|\bparticipants included\b"#, opening: .word(["attended", "participants"]))
    /// " envoys from ", " delegations of the ", " the leaders of ": people sent by, or
    /// at the head of, the states that follow.
    static let envoysFrom = pattern(#"\s+(?:the\s+)?(?:envoys|delegations|delegates|representatives|officials|diplomats|ministers|leaders|presidents|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+(?:from|of)\s+(?:the\s+)?"#)
    /// True when the words between "hosted" and a gathering put the gathering in time,
    /// so the host hosted something else: "hosted a dinner for X after the ceremony";
    /// but "hosted the leaders of A and B at a summit" hosted the summit.
    static func hostsSomethingElse(_ gap: String) -> Bool {
        // "hosted a dinner for leaders attending the summit": a meal for its guests.
        gap.split(separator: " ").contains { ["after", "before", "following", "during", "ahead", "attending", "dinner", "reception", "banquet", "lunch",
                                               "luncheon", "breakfast", "gala"].contains($0.lowercased()) }
    }

    /// "attended the", "also attended the": a verb of attending right before a gathering.
    static let attendedJustBefore = pattern(#"\b(?:attended|attends|attending|attend|joined)\s+$"#)
    /// ", welcoming" after a gathering and what stands between: "hosted the summit in
    /// Lima on Thursday, welcoming".
    static let welcomingAfter = pattern(#"^[^;.]{0,60}?,\s+(?:welcoming|greeting|receiving)\s+"#)
    /// A verb of attending before a gathering ("opened the summit" too); "represented
    /// X at" attends in X's stead; "was the guest of honour at", "was among the guests
    /// at" attend as guests.
    static let toAttend = OpeningWordPattern(#"\b(?:to attend|attended|attends|will attend|took part in|(?:to|will) take part in|takes part in|participated in|participates in|join(?:ed|s)?|(?:to )?co-chair(?:ed|s|ing)?|addressed|addresses|to address|opened|opens|to open|(?:to )?(?:preside|presided|presides|presiding) over|(?:to )?represent(?:ed|s|ing)?\s+(?:[\p{L}.'’-]+\s+){1,6}?at|deliver(?:ed|s|ing)?\s+(?:a|an|the|his|her)\s+(?:keynote\s+|opening\s+|closing\s+)?(?:address|speech)\s+(?:at|to)|(?:was|were|is|are|will\s+be)\s+(?:the|a|an|among\s+the)\s+(?:chief\s+|special\s+|main\s+)?guests?(?:\s+of\s+honou?r)?\s+at)\b"#, opening: .word(["was", "were", "is", "are", "to", "attended", "attends", "will", "took", "takes", "participated", "participates", "join", "joined", "joins", "co", "addressed", "addresses", "opened", "opens", "preside", "presided", "presides", "presiding", "represent", "represented", "represents", "representing", "deliver", "delivered", "delivers", "delivering"]))
    /// " with their counterparts", " on trade with B": partners named after a treaty.
    static let withPartners = pattern(#"^[^,.;]{0,60}?\bwith\b"#)
    /// "signed ", "will sign ", right before a treaty's phrase.
    static let signedJustBefore = pattern(#"\b(?:signed|signs|sign|signing|initial(?:l)?ed|inked)\s+$"#)
    /// Where or when a text was signed, between "signed" and "by": " in Manila",
    /// " on the sidelines of the summit in Abuja on Sunday"; no clause of its own.
    static let whereOrWhenBeforeBy = pattern(#"^ (?:in|at|on|during|earlier|last|this|yesterday|today)\b(?:(?! (?:which|that|when|while|after|and|but)\b)[^,;:.])*$"#)
    static let twoStates = pattern(#"\b(?:the two|both) (?:countries|nations|states|governments|sides|neighbou?rs)\b|\bthey\b"#)

    /// The nouns that make a phrase a treaty or a gathering.
    static let treatyNouns = ["treaty", "treaties", "agreement", "agreements", "accord", "accords", "declaration", "declarations", "pact", "pacts", "memorandum", "memorandums",
                              "deal", "protocol", "charter", "statement", "statements", "document",
                              "communique", "communiques", "communiqué", "communiqués"] + truceNouns
    /// The text up to the first comma or semicolon that ends a clause, not one in a
    /// date ("on November 10, 2020").
    static func clause(opening text: String) -> Substring {
        let end = text.indices.first { index in
            text[index] == ";" || text[index] == "," && text[text.index(after: index)...].dropFirst().first?.isNumber != true
        }
        return text[..<(end ?? text.endIndex)]
    }

    /// Words that look back at an earlier meeting: "last met", "had previously met".
    static let metBefore = pattern(#"\b(?:last|previously|had|first)\s+met\b"#)

    /// The verbs that make a treaty, whose sentence's date is the treaty's.
    /// A verb that calls something a treaty, right before the phrase: "was a",
    /// "is “a", "described as a".
    static let predicateBefore = pattern(#"\b(?:is|was|were|are|been|as)\s+[“"']?$"#)

    /// The words before a treaty that was not made: "without", "failed to reach",
    /// "did not sign".
    static let notMade = pattern(#"\b(?:without(?:\s+(?:reaching|signing|concluding|agreeing\s+on))?|fail(?:ed|s)?\s+to\s+(?:reach|agree\s+on|sign|conclude|produce|yield)|(?:did|could|would|does|do)\s+not\s+(?:reach|agree\s+on|sign|conclude|produce|yield)|(?:didn|couldn)['’]t\s+(?:reach|agree\s+on|sign|conclude|produce|yield))\s+$"#)

    static let makingVerbs = ["signed", "initialed", "initialled", "concluded", "inked", "sealed", "adopted", "reached", "struck", "ratified"]
    /// A truce is a treaty once agreed: "a ceasefire brokered by Qatar", "the truce".
    static let truceNouns = ["ceasefire", "ceasefires", "cease-fire", "truce", "truces", "armistice"]
    /// Words that say a truce was agreed, not only called for.
    static let truceAgreed = ["agreed", "agree", "brokered", "signed", "reached", "announced", "declared", "mediated",
                              "negotiated", "struck", "sealed", "accepted", "held", "holds", "holding", "violated", "violating"]
    /// One of `truceAgreed` that is no infinitive: "called on Russia to agree to a
    /// ceasefire" asks for a truce that is not there.
    static let truceAgreedFinite = pattern(#"(?<!\bto\s)\b(?:"# + truceAgreed.joined(separator: "|") + #")\b"#)
    static let gatheringNouns = ["summit", "summits", "meeting", "consultations", "celebrations", "parade", "conference", "ceremony", "forum",
                                 "negotiations", "talks", "session", "dialogue", "retreat", "roundtable", "funeral", "inauguration", "coronation"]

    func findAgreementsAndGatherings(in sentence: Sentence, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        let whole = NSRange(location: 0, length: text.length)
        let treaties = sentence.has(Self.treatyNouns) ? sentence.scalars.treatyPhrases() : []
        for phrase in treaties {
            addTreaties(phrase, sentence: sentence, text: text, into: article)
        }
        // "the Acquisition and Cross-Servicing Agreement", "the Status of Forces
        // Agreement": a treaty's capitalised name that joins its words with "and" or
        // "of", which the modifiers of a phrase cannot hold.
        if sentence.has(Self.treatyNouns), Self.capitalisedTreatyNouns.contains(where: { sentence.text.holds(" " + $0) }) {
            for found in sentence.scalars.organizationRuns() {
                // The run may open the sentence with its "The", or go on past the
                // noun: "the X Agreement on Tuesday".
                var run = found
                if text.substring(with: run).hasPrefix("The ") { run = NSRange(location: run.location + 4, length: run.length - 4) }
                let words = text.substring(with: run).split(separator: " ")
                guard run.location >= 4, text.substring(with: NSRange(location: run.location - 4, length: 4)).lowercased() == "the ",
                      let nounIndex = words.indices.dropFirst(2).first(where: { Self.capitalisedTreatyNouns.contains(String(words[$0])) }),
                      words[1..<nounIndex].contains(where: { ["and", "of"].contains($0) }), !["and", "of", "the"].contains(words[0]) else { continue }
                let nounStart = run.location + words[..<nounIndex].reduce(0) { $0 + $1.utf16.count + 1 }
                let noun = NSRange(location: nounStart, length: words[nounIndex].utf16.count)
                let start = run.location - 4
                guard !treaties.contains(where: { NSIntersectionRange($0.range, NSRange(location: start, length: NSMaxRange(noun) - start)).length > 0 }) else { continue }
                let phrase = EventPhrase(range: NSRange(location: start, length: NSMaxRange(noun) - start), determiner: NSRange(location: start, length: 3),
                                         modifiers: NSRange(location: run.location, length: nounStart - run.location), noun: noun, tail: nil)
                addTreaties(phrase, sentence: sentence, text: text, into: article)
            }
        }
        let gatherings = sentence.has(Self.gatheringNouns) ? sentence.scalars.gatheringPhrases() : []
        for phrase in gatherings { addGathering(phrase, sentence: sentence, text: text, into: article) }
        // "G20 summit" in a headline, with no determiner before it.
        // Talks so named are a gathering only in a headline: in a story "progress in
        // Armenian-Azerbaijani talks" is a process.
        for match in sentence.has(["summit", "summits", "conference", "forum", "talks", "negotiations"]) ? Self.namedGathering.matches(in: sentence.text, range: whole) : []
        where !gatherings.contains(where: { NSIntersectionRange($0.range, match.range).length > 0 })
            && (sentence.index == 0 || !["talks", "negotiations"].contains(text.substring(with: match.range(at: 3)).lowercased())) {
            addGathering(EventPhrase(match), sentence: sentence, text: text, into: article)
        }
        // "X took part as a guest of honour", "Y also attended": the gathering the
        // sentence before named, when the verb has no object of its own.
        if sentence.index > 1, gatherings.isEmpty, sentence.has(["took", "participated", "attended", "attend", "take", "participate"]), !isNegated(sentence),
           let verb = Self.attendedWithoutObject.firstMatch(in: sentence.text, range: whole)?.range,
           let summit = article.latest(.summit, upTo: sentence, in: { $0 == sentence.index - 1 }) {
            let mentions = article.located(in: sentence)
            for attendee in subjects(before: verb.location, sentence, mentions, article: article) {
                article.relate(.attended, attendee, summit, status: planned(sentence, before: verb), sentence: sentence)
            }
        }
        // "the SCO Council of Foreign Ministers meeting": a meeting named by the body
        // that holds it, whose name the modifiers of a phrase cannot hold.
        if sentence.has(["meeting", "summit"]) {
            for body in article.located(in: sentence) where body.type == .organization && body.range.location >= 4
                && text.substring(with: NSRange(location: body.range.location - 4, length: 4)).lowercased() == "the " {
                let rest = text.substring(from: NSMaxRange(body.range))
                guard let noun = ["meeting", "summit"].first(where: { rest.hasPrefix(" " + $0) && !(rest.dropFirst($0.count + 1).first?.isLetter ?? false) }) else { continue }
                let start = body.range.location - 4, nounStart = NSMaxRange(body.range) + 1
                let phrase = EventPhrase(range: NSRange(location: start, length: nounStart + noun.utf16.count - start), determiner: NSRange(location: start, length: 3),
                                         modifiers: NSRange(location: body.range.location, length: body.range.length + 1), noun: NSRange(location: nounStart, length: noun.utf16.count), tail: nil)
                guard !gatherings.contains(where: { NSIntersectionRange($0.range, phrase.range).length > 0 }) else { continue }
                addGathering(phrase, sentence: sentence, text: text, into: article)
            }
        }
        // "A and B held political consultations in Lima": held with no determiner.
        for match in sentence.has(["consultations"]) ? Self.heldConsultations.matches(in: sentence) : []
        where !gatherings.contains(where: { NSIntersectionRange($0.range, match.range).length > 0 }) {
            addGathering(EventPhrase(match), sentence: sentence, text: text, into: article)
        }
        // "Macron and Scholz also attended.": the gathering the article spoke of last.
        // "A and B were among those who attended, along with C": so are those after
        // "along with".
        // "More than 20 leaders attended, including A and B": those after "including".
        // "Lund said he would attend.": one yet to come.
        // "Among those attending were A and B", "Attending were A and B": those after it.
        if sentence.has(["attended", "present", "attendance", "attend", "attending"]), gatherings.isEmpty,
           let attended = (Self.attendedAlone.firstMatch(in: sentence.text, range: whole) ?? Self.amongAttendees.firstMatch(in: sentence.text, range: whole)
                ?? Self.attendedIncluding.firstMatch(in: sentence.text, range: whole) ?? Self.attendingWere.firstMatch(in: sentence.text, range: whole))?.range,
           let summit = article.latest(.summit, upTo: sentence), !isNegated(sentence) {
            let people = article.located(in: sentence).filter { $0.type == .person }
            var attendees = text.substring(with: attended).hasSuffix(" ")
                ? coordinatedGroup(startingWith: people.filter { $0.range.location >= NSMaxRange(attended) }, in: text)
                : coordinatedGroup(endingWith: people.filter { NSMaxRange($0.range) <= attended.location }, in: text)
            if let along = Self.alongWith.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(attended), length: text.length - NSMaxRange(attended))) {
                attendees += coordinatedGroup(startingWith: people.filter { $0.range.location >= NSMaxRange(along.range) }, in: text)
            }
            let status: EventStatus? = text.substring(with: attended).letterRuns().contains { $0.lowercased() == "attend" } ? .planned : nil
            for attendee in unique(attendees) { article.relate(.attended, attendee, summit, status: status, sentence: sentence) }
        }
        // "The 31st EU-Japan Summit took place in Tokyo. Japan was represented by Prime
        // Minister X.": those who represent a party at the gathering just named attend it.
        if sentence.has(["represented"]), gatherings.isEmpty, let by = Self.representedBy.firstMatch(in: sentence.text, range: whole)?.range,
           let summit = article.latest(.summit, upTo: sentence), article.isMentioned(summit, since: sentence.index - 2), !isNegated(sentence) {
            let mentions = article.located(in: sentence)
            // Everyone named after "by": a list of representatives, each with a post.
            let people = mentions.filter { $0.type == .person && $0.range.location >= NSMaxRange(by) }.map(\.id)
            let party = mentions.last { [.state, .organization].contains($0.type) && NSMaxRange($0.range) <= by.location }
            for attendee in unique(people) + (party.map { [$0.id] } ?? []) {
                article.relate(.attended, attendee, summit, status: planned(sentence, before: by), sentence: sentence)
            }
        }
    }

    /// Words before a phrase that make what it names a gathering, not a body.
    static let gatheringPlaceBefore = pattern(#"\b(?:(?:sidelines|margins)\s+of|at|during|attended|attend|attends|attending|hosted|hosts|host)\s+$"#)

    /// Capitalised words and a gathering noun, the groups as in `gatheringPhrase`
    /// with no determiner and no tail: "G20 summit", "Group of 20 summit",
    /// "Shanghai Cooperation Organisation (SCO) summit", and in headlines "Sudan
    /// peace talks".
    static let namedGathering = try! NSRegularExpression(pattern: #"()(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}-]*\s+(?:(?:of\s+)?(?:\p{Lu}[\p{L}\p{N}-]*|\p{N}+)\s+){0,3}(?:\(\p{Lu}[\p{Lu}\p{N}]+\)\s+)?(?:(?:peace|ceasefire|truce|trade|nuclear|security|border)\s+)?)(summit|summits|conference|forum|talks|negotiations)\b()"#)
    /// Consultations that someone holds, the groups as in `gatheringPhrase` with no
    /// determiner: "held political consultations", "hold regular consultations".
    static let heldConsultations = OpeningWordPattern(#"(?<=\b(?:held|hold|holds|holding|conducted)\s)()((?:[\p{Ll}-]+\s+){0,2})(consultations)\b()"#, options: [], opening: .afterWord(["held", "hold", "holds", "holding", "conducted"]))

    /// "for the Future", "on Open Skies": what a treaty named in capitals goes on with.
    static func properTreatyTail(after end: Int, in text: UTF16Text) -> String? {
        let rest = text.substring(from: end)
        return properTail.firstMatch(in: rest, options: .anchored, range: NSRange(location: 0, length: rest.utf16.count))
            .map { UTF16Text(rest).substring(with: $0.range(at: 1)) }
    }

    /// The capitalised words that go on with a treaty's name after its tail's first
    /// one: the rest of a hyphenated word ("Good-Neighbourliness"), more words ("Good
    /// Neighbourship"), or "and" and a word of what the treaty is about ("and
    /// Cooperation", "and Mutual Assistance"), never a day or month.
    static func properTailGoesOn(after end: Int, in text: UTF16Text) -> String {
        let rest = text.substring(from: end)
        return properTailMore.firstMatch(in: rest, options: .anchored, range: NSRange(location: 0, length: rest.utf16.count))
            .map { UTF16Text(rest).substring(with: $0.range) } ?? ""
    }

    private static let properTailMore = try! NSRegularExpression(pattern: #"^(?:-\p{L}+)*(?:\s+(?:and\s+(?=\p{Lu}\p{L}*(?:tion|sion|ship|ance|ence|ity|ness|ment|ism|dom|hood|cy)(?![\p{L}'’])|\p{Lu}\p{L}*(?:al|ic|ive|ous|ly|ary|ful|ble)\s+\p{Lu}))?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{L}*(?:-\p{L}+)*(?![\p{L}'’-])){0,5}"#)

    private static let properTail = try! NSRegularExpression(pattern: #"^\s+((?:for|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3})(?![\p{L}])"#)

    /// A meeting's tail naming a body ("of the SCO") or its ministers ("of foreign ministers of").
    static let ofNamedBody = try! NSRegularExpression(pattern: #"^of (?:the )?\p{Lu}"#)
    static let ofMinisters = try! NSRegularExpression(pattern: #"^of (?:\p{Ll}+ )?(?:ministers|leaders)(?: of)?$"#)
    /// "was represented by", "will be represented at the summit by".
    static let representedBy = pattern(#"\b(?:was|were|is|are|will\s+be|would\s+be)\s+represented\s+(?:at\s+the\s+[\w-]+\s+)?by\b"#)
    /// "were among those who attended", "was among the leaders attending", "were
    /// among those present".
    static let amongAttendees = pattern(#"\b(?:was|were)\s+among\s+(?:those|the\s+(?:leaders|guests|dignitaries|officials|participants|heads\s+of\s+state))\s+(?:(?:who\s+)?(?:attended|attending)|present|in\s+attendance)\b"#)
    /// "Among those attending were ", "Attending were ", "Among the guests present
    /// were ": the attendees follow.
    static let attendingWere = pattern(#"\b(?:among\s+(?:those|the\s+(?:leaders|guests|dignitaries|officials|participants|heads\s+of\s+state))\s+(?:(?:who\s+)?(?:attended|attending)|present|in\s+attendance)|attending)\s+(?:were|was)\s+"#)
    /// ", among them ", ", including " right after a gathering: its attendees follow.
    static let amongThem = pattern(#"^(?:\s+(?:in|at)\s+(?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)?)?,\s+(?:among\s+them|including)\s+"#)
    /// "attended, including", "were present, including": the attendees follow.
    static let attendedIncluding = pattern(#"\b(?:attended|(?:were|was)\s+present|(?:were|was)\s+in\s+attendance),\s+(?:among\s+them|including)\s+"#)
    /// ", along with " after `amongAttendees`, and a title's words before the name.
    static let alongWith = pattern(#"^,?\s+(?:along\s+with|alongside|together\s+with)\s+(?:[\p{L}'’-]+\s+){0,4}?(?=(?-i:\p{Lu}))"#)
    /// "attended" ending its sentence, with nothing attended named; "were also in
    /// attendance", "was present"; "will also attend", "is expected to attend".
    static let attendedAlone = try! NSRegularExpression(pattern: #"\b(?:(?:also\s+)?attended(?:\s+too|\s+as well)?|(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)|(?:will|would|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to)\s+(?:also\s+)?attend(?:\s+too|\s+as well)?)\s*[.!]?$"#)

    /// "Armenian-Azerbaijani talks", "the Russia-Ukraine deal": states a sentence pairs
    /// in one hyphenated word, the parties of the treaty or summit it speaks of.
    func pairedStates(in sentence: Sentence) -> [EntityID] {
        pairedStateNames(in: sentence).map { EntityID(type: .state, name: $0.name) }
    }

    /// The states of `pairedStates`, as the lexicon has them.
    func pairedStateNames(in sentence: Sentence) -> [Lexicon.State] {
        guard sentence.text.holds("-") else { return [] }
        var states: [Lexicon.State] = []
        for word in sentence.text.split(whereSeparator: { $0 == " " || $0 == "\n" }) where word.holds("-") {
            let parts = word.trimmingEnds(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "-")))
                .split(separator: "-").map(String.init)
            let found = parts.compactMap { lexicon.state(namedOrDemonym: $0) }
            guard parts.count >= 2, found.count == parts.count else { continue }
            states += found
        }
        return states
    }

    /// True for how long a gathering lasts: "two-day", "three-hour", "day-long".
    static func isDuration(_ word: String) -> Bool {
        let parts = word.lowercased().split(separator: "-")
        guard parts.count == 2 else { return false }
        let units: Set<Substring> = ["day", "hour", "week", "month", "minute"]
        let counts: Set<Substring> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "several", "multi"]
        return units.contains(parts[1]) && (counts.contains(parts[0]) || parts[0].allSatisfy(\.isNumber)) || parts[0] == "day" && parts[1] == "long"
    }

    private func modifiers(_ raw: String) -> [String] {
        var words = raw.split(separator: " ").map { String($0).trimmingEnds(in: CharacterSet(charactersIn: "“”\"'’")) }
        while let first = words.first, Self.vagueModifiers.contains(first.lowercased()) || first.hasSuffix("’s") || first.hasSuffix("'s") || Self.isDuration(first) {
            words.removeFirst()
        }
        // "a £2.26bn loan agreement", "a 500 million euro loan": the sum is no part of the name.
        if let first = words.first, Self.isAmount(first, before: words.dropFirst().first) {
            words.removeFirst()
            while let next = words.first, Self.amountWords.contains(next.lowercased()) { words.removeFirst() }
        }
        // An acronym in parentheses repeats the name before it.
        return words.filter { !$0.isEmpty && !$0.hasPrefix("(") }
    }

    /// True when a word opens a sum of money: a currency's sign ("$500", "US$2bn",
    /// "£2.26bn"), or a number with its scale ("500 million", "500-million-euro").
    static func isAmount(_ word: String, before next: String?) -> Bool {
        if word.contains(where: { "$£€¥".contains($0) }), word.contains(where: \.isNumber) { return true }
        let parts = word.lowercased().split(separator: "-").map(String.init)
        guard let number = parts.first, number.first?.isNumber == true else { return false }
        return parts.dropFirst().first.map(amountWords.contains) ?? next.map { amountWords.contains($0.lowercased()) } ?? false
            || ["bn", "m", "mn", "million", "billion"].contains { number.hasSuffix($0) && number.dropLast($0.count).allSatisfy { $0.isNumber || $0 == "." } }
    }

    /// The words of a sum's scale and currency, after its number.
    static let amountWords: Set<String> = ["million", "billion", "trillion", "bn", "mn", "euro", "euros", "dollar", "dollars", "pound", "pounds",
                                           "yuan", "yen", "rupee", "rupees", "ruble", "rubles", "rouble", "roubles", "riyal", "riyals", "dirham", "dirhams"]

    /// ", named", ", dubbed", ", known as" right before a treaty's second name.
    static let namedAs = pattern(#",\s+(?:(?:also|officially|formally)\s+)?(?:named|dubbed|called|known\s+as|christened)\s+$"#)
    /// The words of `namedAs`, one of which a sentence must have.
    static let namingWords = ["named", "dubbed", "called", "known", "christened"]

    /// "said in", "according to", before a statement's determiner: what it names
    /// next only carries what was said.
    static let saidIn = pattern(#"\b(?:(?:said|says|say|announced|stated|added|noted|declared|wrote)\s+in|according\s+to)\s+$"#)

    private func addTreaties(_ phrase: EventPhrase, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        // "the North Atlantic Treaty Organization": a body named after a treaty is
        // the body's name, no mention of the treaty.
        if article.located(in: sentence).contains(where: { $0.type == .organization && NSIntersectionRange($0.range, phrase.noun).length > 0 }) { return }
        let determiner = text.substring(with: phrase.determiner).lowercased()
        // "signed a mutual defence treaty, named the Pukpuk Treaty": the treaty
        // named just before is called so too.
        if text.substring(with: phrase.noun).first?.isUppercase == true, sentence.has(Self.namingWords),
           Self.matches(Self.namedAs, text.substring(to: phrase.range.location)),
           let named = article.located(in: sentence).last(where: { $0.type == .treaty && NSMaxRange($0.range) <= phrase.range.location }) {
            let name = phrase.modifiers.length > 0 ? phrase.modifiers.location : phrase.noun.location
            article.addMention(of: named.id, sentence: sentence, utf16Range: NSRange(location: name, length: NSMaxRange(phrase.noun) - name))
            return
        }
        // "ended without an agreement", "failed to reach a deal": no text was made.
        if determiner == "a" || determiner == "an", sentence.has(["without", "failed", "fail", "fails", "not", "didn", "couldn"]),
           Self.matches(Self.notMade, text.substring(to: phrase.range.location)) { return }
        // "said the deal was a win-win agreement": what the treaty named before it in
        // the sentence is called names no other.
        if determiner == "a" || determiner == "an", case let before = text.substring(to: phrase.range.location), Self.matches(Self.predicateBefore, before),
           let named = article.located(in: sentence).last(where: { $0.type == .treaty && NSMaxRange($0.range) <= phrase.range.location }) {
            article.addDescription(of: named.id, sentence: sentence, utf16Range: phrase.range)
            return
        }
        let mods = modifiers(text.substring(with: phrase.modifiers))
        var noun = text.substring(with: phrase.noun).lowercased()
        // "a declaration on friendly relations": its subject names it as "of" would;
        // a name in capitals ("the Ankara Declaration on trade") is whole without it.
        let properName = text.substring(with: phrase.noun).first?.isUppercase == true
        var tail = phrase.tail.map { text.substring(with: $0).trimmingEnds(in: .whitespaces) } ?? ""
        // "the Treaty of Good Neighbourship", "the Treaty of Friendship and Cooperation":
        // a name in capitals goes on in capitals past the tail's one word.
        var tailGoesOn = ""
        let capitalisedTail = tail.hasPrefix("of ") && tail.dropFirst(3).first?.isUppercase == true
        if properName, capitalisedTail {
            tailGoesOn = Self.properTailGoesOn(after: NSMaxRange(phrase.range), in: text)
            tail += tailGoesOn
        }
        // A name in capitals goes on in capitals after "for" or "on": "the Pact for the Future".
        let topic = !tail.isEmpty ? nil
            : properName ? Self.properTreatyTail(after: NSMaxRange(phrase.range), in: text) : treatyTopic(after: NSMaxRange(phrase.range), in: text)
        // A statement or communique is a treaty only when joint or signed ("signed a
        // statement of partnership"). One that only carries what was said ("the two
        // governments said in a joint statement", "according to a joint communique")
        // is no signed text either.
        if ["statement", "statements", "communique", "communiques", "communiqué", "communiqués"].contains(noun) {
            if !mods.contains(where: { ["joint", "trilateral", "bilateral", "final"].contains($0.lowercased()) }),
               !Self.matches(Self.signedJustBefore, text.substring(to: phrase.range.location)) { return }
            if ["a", "an", "their", "its"].contains(determiner), let said = Self.lastRange(Self.saidIn, text.substring(to: phrase.range.location)),
               ["a", "an"].contains(determiner) || !text.substring(with: said).hasPrefix("according") { return }
        }
        let plural = noun.hasSuffix("s") && noun != "accords" ? true : noun == "accords" || noun == "treaties"
        if noun == "treaties" { noun = "treaty" } else if plural, noun != "accords" { noun.removeLast() }
        // "The document was signed by ...": a word that only points back at the
        // article's treaty, never names one of its own.
        let pointsBackOnly = mods.isEmpty && tail.isEmpty && topic == nil && ["the", "this", "that", "its"].contains(determiner)
        if noun == "document" {
            guard pointsBackOnly, let previous = article.latest(.treaty, upTo: sentence) else { return }
            article.addDescription(of: previous, sentence: sentence, utf16Range: phrase.range)
            treatyRelations(previous, phrase: phrase, sentence: sentence, text: text, into: article)
            return
        }
        if Self.truceNouns.contains(noun) {
            addTruce(noun, phrase: phrase, determiner: determiner, mods: mods, sentence: sentence, text: text, into: article)
            return
        }

        // "the treaty", "this agreement": the article's treaty named before, an
        // agreement of any name before a declaration or memorandum named later;
        // "the declaration", the declaration before a ceasefire named later.
        if pointsBackOnly {
            let sameKind = article.latest(.treaty, upTo: sentence, namedAnyOf: Self.agreementNouns.contains(noun) ? Self.agreementNouns : [noun])
            if let previous = sameKind ?? article.latest(.treaty, upTo: sentence) {
                article.addDescription(of: previous, sentence: sentence, utf16Range: phrase.range)
                treatyRelations(previous, phrase: phrase, sentence: sentence, text: text, into: article)
            } else if let unnamed = unnamedTreaty(noun, phrase: phrase, sentence: sentence, text: text, into: article) {
                article.addDescription(of: unnamed, sentence: sentence, utf16Range: phrase.range)
                treatyRelations(unnamed, phrase: phrase, sentence: sentence, text: text, into: article)
            }
            return
        }
        // The dates of its tail; a name in capitals with its own tail has none.
        let own = !tail.isEmpty ? tail : properName ? topic : nil
        // The sentence's dates are the treaty's only where it is made ("signed a deal
        // on Monday", not "discussed the grain deal on Monday") or in a clause of its
        // own: "an agreement that stopped the war on November 10". A participle right
        // after it dates it, whatever else the sentence dates: "reviewed on Tuesday the
        // agreement signed in July".
        let dates: [(text: String, iso: String?)]
        if let own {
            dates = DateText.dates(in: own)
        } else {
            let made = sentence.has(Self.makingVerbs), relative = text.substring(from: NSMaxRange(phrase.range))
            let participle = ArticleState.opensWithParticiple(relative)
            let ownClause = relative.hasPrefix(" that ") || relative.hasPrefix(" which ") || participle ? Self.clause(opening: relative) : ""
            // (Resolved: "in September" with no year to count from names nothing.)
            if participle, let date = article.dateOfEvent(in: sentence, after: NSMaxRange(phrase.range)), date.iso != nil, ownClause.holds(date.text) {
                dates = [date]
            } else {
                let all = article.datesOfEvents(in: sentence).filter { made || ownClause.holds($0.text) }
                // "met on Thursday, the first meeting since the two initialled a peace
                // treaty in March": of the sentence's dates, the one right after the
                // treaty is its making's.
                if made, !all.isEmpty, let date = article.dateOfEvent(in: sentence, after: NSMaxRange(phrase.range)), date.iso != nil,
                   case let after = relative.drop(while: \.isWhitespace), after.hasPrefix(date.text) || ["in ", "on "].contains(where: { after.hasPrefix($0 + date.text) }) {
                    dates = [date]
                } else {
                    dates = all
                }
            }
        }
        // A name in capitals keeps its noun's capital: "the Kuala Lumpur Peace Accord",
        // "the Treaty on Comprehensive Strategic Partnership", "the Comprehensive
        // Economic and Trade Agreement" (with small words between capitals).
        let capitalised = mods.isEmpty ? topic != nil || capitalisedTail
            : mods.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true || mods.first != $0 && ["and", "of", "for", "on", "the"].contains($0) })
        let written = properName && capitalised ? String(noun.prefix(1)).uppercased() + noun.dropFirst() : noun
        let base = (mods + [written]).joined(separator: " ")
        var ids: [EntityID] = []
        if plural, dates.count > 1 {
            for date in dates { ids.append(article.event(.treaty, "\(base) of \(date.iso ?? date.text)", date: date.iso)) }
        } else {
            let date = dates.first
            let named = topic.map { "\(base) \($0)" } ?? (tail.isEmpty || tail.first?.isNumber == true || dates.first != nil ? base : "\(base) \(tail)")
            // A dateline's date alone dates the treaty but is no part of its name.
            let name = own == nil && article.isDatedByDatelineOnly(sentence) ? named : date.map { "\(named) of \($0.iso ?? $0.text)" } ?? named
            // "This comprehensive 17-point agreement": the treaty named before; "the truce
            // agreement": the article's one earlier agreement, when it has one.
            if ["this", "that"].contains(determiner), let previous = article.latest(.treaty, upTo: sentence) {
                ids = [previous]
            } else if let named = appositiveTreaty(at: phrase.range, sentence: sentence, text: text, article: article) {
                ids = [named]
            } else if ["a", "an"].contains(determiner), mods.isEmpty, tail.isEmpty, topic == nil,
                      let restated = restatedTreaty(at: phrase.range, sentence: sentence, text: text, article: article) {
                ids = [restated]
            } else if determiner == "the", dates.isEmpty, tail.isEmpty, topic == nil,
                      mods.allSatisfy({ $0.first?.isLowercase == true || $0.first?.isNumber == true && $0.hasSuffix("-year") }),
                      let previous = article.only(.treaty, named: noun, before: sentence) {
                // "the security treaty" after "a new security treaty", "the 20-year treaty"
                // after the treaty it runs for; "the 2006 Quito Treaty" names another.
                ids = [previous]
            } else if mods.contains(where: { $0.first?.isUppercase == true }), mods.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }),
                      let same = article.onlyTreaty(named: base) {
                // "the Abraham Accords" in the headline and "The Abraham Accords, signed
                // in September 2020": a name in capitals is one treaty, dated or not.
                ids = [same]
                if let iso = date?.iso { article.date(same, iso) }
            } else {
                // "a 2014 defence agreement": a year before the noun dates it.
                let year = mods.first { $0.count == 4 && $0.allSatisfy(\.isNumber) && ("1900"..."2099").contains($0) }
                ids = [article.event(.treaty, name, date: date?.iso ?? year)]
            }
        }
        let paired = pairedStates(in: sentence)
        // The name in capitals after "on" or "for", or going on past the tail, is
        // written in the mention too.
        var mentioned = phrase.range
        mentioned.length += tailGoesOn.utf16.count
        if properName, let topic, case let rest = text.substring(from: NSMaxRange(phrase.range)), let at = rest.range(of: topic) {
            mentioned.length += rest.utf16.distance(from: rest.startIndex, to: at.upperBound)
        }
        for id in ids {
            article.addDescription(of: id, sentence: sentence, utf16Range: mentioned)
            article.addParties(paired, to: id)
            treatyRelations(id, phrase: phrase, modifiers: mods, sentence: sentence, text: text, into: article)
        }
    }

    /// A ceasefire or truce: the one named before when the text refers back ("the
    /// truce held"), else a new treaty where the sentence says it was agreed,
    /// brokered or kept, named after the states it is between ("Cambodia–Thailand
    /// ceasefire") or its own words ("Gaza ceasefire").
    private func addTruce(_ noun: String, phrase: EventPhrase, determiner: String, mods: [String], sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        let agreed = sentence.has(Self.truceAgreed) && Self.matches(Self.truceAgreedFinite, sentence.text)
        var id: EntityID?
        let refersBack = ["the", "this", "that", "its"].contains(determiner) && mods.isEmpty && phrase.tail == nil
        if refersBack {
            // Any of the nouns names the same truce: "a ceasefire ... The truce held".
            id = Self.truceNouns.compactMap { article.latest(.treaty, upTo: sentence, named: $0) }.first
        }
        if id == nil, agreed {
            // "a ceasefire between A and B", "the Cambodia-Thailand truce".
            let rest = text.substring(from: NSMaxRange(phrase.range))
            var parties = pairedStateNames(in: sentence).map { article.state($0) }
            if rest.hasPrefix(" between ") {
                let after = NSMaxRange(phrase.range) + 9
                let states = article.located(in: sentence).filter { $0.type == .state && $0.range.location >= after }
                parties = Array(coordinatedGroup(startingWith: states, in: text).prefix(2))
            }
            let names = Set(parties).compactMap { article.name(of: $0) }.sorted()
            let named = mods.filter { !$0.lowercased().hasSuffix("-brokered") }
            // A bare "ceasefire" with no sides names nothing another article could tell apart.
            if names.count == 2 || !named.isEmpty {
                let base = (named + [noun]).joined(separator: " ")
                let created = article.event(.treaty, names.count == 2 ? names.joined(separator: "–") + " " + base : base, date: nil)
                article.addParties(Array(Set(parties)).sorted(), to: created)
                id = created
            }
        }
        guard let id else { return }
        article.addDescription(of: id, sentence: sentence, utf16Range: phrase.range)
        treatyRelations(id, phrase: phrase, modifiers: mods, sentence: sentence, text: text, into: article)
    }

    /// " on friendly relations and good-neighbourliness": the subject of a treaty in
    /// lower-case words right after it; not a thing named ("on the Nile"), a day
    /// ("on Tuesday") or an occasion ("on the sidelines of").
    func treatyTopic(after end: Int, in text: UTF16Text) -> String? {
        var rest = text.substring(from: end)
        // "signed an agreement Tuesday on ...": the day, as American wires write it,
        // may stand between.
        if case let day = rest.dropFirst().prefix(while: \.isLetter), day.first?.isUppercase == true, DateText.isWeekday(String(day)) {
            rest = String(rest.dropFirst(day.count + 1))
        }
        guard rest.hasPrefix(" on ") else { return nil }
        var words: [Substring] = []
        var parts = rest.dropFirst(4).prefix(80).split(separator: " ", omittingEmptySubsequences: false)[...]
        // "on the joint management of rivers", "on a new bridge", but not "on the sidelines of".
        if let first = parts.first, ["the", "a", "an"].contains(first), parts.count > 1, !Self.notTopics.contains(String(parts[parts.startIndex + 1])) {
            words.append(first)
            parts = parts.dropFirst()
        }
        for word in parts {
            let bare = word.last.map { ",.;:".contains($0) } == true ? word.dropLast() : word
            // A topic in quotes is one ("on an “exceptional reinforced partnership”");
            // "of the" goes on with it ("on the demarcation of the state border"), as
            // does a verb's object ("on establishing the strategic partnership").
            let letters = bare.filter { !"“”\"".contains($0) }
            // "on deepening ties and discussed energy": another verb of the subject ends it.
            if words.last == "and" || words.last == "also", Self.verbsAfterTopic.contains(String(letters)) {
                while let last = words.last, last == "and" || last == "also" { words.removeLast() }
                break
            }
            // "of the Kazakh-Uzbek border": the peoples of a border or a pair of
            // states qualify the noun after them.
            if words.last == "the", letters.first?.isUppercase == true, namesPeoples(letters) {
                words.append(bare)
                if bare.count < word.count || words.count == 8 { break }
                continue
            }
            // "on Ukraine's path to NATO membership": a state's possessive opens it, and a
            // name may follow a noun that takes "to" ("accession to the EU").
            if words.isEmpty, let stem = ["'s", "’s"].first(where: letters.hasSuffix).map({ String(letters.dropLast($0.count)) }),
               lexicon.state(named: stem) != nil {
                words.append(bare)
                continue
            }
            if letters.first?.isUppercase == true, let to = words.lastIndex(of: "to"), to > 0, Self.nounsTakingTo.contains(String(words[to - 1])),
               words.count - to <= 3, words[(to + 1)...].allSatisfy({ $0 == "the" || $0.first?.isUppercase == true }) {
                words.append(bare)
                if bare.count < word.count || words.count == 8 { break }
                continue
            }
            // "on the Black Sea undersea cable": a name in capitals after "the", of up
            // to three words, goes on to the lower-case noun it qualifies.
            if letters.first?.isUppercase == true, letters.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" }),
               let the = words.lastIndex(of: "the"), words.count - the <= 3, words[(the + 1)...].allSatisfy({ $0.first?.isUppercase == true }) {
                words.append(bare)
                if bare.count < word.count || words.count == 8 { break }
                continue
            }
            guard !letters.isEmpty, letters.allSatisfy({ $0.isLowercase || $0 == "-" }),
                  !Self.topicStops.contains(String(letters))
                    || letters == "the" && words.last == "of"
                    // "on the transition to a strategic partnership": a noun that takes "to".
                    || letters == "to" && words.last.map({ Self.nounsTakingTo.contains(String($0)) }) == true
                    || ["the", "a", "an"].contains(letters) && words.last.map({ $0.count > 5 && $0.hasSuffix("ing") || $0 == "to" }) == true else { break }
            words.append(bare)
            if bare.count < word.count || words.count == 8 { break }
        }
        // A name in capitals must qualify a noun: "on the Nile" may say where, but
        // "on accession to the OECD" says to what.
        if let the = words.lastIndex(of: "the"), the + 1 < words.count, words[(the + 1)...].allSatisfy({ $0.first?.isUppercase == true && !namesPeoples(String($0)) }),
           !(the >= 2 && words[the - 1] == "to" && Self.nounsTakingTo.contains(String(words[the - 2]))) {
            words.removeSubrange(the...)
        }
        while let last = words.last, ["and", "or", "the", "a", "an", "of", "to", "over", "across", "along", "under", "into", "through"].contains(last) { words.removeLast() }
        // A possessive alone names no subject: "on Ukraine's".
        if words.count == 1, words[0].hasSuffix("'s") || words[0].hasSuffix("’s") { return nil }
        return words.isEmpty ? nil : "on " + words.joined(separator: " ")
    }

    /// True when each part of a hyphenated word is a people or a state the lexicon
    /// knows: "Kazakh-Uzbek", "Russia-Ukraine".
    func namesPeoples(_ word: String) -> Bool {
        let parts = word.split { $0 == "-" || $0 == "–" }
        return parts.count >= 2 && parts.allSatisfy { lexicon.state(namedOrDemonym: String($0)) != nil }
    }

    /// Verbs in the past that, after "and", go on with what the signers did, not with
    /// the subject of their treaty.
    static let verbsAfterTopic: Set<String> = ["discussed", "agreed", "signed", "stressed", "noted", "exchanged", "reviewed", "reaffirmed",
                                               "expressed", "welcomed", "underlined", "emphasized", "emphasised", "called", "pledged", "vowed",
                                               "held", "met", "said", "adopted", "praised", "condemned", "urged", "announced", "launched", "also",
                                               "oversaw", "witnessed", "attended", "visited", "toured", "inspected", "hosted", "received", "gave",
                                               "took", "made", "paid", "laid", "told", "thanked", "invited", "unveiled", "inaugurated", "presented"]
    /// Nouns of a treaty's subject that go on with "to": "the transition to".
    static let nounsTakingTo: Set<String> = ["transition", "accession", "access", "return", "road", "path", "approach", "adherence"]
    /// Nouns after "on the" that say when or where, not what: "on the sidelines of".
    static let notTopics: Set<String> = ["sidelines", "margins", "eve", "occasion", "basis", "day", "side", "phone", "spot", "way", "ground"]
    /// Words that end a treaty's subject: "an agreement on trade signed in Lima".
    static let topicStops: Set<String> = ["the", "a", "an", "in", "at", "with", "by", "for", "to", "from", "that", "which", "who",
                                          "signed", "initialled", "initialed", "reached", "was", "were", "is", "are", "will", "would",
                                          "between", "after", "before", "during", "last", "next", "this", "on", "as", "their", "its",
                                          "earlier", "later", "yesterday", "today", "tomorrow",
                                          // Another clause: "a joint statement on climate but no agreement".
                                          "but", "while", "whereas", "although", "though", "because", "nor", "yet", "unless", "until"]

    /// "A and B signed the agreement" with no agreement named before: the treaty of
    /// the two states its signers stand for, named after them ("Bolivia–Chile
    /// agreement"); nil unless the signers stand for exactly two states.
    private func unnamedTreaty(_ noun: String, phrase: EventPhrase, sentence: Sentence, text: UTF16Text, into article: ArticleState) -> EntityID? {
        guard let verb = Self.signVerb.firstMatch(in: sentence, upTo: phrase.range.location)?.range,
              Self.signs(from: verb, phrase: phrase, in: text) else { return nil }
        let signers = article.located(in: sentence).filter { [.person, .state].contains($0.type) && NSMaxRange($0.range) <= verb.location }
        let states = Set(signers.compactMap { $0.type == .state ? $0.id : article.stateOf(person: $0.id) })
        guard states.count == 2, signers.allSatisfy({ $0.type == .state || article.stateOf(person: $0.id) != nil }) else { return nil }
        let names = states.compactMap { article.name(of: $0) }.sorted()
        let id = article.event(.treaty, names.joined(separator: "–") + " " + noun, date: nil)
        article.addParties(states.sorted(), to: id)
        return id
    }

    /// True when a signing verb before a treaty phrase takes it as its object: no
    /// other clause ("signed a communique and instructed ... to draft an agreement")
    /// and no other treaty lies between, except one joined to it by "and" ("signed
    /// an agreement on trade and a protocol on energy").
    static func signs(from verb: NSRange, phrase: EventPhrase, in text: UTF16Text) -> Bool {
        let gap = text.substring(with: NSRange(location: NSMaxRange(verb), length: phrase.range.location - NSMaxRange(verb)))
        // "signed seven agreements on trade and energy, including a transport accord".
        if gap.hasSuffix(" including "), matches(signedManyIncluding, gap, anchored: true) { return true }
        if gap.holds(","), isTreatyList(gap) { return true }
        guard gap.utf16.count <= 120, !gap.holds(","), !gap.holds(" to ") else { return false }
        // "concluded negotiations on a trade agreement": the talks ended, nothing was signed.
        guard !gap.lowercased().letterRuns().contains(where: { ["negotiations", "talks", "discussions", "consultations"].contains($0) }) else { return false }
        let treaties = gap.lowercased().letterRuns().filter { treatyNouns.contains(String($0)) }.count
        return treaties == 0 ? gap.utf16.count <= 60 : treaties == 1 && gap.hasSuffix(" and ") && !gap.dropLast(5).holds(" and ")
    }

    /// " an agreement on defence, a memorandum on energy and ", " eight documents,
    /// including an agreement on defence and ": treaties listed before a treaty
    /// phrase, which the verb signs too. Each item between commas names a treaty.
    static func isTreatyList(_ gap: String) -> Bool {
        var list = Substring(gap)
        if let including = gap.range(of: ", including "), matches(signedManyIncluding, String(gap[..<including.upperBound]), anchored: true) {
            list = gap[including.upperBound...]
        }
        guard list.utf16.count <= 300, [", ", " and ", ", and "].contains(where: list.hasSuffix),
              !list.contains(where: { ".;:".contains($0) }), !list.holds(" to ") else { return false }
        let items = list.split(separator: ",").filter { !$0.allSatisfy(\.isWhitespace) }
        return (1...6).contains(items.count) && items.allSatisfy { item in
            item.split(separator: " ").count <= 12 && item.lowercased().letterRuns().contains { treatyNouns.contains(String($0)) }
        }
    }

    /// " seven memoranda of understanding covering energy and trade, including ":
    /// texts signed in number, one of which the phrase after names.
    static let signedManyIncluding = pattern(#"^\s+(?:[\p{L}\d-]+\s+){0,3}(?:agreements|memoranda|memorandums|deals|documents|accords|treaties|protocols|instruments)\b[^.;:]{0,120},\s+including\s+$"#)

    /// "signed a reciprocal access agreement allowing ..., a deal that ...": a bare
    /// "a deal" set off by a comma and opening a clause restates the treaty the
    /// sentence named before it.
    private func restatedTreaty(at range: NSRange, sentence: Sentence, text: UTF16Text, article: ArticleState) -> EntityID? {
        let rest = text.substring(from: NSMaxRange(range))
        guard text.substring(to: range.location).hasSuffix(", "),
              rest.isEmpty || [" that ", " which ", " aimed ", " designed ", " meant ", ",", "."].contains(where: rest.hasPrefix) else { return nil }
        return article.located(in: sentence).last { $0.type == .treaty && NSMaxRange($0.range) <= range.location }?.id
    }

    /// "the Ankara declaration, the Turkish-brokered deal between ...": a treaty
    /// phrase set off by a comma right after another describes the same treaty,
    /// unless a list goes on after it ("X, Y and Z").
    private func appositiveTreaty(at range: NSRange, sentence: Sentence, text: UTF16Text, article: ArticleState) -> EntityID? {
        guard let previous = article.located(in: sentence).last(where: { $0.type == .treaty && NSMaxRange($0.range) <= range.location }) else { return nil }
        let gap = text.substring(with: NSRange(location: NSMaxRange(previous.range), length: range.location - NSMaxRange(previous.range)))
        let rest = text.substring(from: NSMaxRange(range))
        guard gap.trimmingEnds(in: .whitespaces) == ",", !rest.hasPrefix(" and "), !rest.hasPrefix(", and "), !rest.hasPrefix(", the ") else { return nil }
        return previous.id
    }

    /// ", where" right after a gathering, perhaps after its day or place: "the summit
    /// on August 8, where", "the summit in Lima, where".
    static let whereAfterGathering = try! NSRegularExpression(pattern: #"^(?:\s+(?:on|in|at)\s+[^,;.]{1,30})?,\s+where\s+"#)

    /// "brokered" as the verb of the sentence's subject.
    static let brokeredVerb = pattern(#"(?<!-)\b(?:has |have |had )?brokered\b(?!\s+by\b)"#)
    /// "..., brokered by", right after a treaty, perhaps a word or two between; a
    /// deal "mediated by" a party is brokered by it as well.
    static let brokeredBy = try! NSRegularExpression(pattern: #"^\W*(?:between [^,.;]{3,60},\s*)?(?:\w+\s+){0,2}(?:brokered|mediated) by\s+"#)

    /// True for "agreed" or "signed" after a noun of its own: "the route agreed at
    /// the summit", "a route through Armenia agreed at the summit" tell of the route,
    /// not of what those named before did there.
    private func isParticiple(_ verb: NSRange, in text: UTF16Text, _ mentions: Located) -> Bool {
        guard ["agreed", "signed"].contains(text.substring(with: verb).lowercased()) else { return false }
        guard let last = mentions.last(where: { [.person, .state].contains($0.type) && NSMaxRange($0.range) <= verb.location }) else { return true }
        // The one named last is the object of a preposition, perhaps after an adjective,
        // unless it is a person's state: "President X of Chile agreed".
        let ofPerson = mentions.contains { person in
            person.type == .person && [" of ", " of the "].contains { gap in
                NSMaxRange(person.range) + gap.utf16.count == last.range.location
                    && text.substring(with: NSRange(location: NSMaxRange(person.range), length: gap.utf16.count)) == gap
            }
        }
        if !ofPerson, text.substring(to: last.range.location).letterRuns().suffix(2).contains(where: { Self.prepositions.contains($0.lowercased()) }) { return true }
        return text.substring(with: NSRange(location: NSMaxRange(last.range), length: verb.location - NSMaxRange(last.range))).letterRuns().contains { ["the", "a", "an"].contains($0.lowercased()) }
    }

    /// Words whose object is no subject of the verb after it.
    static let prepositions: Set<String> = ["through", "across", "in", "into", "of", "from", "to", "for", "with", "about", "on", "at", "by", "between", "via", "over", "under"]

    /// ", whose country ", ", whose government ": a person's state as the subject.
    static let whoseCountry = pattern(#"^,\s+whose\s+(?:country|government|nation|state)\s+(?:[\p{L}-]+\s+)?$"#)

    /// Who signed the treaty and who brokered it, from the sentence around it and
    /// the phrase's modifiers ("a Russian-brokered agreement").
    private func treatyRelations(_ treaty: EntityID, phrase: EventPhrase, modifiers: [String] = [], sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        for word in modifiers where word.lowercased().hasSuffix("-brokered") {
            if let state = lexicon.state(namedOrDemonym: String(word.dropLast(9))) { article.relate(.brokered, article.state(state), treaty, sentence: sentence) }
        }
        let mentions = article.located(in: sentence)
        // "MANILA, Philippines — A signed ...": a dateline's state signs nothing.
        let dateline = Self.datelineLength(sentence.text)
        let actors = Self.withoutTitleStates(mentions.filter { [.person, .state].contains($0.type) && $0.range.location >= dateline }, in: text)
        // "<treaty> brokered by Qatar".
        if let by = Self.brokeredBy.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range))) {
            let from = NSMaxRange(by.range)
            for broker in coordinatedGroup(startingWith: actors.filter { $0.range.location >= from }, in: text) {
                article.relate(.brokered, broker, treaty, sentence: sentence)
            }
        }
        // "Qatar brokered a truce", "A and B brokered the deal".
        if let verb = Self.brokeredVerb.firstMatch(in: sentence.text, range: NSRange(location: 0, length: phrase.range.location))?.range,
           Self.signs(from: verb, phrase: phrase, in: text) {
            let before = actors.filter { NSMaxRange($0.range) <= verb.location }
            // "envoy X, whose country brokered the deal": X's state brokered it.
            if let last = before.last, last.type == .person,
               Self.matches(Self.whoseCountry, text.substring(with: NSRange(location: NSMaxRange(last.range), length: verb.location - NSMaxRange(last.range))), anchored: true) {
                if let state = article.stateOf(person: last.id) { article.relate(.brokered, state, treaty, sentence: sentence) }
            } else {
                for broker in coordinatedGroup(endingWith: before, in: text) {
                    article.relate(.brokered, broker, treaty, sentence: sentence)
                }
            }
        }
        let date = article.date(of: treaty)
        guard let verb = Self.signVerb.firstMatch(in: sentence)?.range ?? signingToCome(before: phrase, in: sentence) else {
            // "a 2014 defence agreement between Ankara and Doha": a dated text between
            // two states is one they concluded.
            let rest = NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range))
            guard date != nil, text.substring(with: rest).hasPrefix(" between "), !isNegated(sentence) else { return }
            let sides = coordinatedGroup(startingWith: mentions.filter { $0.type == .state && $0.range.location > NSMaxRange(phrase.range) }, in: text)
            guard sides.count == 2, let first = mentions.first(where: { $0.id == sides[0] && $0.range.location > NSMaxRange(phrase.range) }),
                  first.range.location - NSMaxRange(phrase.range) <= " between the ".utf16.count else { return }
            for side in sides.sorted() { article.relate(.signed, side, treaty, date: date, sentence: sentence) }
            return
        }
        var signers: [EntityID] = [], subjects: [EntityID] = []
        if verb.location > phrase.range.location {
            // "<treaty> signed by A and B", or "<treaty> they initialed".
            let between = text.substring(with: NSRange(location: NSMaxRange(phrase.range), length: max(verb.location - NSMaxRange(phrase.range), 0)))
            // "signed by", perhaps after where or when: "signed in Manila by", "signed
            // on the sidelines of the summit in Abuja on Sunday by".
            var rest = text.substring(from: NSMaxRange(verb)), verbEnd = NSMaxRange(verb)
            if let by = rest.range(of: " by "), rest.distance(from: rest.startIndex, to: by.lowerBound) <= 80,
               Self.matches(Self.whereOrWhenBeforeBy, String(rest[..<by.lowerBound]), anchored: true) {
                verbEnd = NSMaxRange(verb) + rest.utf16.distance(from: rest.startIndex, to: by.lowerBound)
                rest = String(rest[by.lowerBound...])
            }
            if rest.hasPrefix(" by ") {
                // "signed by the two countries' ministers in the presence of both
                // presidents": who looked on signed nothing.
                let presence = rest.range(of: " in the presence of ").map { verbEnd + rest.utf16.distance(from: rest.startIndex, to: $0.lowerBound) } ?? text.length
                signers = actors.filter { $0.range.location > verbEnd && $0.range.location < presence }.map(\.id)
                if signers.isEmpty, Self.matches(Self.twoStates, text.substring(with: NSRange(location: verbEnd, length: presence - verbEnd))) {
                    signers = article.lastTwoStates(before: sentence)
                }
            } else if rest.hasPrefix(" between "), between.trimmingEnds(in: .whitespaces).isEmpty {
                // "<treaty> signed between A and B in September" (not "between 2020 and 2022").
                let sides = actors.filter { $0.range.location > NSMaxRange(verb) }
                if let first = sides.first, [" between ", " between the "].contains(text.substring(with: NSRange(location: NSMaxRange(verb), length: first.range.location - NSMaxRange(verb)))) {
                    signers = coordinatedGroup(startingWith: sides, in: text)
                }
            } else if between.hasPrefix(" between ") {
                // "<treaty> between A and B signed in December".
                signers = actors.filter { $0.range.location > NSMaxRange(phrase.range) && $0.range.location < verb.location }.map(\.id)
            } else if Self.matches(Self.twoStates, between) {
                signers = actors.filter { $0.type == .state && $0.range.location < phrase.range.location }.map(\.id)
                // "They reviewed the pact the two countries signed": the pair named
                // before; so too after "talks hosted by C", one state of no pair.
                if Set(signers).count != 2 { signers = article.lastTwoStates(before: sentence) }
            } else if !between.contains(","), between.splitAtSpaces().count <= 5 {
                // "the declaration the two leaders signed in July", "the deal that A and B initialed".
                signers = actors.filter { $0.range.location > NSMaxRange(phrase.range) && NSMaxRange($0.range) <= verb.location }.map(\.id)
            }
        } else if NSMaxRange(verb) <= phrase.range.location, Self.signs(from: verb, phrase: phrase, in: text) {
            // "A, B and C signed <treaty>", "The two countries signed <treaty>".
            let before = text.substring(to: verb.location)
            // "A and B shook hands as their foreign ministers initialled": those named
            // before a subject of unnamed people signed nothing.
            signers = Self.matches(Self.unnamedSigners, before) ? [] : actors.filter { NSMaxRange($0.range) <= verb.location }.map(\.id)
            subjects = signers
            if signers.isEmpty, Self.matches(Self.twoStates, before) { signers = article.lastTwoStates(before: sentence) }
            // "A signed an agreement with B", "with his Ugandan counterpart B": B is the
            // other party, and signed it too.
            // "signed an agreement on the sharing of supplies with B": the topic may
            // stand between.
            let topic = Self.topicBeforeWith.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range)))
            let from = NSMaxRange(phrase.range) + (topic?.range.length ?? 0) + " with ".utf16.count
            if !signers.isEmpty, text.substring(from: NSMaxRange(phrase.range) + (topic?.range.length ?? 0)).hasPrefix(" with "),
               let first = actors.first(where: { $0.range.location >= from }),
               Self.partnerGap.firstMatch(in: text.substring(with: NSRange(location: from, length: first.range.location - from)), options: .anchored,
                                         range: NSRange(location: 0, length: first.range.location - from)) != nil {
                signers += coordinatedGroup(startingWith: actors.filter { $0.range.location >= from }, in: text)
            }
        }
        guard !isNegated(sentence) else { return }
        let status = planned(sentence, before: verb)
        for signer in Set(signers).sorted() { article.relate(.signed, signer, treaty, date: date, status: status, sentence: sentence) }
        // "A and B signed a statement in Suva": two of two states who sign together
        // meet; not two who sign "with their counterparts", who are one side.
        let people = unique(subjects.filter { $0.type == .person })
        if people.count == 2, Set(signers).count == Set(subjects).count,
           !Self.matches(Self.withPartners, text.substring(from: NSMaxRange(phrase.range)), anchored: true), article.stateOf(person: people[0]).map({ $0 != article.stateOf(person: people[1]) }) ?? true {
            article.relate(.met, people[0], people[1], status: status, sentence: sentence)
        }
    }

    /// "is expected to sign", "will sign" before a treaty: a signing to come; or
    /// "sign" in a headline's present, which reports one ("A, B sign pact"). Not
    /// one only offered or asked for: "ready to sign", "urged B to sign".
    private func signingToCome(before phrase: EventPhrase, in sentence: Sentence) -> NSRange? {
        let text = UTF16Text(sentence.text)
        guard sentence.has(["sign", "signs"]), let found = Self.lastRange(Self.signBase, text.substring(to: phrase.range.location)) else { return nil }
        let verb = NSRange(location: found.location, length: text.substring(with: found).lowercased().hasPrefix("signs") ? 5 : 4)
        guard planned(sentence, before: verb) != nil || sentence.index == 0, !unreal(sentence, before: verb) else { return nil }
        return verb
    }

    /// "sign" and "signs", up to three words before a treaty: "sign a security pact".
    private static let signBase = pattern(#"\bsigns?\s+(?:[\p{L}-]+\s+){0,3}$"#)

    /// The nouns of an agreement's name, any of which "the agreement" or "the
    /// treaty" may point back at.
    static let agreementNouns = ["agreement", "treaty", "deal", "pact", "accord"]

    /// A subject of unnamed people right before the verb: "their foreign ministers ".
    static let unnamedSigners = pattern(#"\b(?:their|its|his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:ministers|officials|envoys|negotiators|deputies|representatives|aides|delegations)\s+(?:also\s+|then\s+|later\s+)?$"#)

    /// The actors without the states of people's titles: "US Secretary of State X
    /// signed" and "President of Chile X signed" are X's acts, not the state's.
    static func withoutTitleStates(_ actors: [(id: EntityID, type: EntityType, range: NSRange)], in text: UTF16Text) -> [(id: EntityID, type: EntityType, range: NSRange)] {
        actors.enumerated().filter { index, actor in
            guard actor.type == .state, index + 1 < actors.count, actors[index + 1].type == .person,
                  NSMaxRange(actor.range) <= actors[index + 1].range.location else { return true }
            let gap = text.substring(with: NSRange(location: NSMaxRange(actor.range), length: actors[index + 1].range.location - NSMaxRange(actor.range)))
            return !matches(titleGap, gap, anchored: true)
        }.map(\.element)
    }

    /// The treaty nouns that end a treaty's capitalised name.
    static let capitalisedTreatyNouns: Set<String> = ["Agreement", "Agreements", "Accord", "Accords", "Treaty", "Pact", "Declaration", "Protocol", "Charter", "Convention", "Memorandum"]

    /// A treaty's topic in lower-case words before "with": " on the sharing of
    /// military supplies".
    static let topicBeforeWith = try! NSRegularExpression(pattern: #"\s+(?:on|for|of|to)\s+(?:[\p{Ll}\p{N}-]+\s+){0,7}?[\p{Ll}\p{N}-]+(?=\s+with\s)"#)

    /// How long the dateline that opens a sentence is, up to its dash: "MANILA,
    /// Philippines — ", "NAIROBI, Kenya (AP) — "; 0 when there is none.
    static func datelineLength(_ text: String) -> Int {
        guard text.first?.isUppercase == true, text.prefix(80).contains(where: { "—–-".contains($0) }) else { return 0 }
        return datelinePrefix.firstMatch(in: text, options: .anchored, range: NSRange(location: 0, length: min(text.utf16.count, 80)))?.range.length ?? 0
    }

    private static let datelinePrefix = try! NSRegularExpression(pattern: #"^\p{Lu}{2}[\p{Lu}\s.'’-]*(?:,\s+\p{Lu}[\p{L}\s.]*?)?(?:,\s+[\p{L}\d.\s]+?)?(?:\s+\([^)]{1,30}\))?\s+(?:—|–|--|-)\s"#)

    /// The words of a title before a name: " Secretary of State " after its state,
    /// " Foreign Minister " after the comma of an opening clause, " counterpart "
    /// ("his Papua New Guinea counterpart X"), or just " ".
    static let titleGap = try! NSRegularExpression(pattern: #"^(?:['’]s)?(?!\s+and\b)(?:\s+(?:\p{Lu}[\p{L}.-]*|of|for|the|and(?=\s+\p{Lu})|counterparts?))*\s+$"#)

    /// "took part as", "also attended.", "participated too": a verb of attending
    /// with no gathering after it.
    /// Also in the future: "B is also expected to attend, his first visit to China".
    static let attendedWithoutObject = pattern(#"\b(?:took\s+part|participated|attended|(?:will|(?:is|are)\s+(?:also\s+)?(?:due|expected|scheduled|set|likely)\s+to)\s+(?:also\s+)?(?:attend|take\s+part|participate))(?=\s*(?:[.;]|$|,\s+(?:officials|the|his|her|their)\b|\s+as\s+(?:a|an|the)\b|\s+(?:too|as\s+well)\b))"#)

    /// What may stand between "with" and the other party of a treaty: "the",
    /// "his Chilean counterpart", a title ("President", "Peru's President").
    static let partnerGap = try! NSRegularExpression(pattern: #"^(?:(?:the|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}-]*(?:['’]s?)?\s+){0,3}(?:counterpart\s+)?$"#)

    private func addGathering(_ phrase: EventPhrase, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        var phrase = phrase
        // "the Pacific Islands Forum", and after it "the Forum": a body that the rules
        // for organizations found, no gathering; but one met at is a gathering: "on
        // the sidelines of the Antalya Diplomacy Forum".
        let written = text.substring(with: phrase.noun)
        if written.first?.isUppercase == true,
           Self.gatheringPlaceBefore.firstMatch(in: sentence.text, options: .withTransparentBounds, range: Self.lastUnits(30, before: phrase.range.location)) == nil {
            // Unless the article met at a gathering of that name before.
            if let body = article.located(in: sentence).first(where: { $0.type == .organization && NSMaxRange($0.range) == NSMaxRange(phrase.noun) }),
               article.name(of: EntityID(type: .summit, name: text.substring(with: body.range))) == nil { return }
            if phrase.modifiers.length == 0, article.hasOrganization(endingWith: written) { return }
        }
        let determiner = text.substring(with: phrase.determiner).lowercased()
        var mods = modifiers(text.substring(with: phrase.modifiers))
        var noun = text.substring(with: phrase.noun).lowercased()
        // "their first summit meeting in Tokyo" is the "Tokyo summit".
        if ["meeting", "talks"].contains(noun), mods.last?.lowercased() == "summit" {
            mods.removeLast()
            noun = "summit"
        }
        // "will hold regular consultations": a practice, no gathering that took place.
        if determiner.isEmpty, mods.contains(where: { ["regular", "periodic", "frequent", "routine"].contains($0.lowercased()) }) { return }
        var tail = phrase.tail.map { text.substring(with: $0).trimmingEnds(in: .whitespaces) } ?? ""
        tail = tail.replacingOccurrences(of: "of the leaders of ", with: "of ").replacingOccurrences(of: "of leaders of ", with: "of ")
        // "of the Lima-led Andean Council" is of the Andean Council.
        if tail.holds("-") { tail = tail.split(separator: " ").filter { !Self.isLeadBy($0) }.joined(separator: " ") }
        // "a meeting of the Supreme Interstate Council of A and B": a body's name that
        // the tail cut short at "and" is the name's end.
        // So is one right after it and "of": "... of Member States of the Shanghai
        // Cooperation Organization".
        if let tailRange = phrase.tail, tailRange.length > 0,
           let body = article.located(in: sentence).first(where: { body in
               guard body.type == .organization, NSMaxRange(body.range) > NSMaxRange(tailRange) else { return false }
               if NSLocationInRange(body.range.location, tailRange) { return true }
               let gap = body.range.location - NSMaxRange(tailRange)
               // "the meeting of foreign ministers of the X": the rule for ministers' meetings names it.
               return gap > 0 && !Self.matches(Self.ofMinisters, tail, anchored: true) && [" of ", " of the "].contains(text.substring(with: NSRange(location: NSMaxRange(tailRange), length: gap)))
           }) {
            let longer = NSRange(location: tailRange.location, length: NSMaxRange(body.range) - tailRange.location)
            phrase = EventPhrase(range: NSRange(location: phrase.range.location, length: NSMaxRange(body.range) - phrase.range.location), determiner: phrase.determiner,
                                 modifiers: phrase.modifiers, noun: phrase.noun, tail: longer)
            tail = text.substring(with: longer).trimmingEnds(in: .whitespaces)
        }
        // A meeting or talks are a gathering when the text marks them as one; talks
        // of two ("a bilateral meeting") are a meeting, no gathering.
        // A group's "annual meeting" is a gathering too, though "annual" names none:
        // its name comes from the body that holds it or from where. "The annual
        // meeting" may be of two.
        let markedByName = mods.contains { ["trilateral", "multilateral", "quadrilateral", "summit", "leaders", "ministerial"].contains($0.lowercased()) || $0.first?.isUppercase == true }
        let annual = !markedByName && ["their", "its"].contains(determiner) && text.substring(with: phrase.modifiers).letterRuns().contains { $0.lowercased() == "annual" }
        // So is a meeting of heads of state or government: "the 30th regular meeting of
        // the heads of government of Russia and China".
        // Its name ends there: the states after it may be cut short.
        let ofHeads = ["of the heads of ", "of heads of "].contains(where: tail.hasPrefix)
        if ofHeads, let heads = tail.range(of: "heads of "), case let rest = tail[heads.upperBound...],
           let kind = ["state and government", "state", "government"].first(where: rest.hasPrefix) {
            tail = String(tail[..<heads.upperBound]) + kind
        }
        let marked = markedByName || annual || ofHeads
        // So is a meeting of a named body: "a meeting of the SCO", "of NATO ministers".
        var ofNamed = Self.matches(Self.ofNamedBody, tail, anchored: true)
        // "The meeting of President A and President B" is theirs, of no body.
        if ofNamed, let tailRange = phrase.tail,
           article.located(in: sentence).contains(where: { $0.type == .person && NSLocationInRange($0.range.location, tailRange) }) { ofNamed = false }
        // And a meeting of the ministers of one: "the meeting of foreign ministers of the SCO".
        if !ofNamed, Self.matches(Self.ofMinisters, tail, anchored: true) {
            // The phrase may end in that "of": it is the body's, not the phrase's.
            let cut = tail.hasSuffix(" of") ? 3 : 0
            let end = NSMaxRange(phrase.range) - cut
            let rest = text.substring(from: end)
            let of = rest.hasPrefix(" of the ") ? " of the " : rest.hasPrefix(" of ") ? " of " : ""
            if !of.isEmpty, let body = article.located(in: sentence).first(where: { $0.type == .organization && $0.range.location == end + of.utf16.count }) {
                phrase = EventPhrase(range: NSRange(location: phrase.range.location, length: phrase.range.length - cut), determiner: phrase.determiner,
                                     modifiers: phrase.modifiers, noun: phrase.noun, tail: phrase.tail.map { NSRange(location: $0.location, length: $0.length - cut) })
                tail = String(tail.dropLast(cut)) + of + text.substring(with: body.range)
                ofNamed = true
            }
        }
        // "agreed to hold the next meeting in Lima": another of a series, not the
        // meeting named before.
        let nextInSeries = text.substring(with: phrase.modifiers).lowercased().splitAtSpaces().contains { ["next", "previous", "following"].contains($0) }
        if ["meeting", "talks", "negotiations"].contains(noun) || noun == "session" && tail.isEmpty, !marked, !ofNamed, !nextInSeries {
            // "Rojas also attended the meeting": the gathering the article named before;
            // "the talks": the talks it named before ("Sudan peace talks"); "the
            // session": the session of a body named before. How long
            // it lasted names no other one: "the two-day meeting".
            let lasting = mods.allSatisfy { ["-day", "-hour", "-long"].contains(where: $0.lowercased().hasSuffix) }
            // "the meeting between A and B" is their meeting, not the gathering before.
            guard determiner == "the", lasting, tail.isEmpty, !text.substring(from: NSMaxRange(phrase.range)).hasPrefix(" between ") else { return }
            let attended = Self.matches(Self.attendedJustBefore, text.substring(to: phrase.range.location))
            // "The two last met at the SCO summit. ... X also attended the meeting": a
            // gathering named only where the text looks back is not the one at hand.
            let current = { (index: Int) in !(article.sentences[index].has(["met"]) && Self.matches(Self.metBefore, article.sentences[index].text)) }
            guard let previous = attended ? article.latest(.summit, upTo: sentence, in: current) : article.latest(.summit, upTo: sentence, named: noun) else { return }
            article.addDescription(of: previous, sentence: sentence, utf16Range: phrase.range)
            gatheringRelations(previous, phrase: phrase, sentence: sentence, text: text, into: article)
            return
        }
        // A news conference is where leaders speak of a gathering, not one.
        if noun == "conference", mods.contains(where: { ["news", "press"].contains($0.lowercased()) }) { return }
        // Nor is a sitting of a legislature: "a joint session of Kenya's parliament",
        // "a session of the National Assembly".
        if noun == "session" {
            let rest = text.substring(from: NSMaxRange(phrase.range))
            let possessed = ["'s ", "’s "].contains(where: rest.hasPrefix) ? rest.dropFirst(3).prefix { $0.isLetter } : ""
            let object = (tail + " " + possessed).lowercased().trimmingEnds(in: .whitespaces)
            if Self.legislatures.contains(where: object.hasSuffix) { return }
        }
        // "did not hold a bilateral meeting": no such meeting took place.
        if ["a", "an"].contains(determiner), isNegated(sentence) { return }
        let dates = article.dates(in: sentence)
        // A capitalised noun after a capitalised name is part of the name as written:
        // "the Ukraine Recovery Conference", not "Ukraine Recovery conference".
        let spelt = written.first?.isUppercase == true && mods.last?.first?.isUppercase == true ? written : noun
        var name = (mods + [spelt] + (tail.isEmpty ? [] : [tail])).joined(separator: " ")
        // "a summit in Brussels", "a two-day summit in Brussels" is the Brussels
        // summit, as a headline may call it.
        // So is the summit a trip goes to: "arrived in Tokyo for a summit".
        // "Ministers of the Andean Community opened their annual meeting": the body's.
        let owner = ["their", "its"].contains(determiner) && mods.isEmpty && tail.isEmpty
            ? article.located(in: sentence).last(where: { $0.type == .organization && NSMaxRange($0.range) <= phrase.range.location }).flatMap { article.name(of: $0.id) } : nil
        if let owner {
            name = "\(owner) \(noun)"
        } else if !marked || mods.isEmpty, mods.allSatisfy({ $0.first?.isLowercase == true }), tail.isEmpty,
           let venue = gatheringVenue(after: phrase.range, sentence, article.located(in: sentence))
               ?? trip(before: phrase, sentence: sentence, mentions: article.located(in: sentence))?.destination,
           let place = article.name(of: venue) {
            name = "\(place) \(noun)"
        }
        if annual, name == spelt { return }
        // "a trip to Japan for a summit with Prime Minister X": a meeting of two, which
        // the rules for meetings read, and no gathering that a place names.
        if name == spelt, noun == "summit", ["a", "an"].contains(determiner), text.substring(from: NSMaxRange(phrase.range)).hasPrefix(" with "),
           article.located(in: sentence).contains(where: { $0.type == .person && $0.range.location > NSMaxRange(phrase.range) && $0.range.location - NSMaxRange(phrase.range) <= 60 }) { return }
        // "the Washington summit", "the consultations": the article's gathering of the
        // same kind named before, when there is one.
        var id: EntityID
        // A name before the noun that is no place ("the United Nations summit" after
        // "the G20 summit") makes it another gathering; a place may name the venue
        // of the one before ("the Washington summit").
        let names = mods.filter { $0.first?.isUppercase == true && !isPlaceName($0) }
        // A pair of states before the noun names the sides: "the Armenian-Azerbaijani
        // talks" after "the US-Iran talks" are other talks.
        let sides = Set(mods.filter { $0.holds("-") && isPlaceName($0) }.flatMap { pair in
            pair.split(separator: "-").compactMap { lexicon.state(namedOrDemonym: String($0)).map { EntityID(type: .state, name: $0.name) } }
        })
        // "The next summit", "the previous talks" are another gathering than the one named.
        let another = text.substring(with: phrase.modifiers).lowercased().splitAtSpaces().contains { ["next", "previous", "another", "following"].contains($0) }
        // But a place other than the one already in its name makes another: "the
        // Lima summit" after "the Washington summit".
        let places = mods.filter { $0.first?.isUppercase == true && isPlaceName($0) }
        if determiner == "the", !another, let previous = article.latest(.summit, upTo: sentence, named: noun), tail.isEmpty,
           case let previousName = article.name(of: previous) ?? "",
           names.allSatisfy(previousName.contains),
           places.allSatisfy({ previousName.contains($0) }) || !previousName.splitAtSpaces().contains(where: { $0.first?.isUppercase == true && isPlaceName(String($0)) }),
           sides.isEmpty || Set(article.parties(of: previous)).isEmpty || Set(article.parties(of: previous)) == sides {
            id = previous
        } else if determiner == "the", !another, names.isEmpty, sides.isEmpty, let previous = article.latest(.summit, upTo: sentence, named: noun),
                  case let tailNames = tail.splitAtSpaces().filter({ $0.first?.isUppercase == true }), !tailNames.isEmpty,
                  case let named = (article.name(of: previous) ?? "").splitAtSpaces(),
                  tailNames.allSatisfy(named.contains)
                    || named.contains(where: { $0.count >= 2 && $0.allSatisfy(\.isUppercase) && isAcronym(String($0), of: tailNames.joined(separator: " ")) }) {
            // "the annual summit of the African Union" after the "African Union summit",
            // "the summit of the Shanghai Cooperation Organisation" after the "SCO summit": one.
            id = previous
        } else if determiner == "the", !another, mods.isEmpty, tail.isEmpty, Self.largeGatherings.contains(noun),
                  article.latest(.summit, upTo: sentence, named: noun) == nil,
                  case let others = Self.largeGatherings.subtracting([noun]).sorted().compactMap({ article.latest(.summit, upTo: sentence, named: $0) }),
                  Set(others).count == 1 {
            // "the COP30 climate conference ... Lula, who hosts the summit": a large
            // gathering goes by any of its nouns, when the article names one only.
            id = others[0]
        } else if determiner == "the", tail.isEmpty, !sides.isEmpty, let same = article.gathering(named: noun, between: sides) {
            id = same
        } else if ["a", "an", "their", "its"].contains(determiner), !another, names.isEmpty, sides.isEmpty, tail.isEmpty, sentence.index <= 2,
                  let headline = article.latest(.summit, upTo: sentence, named: noun), article.isNamedOnlyInHeadline(headline) {
            // "UN summit" in the headline, "a summit at UN headquarters" or "their 30th
            // summit" in the lead: one.
            id = headline
        } else {
            // "The next trilateral meeting will be held in Islamabad" after "a trilateral
            // meeting in Baku": another of the name the article has, which a node of
            // that name would join to the first.
            if another, article.name(of: EntityID(type: .summit, name: name)) != nil { return }
            id = article.event(.summit, name, date: dates.first?.iso)
        }
        article.addDescription(of: id, sentence: sentence, utf16Range: phrase.range)
        article.addParties(pairedStates(in: sentence), to: id)
        // "the Russian-Armenian consultations", "the US-Russia talks": the sides attend.
        for pair in mods where pair.holds("-") && isPlaceName(pair) {
            for side in pair.split(separator: "-").compactMap({ lexicon.state(namedOrDemonym: String($0)) }) {
                article.relate(.attended, article.state(side), id, status: planned(sentence, before: phrase.range), sentence: sentence)
            }
        }
        // "the sixth meeting of the Council between Turkiye and Hungary": the states
        // joined after "between" attend.
        if text.substring(from: NSMaxRange(phrase.range)).hasPrefix(" between ") {
            let from = NSMaxRange(phrase.range) + " between ".utf16.count
            let states = article.located(in: sentence).filter { $0.type == .state && $0.range.location >= from }
            if let first = states.first, first.range.location == from || first.range.location == from + "the ".utf16.count {
                for side in coordinatedGroup(startingWith: states, in: text) {
                    article.relate(.attended, side, id, status: planned(sentence, before: phrase.range), sentence: sentence)
                }
            }
        }
        gatheringRelations(id, phrase: phrase, sentence: sentence, text: text, into: article)
    }

    /// Nouns a large gathering goes by, one for another.
    static let largeGatherings: Set<String> = ["summit", "conference", "forum", "congress"]

    /// True when a word names states, capitals or cities, or their people:
    /// "Washington", "Russian-Armenian".
    private func isPlaceName(_ word: String) -> Bool {
        word.split(separator: "-").map(String.init).allSatisfy { lexicon.state(namedOrDemonym: $0) != nil || lexicon.isCity($0) }
    }

    /// "Ruto will travel to Lima next month for" a gathering, "hosted A and B in
    /// Ankara for" one: the verb of the trip (or of hosting) and where it goes,
    /// when a place is named there.
    private func trip(before phrase: EventPhrase, sentence: Sentence, mentions: Located) -> (verb: NSRange, destination: EntityID?)? {
        guard sentence.has(["for"]), let match = Self.travelFor.firstMatch(in: sentence.text, range: NSRange(location: 0, length: phrase.range.location)) else { return nil }
        // "met in Kuwait City to prepare for the summit": a meeting before it, elsewhere.
        if sentence.has(prefix: ["prepar"]), UTF16Text(sentence.text).substring(with: match.range).lowercased().holds(" prepar") { return nil }
        // "hosted A and B in Ankara for a meeting": the guests' titles name states;
        // the place is the one "in" names.
        let hosting = match.range(at: 1).location == NSNotFound
        let verb = hosting ? match.range(at: 2) : match.range(at: 1)
        let text = UTF16Text(sentence.text)
        let destination = mentions.first { [.place, .region, .state].contains($0.type) && $0.range.location > NSMaxRange(verb) && NSMaxRange($0.range) <= phrase.range.location
            && (!hosting || text.substring(to: $0.range.location).hasSuffix(" in ")) }
        return (verb, destination?.id)
    }

    /// "A, B and C also attended"; "he will attend": the people named just before a
    /// verb, or the pronoun's person when the pronoun comes after the last name.
    private func subjects(before verb: Int, _ sentence: Sentence, _ mentions: Located, article: ArticleState) -> [EntityID] {
        let text = UTF16Text(sentence.text)
        let people = mentions.filter { $0.type == .person }
        // "A met B before travelling to Rome for": a clause of time with no subject
        // of its own is the sentence's subject's.
        let lead = text.substring(to: verb)
        if Self.matches(Self.timeConjunction, lead), text.substring(from: verb).prefix(while: \.isLetter).hasSuffix("ing") {
            return sentenceSubject(before: verb, sentence, mentions, article: article).map { [$0] } ?? []
        }
        // "A called on B and attended the ceremony": a verb joined by "and" right
        // after another verb's object is the sentence subject's.
        if let last = people.last(where: { NSMaxRange($0.range) <= verb }), let first = people.first, first.range.location < last.range.location,
           Self.matches(Self.andAgain, text.substring(with: NSRange(location: NSMaxRange(last.range), length: verb - NSMaxRange(last.range)))) {
            return sentenceSubject(before: verb, sentence, mentions, article: article).map { [$0] } ?? []
        }
        let lastNamed = people.last { NSMaxRange($0.range) <= verb }?.range.location ?? -1
        if let pronoun = Self.lastRange(Self.personPronoun, text.substring(to: verb)), pronoun.location > lastNamed {
            return pronounSubject(sentence, mentions, before: verb, article: article).map { [$0] } ?? []
        }
        return coordinatedGroup(endingWith: people.filter { NSMaxRange($0.range) <= verb }, in: text)
    }

    /// The status a verb of hosting gives its relations, nil when it hosts nothing.
    /// The verb found may hold its modal: "will host" is planned. "to host" is
    /// planned where the words before it announce it ("is set to host", a headline's
    /// "Peru to host"), and hosts nothing where they do not ("ready to host").
    private func hostingStatus(_ host: NSRange, in sentence: Sentence, text: UTF16Text, article: ArticleState) -> EventStatus?? {
        let verb = text.substring(with: host).lowercased()
        if verb.hasPrefix("will") { return .some(.planned) }
        // "looked forward to Peru hosting the summit later this year": to come.
        if verb == "hosting" {
            return .some(planned(sentence, before: host) ?? (article.isDatedLater(sentence) || text.substring(to: host.location).lowercased().holds("forward to ") ? .planned : nil))
        }
        // "Rojas said Peru would host the summit": reported, it is to come; alone,
        // "would host" may be a wish ("Peru would host it if asked").
        if verb.hasPrefix("would") {
            let lead = text.substring(to: host.location).letterRuns().map { $0.lowercased() }
            return lead.contains(where: Self.reportingWords.contains) ? .some(.planned) : nil
        }
        guard verb.hasPrefix("to ") else { return .some(planned(sentence, before: host)) }
        let status = planned(sentence, before: NSRange(location: NSMaxRange(host) - "host".utf16.count, length: "host".utf16.count))
        return status == .planned ? .some(.planned) : nil
    }

    /// "host" as a noun right before a name, perhaps with a title or "country"
    /// between: "host President", "host country", "summit host"; not the verb
    /// after a modal or "to" ("will host Japanese Prime Minister X").
    /// ", the host,", ", the summit's host,": the host in apposition after a name.
    static let hostInApposition = try! NSRegularExpression(pattern: #"^,\s+(?:the|its|this\s+year['’]s)\s+(?:(?:summit|meeting|conference|forum)['’]s\s+)?host\s*,"#)
    static let hostNoun = try! NSRegularExpression(pattern: #"(?<![\p{L}-])(?<!(?:will|would|shall|to|[Ww]ill not|can|may|also) )[Hh]ost\s+(?:(?:country|nation|city|\p{Lu}[\p{L}-]*)\s+){0,3}$"#)

    /// The venue right after a gathering's noun ("the G20 summit in Rio"), unless
    /// the words between tell of another event.
    func gatheringVenue(after gathering: NSRange, _ sentence: Sentence, _ mentions: Located) -> EntityID? {
        guard let venue = venue(after: NSMaxRange(gathering), sentence, mentions),
              let at = mentions.first(where: { $0.id == venue && $0.range.location >= NSMaxRange(gathering) })?.range.location else { return nil }
        let between = UTF16Text(sentence.text).substring(with: NSRange(location: NSMaxRange(gathering), length: at - NSMaxRange(gathering)))
        return Self.matches(Self.anotherEventBefore, between) ? nil : venue
    }

    /// Between a gathering and a place, words that tell of another event: "follow a
    /// proposal tabled in", "came after a truce agreed in".
    /// (Not the gathering's own verb: "The summit opened in Lima".)
    static let anotherEventBefore = pattern(#"^\s+(?:(?:also|will|would)\s+)?(?:follows?|followed|came|comes|come|preceded|precedes)\b|^\s+\S.*\s(?!(?:held|hosted|convened|organi[sz]ed|scheduled|planned|slated|set|staged|opened|ended|closed|concluded|started|gathered|resumed|continued|wrapped)\b)(?-i:\p{Ll}{3,}ed)\s+(?:in|at)\s+(?:the\s+)?$"#)
    /// "on the sidelines of" right before a gathering.
    static let sidelinesBefore = pattern(#"\bon the (?:sidelines|margins|fringes) of\s+$"#)
    /// The rest of an opening after its gathering, up to the comma: "in Lima on
    /// Monday,".
    static let openingOccasionEnd = try! NSRegularExpression(pattern: #"^(?:\s+(?:in|at|on|last|this|next|held\s+in)\s+[^,.;]{1,40})?,\s+"#)
    /// "On the sidelines of" opening a sentence, before a gathering.
    static let openingOccasion = pattern(#"^(?:on|at|during)\s+(?:the\s+(?:sidelines|margins|fringes)\s+of\s+)?$"#)
    /// A verb of meeting in the clause after such an opening.
    static let meetingVerb = pattern(#"\b(?:met|meets|(?:held|holds|had) (?:[\w-]+ ){0,3}(?:talks|meetings?)|spoke|talked|agreed|signed|conferred)\b"#)
    /// The last `count` UTF-16 units before a location: where a pattern that must end
    /// there can match, searched alone (with transparent bounds) to spare the rest.
    static func lastUnits(_ count: Int, before location: Int) -> NSRange {
        NSRange(location: max(0, location - count), length: min(count, location))
    }

    /// Words that report what another said or agreed: no subject of the verb after them.
    static let reportingWords: Set<String> = ["said", "says", "told", "stated", "announced", "added", "noted", "that"]

    /// Text that opens with a capital.
    static let capitalisedNext = pattern(#"^(?-i:\p{Lu})"#)

    /// The verb of holding right before a gathering: "held the", "will hold", "led the".
    static let heldJustBefore = pattern(#"\b(?:held|hold|holds|holding|conducted|led|leads|co-led)\s+$"#)
    /// "met on the sidelines of", "held talks at", "held a summit with X on the
    /// sidelines of", "agreed to a ceasefire on the sidelines of" or "(the meeting
    /// of A and B) took place on the fringes of" right before a gathering, or before
    /// its "the" when the gathering is named without it ("the Asia-Pacific Economic
    /// Cooperation (APEC) summit"): the verb is group 1.
    static let meetingAt = OpeningWordPattern(#"\b(met|meet|meets|h[eo]ld (?:[\w-]+ ){0,3}(?:talks|meeting|summit)|spoke|talked|agreed|signed|conferred|s[ai]ts? down|took place|clashed|argued|sparred|disagreed|quarrell?ed)\b[^,.;]{0,90}?,?\s(?:at|during|on the (?:sidelines|margins|fringes) of|at the (?:end|close|start|opening|conclusion) of)\s+(?:the\s+)?$"#, opening: .word(["met", "meet", "meets", "held", "hold", "spoke", "talked", "agreed", "signed", "conferred", "sat", "sit", "sits", "took", "clashed", "argued", "sparred", "disagreed", "quarrelled", "quarreled"]))
    /// "met B in Beijing on Thursday for the summit": a meeting held for the gathering
    /// (not "met to prepare for", "met to agree a date for").
    static let meetingFor = OpeningWordPattern(#"\b(met|meet|meets)\b(?:(?!\b(?:to|plans?|preparations?|dates?|agenda|ahead)\b)[^,.;]){0,90}?\sfor\s+(?:the\s+)?$"#, opening: .word(["met", "meet", "meets"]))
    /// The words that end the name of a legislature, whose sittings are no gathering
    /// of states.
    static let legislatures = ["parliament", "legislature", "congress", "senate", "national assembly", "duma", "knesset", "bundestag", "rada"]
    /// A trip whose purpose is the gathering after it: "will travel to Lima next
    /// month for", "arrived in Lima on Sunday for", "gathered in Lima for", "met in
    /// Lima for", "was in Lima for", "travelled to Quito, Ecuador, for" (but not "met
    /// to prepare for"); the verb is group 1.
    static let travelFor = pattern(#"\b(travel(?:s|led|ling)?|fl(?:y|ies|ew)|head(?:s|ed)?|arrive[sd]?|go(?:es)?|went|gather(?:s|ed)?|convene[sd]?|(?:met|meets?|assembled|was|were|is|are)(?=\s+in\b))\s+(?:to|in)\s+[^,.;]{2,60}?(?:,\s+[^,.;]{2,30}?,)?\s+for\s+$|\b(host(?:s|ed)?)\s+[^,.;]{2,100}?\s+in\s+[^,.;]{2,40}?\s+for\s+$"#)

    /// Hosts, attendees and the venue of a gathering.
    private func gatheringRelations(_ summit: EntityID, phrase: EventPhrase, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        let mentions = article.located(in: sentence)
        let people = mentions.filter { $0.type == .person }
        // "did not attend the summit" records no attendance; "will host" is planned.
        let negated = isNegated(sentence)
        // Each pattern below runs only when the sentence has its words.
        // "Ruto hosted a trilateral meeting with A and B".
        if !negated, sentence.has(["hosted", "hosts", "host", "hosting", "chaired", "chairs", "chairing"]), let host = Self.hostVerb.firstMatch(in: sentence)?.range, host.location < phrase.range.location,
           !Self.hostsSomethingElse(text.substring(with: NSRange(location: NSMaxRange(host), length: max(phrase.range.location - NSMaxRange(host), 0)))),
           let status = hostingStatus(host, in: sentence, text: text, article: article) {
            // "Russia and Kazakhstan hosted": every host joined to the one nearest the verb;
            // "President A of Peru hosted": the person, not the state of the title.
            // So for each host: "Prime Minister A of Peru and President B of Chile co-chaired".
            let named = mentions.filter { [.person, .state].contains($0.type) && NSMaxRange($0.range) <= host.location }
            let actors = named.enumerated().filter { index, actor in
                guard index > 0, actor.type == .state, case let person = named[index - 1], person.type == .person else { return true }
                return text.substring(with: NSRange(location: NSMaxRange(person.range), length: max(actor.range.location - NSMaxRange(person.range), 0))) != " of "
            }.map(\.element)
            let hosts = coordinatedGroup(endingWith: actors, in: text)
            for hostID in hosts { article.relate(.hosted, hostID, summit, status: status, sentence: sentence) }
            let afterWith = text.substring(from: NSMaxRange(phrase.range)).hasPrefix(" with ")
            if afterWith {
                for guest in people where guest.range.location > NSMaxRange(phrase.range) { article.relate(.attended, guest.id, summit, status: status, sentence: sentence) }
            } else if sentence.has(["welcoming", "greeting", "receiving"]),
                      let welcoming = Self.welcomingAfter.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range))) {
                // "hosted the summit in Lima, welcoming A and B": the guests welcomed attend.
                let guests = coordinatedGroup(startingWith: people.filter { $0.range.location >= NSMaxRange(welcoming.range) }, in: text)
                for guest in guests { article.relate(.attended, guest, summit, status: status, sentence: sentence) }
            }
            // "hosted A and B for a trilateral meeting": the guests named between.
            if text.substring(to: phrase.range.location).hasSuffix(" for ") {
                for guest in people where guest.range.location > NSMaxRange(host) && NSMaxRange(guest.range) <= phrase.range.location {
                    article.relate(.attended, guest.id, summit, status: status, sentence: sentence)
                }
            }
        }
        // "a ceremony hosted by X", "The summit, convened by X,": the host after the phrase.
        if !negated, sentence.has(["hosted", "convened", "chaired", "organised", "organized"]),
           let by = Self.hostedBy.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range))) {
            let after = mentions.filter { [.person, .state, .organization].contains($0.type) && $0.range.location >= NSMaxRange(by.range) }
            // A person named within a title's reach comes before the state of the title ("by US President X").
            let first = after.first { $0.type == .person && $0.range.location - NSMaxRange(by.range) <= 40 } ?? after.first { $0.range.location == NSMaxRange(by.range) }
            if let first {
                let status = planned(sentence, before: by.range)
                let hosts = coordinatedGroup(startingWith: after.filter { $0.type == first.type && $0.range.location >= first.range.location }, in: text)
                for hostID in hosts { article.relate(.hosted, hostID, summit, status: status, sentence: sentence) }
            }
        }
        // "with host President X calling for", "summit host Peru": "host" as a noun
        // before a name.
        if !negated, sentence.has(["host"]) {
            for mention in mentions where [.person, .state].contains(mention.type)
                && (Self.matches(Self.hostNoun, text.substring(to: mention.range.location))
                    || Self.matches(Self.hostInApposition, text.substring(from: NSMaxRange(mention.range)), anchored: true)) {
                article.relate(.hosted, mention.id, summit, sentence: sentence)
            }
        }
        // "the BRICS summit, which Brazil will host in Rio de Janeiro".
        if !negated, sentence.has(["which", "that"]), sentence.has(["host", "hosts", "hosted", "hosting", "cohost", "cohosts", "cohosted", "cohosting"]), let which = Self.whichHosts.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range))) {
            let host = which.range(at: 1)
            // "will host" is planned: the words up to the verb itself decide.
            let status = planned(sentence, before: text.range(of: "host", options: .caseInsensitive, range: host))
            let hosts = coordinatedGroup(endingWith: mentions.filter { [.person, .state].contains($0.type) && $0.range.location >= NSMaxRange(phrase.range) && NSMaxRange($0.range) <= host.location }, in: text)
            for hostID in hosts { article.relate(.hosted, hostID, summit, status: status, sentence: sentence) }
            if let venue = venue(after: NSMaxRange(host), sentence, mentions) { article.relate(.heldIn, summit, venue, sentence: sentence) }
        }
        // "... attended by Ruto, Museveni, and Hassan".
        if !negated, sentence.has(["attended", "participants"]), let by = Self.attendedBy.firstMatch(in: sentence)?.range, by.location > phrase.range.location {
            let status = planned(sentence, before: by)
            for guest in people where guest.range.location > NSMaxRange(by) { article.relate(.attended, guest.id, summit, status: status, sentence: sentence) }
            // "attended by envoys from A, B and the United States": the states sent them.
            if let sent = Self.envoysFrom.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(by), length: text.length - NSMaxRange(by))) {
                let states = mentions.filter { $0.type == .state && $0.range.location >= NSMaxRange(sent.range) }
                if states.first?.range.location == NSMaxRange(sent.range) {
                    for state in coordinatedGroup(startingWith: states, in: text) { article.relate(.attended, state, summit, status: status, sentence: sentence) }
                }
            }
        }
        // "he will visit Moscow ... to attend the celebrations".
        if !negated, sentence.has(["attend", "attended", "attends", "took", "take", "takes", "participated", "participates", "join", "joined", "joins", "co", "addressed", "addresses", "address", "opened", "opens", "open", "preside", "presided", "presides", "presiding", "represent", "represented", "represents", "representing", "deliver", "delivered", "delivers", "delivering", "guest", "guests"]), let attend = Self.toAttend.firstMatch(in: sentence)?.range, NSMaxRange(attend) <= phrase.range.location {
            let before = text.substring(to: attend.location)
            var attendees = subjects(before: attend.location, sentence, mentions, article: article)
            // "to attend" is the purpose of another verb: planned when the clause
            // announces ("he will visit Moscow ... to attend").
            let purpose = text.substring(with: attend).lowercased().hasPrefix("to ")
            // "was invited to attend", "is ready to attend": no attendance yet.
            if purpose, Attribution.isUnreal(before: before + "to") { attendees = [] }
            // "A thanked B for the invitation to attend", "A accepted B's invitation to
            // attend": the one invited, the sentence's first person, is to attend.
            let invited = purpose && before.lowercased().hasSuffix("invitation ")
            if invited { attendees = people.first.map { [$0.id] } ?? [] }
            // "praised the Kingdom's role in co-chairing", "thanked B for attending": a
            // gerund after a preposition is of the one named nearest before it.
            if text.substring(with: attend).lowercased().hasSuffix("ing"), before.hasSuffix(" in ") || before.hasSuffix(" for "),
               let nearest = mentions.last(where: { [.person, .state].contains($0.type) && NSMaxRange($0.range) <= attend.location }) {
                attendees = [nearest.id]
            }
            // The "to" of the purpose is the match's: "is scheduled to attend" announces.
            // So does a headline's: "Rojas, Berg to attend summit".
            let headline = sentence.index == 0 && article.hasHeadline && Attribution.isHeadlineFuture(before: before + "to")
            let status = purpose ? (invited || headline || Attribution.announces(before + "to") ? .planned : nil) : planned(sentence, before: attend)
            // "co-chair the dialogue with X": X chairs it too.
            if text.substring(with: attend).lowercased().contains("co-chair"),
               text.substring(from: NSMaxRange(phrase.range)).hasPrefix(" with "),
               let partner = people.first(where: { $0.range.location > NSMaxRange(phrase.range) }),
               text.substring(with: NSRange(location: NSMaxRange(phrase.range) + 6, length: max(0, partner.range.location - NSMaxRange(phrase.range) - 6))).letterRuns().allSatisfy({ $0.first?.isUppercase == true || $0 == "his" || $0 == "her" }) {
                attendees.append(partner.id)
            }
            // "to attend a trilateral meeting with X": X attends it too.
            if !attendees.isEmpty, text.substring(from: NSMaxRange(phrase.range)).hasPrefix(" with "),
               let first = people.first(where: { $0.range.location > NSMaxRange(phrase.range) }),
               case let gap = text.substring(with: NSRange(location: NSMaxRange(phrase.range), length: first.range.location - NSMaxRange(phrase.range))),
               !gap.contains(","), gap.splitAtSpaces().count <= 5 {
                attendees += coordinatedGroup(startingWith: people.filter { $0.range.location >= first.range.location }, in: text).filter { !attendees.contains($0) }
            }
            // "More than 20 leaders attended the summit, among them A and B": those listed attend.
            if let listed = Self.amongThem.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range))) {
                attendees += coordinatedGroup(startingWith: people.filter { $0.range.location >= NSMaxRange(listed.range) }, in: text).filter { !attendees.contains($0) }
            }
            for attendee in attendees { article.relate(.attended, attendee, summit, status: status, sentence: sentence) }
        }
        // "A and B held political consultations": those who hold the gathering attend
        // it; "A held a welcome ceremony for B": A hosts it for B.
        if !negated, let held = Self.heldJustBefore.firstMatch(in: sentence.text, options: .withTransparentBounds, range: Self.lastUnits(20, before: phrase.range.location))?.range,
           !unreal(sentence, before: held) {
            let status = planned(sentence, before: held)
            // The guests named in the clause after "for"; with none, "for" may go on
            // with the gathering's name ("held the meeting of the Working Mechanism
            // for Consultation"), and those who held it attend it.
            let guests = people.filter { $0.range.location > NSMaxRange(phrase.range) }
            let inClause = guests.first.map { !text.substring(with: NSRange(location: NSMaxRange(phrase.range), length: $0.range.location - NSMaxRange(phrase.range))).contains(where: { ",;".contains($0) }) } ?? false
            let forGuests = text.substring(from: NSMaxRange(phrase.range)).hasPrefix(" for ")
                && (inClause || !Self.matches(Self.capitalisedNext, text.substring(from: NSMaxRange(phrase.range) + 5)))
            var holders = subjects(before: held.location, sentence, mentions, article: article)
            // "A said the two countries would hold consultations": A reports, not holds.
            if let last = people.last(where: { NSMaxRange($0.range) <= held.location }),
               text.substring(with: NSRange(location: NSMaxRange(last.range), length: held.location - NSMaxRange(last.range)))
                .letterRuns().contains(where: { Self.reportingWords.contains($0.lowercased()) }) {
                holders = []
            }
            // "The European Union and Japan held their 30th summit": states as subjects.
            if holders.isEmpty, let last = mentions.last(where: { $0.type == .state && NSMaxRange($0.range) <= held.location }),
               case let gap = text.substring(with: NSRange(location: NSMaxRange(last.range), length: held.location - NSMaxRange(last.range))),
               !gap.contains(","), gap.letterRuns().count <= 2 {
                holders = coordinatedGroup(endingWith: mentions.filter { $0.type == .state && $0.range.location <= last.range.location }, in: text)
            }
            for holder in holders {
                article.relate(forGuests ? .hosted : .attended, holder, summit, status: status, sentence: sentence)
            }
            for guest in forGuests && inClause ? coordinatedGroup(startingWith: guests, in: text) : [] {
                article.relate(.attended, guest, summit, status: status, sentence: sentence)
            }
        }
        // "Ruto will travel to Lima next month for a summit of ...": the traveller
        // attends, and the gathering is where the trip goes.
        if !negated, let (trip, venue) = trip(before: phrase, sentence: sentence, mentions: mentions) {
            let status = planned(sentence, before: trip)
            for attendee in subjects(before: trip.location, sentence, mentions, article: article) {
                article.relate(.attended, attendee, summit, status: status, sentence: sentence)
            }
            if let venue { article.relate(.heldIn, summit, venue, sentence: sentence) }
            // "... for a summit with Japanese Prime Minister X": X attends too.
            if text.substring(from: NSMaxRange(phrase.range)).hasPrefix(" with ") {
                for guest in coordinatedGroup(startingWith: people.filter { $0.range.location > NSMaxRange(phrase.range) }, in: text) {
                    article.relate(.attended, guest, summit, status: status, sentence: sentence)
                }
            }
        }
        // "A and B met on the sidelines of the summit", "A met B at the summit", "A
        // and B agreed to a truce on the sidelines of the summit": both attended it.
        if !negated, case let window = Self.lastUnits(200, before: phrase.range.location),
           let verb = (Self.meetingAt.firstMatch(in: sentence, from: window.location, upTo: NSMaxRange(window))
                ?? (sentence.has(["for"]) ? Self.meetingFor.firstMatch(in: sentence, from: window.location, upTo: NSMaxRange(window)) : nil))?.range(at: 1),
           !unreal(sentence, before: verb), !isParticiple(verb, in: text, mentions) {
            // "agreed to meet ... on the margins of the summit": a meeting to come.
            let agreedToMeet = text.substring(with: verb).lowercased() == "agreed"
                && ["meet", "hold", "talk"].contains { text.substring(from: NSMaxRange(verb)).hasPrefix(" to \($0) ") }
            let status = agreedToMeet ? .planned : planned(sentence, before: verb)
            let met = people.filter { $0.range.location > NSMaxRange(verb) && NSMaxRange($0.range) <= phrase.range.location }.map(\.id)
            for attendee in unique(subjects(before: verb.location, sentence, mentions, article: article) + met) {
                article.relate(.attended, attendee, summit, status: status, sentence: sentence)
            }
            // "met in Quito on the sidelines of the summit": the summit was there too.
            if let place = mentions.first(where: { $0.type == .place && $0.range.location > NSMaxRange(verb) && NSMaxRange($0.range) <= phrase.range.location }),
               text.substring(to: place.range.location).hasSuffix(" in "),
               Self.matches(Self.sidelinesBefore, text.substring(to: phrase.range.location)) {
                article.relate(.heldIn, summit, place.id, sentence: sentence)
            }
        }
        // "the Washington summit on August 8, where A, B and C signed a declaration":
        // those the "where" clause opens with were there.
        if !negated, sentence.has(["where"]),
           let whereClause = Self.whereAfterGathering.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range))) {
            let after = people.filter { $0.range.location >= NSMaxRange(whereClause.range) }
            if let first = after.first, first.range.location - NSMaxRange(whereClause.range) <= 40,
               !text.substring(with: NSRange(location: NSMaxRange(whereClause.range), length: first.range.location - NSMaxRange(whereClause.range))).holds(",") {
                // "where A will sign": the clause's own verb may be one to come.
                let clause = text.substring(from: NSMaxRange(whereClause.range)).prefix { $0 != "." && $0 != ";" }
                let status = clause.holds(" will ") || clause.holds(" are to ") || clause.holds(" is to ") ? .planned : planned(sentence, before: whereClause.range)
                for attendee in coordinatedGroup(startingWith: after, in: text) {
                    article.relate(.attended, attendee, summit, status: status, sentence: sentence)
                }
            }
        }
        // "On the sidelines of the summit, A met B": the clause after the opening is
        // a meeting of those who attended it. "At the summit in Lima on Monday, A
        // called for unity": its subject, who opens it, was there.
        if !negated, Self.matches(Self.openingOccasion, text.substring(to: phrase.range.location)),
           let opening = Self.openingOccasionEnd.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range))) {
            let clause = NSMaxRange(opening.range)
            if text.substring(from: NSMaxRange(phrase.range)).hasPrefix(","),
               let verb = Self.meetingVerb.firstMatch(in: sentence.text, range: NSRange(location: NSMaxRange(phrase.range), length: text.length - NSMaxRange(phrase.range)))?.range,
               !unreal(sentence, before: verb) {
                let status = planned(sentence, before: verb)
                for attendee in unique(people.filter { $0.range.location > NSMaxRange(phrase.range) }.map(\.id)) {
                    article.relate(.attended, attendee, summit, status: status, sentence: sentence)
                }
            } else if let first = people.first(where: { $0.range.location >= clause }), first.range.location - clause <= 60,
                      Self.matches(Self.titleGap, " " + text.substring(with: NSRange(location: clause, length: first.range.location - clause)), anchored: true) {
                let subjects = coordinatedGroup(startingWith: people.filter { $0.range.location >= clause }, in: text)
                // The verb after the subject may be one to come: "A will call for".
                let end = min((mentions.filter { subjects.contains($0.id) }.map { NSMaxRange($0.range) }.max() ?? NSMaxRange(first.range)) + 1, text.length)
                let status = planned(sentence, before: NSRange(location: end, length: text.length - end))
                for attendee in subjects { article.relate(.attended, attendee, summit, status: status, sentence: sentence) }
            }
        }
        // "the G20 summit in Rio de Janeiro": the place right after the gathering; not
        // another event's ("The talks follow a proposal tabled in Washington").
        if let venue = gatheringVenue(after: phrase.range, sentence, mentions) {
            article.relate(.heldIn, summit, venue, sentence: sentence)
        }
        // "a meeting between A and B held in Moscow", "a summit held at the White House".
        if let held = Self.heldAt.firstMatch(in: sentence)?.range,
           let venue = mentions.first(where: { [.place, .region, .state].contains($0.type) && $0.range.location >= NSMaxRange(held) }),
           // The venue follows "held in" at once, perhaps after "the": not "held in
           // February, where ... in Sudan".
           venue.range.location - NSMaxRange(held) <= 5 {
            article.relate(.heldIn, summit, venue.id, sentence: sentence)
        }
        // "a meeting between A and B ..., the first ... consultations".
        let between = text.range(of: " between ")
        if between.location != NSNotFound {
            // One person may be mentioned twice ("his counterpart, Jane Doe").
            let parties = Set(people.filter { $0.range.location > between.location }.map(\.id)).sorted()
            // "The talks will take place on Friday, followed by a meeting ...": to come.
            let status = planned(sentence, before: phrase.range)
            if parties.count == 2 { for party in parties { article.relate(.attended, party, summit, status: status, sentence: sentence) } }
        }
    }
}
