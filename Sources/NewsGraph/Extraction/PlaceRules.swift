import Foundation

/// States, capitals acting as their state, cities, regions and territories.
extension Extractor {
    /// Words before a name that make it a location: "in Moscow", "visited Sochi".
    static let locationWords: Set<String> = ["in", "to", "into", "from", "at", "near", "across", "toward", "towards",
                                             "visit", "visits", "visited", "visiting", "reach", "reached"]

    /// True when text ends with a location word and a space, perhaps with "the":
    /// "talks in ", "arrived at the ".
    static func endsWithLocationWord(_ text: String) -> Bool {
        guard text.last == " " else { return false }
        // Only the last two words matter: read them from the end.
        var rest = text[...].dropLast()
        func lastWord() -> String {
            while rest.last == " " { rest.removeLast() }
            let start = rest.lastIndex(of: " ").map(rest.index(after:)) ?? rest.startIndex
            defer { rest = rest[..<start] }
            return rest[start...].lowercased()
        }
        var word = lastWord()
        if word == "the" { word = lastWord() }
        // "the war over Alto-Verdena", "fought over it": the land fought for.
        if word == "over" { return foughtOver.contains(lastWord()) }
        // "the situation around Alto-Verdena": the land a situation is in.
        if word == "around" { return situationsAround.contains(lastWord()) }
        return locationWords.contains(word)
    }
    /// Words before "around" that make what follows land a situation is in.
    static let situationsAround: Set<String> = ["situation", "tensions", "crisis", "developments", "escalation"]
    /// Words before "over" that make what follows land in dispute.
    static let foughtOver: Set<String> = ["war", "wars", "conflict", "conflicts", "dispute", "disputes", "fought", "fighting", "clashes", "clashed", "hostilities"]
    /// A noun of settlement and "of" ending the text, with the words that qualify
    /// it: "the western Ukrainian city of ".
    /// Or the plural noun and the names listed after it so far: "the towns of A, B and ".
    static let settlementBefore = try! NSRegularExpression(
        pattern: #"\bthe\s+((?:[\p{L}-]+\s+){0,3}(?:city|town|village|port|resort|cities|towns|villages|ports|resorts))\s+of\s+(?:(?<=(?:cities|towns|villages|ports|resorts)\s{1,3}of\s{1,3})(?:(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*)?,\s+){0,6}(?:(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*)?,?\s+and\s+)?)?$"#, options: [.caseInsensitive])
    /// A noun of territory and "of" ending the text, with the words that qualify
    /// it: "the southern Peruvian province of ".
    static let territoryBefore = try! NSRegularExpression(
        pattern: #"\bthe\s+((?:[\p{L}-]+\s+){0,3}(?-i:province|region|district|oblast|governorate|county|department|prefecture))\s+of\s+$"#, options: [.caseInsensitive])
    /// Words after a name that make it a territory: "Tigray region".
    static let regionAfter = try! NSRegularExpression(
        pattern: #"^\s+(region|province|oblast|governorate|district|territory|krai|autonomous republic)\b"#)
    /// True when a region noun follows the name: "Tigray region". The letter after
    /// the space and the sentence's words are checked first, so most names are
    /// spared the pattern.
    static func regionNounFollows(_ range: NSRange, in text: UTF16Text, sentence: Sentence) -> Bool {
        let end = NSMaxRange(range)
        guard end + 1 < text.length, text.character(at: end) == 0x20,
              let initial = Unicode.Scalar(text.character(at: end + 1)), "rpogdtka".unicodeScalars.contains(initial),
              sentence.has(["region", "province", "oblast", "governorate", "district", "territory", "krai", "autonomous"]) else { return false }
        return regionAfter.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: end, length: text.length - end)) != nil
    }
    /// The words of a compass point or position that open a region's name.
    static let compassWords = ["north", "south", "east", "west", "southeast", "southwest", "northeast", "northwest", "central", "northern", "southern", "eastern", "western", "middle", "far", "near", "upper", "lower"]
    /// "the South Caucasus", "the Middle East", "Central Asia", "the East China Sea".
    static let compassRegion = OpeningWordPattern(#"(?<![\p{L}])(?:the\s+)?((?:North|South|East|West|Southeast|Southwest|Northeast|Northwest|Central|Northern|Southern|Eastern|Western|Middle|Far|Near|Upper|Lower)(?:ern)?\s+\p{Lu}[\p{L}]+(?:\s+(?:Sea|Ocean|Gulf|Strait|Peninsula|Basin|Coast))?)(?![\p{L}])"#, options: [], opening: .word(["the"] + compassWords + compassWords.map { $0 + "ern" }))
    /// The endings of adjectives ("West African", "Central Asian", "Middle Eastern"):
    /// a compass word before one describes, it names no region.
    static let adjectiveEndings = ["ian", "can", "ean", "ern", "ese", "ish"]
    /// Words that make an unknown place after "in" a territory rather than a town.
    static let territoryContext = try! NSRegularExpression(
        pattern: #"\b(wars?|conflicts?|hostilities|fighting|clashes|occupied|occupation|territory|territories|region|peace|ceasefire|cease-fire|truce|situation|settlement|separatist|enclave|annex\w*|liberation|offensive|incursions?|invasion)\b"#, options: [.caseInsensitive])
    /// A gathering or a building right before "in": "talks in ", "the Palace in ".
    static let gatheringIn = pattern(#"\b(?:talks|meeting|meetings|summit|met|meet|meets|negotiations|consultations|conference|ceremony|forum|palace|hotel|house|residence|centre|center|hall)\s+in\s+$"#)
    /// People sent by a side, right before its name: "negotiators from ".
    static let peopleFrom = pattern(#"\b(?:negotiators|delegates|delegations?|officials|representatives|envoys|mediators|diplomats|leaders|ministers|members|teams?|fighters)\s+from\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}-]*\s+and\s+(?:the\s+)?)?$"#)
    /// True when the sentence speaks of a territory: war, occupation, a region.
    static func speaksOfTerritory(_ sentence: Sentence) -> Bool {
        sentence.has(prefix: ["war", "conflict", "hostilit", "fighting", "clash", "occup", "territor", "region", "peace", "ceasefire", "cease", "truce", "situation", "settlement", "separatist", "enclave", "annex", "liberation",
                              "offensive", "incursion", "invasion"])
            && matches(territoryContext, sentence.text)
    }
    /// "X war", "X conflict", "X peace process": X is a territory.
    static let nameBeforeConflict = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?)\]?\s+(?:war|conflict|peace process|settlement|issue)\b"#)
    /// "X, a mountainous region", "X, an exclave of Y": X is a territory. The words
    /// between are adjectives, not "a country in the region".
    static let regionInApposition = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?),\s+(?:a|an)\s+(?:(?!(?:in|of|on|at|near|with|and|or|that|which|the|country|state|nation)\b)[\p{L}-]+\s+){0,3}(?:region|territory|enclave|exclave|province)\b"#)
    /// "X, also known as Y,": Y is another name of X.
    static let alsoKnownAs = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*),?\s+(?:also\s+)?(?:known|referred to)\s+as\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*)"#)

