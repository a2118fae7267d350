import Foundation

/// Organizations: ministries of a state, acronyms and their expansions, news
/// agencies, and capitalised names built on a head noun ("Security Council").
extension Extractor {
    /// "Commonwealth of Independent States (CIS)".
    static let expansionThenAcronym = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}-]+(?:\s+(?:of|for|and|the|in|on|\p{Lu}[\p{L}-]+))*\s+\p{Lu}[\p{L}-]+)\s+\((\p{Lu}[\p{Lu}\p{Ll}&]{0,3}\p{Lu}{1,6})\)"#)
    /// "OSCE (Organization for Security and Cooperation in Europe) Minsk Group".
    static let acronymThenExpansion = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(\p{Lu}{2,8})\s+\((\p{Lu}[\p{L}-]+(?:\s+(?:of|for|and|the|in|on|\p{Lu}[\p{L}-]+))+)\)(?:\s+((?:\p{Lu}[\p{L}-]+\s+)*\p{Lu}[\p{L}-]+))?"#)
    /// "the TASS news agency", "Anadolu Agency".
    static let newsAgency = try! NSRegularExpression(pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*)\s+(?:news\s+agency|news\s+service)"#)
    /// "Russia's Foreign Ministry", "the Armenian foreign ministry", "Iran's ministry",
    /// "India's External Affairs Ministry".
    static let ministry = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)(?:['’]s|(?<=s)['’])?\s+(?:(\p{L}+(?:\s+[Aa]ffairs)?)\s+)?([Mm]inistry)(?![\p{L}])"#)
    /// "Ministry of Foreign Affairs of Russia".
    static let ministryOf = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])Ministry\s+of\s+(\p{Lu}[\p{L}]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}]+)*)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*)"#)
    /// "India's Ministry of External Affairs", "the Chinese Ministry of Commerce".
    static let ownedMinistryOf = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)(?:['’]s|(?<=s)['’])?\s+Ministry\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}]+)*)"#)

    /// What an acronym's expansion names: a treaty when a treaty's noun ends it
    /// ("General Security of Military Information Agreement (GSOMIA)"), else a body.
    static func typeOfExpansion(_ expansion: String) -> EntityType {
        expansion.split(separator: " ").last.map { treatyNouns.contains($0.lowercased()) } == true ? .treaty : .organization
    }

    func findOrganizations(in sentence: Sentence, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        let whole = NSRange(location: 0, length: text.length)

        let parenthesis = sentence.text.utf8.contains(UInt8(ascii: "("))
        // "STOCKHOLM (TT) -": the agency after a dateline, though its letters are a
        // state's code, names no state.
        if parenthesis, let agency = Self.datelineAgency.firstMatch(in: sentence.text, range: whole)?.range(at: 1),
           lexicon.state(named: text.substring(with: agency)) != nil {
            article.claim(sentence, agency)
        }
        for match in parenthesis ? Self.acronymThenExpansion.matches(in: sentence.text, range: whole) : [] {
            let acronym = text.substring(with: match.range(at: 1))
            let expansion = text.substring(with: match.range(at: 2))
            guard isAcronym(acronym, of: expansion), lexicon.state(named: expansion) == nil else { continue }
            let id = article.entity(Self.typeOfExpansion(expansion), expansion)
            article.define(acronym: acronym, as: id)
            article.addMention(of: id, sentence: sentence, utf16Range: match.range(at: 1))
            article.addMention(of: id, sentence: sentence, utf16Range: match.range(at: 2))
            // "OSCE (...) Minsk Group": a body of the organization, named with its acronym.
            let rest = match.range(at: 3)
            if rest.location != NSNotFound, let head = text.substring(with: rest).split(separator: " ").last,
               lexicon.organizationHeads.contains(String(head)) {
                let body = article.entity(.organization, "\(acronym) \(text.substring(with: rest))")
                article.addMention(of: body, sentence: sentence, utf16Range: rest)
                article.relate(.partOf, body, id, sentence: sentence)
            }
        }
        for match in parenthesis ? Self.expansionThenAcronym.matches(in: sentence.text, range: whole) : [] {
            var expansionRange = match.range(at: 1)
            let acronym = text.substring(with: match.range(at: 2))
            // The expansion starts at the first word that begins the acronym's letters.
            guard let trimmed = trimExpansion(text.substring(with: expansionRange), to: acronym) ?? bodyBeforeForeignAcronym(text.substring(with: expansionRange), acronym) else { continue }
            expansionRange.location += expansionRange.length - trimmed.utf16.count
            expansionRange.length = trimmed.utf16.count
            if lexicon.state(named: trimmed) != nil { continue }
            var name = trimmed
            // "the India-UK Comprehensive Economic and Trade Agreement (CETA)": the
            // pair of states before a treaty's expansion is part of its name.
            if Self.typeOfExpansion(trimmed) == .treaty, case let before = text.substring(to: expansionRange.location), before.hasSuffix(" "),
               let pair = before.dropLast().split(separator: " ").last, case let parts = pair.split(separator: "-"), parts.count == 2,
               parts.allSatisfy({ lexicon.state(named: String($0)) != nil }) {
                name = "\(pair) \(trimmed)"
                expansionRange.location -= pair.utf16.count + 1
                expansionRange.length += pair.utf16.count + 1
            }
            let id = article.entity(Self.typeOfExpansion(trimmed), name)
            article.define(acronym: acronym, as: id)
            article.addMention(of: id, sentence: sentence, utf16Range: expansionRange)
            article.addMention(of: id, sentence: sentence, utf16Range: match.range(at: 2))
        }
        for match in sentence.has(["agency", "service"]) ? Self.newsAgency.matches(in: sentence.text, range: whole) : [] {
            var name = text.substring(with: match.range(at: 1))
            var span = match.range
            if let first = name.split(separator: " ").first, name.holds(" "), Self.notNames.contains(String(first)) {
                name = String(name.dropFirst(first.count + 1))
                span.location += first.utf16.count + 1
                span.length -= first.utf16.count + 1
            }
            guard lexicon.state(namedOrDemonym: name) == nil else { continue }
            let id = article.entity(.organization, name)
            if name.count <= 8, name == name.uppercased() { article.define(acronym: name, as: id) }
            article.addMention(of: id, sentence: sentence, utf16Range: span)
        }
        if sentence.has(Self.groupNouns) {
            for match in Self.groupThenName.matches(in: sentence) + Self.nameThenGroup.matches(in: sentence.text, range: whole) {
                addGroup(match.range(at: 1), sentence: sentence, text: text, into: article)
            }
        }
        if sentence.has(["ministry"]) { findMinistries(in: sentence, text: text, into: article) }
        if sentence.text.holds("'s ") || sentence.text.holds("’s ") { findPossessiveBodies(in: sentence, text: text, into: article) }
        for run in sentence.scalars.organizationRuns() {
            findHeadNounOrganization(in: run, sentence: sentence, text: text, into: article)
        }
    }

    /// The nouns that say a name is an armed or political group's.
    static let groupNouns = ["group", "movement", "militia", "faction", "bloc"]
    /// "the militant group Al-Shabaab", "the rebel movement M23", "the trade bloc Mercosur".
    static let groupThenName = OpeningWordPattern(#"(?<![\p{L}])(?:group|movement|militia|faction|bloc)\s+(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2})"#, options: [], opening: .word(["group", "movement", "militia", "faction", "bloc"]))
    /// "Al-Shabaab, the Somali militant group,": the noun ends the apposition, so
    /// "X, the militia commander" and "X, a member of the group" are no group.
    static let nameThenGroup = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2}),\s+(?:the|an?)\s+(?:(?!(?:of|for|in|at|on|with|and|who|which|that)\s)[\p{L}-]+\s+){0,4}(?:group|movement|militia|faction)(?=\s*[,.;:)]|\s*$|\s+(?:that|which|said|says)\b)"#)

    /// A group's name beside its kind, without the determiners, weekdays or honorifics
    /// a capitalised run may take in, and never a state, a demonym or a titled
    /// person ("the faction Prime Minister X leads").
    private func addGroup(_ found: NSRange, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        var range = found
        var words = text.substring(with: range).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        while let first = words.first, Self.notNames.contains(first) {
            range.location += first.utf16.count + 1
            range.length -= first.utf16.count + 1
            words.removeFirst()
        }
        while let last = words.last, Self.notNames.contains(last) {
            range.length -= last.utf16.count + 1
            words.removeLast()
        }
        let name = words.joined(separator: " ")
        guard !name.isEmpty, lexicon.state(namedOrDemonym: name) == nil, !words.contains(where: { titleWords.contains($0.lowercased()) }),
              !lexicon.notOrganizations.contains(name), !article.isClaimed(sentence, range) else { return }
        let id = article.organization(acronym: name) ?? article.entity(.organization, name)
        article.define(groupName: name, as: id)
        article.addMention(of: id, sentence: sentence, utf16Range: range)
    }

    /// "Hamas said ...", "a Hamas delegation": a name no lexicon knows, used as a
    /// subject that speaks or acts (or as a side "between" two) and before a noun
    /// for a group's people, or as a state's other side "between" the two and as a
    /// subject, is a group, found alone in every sentence after. Run once the people
    /// are known, so "Berg officials ... Berg said" names no group.
    func findGroupsByUse(into article: ArticleState) {
        let text = article.document.text
        let whole = NSRange(location: 0, length: text.utf16.count)
        // Only sentences with a noun for a group's people are searched: most have none.
        // The last word of a longer name is none: "House" of "a White House spokesman"
        // (but "Lebanon's Hezbollah officials", "Yemeni Houthi officials" are).
        let candidates = Set(article.sentences.filter { $0.has(Self.groupPeople) }.flatMap { sentence in
            let text = UTF16Text(sentence.text)
            return Self.beforeGroupPeople.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)).compactMap { match -> String? in
                let previous = text.substring(to: match.range(at: 1).location).split(separator: " ").last.map(String.init)
                if let previous, previous.first?.isUppercase == true, !previous.hasSuffix(","), previous.possessiveLength == 0, !Self.notNames.contains(previous),
                   lexicon.state(namedOrDemonym: previous) == nil { return nil }
                return text.substring(with: match.range(at: 1))
            }
        })
        // "talks between Israel and Hamas ... Hamas is represented by": one side
        // of a state, named alone, that also speaks or acts, with no noun for its
        // people anywhere.
        let sides = Set(article.sentences.filter { $0.has(["between"]) }.flatMap { sentence in
            Self.sideOfAState.matches(in: sentence.text, range: NSRange(location: 0, length: sentence.text.utf16.count)).compactMap { match -> String? in
                let text = UTF16Text(sentence.text)
                return lexicon.state(named: text.substring(with: match.range(at: 1))) != nil ? text.substring(with: match.range(at: 2)) : nil
            }
        }).subtracting(candidates)
        for name in candidates.union(sides).sorted() where !Self.notNames.contains(name) && !lexicon.titleSet.contains(name) && !lexicon.organizationHeads.contains(name)
            && lexicon.state(namedOrDemonym: name) == nil && lexicon.territory(named: name) == nil && !lexicon.isCity(name)
            && lexicon.subdivisions[Lexicon.fold(name)] == nil && lexicon.seats[name] == nil && article.knownPerson(name) == nil
            && article.organization(acronym: name) == nil {
            // It acts ("Hamas said"), or is one side "between" two ("the ceasefire
            // between Israel and Hamas").
            let escaped = NSRegularExpression.escapedPattern(for: name)
            // A state's other side must speak or act too.
            let speaks = #"(?<![\p{L}\p{N}-])"# + escaped + #"\s+"# + Self.groupVerbs
            let acts = try? NSRegularExpression(pattern: sides.contains(name) ? speaks : speaks
                + #"|\bbetween\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}and\s+"# + escaped + #"(?![\p{L}\p{N}-])|\bbetween\s+"# + escaped + #"\s+and\s+\p{Lu}"#)
            guard acts?.firstMatch(in: text, range: whole) != nil else { continue }
            article.define(groupName: name, as: article.entity(.organization, name))
        }
    }

    /// "between Israel and Hamas": a state (group 1), then a single name (group 2).
    private static let sideOfAState = try! NSRegularExpression(pattern: #"\bbetween\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+and\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-])"#)
    /// Nouns for a group's people: "delegation", "officials", "fighters".
    private static let groupPeople = ["delegation", "delegations", "leader", "leaders", "official", "officials", "spokesman", "spokesperson",
                                      "spokeswoman", "fighters", "militants", "negotiators", "commander", "commanders"]
    /// A capitalised name before a noun for a group's people: "Hamas delegation".
    private static let beforeGroupPeople = try! NSRegularExpression(pattern: #"(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(?:"# + groupPeople.joined(separator: "|") + #")\b"#)
    /// The verbs of a group that speaks or acts, right after its name.
    private static let groupVerbs = #"(?:said|says|has|have|had|is|was|were|will|would|accepted|accepts|rejected|rejects|agreed|denied|demanded|released|launched|claimed|responded|wants|insists|refused)\b"#

    /// Standalone acronyms, after every sentence's definitions are known.
    func findAcronyms(in sentence: Sentence, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        // A group's name alone, once a sentence has said what it is.
        for name in article.groupNames where sentence.words.contains(String(name.lowercased().split { !$0.isLetter && !$0.isNumber }.first ?? "")) {
            guard let id = article.organization(acronym: name) else { continue }
            for found in Self.wholeWordRanges(of: name, in: text) where !article.isClaimed(sentence, found) {
                article.addMention(of: id, sentence: sentence, utf16Range: found)
            }
        }
        // A dateline of several words in capitals: "ADDIS ABABA", "RIO DE JANEIRO".
        let runs = sentence.scalars
        for found in runs.wordsInCapitals() where !article.isClaimed(sentence, found) {
            if let place = placeInCapitals(text.substring(with: found)) {
                article.addMention(of: place.state.map { article.state($0) } ?? article.entity(.place, place.name), sentence: sentence, utf16Range: found)
            } else if found.location == 0, Self.datelineEnd.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(found), length: text.length - NSMaxRange(found))) != nil {
                // One the lexicon does not know, where a dateline stands: "CAMP DAVID, Maryland —".
                // A body's name there is the body: "UNITED NATIONS (Reuters) -".
                let name = Self.placeName(inCapitals: text.substring(with: found))
                let body = name.split(separator: " ").last.map { lexicon.organizationHeads.contains(String($0)) } ?? false
                let id = article.entity(body ? .organization : .place, name)
                article.addMention(of: id, sentence: sentence, utf16Range: found)
                // "UNITED NATIONS - UN Secretary-General X": the acronym a title found
                // before the dateline was read is the body too.
                let initials = String(name.split(separator: " ").compactMap(\.first))
                if body, initials.count >= 2, let acronym = article.named(.organization).first(where: { $0.name == initials && $0.id != id }) {
                    article.merge(acronym.id, into: id)
                }
            }
        }
        for found in Self.joinedBySlash(runs.acronyms(), in: text) {
            let word = text.substring(with: found)
            // A dateline of two cities: "YEREVAN/BAKU".
            let parts = word.split(separator: "/")
            if parts.count > 1, case let places = parts.compactMap({ placeInCapitals(String($0)) }), places.count == parts.count {
                var at = found.location
                for (part, place) in zip(parts, places) {
                    article.addMention(of: place.state.map { article.state($0) } ?? article.entity(.place, place.name), sentence: sentence,
                                       utf16Range: NSRange(location: at, length: part.utf16.count))
                    at += part.utf16.count + 1
                }
                continue
            }
            if let id = article.organization(acronym: word) ?? (lexicon.state(named: word) == nil ? article.organization(initials: word) : nil) {
                article.addMention(of: id, sentence: sentence, utf16Range: found)
            } else if word.count >= 4, let place = placeInCapitals(word) {
                // A dateline's "MOSCOW" or "IRAN" in capitals is the place, not an acronym.
                article.addMention(of: place.state.map { article.state($0) } ?? article.entity(.place, place.name), sentence: sentence, utf16Range: found)
            } else if word.count >= 4, found.location == 0, Self.datelineDate.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(found), length: text.length - NSMaxRange(found))) != nil {
                // One the lexicon does not know, before a dateline's date or agency:
                // "WOODSIDE, California, Nov 15 (Reuters)".
                article.addMention(of: article.entity(.place, Self.placeName(inCapitals: word)), sentence: sentence, utf16Range: found)
            } else if word.count >= 5, found.location == 0, sentence.index <= 1,
                      Self.datelineDash.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(found), length: text.length - NSMaxRange(found))) != nil {
                // Or before the dash that opens the story: "LACHIN — President X".
                article.addMention(of: article.entity(.place, Self.placeName(inCapitals: word)), sentence: sentence, utf16Range: found)
            } else if word.count >= 3, let holder = article.holder(ofPostAbbreviated: word), !article.isClaimed(sentence, found) {
                // "the EAM posted": the post cut short stands for the one who holds it.
                article.addDescription(of: holder, sentence: sentence, utf16Range: found)
            } else if lexicon.state(named: word) == nil, word.count >= 3 || Self.actsAsBody(found, in: text), !lexicon.notOrganizations.contains(word),
                      // "LIMA, OCTOBER 7": a date in capitals.
                      !DateText.isMonthOrDay(word),
                      !lexicon.titleSet.contains(word), word.contains(where: \.isLetter), !article.isClaimed(sentence, found) {
                let id = article.entity(.organization, word)
                article.define(acronym: word, as: id)
                article.addMention(of: id, sentence: sentence, utf16Range: found)
            }
        }
    }

    /// Acronyms with a slash between them and nothing else are one name: "RFE/RL".
    static func joinedBySlash(_ acronyms: [NSRange], in text: UTF16Text) -> [NSRange] {
        var joined: [NSRange] = []
        for found in acronyms {
            if let last = joined.last, found.location == NSMaxRange(last) + 1, text.character(at: NSMaxRange(last)) == 0x2F {
                joined[joined.count - 1] = NSRange(location: last.location, length: NSMaxRange(found) - last.location)
            } else {
                joined.append(found)
            }
        }
        return joined
    }

    /// True when two capitals after "the" act or own like a body: "the EU said",
    /// "the UN's envoy", "the AU leaders"; two capitals elsewhere are too often
    /// something else to be taken for one.
    static func actsAsBody(_ found: NSRange, in text: UTF16Text) -> Bool {
        guard found.location >= 4, text.substring(with: NSRange(location: found.location - 4, length: 4)).lowercased() == "the " else { return false }
        return twoLettersActing.firstMatch(in: text.string, options: .anchored, range: NSRange(location: NSMaxRange(found), length: text.length - NSMaxRange(found))) != nil
    }

    private static let twoLettersActing = try! NSRegularExpression(pattern: #"^(?:['’]s\b|\s+(?:has|have|had|is|was|will|would|could|should|must|can|may|also|said|told|met|sent|made|took|gave|held|led|won|sought|struck|\p{Ll}+ed|\p{Ll}+s)\b)"#)

    /// A word written in capitals that is a state's or a city's name: the state, or
    /// the city's name as usually written.
    /// What follows a dateline's place of one word: its region perhaps, and a date,
    /// or the agency in brackets and a dash ("WOODSIDE, Calif. (AP) —").
    /// "Lima, Nov. 12", "Lima, 12 November", "LIMA (Wire) -": what follows a dateline's place.
    static let datelineDate = try! NSRegularExpression(pattern: #"^(?:,\s+(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|,\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:,\s+\p{Lu}[\p{L}]*\.?)?\s+\(\p{Lu}\p{L}*\)\s+[—–-])"#)

    /// A dateline's place in capitals, perhaps its date, and the agency's short name
    /// in brackets: "STOCKHOLM (TT) -", "STOCKHOLM, Dec 4 (TT) -".
    static let datelineAgency = try! NSRegularExpression(pattern: #"^\p{Lu}[\p{Lu}\s.,'-]*?(?:,\s+[\p{L}\d.,\s]{1,30}?)?\s+\((\p{Lu}{2,5})\)\s+[—–-]"#)

    /// The dash after a dateline's place: "LACHIN — ".
    static let datelineDash = try! NSRegularExpression(pattern: #"^\s+[—–]\s"#)
    /// What follows a dateline's place: a comma, a dash or the agency in brackets.
    static let datelineEnd = try! NSRegularExpression(pattern: #"^(?:,|\s+[—–-]|\s+\()"#)

    private func placeInCapitals(_ words: String) -> (state: Lexicon.State?, name: String)? {
        guard words.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { return nil }
        let name = words.split(separator: " ").map { String($0.prefix(1)) + $0.dropFirst().lowercased() }.joined(separator: " ")
        if let state = lexicon.state(named: name) { return (state, lexicon.state(code: state.code)?.name ?? name) }
        guard lexicon.isCity(name) else { return nil }
        return (nil, lexicon.placeNames[Lexicon.fold(name)] ?? name)
    }

    private func findMinistries(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        let whole = NSRange(location: 0, length: text.length)
        for match in Self.ministryOf.matches(in: sentence.text, range: whole) {
            guard let state = lexicon.state(named: text.substring(with: match.range(at: 2))) else { continue }
            let portfolio = text.substring(with: match.range(at: 1))
            addMinistry(of: state, portfolio: portfolio, range: match.range, sentence: sentence, into: article)
        }
        for match in Self.ownedMinistryOf.matches(in: sentence.text, range: whole) {
            let owner = text.substring(with: match.range(at: 1))
            // "the Russian Ministry": the owner may be the second of two words.
            let words = owner.split(separator: " ").map(String.init)
            let named = lexicon.state(namedOrDemonym: owner), second = words.count == 2 ? lexicon.state(namedOrDemonym: words[1]) : nil
            guard let state = named ?? second else { continue }
            let skipped = named == nil ? words[0].utf16.count + 1 : 0
            let portfolio = text.substring(with: match.range(at: 2))
            let range = NSRange(location: match.range.location + skipped, length: match.range.length - skipped)
            addMinistry(of: state, portfolio: portfolio, range: range, sentence: sentence, into: article)
        }
        for match in Self.ministry.matches(in: sentence.text, range: whole) {
            var owner = text.substring(with: match.range(at: 1))
            var ownerRange = match.range(at: 1)
            var state = lexicon.state(namedOrDemonym: owner)
            // "the Russian Foreign Ministry": the owner may be the first of two words.
            if state == nil, let first = owner.split(separator: " ").first, let found = lexicon.state(namedOrDemonym: String(first)) {
                state = found
                owner = String(first)
                ownerRange.length = owner.utf16.count
            }
            guard let state else { continue }
            var portfolio = match.range(at: 2).location == NSNotFound ? "" : text.substring(with: match.range(at: 2))
            if owner != text.substring(with: match.range(at: 1)) {
                portfolio = String(text.substring(with: match.range(at: 1)).dropFirst(owner.count + 1))
            }
            let range = NSRange(location: ownerRange.location, length: NSMaxRange(match.range) - ownerRange.location)
            addMinistry(of: state, portfolio: portfolio, range: range, sentence: sentence, into: article)
        }
        // "Foreign Ministry spokesperson X", "the Ministry of Foreign Affairs said": a
        // ministry named by its portfolio alone is the one of that portfolio the
        // article has named with its state before, when only one.
        guard sentence.has(["ministry"]) else { return }
        for match in Self.bareMinistry.matches(in: sentence.text, range: whole) where !article.isClaimed(sentence, match.range) {
            let portfolio = text.substring(with: match.range(at: match.range(at: 1).location == NSNotFound ? 2 : 1))
            let suffix = " " + ministryName(portfolio)
            let named = Set(article.named(.organization).compactMap { organization in
                organization.name.hasSuffix(suffix) ? lexicon.state(namedOrDemonym: String(organization.name.dropLast(suffix.count))) : nil
            })
            // Not the dateline's state: a report from one capital quotes another's ministry.
            guard named.count == 1, let state = named.first else { continue }
            addMinistry(of: state, portfolio: portfolio, range: match.range, sentence: sentence, into: article)
        }
    }

    /// A ministry by its portfolio alone, with no state's name or people's before it
    /// (which the patterns above read): "Foreign Ministry", "Ministry of Foreign
    /// Affairs" with no "of" and a state after it.
    static let bareMinistry = try! NSRegularExpression(pattern: #"(?<![\p{L}’'-])(?:(?<=\bThe\s)|(?<!\p{Lu}[\p{L}]{0,30}\s))(?:(Foreign|Foreign Affairs|External Affairs|Defen[cs]e|Interior|Finance|Trade|Economy|Energy|Justice|Health)\s+Ministry|Ministry\s+of\s+(Foreign Affairs|External Affairs|Defen[cs]e|Finance|Trade|Economy|Energy|Justice|Health)(?!\s+(?:of|and)\s))(?![\p{L}])"#)

    /// "Kazakhstan's Parliament", "Russia's Security Council Secretary X": a state's
    /// possessive and words in capitals up to a body's noun name the state's body,
    /// called as its people's name calls it ("Kazakh Parliament"), as a ministry is.
    private func findPossessiveBodies(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        for match in Self.possessiveBody.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            guard let state = lexicon.state(named: text.substring(with: match.range(at: 1))) else { continue }
            let words = text.substring(with: match.range(at: 2)).split(separator: " ").map(String.init)
            // The body ends at its last noun: "Parliament Speaker X" is the Parliament's
            // speaker; "Kenya's Cabinet Secretary" holds a cabinet post of the state.
            guard let last = words.lastIndex(where: lexicon.organizationHeads.contains),
                  words[last] != "Cabinet" || last == words.count - 1 else { continue }
            let start = match.range(at: 1).location
            let range = NSRange(location: start, length: match.range(at: 2).location + words[...last].joined(separator: " ").utf16.count - start)
            guard !article.isClaimed(sentence, range) else { continue }
            let id = article.entity(.organization, ([lexicon.demonymOf[state.code] ?? state.name] + words[...last]).joined(separator: " "))
            if article.addMention(of: id, sentence: sentence, utf16Range: range) {
                article.relate(.partOf, id, article.state(state), sentence: sentence)
            }
        }
    }

    /// A name, its possessive and up to four words in capitals: the groups are the
    /// owner and the words.
    static let possessiveBody = try! NSRegularExpression(pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+){0,2})['’]s\s+((?:\p{Lu}[\p{L}]+\s+){0,3}\p{Lu}[\p{L}]+)"#)

    /// One ministry per state and portfolio, named "<Demonym> <Portfolio> Ministry".
    /// "Foreign Affairs" is "Foreign", as the ministry is called either way; other
    /// affairs keep the word: "India's Ministry of External Affairs" is the
    /// "Indian External Affairs Ministry".
    private func addMinistry(of state: Lexicon.State, portfolio: String, range: NSRange, sentence: Sentence, into article: ArticleState) {
        let adjective = lexicon.demonymOf[state.code] ?? state.name
        let id = article.entity(.organization, adjective + " " + ministryName(portfolio))
        if article.addMention(of: id, sentence: sentence, utf16Range: range) {
            article.relate(.partOf, id, article.state(state), sentence: sentence)
        }
    }

    /// A ministry's name after its state's adjective: "Foreign Ministry",
    /// "External Affairs Ministry".
    private func ministryName(_ portfolio: String) -> String {
        let words = (portfolio.lowercased() == "foreign affairs" ? "Foreign" : portfolio).split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
        return (words + ["Ministry"]).joined(separator: " ")
    }

    /// The points of the compass, which name land with one noun after them.
    static let compassPoints: Set<String> = ["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"]

    /// "United Nations Security Council", "League of Arab States": a capitalised run
    /// that ends with an organization's head noun, or starts with one before "of".
    /// Nouns for the people of a body: "Leaders of the ...", "Member of the ...".
    static let peopleOfBodies: Set<String> = ["Leaders", "Members", "Ministers", "Officials", "Representatives", "Delegates", "Heads", "Envoys", "Diplomats", "Delegations",
                                              "Leader", "Member", "Head", "Official", "Representative", "Delegate", "Envoy"]

    /// Nouns of a body's gatherings: "Session of the ...", "Summit of the ...".
    static let gatheringsOfBodies: Set<String> = ["Session", "Sessions", "Summit", "Summits", "Meeting", "Meetings"]

    /// Capitalised words listed with commas, at the end of a text: "Foreign, ".
    private static let commaListedWords = try! NSRegularExpression(pattern: #"(?<=\bthe\s)(?:\p{Lu}[\p{L}-]+,\s){1,3}$"#)

    /// True when a name's particles, after a capitalised word, stand right before
    /// an offset: "Ursula von der |Leyen", "Ana de la |Cruz".
    private func afterNameParticle(_ offset: Int, in text: UTF16Text) -> Bool {
        guard offset > 2, text.character(at: offset - 1) == 0x20, case let lower = text.character(at: offset - 2), lower >= 0x61 && lower <= 0x7A else { return false }
        var words = text.substring(to: offset - 1).split(separator: " ").suffix(3)
        var particles = 0
        while let last = words.last, Self.nameParticles.contains(String(last)) {
            particles += 1
            words.removeLast()
        }
        return particles > 0 && words.last?.first?.isUppercase == true
    }

    private func findHeadNounOrganization(in range: NSRange, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        var words = text.substring(with: range).splitAtSpaces(omittingEmpty: false).map(String.init)
        guard words.count >= 2 else { return }
        // "the Foreign, Commonwealth and Development Office": words listed with commas
        // before a run "X and Y Office" belong to the name, when no state is among them.
        if words.count == 4, words[1] == "and", lexicon.organizationHeads.contains(words[3]),
           case let before = text.substring(to: range.location), before.hasSuffix(", "),
           let list = Self.lastRange(Self.commaListedWords, before),
           case let listed = UTF16Text(before).substring(with: list),
           !listed.split(separator: ",").contains(where: { lexicon.state(namedOrDemonym: $0.trimmingEnds(in: .whitespaces)) != nil }) {
            let name = listed + words.joined(separator: " "), nameRange = NSRange(location: list.location, length: NSMaxRange(range) - list.location)
            guard !article.isClaimed(sentence, nameRange) else { return }
            article.addMention(of: article.entity(.organization, name), sentence: sentence, utf16Range: nameRange)
            return
        }
        // "the African Union and the East African Community" are two: "and" after a
        // head noun ends a name, while "Security and Co-operation" joins one.
        // So does "and the" before a body, whatever stands before it: "the Commonwealth
        // of Independent States and the Shanghai Cooperation Organisation", "Mercosur
        // and the European Union"; and after a state: "the United States and the AU".
        let twoBodies = { (and: Int) in
            guard words[and + 1] == "the" else { return false }
            let before = words[..<and].drop { Self.notNames.contains($0) || $0 == "the" }
            return words.last.map(self.lexicon.organizationHeads.contains) == true
                || self.lexicon.state(named: before.joined(separator: " ")) != nil
        }
        if let and = words.indices.dropFirst().dropLast().first(where: { words[$0] == "and" && (lexicon.organizationHeads.contains(words[$0 - 1]) || twoBodies($0)) }) {
            let first = words[..<and].joined(separator: " ").utf16.count, rest = first + " and ".utf16.count
            findHeadNounOrganization(in: NSRange(location: range.location, length: first), sentence: sentence, text: text, into: article)
            findHeadNounOrganization(in: NSRange(location: range.location + rest, length: range.length - rest), sentence: sentence, text: text, into: article)
            return
        }
        var start = range.location
        var titled = false
        // Leading words that are titles or determiners are not part of the name, nor
        // the joiners after a title ("Secretary-General of the Arab League").
        // So are the people of a body that open a sentence: "Leaders of the Group of Seven".
        // "and" too, after a style that ended a person's name: "Hussein al-Sheikh and Arab League".
        while let first = words.first, Self.notNames.contains(first) || lexicon.titleSet.contains(first) || ["of", "for", "the", "and"].contains(first)
                || Self.isLeadBy(first)
                || words.count > 2 && words[1] == "of" && Self.peopleOfBodies.contains(first)
                || words.count > 2 && lexicon.titleSet.contains("\(first) \(words[1])") {
            start += first.utf16.count + 1
            words.removeFirst()
            if lexicon.titleSet.contains(first) || words.first.map({ lexicon.titleSet.contains("\(first) \($0)") }) == true { titled = true }
            // A title of two words: "General Secretary of the Communist Party".
            if words.count > 1, lexicon.titleSet.contains("\(first) \(words[0])") {
                start += words[0].utf16.count + 1
                words.removeFirst()
            }
        }
        // "thanked Rojas for the Chilean Senate's support": a word that no "the" opens,
        // before "for", is no body's first word (unlike "the Centre for Peace").
        if words.count > 2, words[1] == "for", !lexicon.organizationHeads.contains(words[0]), start > 0,
           !text.substring(to: start).lowercased().hasSuffix("the ") {
            start += words[0].utf16.count + " for ".utf16.count
            words.removeFirst(2)
            if words.first == "the", words.count > 1 {
                start += 4
                words.removeFirst()
            }
        }
        // "the Charter of the United Nations": a text of the body, which the rules for
        // treaties read; the body is named after "of".
        if words.count > 2, Self.textNouns.contains(words[0]), words[1] == "of" {
            let drop = words[0].utf16.count + " of ".utf16.count + (words[2] == "the" ? 4 : 0)
            findHeadNounOrganization(in: NSRange(location: start + drop, length: NSMaxRange(range) - start - drop), sentence: sentence, text: text, into: article)
            return
        }
        // "the 38th Ordinary Session of the African Union Assembly": a gathering of the
        // body, whose name starts after "of".
        if let of = words.indices.dropFirst().dropLast().last(where: { words[$0] == "of" && Self.gatheringsOfBodies.contains(words[$0 - 1]) }) {
            let drop = words[...of].joined(separator: " ").utf16.count + 1
            start += drop
            words.removeSubrange(...of)
            if words.first == "the", words.count > 1 {
                start += 4
                words.removeFirst()
            }
        }
        // "a Status of Visiting Forces Agreement": a text's name, which the rules for
        // treaties read, with no body in it.
        if let noun = words.firstIndex(where: Self.textNouns.contains), noun >= 2, words[..<noun].contains("of") { return }
        // "Ana Rojas of the Foreign Ministry": words with no body's noun before "of"
        // are no part of the body named after it, whose noun they lack.
        if let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count,
           !words[..<of].contains(where: { lexicon.organizationHeads.contains($0) || Self.gatheringsOfBodies.contains($0) || Self.textNouns.contains($0) }),
           words[(of + 1)...].contains(where: lexicon.organizationHeads.contains) {
            var drop = words[...of].joined(separator: " ").utf16.count + 1
            if words[of + 1] == "the" { drop += 4 }
            findHeadNounOrganization(in: NSRange(location: start + drop, length: NSMaxRange(range) - start - drop), sentence: sentence, text: text, into: article)
            return
        }
        // "in" joins a name only before the one region that ends it ("Co-operation in
        // Europe"); before a city, a month or more words it is where or when the body
        // meets: "the summit of the Commonwealth of Independent States in St Petersburg".
        // "on" before a day is when: "the National Assembly of Peru on Wednesday".
        if let within = words.indices.dropFirst().first(where: { index in
            words[index] == "on" && index + 1 < words.count && Self.notNames.contains(words[index + 1])
                || words[index] == "in" && (index + 2 != words.count || Self.notNames.contains(words[index + 1])
                || lexicon.capitals[Lexicon.keyAndFold(words[index + 1]).key] != nil || lexicon.cities[Lexicon.fold(words[index + 1])] != nil)
        }) {
            words.removeSubrange(within...)
        }
        // "Council of Europe Secretary General Ana Rojas": a post and a name end a
        // body named with "of", or right after its head noun: "European Commission
        // President Ana Rojas and European Council President X".
        let hasOf = words.contains("of")
        let post = words.indices.dropFirst(hasOf ? 2 : 1).first { index in
            // A hyphenated title is one word: "Arab League Secretary-General X".
            index < words.count - 1 && (titleWords.contains(words[index].lowercased()) || words[index].contains("-") && lexicon.titleSet.contains(words[index]))
                && !titleWords.contains(words[words.count - 1].lowercased())
                && !["of", "the"].contains(words[index - 1]) && !titleWords.contains(words[index - 1].lowercased())
                && (hasOf || lexicon.organizationHeads.contains(words[index - 1]))
        }
        // "Prime Cabinet Secretary X": the words before the post make a longer title,
        // which names no body.
        if let post, (0..<post).contains(where: { lexicon.titleSet.contains(words[$0...post].joined(separator: " ")) }) { return }
        if let post {
            // "President of the European Council X and President of the European
            // Commission Y": another post, and its body, after "and".
            if words[post - 1] == "and" {
                let offset = start + words[..<post].joined(separator: " ").utf16.count + 1
                findHeadNounOrganization(in: NSRange(location: offset, length: NSMaxRange(range) - offset), sentence: sentence, text: text, into: article)
            } else if let and = words[post...].firstIndex(of: "and"), and + 2 < words.count {
                // "... and European Council President X": another body after the name.
                let offset = start + words[...and].joined(separator: " ").utf16.count + 1
                findHeadNounOrganization(in: NSRange(location: offset, length: NSMaxRange(range) - offset), sentence: sentence, text: text, into: article)
            }
            words.removeSubrange(post...)
        }
        // "French President X and European Council", "Turkish Foreign Minister X and
        // National Intelligence Organization": a titled name before "and" is a
        // person's, whom the title rules find; the body starts after it.
        // So is a name after a title the run opened with: "Foreign Minister X and
        // International Atomic Energy Agency chief Y".
        // So is a person's name before a body's post: "Omar Diallo and Arab League
        // Secretary-General Y" (but "Foreign Affairs and Defence Committee Chair Y").
        let nameAfterTitle = { (and: Int) in
            (titled || post != nil && !words[..<and].contains { self.isNoUntitledNameWord($0) } && !Self.isPortfolio(words[..<and].joined(separator: " ")))
                && (2...3).contains(and) && words[..<and].allSatisfy(Self.isNameWord)
        }
        if let and = words.lastIndex(of: "and"),
           words[..<and].firstIndex(where: { titleWords.contains($0.lowercased()) }).map({ post != nil || $0 + 1 < and }) ?? nameAfterTitle(and) {
            start += words[...and].joined(separator: " ").utf16.count + 1
            words.removeSubrange(...and)
        }
        // "Ursula von der Leyen and European Council": a run that opens after a name's
        // particle opens with the end of a person's name; the body starts after "and".
        if let and = words.firstIndex(of: "and"), start == range.location, afterNameParticle(range.location, in: text) {
            start += words[...and].joined(separator: " ").utf16.count + 1
            words.removeSubrange(...and)
        }
        // "President X of Angola and European Council President Y": a state before
        // "and" ends the name before it, unless the words after it make one state
        // with it ("Serbia and Montenegro").
        if let and = words.firstIndex(of: "and"), start == range.location, and + 1 < words.count,
           lexicon.state(named: words[..<and].joined(separator: " ")) != nil,
           !((and + 1)..<words.count).contains(where: { lexicon.state(named: words[...$0].joined(separator: " ")) != nil }) {
            start += words[...and].joined(separator: " ").utf16.count + 1
            words.removeSubrange(...and)
        }
        // "Kenyan Cabinet Secretary for Foreign Affairs X": a cabinet post of the
        // state, not a post of a body called "Kenyan Cabinet".
        if post != nil, words.last == "Cabinet", words.count == 2, lexicon.state(namedOrDemonym: words[0]) != nil { return }
        // "French Armed Forces Minister X": a portfolio of the state's minister.
        if post != nil, Self.isPortfolio(words.drop { lexicon.state(namedOrDemonym: $0) != nil }.joined(separator: " ")) { return }
        // A run may go on past the name: "United Nations Secretary-General Ana
        // Rojas" holds "United Nations", cut after its last head noun. But "of"
        // after the head goes on with it: "Economic Community of West African States".
        var headThenOf = false
        if let last = words.last, !lexicon.organizationHeads.contains(last),
           let cut = words.lastIndex(where: lexicon.organizationHeads.contains) {
            // So does "for" with what the body is for: "Central Commission for Foreign
            // Affairs", not a state it is for ("the Commission for Peru").
            headThenOf = (words[cut + 1] == "of" || words[cut + 1] == "for" && isNoKnownPlace(words[(cut + 2)...].joined(separator: " "))
                            && lexicon.state(named: words[(cut + 2)...].joined(separator: " ")) == nil)
                && !words[(cut + 1)...].contains { titleWords.contains($0.lowercased()) }
                // "the State Council of the People's Republic of China": a possessive
                // after the run owns what follows, no part of the body's name.
                && !["'s", "’s"].contains { text.substring(from: NSMaxRange(range)).hasPrefix($0) }
            if !headThenOf { words.removeSubrange((cut + 1)...) }
            // "Speaker of the National Assembly of Hungary Laszlo Kover": the state
            // after "of" ends the body; the name after it is its officer's.
            if headThenOf, words[cut + 1] == "of", let stateEnd = stateEnd(in: words, from: cut + 2) { words.removeSubrange(stateEnd...) }
            // "Secretary General of the Organization of Andean States Ana Rojas": after a
            // post, two name words after a plural end the body's name; they are its officer's.
            if headThenOf, titled, words.count >= cut + 5, case let name = words.suffix(2),
               words[words.count - 3].hasSuffix("s"), words[words.count - 3].first?.isUppercase == true,
               name.allSatisfy({ Self.isNameWord($0) && !lexicon.organizationHeads.contains($0) && lexicon.state(namedOrDemonym: $0) == nil }),
               isNoKnownPlace(name.joined(separator: " ")) {
                words.removeLast(2)
            }
        }
        guard words.count >= 2, let last = words.last else { return }
        // "the West Bank" is land named by a compass point, which the place rules take.
        if words.count == 2, Self.compassPoints.contains(words[0]) { return }
        let endsWithHead = lexicon.organizationHeads.contains(last)
        let startsWithHead = lexicon.organizationHeads.contains(words[0]) && ["of", "for"].contains(words[1])
        guard endsWithHead || startsWithHead || headThenOf else { return }
        let name = words.joined(separator: " ")
        if lexicon.state(named: name) != nil { return }
        let nameRange = NSRange(location: start, length: name.utf16.count)
        guard !article.isClaimed(sentence, nameRange) else { return }
        let id = article.entity(.organization, name)
        article.addMention(of: id, sentence: sentence, utf16Range: nameRange)
        // "Russian Security Council" belongs to Russia, as does "National Assembly of Hungary".
        if let owner = lexicon.state(namedOrDemonym: words[0]), words.count > 2 || endsWithHead {
            article.relate(.partOf, id, article.state(owner), sentence: sentence)
        } else if headThenOf, let of = words.firstIndex(of: "of"),
                  let owner = lexicon.state(named: words[(of + 1)...].drop { $0 == "the" }.joined(separator: " ")) {
            article.relate(.partOf, id, article.state(owner), sentence: sentence)
        }
    }

    /// "Lima-led", "Gulf-backed": who leads a body, no part of its name.
    /// Nouns of texts, which may open a name that ends in a body's: "Charter of the".
    static let textNouns: Set<String> = ["Charter", "Treaty", "Convention", "Statute", "Declaration", "Pact", "Protocol", "Accord", "Agreement", "Covenant", "Constitution"]

    static func isLeadBy(_ word: some StringProtocol) -> Bool {
        guard let dash = word.lastIndex(of: "-"), word.first?.isUppercase == true else { return false }
        return ["led", "backed", "based", "sponsored", "dominated", "brokered"].contains(word[word.index(after: dash)...])
    }

    /// Where a state's name that opens `words[from...]` ends, when name words that
    /// are no part of a body's name follow it; nil otherwise.
    private func stateEnd(in words: [String], from: Int) -> Int? {
        let start = from < words.count && words[from] == "the" ? from + 1 : from
        for end in stride(from: words.count - 1, to: start, by: -1) where lexicon.state(named: words[start..<end].joined(separator: " ")) != nil {
            let rest = words[end...]
            return rest.allSatisfy({ $0.first?.isUppercase == true && !lexicon.organizationHeads.contains($0) && !["of", "for", "and"].contains($0) }) ? end : nil
        }
        return nil
    }

    /// True when the acronym abbreviates the expansion: it starts with the first
    /// word's initial, its letters come in order from the capitalised words ("ASEAN"
    /// takes the "E" of "Southeast"), and it is not much shorter than the words.
    func isAcronym(_ acronym: String, of expansion: String) -> Bool {
        let words = expansion.split(separator: " ").filter { $0.first?.isUppercase == true }
        let letters = Array(acronym.lowercased().filter(\.isLetter))
        guard letters.count >= 2, let first = words.first?.first, first.lowercased() == String(letters[0]),
              words.count <= letters.count + 1 else { return false }
        var remaining = letters[...]
        for character in words.joined().lowercased() where character == remaining.first {
            remaining = remaining.dropFirst()
            if remaining.isEmpty { return true }
        }
        return false
    }

    /// A body's name right before an acronym of its name in another language: "the
    /// National Liberation Army (ELN)". The name is the run's tail after its last
    /// "and" or "the", of two to five words, ending in a body's noun.
    func bodyBeforeForeignAcronym(_ run: String, _ acronym: String) -> String? {
        let words = run.split(separator: " ")
        let tail = words.suffix(from: (words.lastIndex { $0 == "and" || $0 == "the" }).map { $0 + 1 } ?? 0).drop { Self.notNames.contains(String($0)) }
        guard (2...5).contains(tail.count), let head = tail.last, lexicon.organizationHeads.contains(String(head)),
              tail.first?.first?.isUppercase == true, lexicon.state(named: acronym) == nil else { return nil }
        let name = tail.joined(separator: " ")
        return lexicon.state(named: name) == nil ? name : nil
    }

    /// The tail of a capitalised run that the acronym abbreviates ("the leaders of the
    /// Commonwealth of Independent States" → "Commonwealth of Independent States").
    ///
    /// The longest tail whose capitalised words give exactly the acronym's letters
    /// comes first: "cooperation between Iran and the International Atomic Energy
    /// Agency (IAEA)" is the agency alone, though "Iran and the ..." holds the letters too.
    func trimExpansion(_ run: String, to acronym: String) -> String? {
        let words = run.split(separator: " ").map(String.init)
        let letters = acronym.lowercased().filter(\.isLetter)
        for start in words.indices where words[start].first?.isUppercase == true {
            let initials = words[start...].compactMap { $0.first?.isUppercase == true ? $0.first?.lowercased() : nil }.joined()
            if initials == letters { return words[start...].joined(separator: " ") }
        }
        for start in words.indices where words[start].first?.isUppercase == true {
            let candidate = words[start...].joined(separator: " ")
            if isAcronym(acronym, of: candidate) { return candidate }
        }
        return nil
    }
}