    /// "the Gaza Strip", "the Korean Peninsula", "the Golan Heights", "the Horn of
    /// Africa": a land named by its feature, a region whatever state or people its
    /// first word names.
    static let landFeature = pattern(#"(?<![\p{L}])((?!(?-i:The|A|An|This|That)\s)(?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)?\s+(?-i:Strip|Peninsula|Heights)|(?-i:Horn)\s+of\s+(?-i:Africa))(?![\p{L}])"#)

    /// The nouns of `landFeature`, which alone name no land: "the Strip".
    static let featureWords: Set<String> = ["Strip", "Peninsula", "Heights", "Horn"]

    func findPlaces(in sentence: Sentence, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        let whole = NSRange(location: 0, length: text.length)
        for match in sentence.has(["strip", "peninsula", "heights", "horn"]) ? Self.landFeature.matches(in: sentence.text, range: whole) : [] {
            let range = match.range(at: 1)
            guard !article.isClaimed(sentence, range) else { continue }
            article.addMention(of: article.entity(.region, text.substring(with: range)), sentence: sentence, utf16Range: range)
        }
        // Seats of government and compass regions first: they hold words ("White",
        // "South") that are also the names of small subdivisions.
        for match in sentence.has(["house", "palace", "kremlin", "street", "building", "hall", "villa"]) ? Self.seatOfGovernment.matches(in: sentence.text, range: whole) : [] {
            addSeat(match.range(at: 1), sentence: sentence, text: text, into: article)
        }
        // Seats the lexicon names that no head noun marks: "the Elysee said", "Moncloa".
        for (word, seats) in seatsByFirstWord where sentence.has(word: word) {
            for seat in seats {
                for found in Self.wholeWordRanges(of: seat, in: text) { addSeat(found, sentence: sentence, text: text, into: article) }
            }
        }
        for match in sentence.has(["kingdom", "sultanate"]) ? Self.formOfState.matches(in: sentence.text, range: whole) : [] {
            addStateNamedByForm(match.range(at: 1), sentence: sentence, text: text, into: article)
        }
        for match in sentence.has(Self.compassWords) ? Self.compassRegion.matches(in: sentence) : [] {
            let name = text.substring(with: match.range(at: 1))
            // "South Korea" and "South Korean" are a state, not a region; "the Southern
            // Gas Corridor" is a longer name of something else.
            let end = NSMaxRange(match.range(at: 1))
            let longer = end + 1 < text.length && text.character(at: end) == 0x20 && Unicode.Scalar(text.character(at: end + 1)).map { $0.properties.isUppercase } == true
            guard !longer, lexicon.state(namedOrDemonym: name) == nil,
                  !Self.adjectiveEndings.contains(where: name.split(separator: " ")[1].hasSuffix) else { continue }
            article.addMention(of: article.entity(.region, name), sentence: sentence, utf16Range: match.range(at: 1))
        }
        if sentence.has(["and"]), sentence.has(["north", "south", "east", "west"]) { addStatesNamedByHalf(in: sentence, text: text, into: article) }
        // "the North's delegation", after "North and South Korea": the one state of
        // the article whose name begins with the compass word.
        for match in sentence.has(["north", "south", "east", "west"]) ? Self.compassAlone.matches(in: sentence) : [] {
            let word = text.substring(with: match.range(at: 1))
            let states = article.named(.state).filter { $0.name.hasPrefix(word + " ") }
            guard states.count == 1, !article.isClaimed(sentence, match.range(at: 1)) else { continue }
            article.addMention(of: states[0].id, sentence: sentence, utf16Range: match.range(at: 1))
        }
        for run in placeRuns(of: sentence, text: text) {
            scanPlaceNames(in: run, sentence: sentence, text: text, into: article)
        }
        for match in sentence.has(["war", "conflict", "peace", "settlement", "issue"]) ? Self.nameBeforeConflict.matches(in: sentence.text, range: whole) : [] {
            addTerritory(match.range(at: 1), sentence: sentence, text: text, into: article)
        }
        for match in sentence.has(["region", "territory", "enclave", "exclave", "province"]) ? Self.regionInApposition.matches(in: sentence.text, range: whole) : [] {
            addTerritory(match.range(at: 1), sentence: sentence, text: text, into: article)
        }
        if sentence.has(Self.governmentNouns) { addGovernments(in: sentence, text: text, into: article) }
        if sentence.has(Self.pluralGovernmentNouns) && sentence.has(["and"]) { addPluralGovernments(in: sentence, text: text, into: article) }
        if sentence.has(word: "capital") { addCapitals(in: sentence, text: text, into: article) }
        // "X, also known as Y": Y is X too, whatever the lexicon made of it.
        for match in sentence.has(["known", "referred"]) ? Self.alsoKnownAs.matches(in: sentence.text, range: whole) : [] {
            let other = match.range(at: 2)
            let first = match.range(at: 1)
            // X may be named here without a rule having caught it: use the entity
            // the article already has under that name.
            if article.entity(mentionedAt: first, in: sentence) == nil, let named = article.entity(named: text.substring(with: first)) {
                article.addMention(of: named, sentence: sentence, utf16Range: first)
            }
            guard let known = article.entity(mentionedAt: first, in: sentence) else { continue }
            if let separate = article.entity(mentionedAt: other, in: sentence), separate != known {
                article.merge(separate, into: known)
            } else {
                article.addMention(of: known, sentence: sentence, utf16Range: other)
            }
        }
    }

    /// "the Democratic People's Republic of Korea (DPRK)", and "DPRK" after it: an
    /// acronym of the initials of a state's name the article wrote is that state,
    /// not a body.
    func foldStateAcronyms(into article: ArticleState) {
        let states = article.named(.state)
        for (id, acronym) in article.named(.organization) where (2...6).contains(acronym.count) && acronym.allSatisfy({ $0.isUppercase && $0.isLetter }) {
            let spelled = states.first { state in
                (article.mentionTexts(of: state.id) + [state.name]).contains { name in
                    String(name.split(separator: " ").filter { $0.first?.isUppercase == true }.compactMap(\.first)) == acronym
                }
            }
            if let state = spelled { article.merge(id, into: state.id) }
        }
    }

    /// A region that one sentence's words made known ("the Alto-Verdena
    /// conflict") is the same region wherever else the article writes its name:
    /// "refugees from Alto-Verdena", before or after.
    func findRegionsNamedElsewhere(into article: ArticleState) {
        // "Gaza" and "the Gaza Strip" in one article are one land.
        for (id, name) in article.named(.region) {
            guard let space = name.lastIndex(of: " "), ["Strip", "Peninsula", "Heights"].contains(name[name.index(after: space)...]) else { continue }
            let stem = String(name[..<space])
            if let short = article.named(.region).first(where: { $0.name == stem })?.id, short != id {
                article.merge(short, into: id)
            }
        }
        for (id, name) in article.named(.region) where name.unicodeScalars.count >= 4 && name.first?.isUppercase == true {
            addMentions(of: id, named: name, into: article)
            // A hyphenated name's last part stands for it too: "Verdena" for "Alto-Verdena".
            if let last = name.split(separator: "-").last.map(String.init), last != name, last.count >= 5,
               last.first?.isUppercase == true, isNoPlaceOrPeople(last) {
                addMentions(of: id, named: last, into: article)
            }
        }
    }

    /// Adds a mention of a region wherever the article writes its name as a whole
    /// word, not inside a longer name ("Verdena" of "Alto-Verdena").
    private func addMentions(of id: EntityID, named name: String, into article: ArticleState) {
        let first = String(name.lowercased().split { !$0.isLetter && !$0.isNumber }.first ?? "")
        for sentence in article.sentences where sentence.has(word: first) {
            let text = UTF16Text(sentence.text)
            for found in Self.wholeWordRanges(of: name, in: text) where !article.isClaimed(sentence, found)
                && (found.location == 0 || text.character(at: found.location - 1) != 0x2D)
                && (NSMaxRange(found) == text.length || text.character(at: NSMaxRange(found)) != 0x2D) {
                article.addMention(of: id, sentence: sentence, utf16Range: found)
            }
        }
    }

    /// True when a word names no state, people or city the lexicon knows.
    private func isNoPlaceOrPeople(_ word: String) -> Bool {
        lexicon.state(namedOrDemonym: word) == nil && lexicon.cities[Lexicon.fold(word)] == nil && lexicon.subdivisions[Lexicon.fold(word)] == nil
    }

    /// Nouns after a demonym that make the phrase its state acting or speaking:
    /// "the Swiss government", "the Russian side", "the Kenyan presidency".
    static let governmentNouns = ["government", "authorities", "administration", "presidency", "leadership", "cabinet", "side"]

    /// "the Swiss government offered ...": a description of the state, so it stands
    /// for the state in the sentence's relations without becoming one of its names.
    private func addGovernments(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        for noun in Self.governmentNouns where sentence.has(word: noun) {
            for (state, range, _) in statesQualifying(noun, in: text) {
                article.addMention(of: article.state(state), sentence: sentence, utf16Range: range, kind: "description")
            }
        }
    }

    /// Plural nouns after demonyms joined by "and" that make each its state acting.
    static let pluralGovernmentNouns = ["governments", "administrations", "leaderships", "cabinets", "sides"]

    /// "the Czech and Slovak governments", "the Russian, Turkish and Iranian sides":
    /// demonyms or states' names, of one or two words each, joined before a plural
    /// noun of government.
    static let joinedStatesBeforeGovernments = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(?!The\s)((?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?(?:,\s+|\s+and\s+))+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)\s+(?:"#
            + pluralGovernmentNouns.joined(separator: "|") + #")(?![\p{L}])"#)
    static let governingStateInList = try! NSRegularExpression(pattern: #"\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?(?=,|\s+and\s|$)"#)

    /// Each state of "the Czech and Slovak governments": a description of the state
    /// where every one of the joined words names a state.
    private func addPluralGovernments(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        for match in Self.joinedStatesBeforeGovernments.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let list = match.range(at: 1)
            let items = Self.governingStateInList.matches(in: sentence.text, range: list).map(\.range)
            let states = items.compactMap { lexicon.state(namedOrDemonym: text.substring(with: $0)) }
            guard states.count == items.count, Set(states.map(\.code)).count == states.count else { continue }
            for (state, range) in zip(states, items) where !article.isClaimed(sentence, range) {
                article.addMention(of: article.state(state), sentence: sentence, utf16Range: range, kind: "description")
            }
        }
    }

    /// "the Moroccan capital": the state's capital, as a place, and the state its
    /// adjective names. Not "Turkish capital markets", where the word means money.
    private func addCapitals(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        for (state, range, adjective) in statesQualifying("capital", in: text) {
            let rest = text.substring(from: NSMaxRange(range))
            let next = rest.hasPrefix(" ") ? rest.dropFirst().leadingRuns(1) { $0.isLetterCategory }.first.map(String.init) : nil
            // The capital by the name the article uses for it: "Astana" or "Nur-Sultan".
            let used = lexicon.capitalNames[state.code]?.first { article.isMentioned(EntityID(type: .place, name: $0)) }
            guard let city = used ?? lexicon.capitalOf[state.code], !(next.map(Self.moneyWords.contains) ?? false) else { continue }
            let named = article.addMention(of: article.state(state), sentence: sentence, utf16Range: adjective, kind: "description")
            article.addMention(of: article.entity(.place, city), sentence: sentence, utf16Range: range, kind: "description", inside: named ? adjective : nil)
        }
    }

    /// Nouns after "capital" that make it money.
    private static let moneyWords: Set<String> = ["markets", "market", "flight", "flows", "inflows", "outflows", "gains", "investment", "spending", "controls", "expenditure", "goods", "punishment"]

    /// Each `noun` (or the noun capitalised) that a state's name or demonym right
    /// before it qualifies, with the whole phrase's range ("the Swiss government").
    private func statesQualifying(_ noun: String, in text: UTF16Text) -> [(state: Lexicon.State, range: NSRange, adjective: NSRange)] {
        let capitalised = noun.prefix(1).uppercased() + noun.dropFirst()
        return (Self.wholeWordRanges(of: noun, in: text) + Self.wholeWordRanges(of: capitalised, in: text)).sorted(by: { $0.location < $1.location }).compactMap { found in
            // The word before the noun, with the dots of "U.S." and the hyphens of "Bosnian-Serb".
            let before = text.substring(to: found.location)
            guard before.hasSuffix(" ") else { return nil }
            let adjective = before.dropLast().trailingRuns(1) { $0.isLetterCategory || $0 == "." || $0 == "-" }.first.map(String.init) ?? ""
            guard adjective.first?.isUppercase == true, before.dropLast().hasSuffix(adjective),
                  let state = lexicon.state(namedOrDemonym: adjective.hasSuffix(".") && adjective.filter({ $0 == "." }).count == 1 ? String(adjective.dropLast()) : adjective) else { return nil }
            var start = found.location - 1 - adjective.utf16.count
            let adjectiveRange = NSRange(location: start, length: adjective.utf16.count)
            if before.dropLast(adjective.count + 1).lowercased().hasSuffix("the ") { start -= 4 }
            return (state, NSRange(location: start, length: NSMaxRange(found) - start), adjectiveRange)
        }
    }

    /// "the Kremlin", "the White House", "Downing Street", "the Great Hall of the
    /// People", "Al-Yamamah Palace", "the Presidential Villa": a seat of government
    /// acting or speaking is its state; elsewhere it is a place.
    static let seatOfGovernment = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])((?:(?:Al|El)[\s-](?=\p{Lu}))?(?:\p{Lu}[\p{L}]+\s+)?(?:House|Palace|Kremlin|Street|Building|Hall|Villa)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)?)(?![\p{L}])"#)

    /// True when a range neither starts nor ends inside a word.
    static func isWholeWord(_ range: NSRange, in text: UTF16Text) -> Bool {
        let letters = CharacterSet.letters
        func isLetter(_ index: Int) -> Bool {
            guard index >= 0, index < text.length, let scalar = Unicode.Scalar(text.character(at: index)) else { return false }
            return letters.contains(scalar)
        }
        return !isLetter(range.location - 1) && !isLetter(NSMaxRange(range))
    }

    /// Where a name stands in the text as whole words, in order.
    static func wholeWordRanges(of name: String, in text: UTF16Text) -> [NSRange] {
        var ranges: [NSRange] = []
        var from = 0
        while from < text.length {
            let found = text.range(of: name, range: NSRange(location: from, length: text.length - from))
            guard found.location != NSNotFound else { break }
            from = NSMaxRange(found)
            if isWholeWord(found, in: text) { ranges.append(found) }
        }
        return ranges
    }

    /// "the Kingdom", "the Sultanate" in capitals, with no "of" after: a form of state
    /// that a state's own press writes for it.
    static let formOfState = try! NSRegularExpression(pattern: #"(?<![\p{L}])[Tt]he\s+(Kingdom|Sultanate)(?!\s+of\b)(?![\p{L}])"#)

    /// "the Kingdom's role", "a visit to the Sultanate": the dateline's state, when
    /// its formal name has that form ("Kingdom of Bahrain", "Sultanate of Oman").
    private func addStateNamedByForm(_ range: NSRange, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        guard !article.isClaimed(sentence, range), let state = datelineState(of: article),
              lexicon.hasFormalName(text.substring(with: range), state) else { return }
        article.addMention(of: article.state(state), sentence: sentence, utf16Range: range)
    }

    private func addSeat(_ found: NSRange, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        var range = found
        var name = text.substring(with: range)
        if let first = name.split(separator: " ").first, name.holds(" "), Self.notNames.contains(String(first)) {
            range.location += first.utf16.count + 1
            range.length -= first.utf16.count + 1
            name = text.substring(with: range)
        }
        guard !article.isClaimed(sentence, range) else { return }
        // "the House of Representatives", "the House of Commons": a chamber of a
        // legislature is a body, not a building.
        if let chamber = name.split(separator: " ").last, name.hasPrefix("House of "), Self.chambers.contains(String(chamber)) {
            article.addMention(of: article.entity(.organization, name), sentence: sentence, utf16Range: range)
            return
        }
        let before = text.substring(to: range.location), after = text.substring(from: NSMaxRange(range))
        if let code = lexicon.seats[name], let state = lexicon.state(code: code), Self.capitalActs(before: before, after: after) || !Self.endsWithLocationWord(before) {
            article.addMention(of: article.state(state), sentence: sentence, utf16Range: range)
        } else if name.holds(" ") || lexicon.seats[name] != nil {
            article.addMention(of: article.entity(.place, name), sentence: sentence, utf16Range: range)
        }
    }

    /// The last words of the names of legislatures' chambers after "House of".
    static let chambers: Set<String> = ["Representatives", "Commons", "Lords", "Councillors", "Councilors", "Delegates", "Deputies", "People", "Peoples", "Assembly", "Federation", "Nationalities"]

    /// Looks for the longest known place name at each word of a capitalised run.
    private func scanPlaceNames(in run: NSRange, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        // A region noun can only follow the whole run: inside it the next word is
        // capitalised or a particle.
        let regionNounAfterRun = Self.regionNounFollows(run, in: text, sentence: sentence)
        // A possessive ends a name: "Ethiopia's Tigray" is two, but a state's name
        // may hold one: "People's Republic of China", "Democratic People's Republic
        // of Korea". Past the longest name the lexicon has from a word on, only a
        // region noun makes a place.
        let limit: ([String], Int) -> Int = { tokens, index in
            let end = (tokens[index...].indices.first { at in
                tokens[at].possessiveLength > 0 && self.lexicon.placeNameWords(startingWith: tokens[index]) <= at - index + 1
            }).map { $0 + 1 } ?? tokens.count
            if end == tokens.count && regionNounAfterRun { return end }
            return min(end, index + self.lexicon.placeNameWords(startingWith: tokens[index]))
        }
        let words = text.substring(with: run).splitAtSpaces(omittingEmpty: false)
        Self.scanLongest(run, in: text, limit: limit) { written, found, index, length in
            // "Lake Victoria", "Mount Kenya": a landform named after a city or state is neither.
            if index > 0, Self.landformNouns.contains(words[index - 1]) { return false }
            var candidate = written
            // A sentence's full stop is not part of the name, an abbreviation's is
            // ("U.S."), but not one in an earlier word ("St. George's.").
            while candidate.hasSuffix("."), !(candidate.dropLast().split(separator: " ").last?.holds(".") ?? false) { candidate.removeLast() }
            // A possessive ends the name, unless it is part of a city's: "St. John's".
            if !lexicon.isCity(candidate) { candidate.removeLast(candidate.possessiveLength) }
            let range = NSRange(location: found.location, length: candidate.utf16.count)
            // "in Gaza and Lebanon": each name joined by "and" stands as the whole
            // run would, and what stands before the run stands before each.
            let first = index == 0 || words[index - 1] == "and", last = index + length == words.count || words[index + length] == "and"
            return classifyPlace(candidate, range: range, wholeRun: first && last, runStart: run.location, sentence: sentence, text: text, into: article)
        }
    }

    /// Nouns of landforms that stand before their names.
    static let landformNouns: Set<Substring> = ["Lake", "Mount", "Mt", "Mt.", "River", "Cape"]

    /// "North and South Korea": the first half of two states' names that share
    /// their last word names a state too.
    private func addStatesNamedByHalf(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        for match in Self.twoHalvesOfStates.matches(in: sentence) where !article.isClaimed(sentence, match.range(at: 1)) {
            let (first, second, shared) = (text.substring(with: match.range(at: 1)), text.substring(with: match.range(at: 2)), text.substring(with: match.range(at: 3)))
            guard let state = lexicon.state(named: first + " " + shared), let other = lexicon.state(named: second + " " + shared), state != other else { continue }
            article.addMention(of: article.state(state), sentence: sentence, utf16Range: match.range(at: 1))
        }
    }

    /// "North and South Korea": two compass words, one last word.
    static let twoHalvesOfStates = OpeningWordPattern(#"(?<![\p{L}])((?-i:North|South|East|West))\s+and\s+((?-i:North|South|East|West))\s+((?-i:\p{Lu})\p{L}+)(?![\p{L}])"#, opening: .word(["north", "south", "east", "west"]))
    /// "the North", "the South's": a compass word in capitals standing alone.
    static let compassAlone = OpeningWordPattern(#"(?<![\p{L}])the\s+((?-i:North|South|East|West))(?=['’]s\b|(?![\p{L}'’-])(?!\s+(?-i:\p{Lu})))"#, opening: .word(["the"]))

    /// The sentence's capitalised runs, two of them joined where "of the" or "and
    /// the" stands inside a state's name: "the Democratic Republic of the Congo",
    /// "Saint Vincent and the Grenadines" (but "Peru and the Republic of Congo" stay two).
    private func placeRuns(of sentence: Sentence, text: UTF16Text) -> [NSRange] {
        var runs = sentence.scalars.placeRuns()
        guard runs.count > 1 else { return runs }
        // A run ends after six words, perhaps inside a name ("Foreign Minister Ana
        // Rojas and United Arab | Emirates"): one that a single space or hyphen
        // parts from the next goes on in it.
        var joined: [NSRange] = []
        for run in runs {
            if let last = joined.last, run.location == NSMaxRange(last) + 1, [0x20, 0x2D].contains(text.character(at: NSMaxRange(last))) {
                joined[joined.count - 1] = NSRange(location: last.location, length: NSMaxRange(run) - last.location)
            } else {
                joined.append(run)
            }
        }
        runs = joined
        guard runs.count > 1, sentence.has(word: "the") else { return runs }
        var index = 0
        while index + 1 < runs.count {
            let first = runs[index], second = runs[index + 1]
            // Only " of the " or " and the " can stand between: cut no other gap out.
            let gapLength = second.location - NSMaxRange(first)
            if gapLength == 8 || gapLength == 9, case let gap = text.substring(with: NSRange(location: NSMaxRange(first), length: gapLength)),
               gap == " of the " || gap == " and the " {
                let before = text.substring(with: first).split(separator: " "), after = text.substring(with: second).split(separator: " ")
                let joiner = gap.dropFirst().dropLast().split(separator: " ")
                let named = (1...min(3, before.count)).contains { words in
                    (1...min(3, after.count)).contains { lexicon.state(named: (before.suffix(words) + joiner + after.prefix($0)).joined(separator: " ")) != nil }
                }
                if named {
                    runs[index] = NSRange(location: first.location, length: NSMaxRange(second) - first.location)
                    runs.remove(at: index + 1)
                    continue
                }
            }
            index += 1
        }
        return runs
    }

    /// A city's name as the lexicon writes it when the text writes it in capitals:
    /// a dateline's "STOCKHOLM" is Stockholm.
    private func usualSpelling(of name: String) -> String {
        guard name.contains(where: \.isUppercase), !name.contains(where: \.isLowercase) else { return name }
        return lexicon.placeNames[Lexicon.fold(name)] ?? Self.placeName(inCapitals: name)
    }

    /// A place's name written in capitals, in capitals and small letters: each word and
    /// each part of a hyphenated one, but a particle after the first in small
    /// letters ("SHARM EL-SHEIKH" is Sharm el-Sheikh, "PORT-AU-PRINCE" Port-au-Prince).
    static func placeName(inCapitals name: String) -> String {
        var result = ""
        var word = ""
        func flush() {
            let lower = word.lowercased()
            result += !result.isEmpty && placeParticles.contains(lower) ? lower : word.prefix(1) + String(lower.dropFirst())
            word = ""
        }
        for character in name {
            if character == " " || character == "-" {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }

    /// Small words inside a place's name: "Sharm el-Sheikh", "Rio de Janeiro".
    private static let placeParticles: Set<String> = ["el", "al", "ad", "ar", "as", "ash", "at", "az", "ed", "de", "del", "della", "di", "da", "do", "dos", "das",
                                                      "du", "des", "la", "le", "les", "en", "au", "aux", "sur", "upon", "on", "of", "the", "and", "y", "bin", "ibn"]

    /// Adds the mention a place name makes here; false when it is no known place.
    ///
    /// A subdivision or city found only by a preposition before it must be the whole
    /// capitalised run, or one of its names joined by "and": "in Alaska", "in Gaza and
    /// Lebanon", but not "White" in "at the White House". `runStart` is where the run
    /// starts, whose preposition places each of its names.
    private func classifyPlace(_ name: String, range: NSRange, wholeRun: Bool, runStart: Int, sentence: Sentence, text: UTF16Text, into article: ArticleState) -> Bool {
        guard name.count > 1, !article.isClaimed(sentence, range) else { return false }
        if let state = lexicon.state(named: name), !Self.channelNumberFollows(range, in: text) {
            article.addMention(of: article.state(state), sentence: sentence, utf16Range: range)
            return true
        }
        // "Greenland", "Western Sahara": a territory that is no state is a region.
        if let territory = lexicon.territory(named: name) {
            article.addMention(of: article.entity(.region, territory), sentence: sentence, utf16Range: range)
            return true
        }
        // Most candidates are no place at all: the context around them is only cut
        // out and matched when a lookup or a region noun after them asks for it.
        let regionNounAfter = Self.regionNounFollows(range, in: text, sentence: sentence)
        let (lookupKey, key) = Lexicon.keyAndFold(name)
        let capital = lexicon.capitals[lookupKey]
        let subdivision = lexicon.subdivisions[key] != nil, city = lexicon.cities[key] != nil
        let maybeTerritory = wholeRun && !name.holds(" ")
        let before = text.substring(to: range.location)
        // "the western Ukrainian city of Uzhhorod", "the port of Arica": a noun of
        // settlement makes the whole run a place, known to the lexicon or not.
        // "the port of Arica and Quito sent": each name joined by "and" is its own.
        let settlement = wholeRun && !name.holds(" and ") && (runStart == range.location || before.hasSuffix(" and ")) && (before.hasSuffix(" of ") || before.hasSuffix(", ") || before.hasSuffix(" and "))
            ? Self.settlementBefore.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count)) : nil
        // "the Peruvian province of Tacna": a noun of territory does the same for a region.
        let territoryNoun = settlement == nil && wholeRun && runStart == range.location && before.hasSuffix(" of ") && capital == nil
            ? Self.territoryBefore.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count)) : nil
        guard capital != nil || subdivision || city || regionNounAfter || maybeTerritory || settlement != nil || territoryNoun != nil else { return false }
        // The place or region, and its state when a demonym qualifies the noun.
        func addNamedByNoun(_ type: EntityType, _ noun: NSTextCheckingResult) {
            let id = article.entity(type, name)
            article.addMention(of: id, sentence: sentence, utf16Range: range)
            let words = UTF16Text(before).substring(with: noun.range(at: 1)).splitAtSpaces().dropLast()
            if let state = words.lazy.compactMap({ self.lexicon.state(namedOrDemonym: String($0)) }).first {
                article.relate(.partOf, id, article.state(state), sentence: sentence)
            }
        }
        if let territoryNoun, lexicon.state(namedOrDemonym: name) == nil, !Self.notNames.contains(name) {
            addNamedByNoun(.region, territoryNoun)
            return true
        }
        let after = text.substring(from: NSMaxRange(range))
        if let settlement, capital == nil {
            addNamedByNoun(.place, settlement)
            return true
        }
        if let state = capital {
            // A capital that acts or speaks is its state; otherwise the city.
            let id = Self.capitalActs(before: before, after: after) ? article.state(state) : article.entity(.place, usualSpelling(of: name))
            article.addMention(of: id, sentence: sentence, utf16Range: range)
            return true
        }
        let located = wholeRun && Self.endsWithLocationWord(runStart == range.location ? before : text.substring(to: runStart))
        // A name that is a city and a province is the city where it is only a
        // location ("talks in Istanbul"), the province when a region noun follows.
        // A gathering or a building there is in the city, whatever else the sentence
        // speaks of: "peace talks in Istanbul", "the palace in Istanbul".
        let cityHere = city && located && !regionNounAfter
            && (!Self.speaksOfTerritory(sentence) || Self.matches(Self.gatheringIn, text.substring(to: runStart)))
        if subdivision, !cityHere, located || regionNounAfter || before.hasSuffix("’s ") || before.hasSuffix("'s ") {
            addRegion(name, range: range, after: after, sentence: sentence, text: text, into: article)
            return true
        }
        if city, located {
            article.addMention(of: article.entity(.place, usualSpelling(of: name)), sentence: sentence, utf16Range: range)
            return true
        }
        if regionNounAfter, !Self.notNames.contains(name), lexicon.state(namedOrDemonym: name) == nil {
            addRegion(name, range: range, after: after, sentence: sentence, text: text, into: article)
            return true
        }
        // An unknown name where a territory is spoken of: "the situation in Rojava";
        // not the side people come from: "negotiators from Chile and the FARC", nor
        // an acronym, a body's: "coordination at the UN".
        if located, maybeTerritory, name != name.uppercased(), Self.speaksOfTerritory(sentence),
           !Self.matches(Self.peopleFrom, text.substring(to: runStart)) {
            return addTerritory(range, sentence: sentence, text: text, into: article)
        }
        return false
    }

    /// A region, its mention stretched over a following "region" ("Tigray region"),
    /// part of the state named before it ("Ethiopia's Tigray region").
    private func addRegion(_ name: String, range: NSRange, after: String, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        var span = range
        if let noun = Self.regionAfter.firstMatch(in: after, range: NSRange(location: 0, length: after.utf16.count)) {
            span.length += noun.range.length
        }
        let id = article.entity(.region, name)
        guard article.addMention(of: id, sentence: sentence, utf16Range: span) else { return }
        var before = text.substring(to: range.location)
        // "Peru's southern Tacna province": one adjective may stand between.
        if let last = before.dropLast().split(separator: " ").last, last.first?.isLowercase == true, last.allSatisfy({ $0.isLetter || $0 == "-" }) {
            before = String(before.dropLast(last.count + 1))
        }
        for suffix in ["’s ", "'s "] where before.hasSuffix(suffix) {
            let owner = before.dropLast(suffix.count).split(separator: " ").last.map(String.init) ?? ""
            if let state = lexicon.state(named: owner) { article.relate(.partOf, id, article.state(state), sentence: sentence) }
        }
    }

    /// True when one to three digits follow a name as a word of its own: "France 24"
    /// is a channel, no state; a year ("Peru 2025") is not such a number.
    static func channelNumberFollows(_ range: NSRange, in text: UTF16Text) -> Bool {
        var at = NSMaxRange(range)
        guard at + 1 < text.length, text.character(at: at) == 0x20 else { return false }
        at += 1
        let start = at
        while at < text.length, (0x30...0x39).contains(text.character(at: at)) { at += 1 }
        guard (1...3).contains(at - start) else { return false }
        // The number ends a word: "France 24.", not a score ("2-1", "2:1") or "24th".
        return at == text.length || Unicode.Scalar(text.character(at: at)).map { " .,;)\n".unicodeScalars.contains($0) } ?? false
    }

    @discardableResult
    private func addTerritory(_ range: NSRange, sentence: Sentence, text: UTF16Text, into article: ArticleState) -> Bool {
        let name = text.substring(with: range)
        // "January-October", "Armenian-Azerbaijani": dates and pairs of states are no territory.
        let parts = name.split(separator: "-").map(String.init)
        // "into the Strip": a land's feature alone names no territory of its own.
        guard !article.isClaimed(sentence, range), !parts.contains(where: Self.notNames.contains), !Self.featureWords.contains(name),
              !parts.contains(where: { DateText.month($0) != nil || lexicon.state(namedOrDemonym: $0) != nil }),
              article.knownPerson(name) == nil, lexicon.cities[Lexicon.fold(name)] == nil else { return false }
        return article.addMention(of: article.entity(.region, name), sentence: sentence, utf16Range: range)
    }

    /// Verbs after which a capital is its government speaking or acting.
    private static let actingVerbs = try! NSRegularExpression(pattern: #"^(?:’s|'s|\s+(?:has\s+|have\s+|had\s+|also\s+|will\s+|would\s+)?(?:hailed|said|says|stated|announced|warned|welcomed|condemned|accused|denied|insisted|claimed|urged|called|rejected|reiterated|confirmed|responded|reacted|deployed|sent|signed|agreed|wants|sees|views|hails|warns|welcomes|condemns|accuses|blames|denies|insists|claims|urges|calls|rejects|slams|signs|agrees|seeks|hopes|plans|aims|fears|expects|believes|considers|maintains|demands|refuses|opposes|supports|backs)\b)"#)
    /// The first of two capitals that act together: "Baku and Yerevan have agreed".
    private static let firstOfTwoActing = try! NSRegularExpression(pattern: #"^\s+and\s+\p{Lu}\w+\s+(?:have|has|are|were|agreed|signed)\b"#)
    /// The stances a government takes: "Oslo stood ready", "Ankara was concerned".
    private static let stanceAfter = try! NSRegularExpression(pattern: #"^\s+(?:is|was|are|were|remains|remained|stands|stood)\s+(?:not\s+|also\s+|still\s+)?(?:ready|willing|prepared|committed|determined|open|concerned|opposed|eager|keen|interested|unwilling|reluctant|confident|satisfied|disappointed|alarmed|worried)\b"#)

    /// What a government is to another: "Warsaw remains one of Kyiv's closest allies",
    /// "Lima is a key partner".
    /// So does an apposition: "Moscow, Yerevan's formal ally, reacted".
    private static let partyAfter = try! NSRegularExpression(pattern: #"^(?:\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:one\s+of\s+)?|,\s+(?=\p{Lu}\p{L}+['’]s\s))(?:\p{L}+['’]s\s+|its\s+|their\s+|a\s+|an\s+|the\s+)?(?:(?:closest|close|key|main|strategic|staunchest|strongest|important|reliable|major|biggest|largest|top|chief|formal|nominal|traditional|longtime|long-time|historic|old)\s+)*(?:ally|allies|partner|partners|supporter|supporters|backer|backers|adversary|adversaries|rival|rivals|enemy|enemies)\b"#)

    /// True when the capital acts or speaks ("Moscow hailed", "Moscow's readiness",
    /// "between Moscow and Yerevan"); false for a location ("in Moscow").
    static func capitalActs(before: String, after: String) -> Bool {
        if matches(actingVerbs, after, anchored: true) { return true }
        // Two capitals act together where no preposition makes them locations: "Lima
        // and Quito have long been at odds", but "protests in Lima and Quito are planned".
        if matches(firstOfTwoActing, after, anchored: true) { return !endsWithLocationWord(before) }
        // A stance, or a standing toward another ("remains Kyiv's closest ally"), is the
        // government's where no preposition makes the capital a location: "Lima stood
        // ready", but "the talks in Lima were ready".
        if matches(stanceAfter, after, anchored: true) || matches(partyAfter, after, anchored: true) { return !endsWithLocationWord(before) }
        let lower = before.lowercased()
        if lower.hasSuffix("between ") || lower.hasSuffix("help ") || (lower.hasSuffix(" and ") && lower.holds("between ")) { return true }
        // Parties named in apposition: "our neighbours, Lima and Quito".
        if lower.hasSuffix(", ") || lower.hasSuffix(" and "), matches(partiesBefore, lower) { return true }
        // A source: "according to the Kremlin", "according to Lima".
        if lower.hasSuffix("according to ") || lower.hasSuffix("according to the ") { return true }
        // The party a stance is taken toward: "Beijing blamed New Delhi", "urged Kyiv to".
        let lead = lower.lastLetterRuns(2)
        if let verb = lead.last, lower.hasSuffix(" \(verb) "), verbsTowardAParty.contains(verb) || lead == ["called", "on"] { return true }
        // A party named by a noun of dealings: "sanctions on Damascus", "ties with Hanoi".
        if lead.count == 2, lower.hasSuffix(" \(lead[1]) "), dealingsToward[lead[0]]?.contains(lead[1]) == true { return true }
        // The second of two capitals that act together: "Lima and Quito have".
        if before.hasSuffix(" and "), matches(jointVerb, after, anchored: true), !endsWithLocationWord(withoutFirstConjunct(before)) { return true }
        // The agent of a passive: "a move long sought by Baku", "rejected by Moscow".
        if lead.count == 2, lead[1] == "by", lower.hasSuffix(" \(lead[0]) by "), lead[0].hasSuffix("ed") || irregularParticiples.contains(lead[0]) { return true }
        // Any verb in the past or after a modal, where no preposition makes the
        // capital a location: "Beijing hoped", "Tokyo would lift", "Seoul and
        // Tokyo held talks"; but "talks in Tokyo ended".
        return !endsWithLocationWord(withoutFirstConjunct(before)) && matches(finiteVerb, after, anchored: true)
    }

    /// A plural noun of parties and a comma, perhaps with the first of two capitals
    /// after it: "our neighbours, ", "the two sides, Lima and ".
    static let partiesBefore = pattern(#"\b(?:neighbou?rs|partners|allies|parties|sides|rivals|adversaries),\s+(?:[\p{L}-]+(?:\s+[\p{L}-]+)?\s+and\s+)?$"#)

    /// Past participles not in -ed that a passive's agent may follow ("sought by").
    private static let irregularParticiples: Set<String> = ["sought", "made", "taken", "given", "brought", "seen", "held", "won", "led", "sent", "put", "set", "struck", "drawn", "written", "known"]

    /// Verbs whose object is a party, never a location: "accused Moscow of".
    private static let verbsTowardAParty: Set<String> = [
        "blamed", "blames", "accused", "accuses", "urged", "urges", "warned", "warns", "criticised", "criticized", "criticises", "criticizes",
        "condemned", "condemns", "thanked", "thanks", "congratulated", "pressed", "pressured", "rebuked", "invited", "invites",
    ]

    /// Nouns of dealings between states and the prepositions that name the other party.
    private static let dealingsToward: [String: Set<String>] = [
        "sanctions": ["on", "against"], "pressure": ["on"], "relations": ["with"], "ties": ["with"], "dialogue": ["with"],
        "rapprochement": ["with"], "normalisation": ["with"], "normalization": ["with"], "dispute": ["with"], "rift": ["with"],
        "talks": ["with"], "negotiations": ["with"],
    ]

    /// A plural verb after "X and Y": the two act together.
    private static let jointVerb = try! NSRegularExpression(pattern: #"^\s+(?:have|are|were|agreed|signed|remain|say|said)\b"#)

    /// "talks in Seoul and " without "Seoul and ": what stands before both of two
    /// joined names, so a preposition before the first governs the second too.
    private static func withoutFirstConjunct(_ before: String) -> String {
        guard before.hasSuffix(" and ") else { return before }
        var words = before.dropLast(5).split(separator: " ", omittingEmptySubsequences: false)
        var dropped = 0
        while dropped < 3, let last = words.last, last.first?.isUppercase == true {
            words.removeLast()
            dropped += 1
        }
        return words.joined(separator: " ") + (words.isEmpty ? "" : " ")
    }

    /// A finite verb, perhaps after "and" and a second capital and an adverb ("last
    /// held", "has long objected"): a regular past tense, a common irregular one, or a modal and its verb.
    private static let finiteVerb = try! NSRegularExpression(pattern: #"^\s+(?:and\s+(?:\p{Lu}[\p{L}-]+\s+){1,2})?(?:(?:also|last|recently|previously|later|then|first|jointly)\s+)?(?:(?:has|have|had)\s+(?:(?:long|also|already|repeatedly|recently|previously|often)\s+)?)?(?:\p{Ll}{2,}ed|held|met|spoke|sought|made|took|gave|struck|won|lost|(?:will|would|could|should|must|can|may|might|cannot|does|did)\s+(?:not\s+)?\p{Ll}+|(?:doesn|didn|won)['’]t\s+\p{Ll}+)\b"#)

    /// True when the pattern matches in the text; `anchored` only tries its start,
    /// which spares a `^` pattern the scan of every later position.
    static func matches(_ regex: NSRegularExpression, _ text: String, anchored: Bool = false) -> Bool {
        regex.firstMatch(in: text, options: anchored ? [.anchored] : [], range: NSRange(location: 0, length: text.utf16.count)) != nil
    }
}
