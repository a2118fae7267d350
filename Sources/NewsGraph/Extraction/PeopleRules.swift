import Foundation

/// People: a title before a name, later mentions of the name or surname, and
/// descriptions ("the Armenian leader") tied to the person they mean.
extension Extractor {
    /// "the two leaders", "both ministers", "the two" or "the pair" before a verb in
    /// the past, and "they" opening a sentence or a clause of time before a verb of
    /// meeting or of being received: a pair of people named before.
    static let pairDescription = OpeningWordPattern(#"(?<![\p{L}])(?:the two|both|each of the(?: two)?|each(?=\s+(?:leader|president|prime minister|premier|foreign minister|minister|side)(?![\p{L}])))(?:(?:\s+(?-i:[A-Z][A-Z0-9]{1,5}))?\s+(leaders|presidents|prime ministers|premiers|foreign ministers|top diplomats|ministers|diplomats|officials|heads of state|monarchs|men|women|sides|leader|president|prime minister|premier|foreign minister|minister|side)(?![\p{L}])|(?=\s+(?:also\s+)?(?-i:[a-z]+ed)\b)|(?=\s+"# + receivedBy + "))|the pair(?=\\s+(?:(?:also|later|then|jointly)\\s+)?(?:(?-i:[a-z]+ed)|met|held|spoke|sat|shook)\\b)|(?:(?<![\\s\\S])|(?<=\\b(?:since|when|after|where|before|and|as)\\s))(?-i:They|they)(?=\\s+(?:(?:also|later|then|again|last|first|previously|had|have)\\s+)?(?:met|held|hold|spoke|talked|discussed|agreed|signed|shook|exchanged)\\b|\\s+" + receivedBy + ")", opening: .word(["the", "both", "each", "they"]))

    /// "were received by", "were warmly welcomed at Bessastadir by": the pair received as guests.
    private static let receivedBy = #"(?:were|are|will\s+be)\s+(?:(?:also|later|then|warmly|jointly|first)\s+)?(?:received|welcomed|hosted|greeted)\s+(?:(?:at|in)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}-]*\s+){1,4})?by\b"#

    /// "Sheikh Mohammed bin Abdulrahman Al Thani", "Sir Keir Starmer", "Dr Ana
    /// Rojas", "Cardinal Ana Rojas", "Prince Ana Rojas": a style of address before
    /// name words makes them a person's name, whom no title or verb need make one.
    func findStyledPeople(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(Self.stylesOfAddress) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.styledName.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            // "Sheikh Tamim Thursday said": words that name no one end the name.
            let (range, words) = withoutTrailingNonNames(match.range(at: 1), in: text)
            let name = words.joined(separator: " ")
            // "Mr President" addresses a post; "the Sheikh Hasina government" names a body.
            let after = String(text.substring(from: NSMaxRange(range)).prefix(20).drop { $0 == " " }.prefix { $0.isLetter })
            guard !words.contains(where: { titleWords.contains($0.lowercased()) }), !Self.rulingNouns.contains(after) else { continue }
            guard !article.isClaimed(sentence, range), !words.contains(where: Self.notNames.contains),
                  lexicon.state(namedOrDemonym: name) == nil, !lexicon.isCity(name), words.last.map(lexicon.organizationHeads.contains) == false else { continue }
            article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: range)
        }
    }

    /// "Palestinian official Hussein al-Sheikh", "Chilean diplomat X": a people or
    /// state, a noun for someone in public life that is no office, and a name make a
    /// person, with no post; so do "his wife" or "her husband" and a name ("X and his
    /// wife Peng Liyuan").
    func findPeopleByRole(in sentence: Sentence, into article: ArticleState) {
        let roles = sentence.has(Self.roleNouns), spouses = sentence.has(["wife", "husband", "spouse"])
        guard roles || spouses else { return }
        let text = UTF16Text(sentence.text)
        let whole = NSRange(location: 0, length: text.length)
        // The name of each, after a people the lexicon knows or after a spouse's noun.
        let names = (roles ? Self.peopleRoleThenName.matches(in: sentence.text, range: whole) : []).compactMap { match in
            lexicon.state(namedOrDemonym: text.substring(with: match.range(at: 1))) != nil ? match.range(at: 2) : nil
        } + (spouses ? Self.spouseThenName.matches(in: sentence.text, range: whole).map { $0.range(at: 1) } : [])
        for found in names {
            let (range, words) = withoutTrailingNonNames(found, in: text)
            let name = words.joined(separator: " ")
            guard words.count > 1, !article.isClaimed(sentence, range), !words.contains(where: isNoUntitledNameWord), isNoKnownPlace(name) else { continue }
            article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: range)
        }
    }

    /// A name's range and words without the words after it that name no one (a
    /// weekday, a state): one word stays.
    private func withoutTrailingNonNames(_ found: NSRange, in text: UTF16Text) -> (range: NSRange, words: [String]) {
        var range = found
        var words = text.substring(with: range).split(separator: " ").map(String.init)
        while let last = words.last, words.count > 1, Self.notNames.contains(last) || lexicon.state(namedOrDemonym: last) != nil {
            words.removeLast()
            range.length -= last.utf16.count + 1
        }
        return (range, words)
    }

    /// "his wife", "her husband," and a name of two to four words (group 1).
    static let spouseThenName = try! NSRegularExpression(pattern: #"(?<![\p{L}])(?:[Hh]is|[Hh]er)\s+(?:wife|husband|spouse),?\s+("#
        + nameWord + "(?:" + nameGap + nameWord + "){1,3})(?![\\p{L}])")
    /// Nouns for people in public life that hold no office of their state.
    static let roleNouns = ["official", "diplomat", "lawmaker", "legislator", "politician", "activist", "dissident", "businessman", "businesswoman"]
    /// A people or state (group 1), perhaps "senior" or the like, a role's noun and a
    /// name of two to four words (group 2).
    static let peopleRoleThenName = try! NSRegularExpression(pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}.'’-]*)\s+(?:(?:senior|top|former|veteran|opposition|leading)\s+)?(?:"#
        + roleNouns.joined(separator: "|") + #")\s+("# + nameWord + "(?:" + nameGap + nameWord + "){1,3})(?![\\p{L}])")

    /// "Foreign Ministers A and B", "signed by trade ministers A and B": a post in the
    /// plural before two names joined by "and" is each one's post, of a state the
    /// later rules may find (two of one post in a list are of two states).
    func findPluralTitledPeople(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["ministers", "presidents", "secretaries", "premiers"]) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.pluralTitleThenNames.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            var words = text.substring(with: match.range(at: 1)).split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
            words[words.count - 1] = words[words.count - 1].hasSuffix("ies") ? String(words[words.count - 1].dropLast(3)) + "y" : String(words[words.count - 1].dropLast())
            let title = words.joined(separator: " ")
            // A name another rule found already is the same person: "Peruvian and
            // Chilean Presidents A and B" keep their states.
            let people = [match.range(at: 2), match.range(at: 3)].map { range -> EntityID? in
                guard article.isClaimed(sentence, range) else { return nil }
                return article.entity(mentionedAt: range, in: sentence).flatMap { $0.type == .person ? $0 : nil }
            }
            for (range, found) in zip([match.range(at: 2), match.range(at: 3)], people) {
                let person = found ?? article.person(named: text.substring(with: range))
                // A name claimed by a body takes no mention, and no post.
                guard found != nil || article.addMention(of: person, sentence: sentence, utf16Range: range) else { continue }
                article.addPostWithoutOwner(person, title: title, sentence: sentence)
            }
        }
    }

    /// A post in the plural, perhaps with its portfolio, then two names joined by "and".
    static let pluralTitleThenNames = try! NSRegularExpression(pattern: #"(?<![\p{L}])((?:(?:[Dd]eputy|[Vv]ice)\s+)?(?:(?:[Ff]oreign|[Tt]rade|[Dd]efen[cs]e|[Ff]inance|[Ee]conomy|[Ii]nterior|[Ee]nergy|[Pp]rime)\s+)?(?:[Mm]inisters|[Pp]residents|[Ss]ecretaries|[Pp]remiers))\s+("#
        + nameWord + "(?:" + nameGap + nameWord + "){1,2}),?\\s+and\\s+(" + nameWord + "(?:" + nameGap + nameWord + "){1,2})(?![\\p{L}])")

    /// Nouns after a leader's name that make it name a government: "the X government".
    static let rulingNouns: Set<String> = ["government", "administration", "regime", "era", "cabinet", "family", "dynasty", "years"]
    /// The styles of address `styledName` opens with, lower-cased.
    static let stylesOfAddress = ["sheikh", "sheikha", "mullah", "prince", "princess", "sir", "dame", "mr", "mrs", "ms", "dr", "cardinal", "archbishop", "excellency", "sayyid", "sayyida", "ayatollah"]
    /// A style of address, then a name of up to six words with its particles
    /// ("Ayatollah Seyyed Ali Khamenei" is "Ali Khamenei").
    static let styledName = try! NSRegularExpression(pattern: #"(?<![\p{L}])(?:Sheikh|Sheikha|Mullah|Prince|Princess|Sir|Dame|Mrs?|Ms|Dr|Cardinal|Archbishop|(?:His|Her)\s+Excellency|Sayyid|Sayyida|Ayatollah(?:\s+Seyyed)?)\.?\s+("# + nameWord + "(?:" + nameGap + nameWord + "){0,5})(?![\\p{L}])")

    func findTitledPeople(in sentence: Sentence, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        // The patterns below need a title: most sentences have none.
        let titled = !sentence.words.isDisjoint(with: titleWords)
        for match in titled ? sentence.scalars.appositions() : [] {
            let owner = text.substring(with: match.owner)
            var title = text.substring(with: match.title)
            // "South Sudan's envoy to the UN, X": the post, before where it is held.
            if let to = title.range(of: " to ") { title = String(title[..<to.lowerBound]) }
            // "Peru recalled its ambassador, X": the owner's post is after its possessive.
            if let possessive = ["its", "his", "her", "their"].compactMap({ title.range(of: " \($0) ", options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) {
                title = String(title[possessive.upperBound...])
            }
            // "his Saudi counterpart, X" holds the other's post: the rule for titled names knows it.
            guard isPost(title), title.lowercased() != "counterpart" else { continue }
            // The owner is a state, or a body found in the sentence ("The African Union's special envoy, X,").
            let state = lexicon.state(namedOrDemonym: owner) ?? lexicon.seats[owner].flatMap(lexicon.state(code:))
            let body = state == nil ? article.located(in: sentence).first { $0.type == .organization && $0.range == match.owner }?.id : nil
            // "President A's personal envoy, B": the post of a person's state; "Greenland's
            // premier, B": of a territory, which holds no office. B is a person all the same.
            // Such an owner is in the possessive: "A also met the head of C, B" names no
            // post of A. (An owner after a title is a person the rules below will find.)
            let possessive = ["'s ", "’s "].contains(where: text.substring(from: NSMaxRange(match.owner)).hasPrefix)
            let ownerPerson = state == nil && body == nil && possessive
                ? article.located(in: sentence).first { $0.type == .person && $0.range == match.owner }?.id : nil
            let ownerID = state.map { article.state($0) } ?? body ?? ownerPerson.flatMap(article.stateOf(person:))
            let titledOwner = text.substring(to: match.owner.location).split(separator: " ").last.map { titleWords.contains($0.lowercased()) } ?? false
            guard ownerID != nil || possessive && (ownerPerson != nil || titledOwner || lexicon.territory(named: owner) != nil) else { continue }
            // "Prince", "Sheikh": a style before the name, no part of it.
            var nameRange = match.name
            while let first = text.substring(with: nameRange).split(separator: " ").first, nameRange.length > first.utf16.count,
                  Self.notNames.contains(String(first)) {
                nameRange = NSRange(location: nameRange.location + first.utf16.count + 1, length: nameRange.length - first.utf16.count - 1)
            }
            let person = article.person(named: text.substring(with: nameRange))
            article.addMention(of: person, sentence: sentence, utf16Range: nameRange)
            if let ownerID { article.relate(.holdsOffice, person, ownerID, title: postName(title), sentence: sentence) }
        }
        // A byline near the top names the article's author; a place alone on a line
        // ("New Delhi" over a press release's date) is where it was issued.
        if sentence.index < 8, !sentence.text.split(separator: " ").contains(where: { Self.notNames.contains(String($0)) || lexicon.state(namedOrDemonym: String($0)) != nil }) {
            for name in bylineNames(of: sentence) {
                let written = text.substring(with: name)
                guard !lexicon.isCity(written) else { continue }
                article.addMention(of: article.person(named: written), sentence: sentence, utf16Range: name)
            }
        }
        // "the Emir of Qatar, Sheikh Tamim", "President of the European Commission Ana
        // Rojas": a title of a state, of an organization found in the sentence, or of
        // a portfolio. The organizations are looked up only for such a title.
        var organizations: [(id: EntityID, type: EntityType, range: NSRange)]?
        func locatedOrganization(at body: NSRange) -> EntityID? {
            if organizations == nil { organizations = article.located(in: sentence).filter { $0.type == .organization } }
            return organizations?.first { $0.range == body }?.id
        }
        let namesAfterTitles = titledNames.find(in: sentence) { body in
            let words = text.substring(with: body)
            return lexicon.state(named: words) != nil || Self.isPortfolio(words) || stateQualifying(body: words) != nil || locatedOrganization(at: body) != nil
                || Self.isAcronym(words) && !lexicon.notOrganizations.contains(words)
                // "Speaker of Parliament X", "President of the Senate X": a body's noun
                // alone, whose state the article may give.
                || lexicon.organizationHeads.contains(words)
                // "special envoy for Africa X": a continent or territory an envoy is for.
                || lexicon.territory(named: words) != nil
                // "Special Envoy for the Middle East X": a region named by a compass point.
                || Self.isCompassRegion(words)
                // "Chief of Army Staff X", "Chief of the General Staff X": a staff of the forces.
                || words.hasSuffix(" Staff") && words.split(separator: " ").count <= 3
        }
        // The last titled name whose state the text gave, for a post joined to it.
        var lastWithState: (state: Lexicon.State, title: String, end: Int)?
        for found in namesAfterTitles {
            // "at 10 PM Lima time": a title in capitals after a number is an hour.
            if case let title = text.substring(with: found.title), title.uppercased() == title,
               text.substring(to: found.title.location).dropLast().last?.isNumber == true { continue }
            // "Crown Prince Meets Bahraini King": a headline's verb in title case opens no name.
            if sentence.index == 0, let first = text.substring(with: found.name).split(separator: " ").first, Self.headlineVerbs.contains(String(first)) { continue }
            // "called on Prime Minister X at the PM House": a building, not a name.
            if Self.buildingNouns.contains(text.substring(with: found.name)) { continue }
            // "Minister of Foreign Affairs of Armenia", "Ambassador of Chile to Armenia":
            // the state, and how much of the body stays in the post.
            // A state or body after "for" is where an envoy goes ("Special Envoy for
            // Sudan"); only a portfolio's state after it owns the post ("Minister
            // for Foreign Affairs of Colombia").
            let qualified = found.body.flatMap { stateQualifying(body: text.substring(with: $0)) }
            let bodyState = found.body.flatMap { found.bodyAfterFor ? nil : lexicon.state(named: text.substring(with: $0)) } ?? qualified?.state
            // "Secretary General of NATO, X": an acronym no rule has found yet is the body.
            let bodyOrganization = found.bodyAfterFor || bodyState != nil ? nil : found.body.flatMap { body in
                locatedOrganization(at: body) ?? organization(namedBy: text.substring(with: body), at: body, in: sentence, into: article)
            }
            // "Minister of Foreign Affairs": the portfolio is part of the post.
            var titleRange = trimmedPost(found.title, in: text)
            if let body = found.body, bodyState == nil, bodyOrganization == nil { titleRange.length = NSMaxRange(body) - titleRange.location }
            if let body = found.body, let qualified, qualified.post > 0 { titleRange.length = body.location + qualified.post - titleRange.location }
            titleRange = withRanksBefore(withPortfolioJoinedBefore(titleRange, in: text), in: text)
            // "Egyptian intelligence chief": a service between the state and the post.
            let service = bodyState == nil && stateBefore(title: titleRange, in: text) == nil ? serviceBefore(title: titleRange, in: text) : nil
            if let service { titleRange = service.post }
            var nameRange = found.name
            // "Moroccan Minister Delegate Carl Lund": a word that makes the post a longer
            // one is the post's, not the name's.
            if NSMaxRange(titleRange) + 1 == nameRange.location, case let nameWords = text.substring(with: nameRange).split(separator: " "),
               nameWords.count > 2, lexicon.titleSet.contains(text.substring(with: titleRange) + " " + nameWords[0]) {
                let moved = nameWords[0].utf16.count + 1
                titleRange.length += moved
                nameRange = NSRange(location: nameRange.location + moved, length: nameRange.length - moved)
            }
            // "PM Ishiba" holds the post "Prime Minister", as the article says elsewhere.
            let written = text.substring(with: titleRange)
            let title = postName(written)
            // Trim words that are not names ("Ruto On", "The").
            var words = text.substring(with: nameRange).split(separator: " ").map(String.init)
            // A title that is a given name too ("Amir Khan Muttaqi") is the post only
            // after "the" or before a style ("His Highness the Amir", "Amir Sheikh X").
            if Self.titlesThatAreGivenNames.contains(written), !text.substring(to: titleRange.location).hasSuffix("the "),
               !(words.first.map(Self.styles.contains) ?? false) { continue }
            // "Prime Minister Luis Montenegro": a state's name after a given name, in the
            // body of the text, is a surname (a headline runs words together).
            let stateAsSurname = words.count == 2 && sentence.index > 0 && !Self.notNames.contains(words[0]) && lexicon.state(namedOrDemonym: words[0]) == nil
                && lexicon.state(named: words[1]) != nil
            while !stateAsSurname, let last = words.last, Self.notNames.contains(last) || lexicon.state(namedOrDemonym: last) != nil { words.removeLast() }
            // A rank after a post is no part of the name: "army chief General Idris Kamal".
            // But "He" before a given name right after a title is a surname: "Vice Premier He Lifeng".
            while let first = words.first, Self.notNames.contains(first) && !(first == "He" && words.count > 1) || words.count > 2 && Self.ranks.contains(first) {
                words.removeFirst()
                nameRange.location += first.utf16.count + 1
            }
            // "Peruvian PM, Ecuadorian President hold talks": a people and a post name no one.
            if words.count > 1, lexicon.state(named: words[0]) == nil, lexicon.state(namedOrDemonym: words[0]) != nil,
               lexicon.titleSet.contains(words.dropFirst().joined(separator: " ")) { continue }
            // "Japan's PM, South Korean president agree": a people's name alone is no one's.
            if lexicon.state(namedOrDemonym: words.joined(separator: " ")) != nil { continue }
            // "Minister for Foreign Affairs of Japan": "Affairs" is the portfolio's, no name.
            guard !words.isEmpty, !words.allSatisfy({ Self.portfolioWords.contains(Substring($0)) }) else { continue }
            // "the Director General of Military Operations": a rank or a post's word alone is no name.
            guard words.count > 1 || !Self.ranks.contains(words[0]) && !titleWords.contains(words[0].lowercased()) else { continue }
            // "General Intelligence chief X": a rank's word, one more word and a post's
            // word name a service, not a person.
            if Self.ranks.contains(written), words.count == 1,
               case let after = text.substring(from: nameRange.location + words[0].utf16.count), after.hasPrefix(" "),
               case let next = after.dropFirst().prefix(while: \.isLetter), next.first?.isLowercase == true, titleWords.contains(String(next)) { continue }
            // "the General Assembly", "the Supreme Court": a body's noun ends no name.
            guard let lastWord = words.last, !lexicon.organizationHeads.contains(lastWord) else { continue }
            // "King Khalid International Airport": a building named for a person is no person.
            guard !Self.facilityNouns.contains(lastWord) else { continue }
            // A monarch's number is part of the name: "King Abdullah II".
            let rest = text.substring(from: nameRange.location + words.joined(separator: " ").utf16.count)
            let number = rest.dropFirst().prefix { $0.isLetter }
            if rest.hasPrefix(" "), Self.isRegnalNumber(number) {
                words.append(String(number))
                // "King Carl XVI Gustaf": a second given name may follow the number.
                let after = rest.dropFirst(number.count + 1)
                let next = after.dropFirst().prefix { $0.isLetter }
                if after.hasPrefix(" "), next.count > 2, next.first?.isUppercase == true, next.dropFirst().allSatisfy(\.isLowercase),
                   !isNoUntitledNameWord(String(next)) {
                    words.append(String(next))
                }
            }
            let name = words.joined(separator: " ")
            nameRange.length = name.utf16.count
            guard !article.isClaimed(sentence, nameRange) else { continue }
            let person = article.person(named: name, monarch: Self.monarchTitles.contains(title))
            article.addMention(of: person, sentence: sentence, utf16Range: nameRange)

            // "his Qatari counterpart, Prime Minister X": the counterpart's own post.
            let counterpartState = sentence.has(["counterpart"]) ? stateOfCounterpart(before: titleRange, in: text) : nil
            let state = bodyState ?? service?.state ?? stateBefore(title: titleRange, in: text) ?? stateAfter(name: nameRange, in: text)
                ?? delegationLed(before: titleRange, in: text) ?? lastWithState.flatMap { Self.sharesState(title, with: $0, joinedAt: titleRange.location, in: text) }
                ?? counterpartState
            if counterpartState != nil, let other = knownPerson(in: sentence, before: titleRange.location, article: article) ?? article.firstPerson(in: sentence, before: titleRange.location),
               other != person {
                article.relate(.counterpartOf, other, person, sentence: sentence)
            }
            if let state { lastWithState = (state, title, NSMaxRange(nameRange)) }
            // "former President X" and "then-Minister X" held the post, but not now.
            if Self.isPast(before: titleRange, in: sentence.text) { continue }
            // "President-elect X" will hold the post, but does not yet.
            if title.hasSuffix("-elect") { continue }
            if title.lowercased() == "counterpart" {
                // The other may be named by a surname that the later rule for names
                // has not marked yet: "Rojas held talks with his Chilean counterpart, X".
                // The first named is the subject, also by a surname known from before;
                // in a clause of "who", the one it stands for.
                if let other = Self.ownerOfRelativeClause(before: nameRange.location, in: sentence, text: text, article: article)
                    ?? knownPerson(in: sentence, before: nameRange.location, article: article) ?? article.firstPerson(in: sentence, before: nameRange.location),
                   other != person {
                    article.relate(.counterpartOf, other, person, sentence: sentence)
                    // "his Armenian counterpart X": X holds the same post for Armenia.
                    if let state, let post = article.office(of: other) {
                        article.relate(.holdsOffice, person, article.state(state), title: Self.counterpartsPost(post), sentence: sentence)
                    } else if let state {
                        article.addCounterpartAwaitingPost(person, of: other, state: article.state(state), sentence: sentence)
                    }
                } else if let state, sentence.has(["he", "she", "his", "her"]) {
                    // "the Prime Minister was received by his Djiboutian counterpart X":
                    // the one described before is known once descriptions are read.
                    article.addCounterpartOfPronoun(person, state: article.state(state), sentence: sentence, at: nameRange.location)
                }
            } else if let state {
                article.relate(.holdsOffice, person, article.state(state), title: title, sentence: sentence)
                // "Prime Minister and Foreign Minister X" holds both posts.
                if let first = Self.titleJoinedBefore(titleRange, in: text, titles: lexicon.titleSet), first != title {
                    article.relate(.holdsOffice, person, article.state(state), title: first, sentence: sentence)
                }
            } else if let body = bodyOrganization ?? organizationBefore(title: titleRange, in: sentence, into: article)
                        ?? organizationAfter(name: nameRange, in: sentence, text: text, into: article) {
                article.relate(.holdsOffice, person, body, title: title, sentence: sentence)
            } else {
                // "Senate President X", "Commission President Y": a body's noun before
                // the post makes it that body's, no state's.
                let before = text.substring(to: titleRange.location)
                let body = before.hasSuffix(" ") ? before.dropLast().split(separator: " ").last.map(String.init) : nil
                // "presidential spokesperson X": the presidency's, a post of the state.
                // "Party General Secretary X", as state media style a ruling party's head:
                // the state's post.
                let partyHead = body == "Party" && Self.partyHeads.contains(title.lowercased()) && Self.isStatePost(title)
                let post = partyHead ? title : body.flatMap { lexicon.organizationHeads.contains($0) || $0.lowercased() == "presidential" ? "\($0) \(title)" : nil } ?? title
                // "Deputy Prime Minister and Foreign Minister X": both posts, the first first.
                if post == title, let first = Self.titleJoinedBefore(titleRange, in: text, titles: lexicon.titleSet), first != title {
                    article.addPostWithoutOwner(person, title: first, sentence: sentence)
                }
                article.addPostWithoutOwner(person, title: post, sentence: sentence)
            }
        }
        if titled, sentence.has(Self.ownerWords) { findPostsOfOwnerNamedBefore(in: sentence, text: text, relate: false, into: article) }
        if sentence.has(["who"]), sentence.has(["heads", "chairs", "leads"]) { findPeopleWhoHead(in: sentence, text: text, into: article) }
    }

    /// The title joined by "and" right before a title: "Prime Minister" in "Prime
    /// Minister and Foreign Minister X".
    static func titleJoinedBefore(_ title: NSRange, in text: UTF16Text, titles: Set<String>) -> String? {
        let before = text.substring(to: title.location)
        guard before.hasSuffix(" and ") else { return nil }
        let words = before.dropLast(5).split(separator: " ").suffix(4)
        return (1...max(1, words.count)).reversed().lazy.map { words.suffix($0).joined(separator: " ") }.first { titles.contains($0) }
    }

    /// "Japanese Foreign Minister A and Defence Minister B": a minister joined by
    /// "and" to one of a named state, in a post of the same kind but not the same,
    /// serves that state too. Two heads ("Russian President A and Prime Minister B")
    /// or two holders of one post usually serve two states.
    static func sharesState(_ title: String, with earlier: (state: Lexicon.State, title: String, end: Int), joinedAt location: Int, in text: UTF16Text) -> Lexicon.State? {
        guard earlier.end < location, text.substring(with: NSRange(location: earlier.end, length: location - earlier.end)) == " and ",
              title != earlier.title, !headsOfStateOrGovernment.contains(title),
              let kind = title.split(separator: " ").last, kind == earlier.title.split(separator: " ").last else { return nil }
        return earlier.state
    }

    /// Titles of monarchs, who are called by a given name: "Sultan Ibrahim".
    /// Titles a monarch's spouse is called by: "Queen Letizia".
    static let consortTitles: Set<String> = ["Queen", "Empress", "Princess"]
    static let monarchTitles: Set<String> = ["King", "Queen", "Sultan", "Emir", "Amir", "Emperor", "Empress", "Prince", "Princess", "Crown Prince", "Grand Duke"]

    /// Posts that lead a state or its government.
    static let headsOfStateOrGovernment: Set<String> = ["President", "Vice President", "Prime Minister", "Deputy Prime Minister", "First Deputy Prime Minister", "Premier", "Chancellor",
                                                        "Head of State", "Head of Government"]

    /// "South Korea's foreign minister Cho Hyun": a post in lower case after a state's
    /// possessive, with no comma before the name, as wires write it.
    func findPossessivePosts(in sentence: Sentence, into article: ArticleState) {
        guard !sentence.words.isDisjoint(with: titleWords) || sentence.has(word: "diplomat"), Self.hasPossessiveBeforeLowerCase(sentence.text) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.possessivePost.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            var words = text.substring(with: match.range(at: 2)).split(separator: " ").map(String.init)
            // "Thailand's acting prime minister X" holds the post; "Chile's former envoy X" no longer does.
            if words.count > 1, Self.standings.contains(words[0].lowercased()) { words.removeFirst() }
            guard let first = words.first, !["former", "late", "then"].contains(first) else { continue }
            let nameRange = match.range(at: 3)
            guard let state = lexicon.state(named: text.substring(with: match.range(at: 1))), !article.isClaimed(sentence, nameRange) else { continue }
            addHolder(of: words, named: nameRange, state: state, sentence: sentence, text: text, into: article)
        }
    }

    /// A post written in lower case as the title list writes it, so that one post
    /// has one spelling: "foreign minister" is "Foreign Minister", "secretary of
    /// state" is "Secretary of State"; "envoy", listed in lower case, stays so.
    func postName(_ written: String) -> String {
        // "PM Ishiba", "Iran's top diplomat": the post by its full name.
        if let full = Self.titleAbbreviations[written] { return full }
        guard !written.contains(where: \.isUppercase) else { return written }
        let capitalised = written.split(separator: " ").map { ["of", "for", "the", "and"].contains($0) ? String($0) : $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return lexicon.titleSet.contains(capitalised) ? capitalised : written
    }

    /// "the Turkish president Recep Tayyip Erdogan", "the Chilean foreign minister,
    /// Tomas Berg,", "the UK ambassador to the Kingdom, X": a post in lower case after
    /// "the" and a people's name, as papers write it, held for that people's state.
    func findDemonymPosts(in sentence: Sentence, into article: ArticleState) {
        guard !sentence.words.isDisjoint(with: titleWords) || sentence.has(word: "diplomat"), sentence.has(["the"]) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.demonymPost.matches(in: sentence) {
            var words = text.substring(with: match.range(at: 2)).split(separator: " ").map(String.init)
            if words.count > 1, Self.standings.contains(words[0].lowercased()) { words.removeFirst() }
            let nameRange = match.range(at: 3)
            guard let state = lexicon.state(namedOrDemonym: text.substring(with: match.range(at: 1))), !article.isClaimed(sentence, nameRange) else { continue }
            addHolder(of: words, named: nameRange, state: state, sentence: sentence, text: text, into: article)
        }
    }

    /// The person named after a post written in lower case, and the post held for
    /// the state. "top diplomat" makes a person but names no post: each state
    /// names its own ("Foreign Minister", "Secretary of State").
    private func addHolder(of post: [String], named nameRange: NSRange, state: Lexicon.State, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        let title = postName(post.joined(separator: " "))
        guard lexicon.titleSet.contains(title) || post == ["top", "diplomat"] else { return }
        let person = article.person(named: text.substring(with: nameRange))
        article.addMention(of: person, sentence: sentence, utf16Range: nameRange)
        if lexicon.titleSet.contains(title) { article.relate(.holdsOffice, person, article.state(state), title: title, sentence: sentence) }
    }

    static let demonymPost = OpeningWordPattern(#"(?<![\p{L}])[Tt]he\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})(?:\s+(?:to|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2},|,)?\s+("# + nameWord + "(?:" + nameGap + nameWord + "){1,3})", options: [], opening: .word(["the"]))

    /// True when "'s " (or "s' ") and a lower-case letter stand somewhere in the
    /// text: the only place `possessivePost` can match, checked byte by byte before
    /// the pattern runs.
    private static func hasPossessiveBeforeLowerCase(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        // "'s" is 0x27 0x73 and "’s" 0xE2 0x80 0x99 0x73; "s'" and "s’" the other way round.
        func apostrophe(endingAt end: Int) -> Bool {
            bytes[end] == 0x27 || end >= 2 && bytes[end] == 0x99 && bytes[end - 1] == 0x80 && bytes[end - 2] == 0xE2
        }
        for index in bytes.indices.dropFirst(2).dropLast() where bytes[index] == 0x20 && bytes[index + 1] >= 0x61 && bytes[index + 1] <= 0x7A {
            let last = index - 1
            if bytes[last] == 0x73, apostrophe(endingAt: last - 1) { return true }
            if apostrophe(endingAt: last), bytes[bytes[last] == 0x27 ? last - 1 : max(last - 3, 0)] == 0x73 { return true }
        }
        return false
    }

    private static let possessivePost = try! NSRegularExpression(pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?:['’]s|(?<=s)['’])\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})\s+("# + nameWord + "(?:" + nameGap + nameWord + "){1,3})")

    /// Titles cut short, and the posts they stand for.
    static let titleAbbreviations = ["PM": "Prime Minister", "Deputy PM": "Deputy Prime Minister",
                                     // "Iran's top diplomat X": the foreign minister, as wires call one.
                                     "top diplomat": "Foreign Minister", "Top diplomat": "Foreign Minister",
                                     // "the Amir Sheikh X", as Gulf agencies spell the emir.
                                     "Amir": "Emir",
                                     // "Austrian Federal Chancellor X", whom the text then calls "the chancellor".
                                     "Federal Chancellor": "Chancellor", "Federal President": "President"]

    /// "the Foreign Ministers of Peru and Chile, Ana Rojas and Tomas Berg", "Peruvian
    /// and Chilean Foreign Ministers Ana Rojas and Tomas Berg": a plural post of two
    /// states and two names, each holding it for the state in the same place.
    func findRespectivePosts(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["ministers", "presidents", "secretaries", "envoys", "ambassadors", "chancellors", "representatives", "counterparts"]) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.respectivePosts.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let group = { (index: Int) in match.range(at: index).location == NSNotFound ? nil : text.substring(with: match.range(at: index)) }
            guard let plural = group(1) ?? group(6), let first = group(2) ?? group(4), let second = group(3) ?? group(5),
                  let firstState = lexicon.state(namedOrDemonym: first), let secondState = lexicon.state(namedOrDemonym: second), firstState != secondState else { continue }
            guard let title = post(ofPlural: plural) else { continue }
            let names = [match.range(at: 7), match.range(at: 8)]
            guard !names.contains(where: { lexicon.isCity(text.substring(with: $0)) || lexicon.state(named: text.substring(with: $0)) != nil }) else { continue }
            // "hosted her Latvian and Estonian counterparts, A and B": each holds the
            // host's post for a state, once it is known.
            let ofHost = plural.lowercased().hasSuffix("counterparts")
            let host = ofHost
                ? article.located(in: sentence).last(where: { $0.type == .person && NSMaxRange($0.range) <= match.range.location })?.id : nil
            if ofHost, host == nil { continue }
            for (nameRange, state) in zip(names, [firstState, secondState]) {
                guard !article.isClaimed(sentence, nameRange) else { continue }
                let person = article.person(named: text.substring(with: nameRange))
                article.addMention(of: person, sentence: sentence, utf16Range: nameRange)
                if let host, host != person {
                    article.relate(.counterpartOf, host, person, sentence: sentence)
                    article.addCounterpartAwaitingPost(person, of: host, state: article.state(state), sentence: sentence)
                } else if !ofHost {
                    article.relate(.holdsOffice, person, article.state(state), title: title, sentence: sentence)
                }
            }
        }
        // "The foreign ministers of the two countries, A and B,", "The foreign
        // ministers, A and B,": two people of the post. Which holds it for which
        // state the text does not say, so neither post is recorded (nor left for
        // the dateline's state to take).
        // So are "Presidents A and B", "special envoys A and B": a plural post right
        // before two names.
        let pairs = Self.postsOfThePair.matches(in: sentence.text, range: NSRange(location: 0, length: text.length))
            + Self.pluralPostBeforeNames.matches(in: sentence.text, range: NSRange(location: 0, length: text.length))
        for match in pairs {
            let plural = text.substring(with: match.range(at: 1))
            if let state = counterpartsState(plural) {
                addCounterpartsOfAPair(match, state: state, sentence: sentence, text: text, into: article)
                continue
            }
            guard post(ofPlural: plural) != nil else { continue }
            for nameRange in [match.range(at: 2), match.range(at: 3)] where !article.isClaimed(sentence, nameRange) {
                let name = text.substring(with: nameRange)
                guard !lexicon.isCity(name), lexicon.state(named: name) == nil else { continue }
                article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: nameRange)
            }
        }
    }

    /// The state of "Philippine counterparts", "Chilean counterparts"; nil for any
    /// other plural.
    private func counterpartsState(_ plural: String) -> Lexicon.State? {
        let words = plural.split(separator: " ")
        guard words.count == 2, words[1].lowercased() == "counterparts" else { return nil }
        return lexicon.state(namedOrDemonym: String(words[0]))
    }

    /// "A and B signed the pact with their Philippine counterparts, C and D": C and
    /// D are people of the Philippines, C the counterpart of A and D of B, in the
    /// order named; each holds the post of the one they match, once it is known.
    private func addCounterpartsOfAPair(_ match: NSTextCheckingResult, state: Lexicon.State, sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        let stateID = article.state(state)
        var counterparts: [EntityID] = []
        for nameRange in [match.range(at: 2), match.range(at: 3)] {
            let name = text.substring(with: nameRange)
            guard !article.isClaimed(sentence, nameRange), !lexicon.isCity(name), lexicon.state(named: name) == nil else { return }
            let person = article.person(named: name)
            article.addMention(of: person, sentence: sentence, utf16Range: nameRange)
            counterparts.append(person)
        }
        let people = article.located(in: sentence).filter { $0.type == .person && NSMaxRange($0.range) <= match.range.location }
        let pair = coordinatedGroup(endingWith: people, in: text)
        guard pair.count == 2 else { return }
        for (own, other) in zip(pair, counterparts) where own != other {
            article.relate(.counterpartOf, own, other, sentence: sentence)
            article.addCounterpartAwaitingPost(other, of: own, state: stateID, sentence: sentence)
        }
    }

    /// The post a plural names: "the foreign ministers" → "Foreign Minister"; nil
    /// when it is no title.
    private func post(ofPlural plural: String) -> String? {
        let words = plural.dropLast().split(separator: " ").drop { $0.lowercased() == "the" }
        guard !words.isEmpty else { return nil }
        let capitalised = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return [postName(words.joined(separator: " ")), capitalised].first(where: lexicon.titleSet.contains)
    }

    /// "Foreign Ministers A and B", "special envoys A and B".
    private static let pluralPostBeforeNames = try! NSRegularExpression(pattern: #"(?<![\p{L}])((?:(?!and\s)\p{L}+\s+){0,2}\p{L}+s)\s+((?-i:"# + nameWord + "(?:" + nameGap + nameWord + #"){1,3}))\s+and\s+((?-i:"# + nameWord + "(?:" + nameGap + nameWord + #"){1,3}))\b"#, options: [.caseInsensitive])
    /// "the foreign ministers of the two countries, A and B", "The foreign ministers,
    /// A and B", "their foreign ministers, A and B".
    private static let postsOfThePair = try! NSRegularExpression(pattern: #"(?<![\p{L}])(?:the|their)\s+((?:\p{L}+\s+){0,2}\p{L}+s)(?:\s+of\s+(?:the\s+two|both)\s+(?:countries|nations|states|sides|neighbou?rs))?\s*,\s+((?-i:"# + nameWord + "(?:" + nameGap + nameWord + #"){1,3}))\s+and\s+((?-i:"# + nameWord + "(?:" + nameGap + nameWord + #"){1,3}))\b"#, options: [.caseInsensitive])

    /// "Presidents William Ruto of Kenya and Yoweri Museveni of Uganda": a plural post
    /// before two names, each with the state it holds it for after "of".
    func findPostsOfEachNamed(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["presidents", "ministers", "secretaries", "envoys", "ambassadors", "chancellors", "premiers"]) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.postsOfEachNamed.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let plural = text.substring(with: match.range(at: 1))
            // "Foreign ministers A of Chile and B of Argentina" open a sentence in lower case.
            guard let title = post(ofPlural: plural) else { continue }
            for (nameIndex, stateIndex) in [(2, 3), (4, 5)] {
                let nameRange = match.range(at: nameIndex)
                guard let state = lexicon.state(named: text.substring(with: match.range(at: stateIndex))), !article.isClaimed(sentence, nameRange) else { continue }
                let person = article.person(named: text.substring(with: nameRange))
                article.addMention(of: person, sentence: sentence, utf16Range: nameRange)
                article.relate(.holdsOffice, person, article.state(state), title: title, sentence: sentence)
            }
        }
    }

    /// "represented by their presidents: Ana Rojas (Peru), Tomas Berg (Chile)": a name
    /// with its state in brackets is a person of that state, who holds the post the
    /// sentence names in the plural before the list, if it does.
    func findNamesWithStateInBrackets(in sentence: Sentence, into article: ArticleState) {
        guard sentence.text.utf8.contains(UInt8(ascii: "(")) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.nameThenStateInBrackets.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let nameRange = match.range(at: 1)
            let words = text.substring(with: nameRange).split(separator: " ").map(String.init)
            guard let state = lexicon.state(named: text.substring(with: match.range(at: 2))), !article.isClaimed(sentence, nameRange),
                  !words.contains(where: isNoUntitledNameWord) else { continue }
            let person = article.person(named: words.joined(separator: " "))
            article.addMention(of: person, sentence: sentence, utf16Range: nameRange)
            // "their presidents:", "the foreign ministers": the post, in the singular.
            let before = text.substring(to: nameRange.location).lowercased()
            if let title = lexicon.titles.filter({ before.holds(" " + $0.lowercased() + "s") }).max(by: { $0.count < $1.count }) {
                article.relate(.holdsOffice, person, article.state(state), title: postName(title.lowercased()), sentence: sentence)
            }
        }
    }

    private static let nameThenStateInBrackets = try! NSRegularExpression(pattern: #"(?<![\p{L}])("# + nameWord + "(?:" + nameGap + nameWord + #"){1,3})\s+\((\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\)"#)

    private static let postsOfEachNamed = try! NSRegularExpression(pattern: #"(?<![\p{L}])((?:\p{Lu}\p{Ll}+\s+)?\p{L}\p{Ll}+s)\s+("# + nameWord + "(?:" + nameGap + nameWord + #"){1,3})\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+and\s+("# + nameWord + "(?:" + nameGap + nameWord + #"){1,3})\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})(?![\p{L}])"#)

    private static let respectivePosts = try! NSRegularExpression(pattern: #"(?:((?:\p{L}+\s+){0,2}\p{L}+s)\s+of\s+(?:the\s+)?((?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)?)\s+and\s+(?:the\s+)?((?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)?)(?:\s+(?:for|on)\s+(?:the\s+)?(?:(?-i:\p{Ll})[\p{L}-]*\s+){0,3}(?-i:\p{Ll})[\p{L}-]*(?=,))?|((?-i:\p{Lu})[\p{L}-]+)\s+and\s+((?-i:\p{Lu})[\p{L}-]+)\s+((?:\p{L}+\s+){0,1}\p{L}+s))\s*,?\s+((?-i:"# + nameWord + "(?:" + nameGap + nameWord + #"){1,3}))\s+and\s+((?-i:"# + nameWord + "(?:" + nameGap + nameWord + #"){1,3}))\b"#, options: [.caseInsensitive])

    /// "NEW DELHI (PTI) - External Affairs Minister X": domestic news leaves its own
    /// state out of its officials' posts. A state's post named with no state, of a
    /// person the article gives no other office, is one of the state whose capital
    /// dates the article, when the article names that state too (an article dated
    /// in Brussels about the European Union is not about Belgium), and the sentence
    /// takes the reader to no other state ("travel on to Singapore, where he will
    /// meet Prime Minister X").
    func givePostsToDatelineState(into article: ArticleState) {
        guard !article.postsWithoutOwner.isEmpty, let home = datelineState(of: article) else { return }
        let state = article.state(home)
        // An article that never names the dateline's state may be about others
        // ("WASHINGTON - ... President A and Prime Minister B initialed"); only its
        // lead's officials are then the state's: "ANKARA - President X welcomed
        // Hungarian Prime Minister Y", but not two who meet with no state given
        // either ("President A met Prime Minister B": which is the host's?).
        let stateNamed = article.isMentioned(state), lead = article.datelinePlaceSentence()
        // The state's officials the text itself names so, before this rule adds any.
        let namedOfficials = article.officials(of: state)
        // "including Prime Minister A and Prime Minister B": a state has one holder
        // of a post, so two joined in a list with it are of two states, unknown here.
        var holders: [String: Set<EntityID>] = [:]
        for (person, title, index) in article.postsWithoutOwner { holders["\(index) \(title.lowercased())", default: []].insert(person) }
        // "President A received ...; he was named by President B": the state's post
        // has one holder, the first the text names so or this rule gives it to.
        var holderOfPost: [String: EntityID] = [:]
        for (person, title) in article.officeHolders(of: state) where holderOfPost[Self.postKey(title)] == nil { holderOfPost[Self.postKey(title)] = person }
        let posts = article.postsWithoutOwner.enumerated().sorted { ($0.element.sentence, $0.offset) < ($1.element.sentence, $1.offset) }.map(\.element)
        // The sentence in which a person was given the state's post here: a second
        // post written before the same name there ("Deputy Prime Minister and Foreign
        // Minister X") goes to the state too.
        var given: [EntityID: Int] = [:]
        for (person, title, index) in posts where Self.isStatePost(title)
            && (article.office(of: person) == nil && article.stateOf(person: person) == nil || given[person] == index) {
            // ("his Israeli counterpart B" has a state, though not yet a post.)
            // Once the lead's official is the state's, the article is of that state
            // and so are its later officials: "CAIRO - President A met King B of
            // Jordan. The meeting was attended by Foreign Minister C."
            let ofLeadsState = index == lead || lead.map { index > $0 && given.values.contains($0) } == true
            guard stateNamed || ofLeadsState && !article.peopleMetOrCalled(by: person).contains(where: { other in
                article.stateOf(person: other) == nil && !article.counterpartsAwaitingPost.contains { $0.person == other }
            }) else { continue }
            let sentence = article.sentences[index]
            if let holder = holderOfPost[Self.postKey(title)], holder != person { continue }
            // "a banquet in honour of the visiting prime minister": a guest.
            if article.mentionTexts(of: person).contains(where: { $0.lowercased().hasPrefix("the visiting ") }) { continue }
            // "BEIJING - President X ... King Y of Spain ... Queen Z also attended": a
            // consort of a foreign monarch's party, where the dateline's state has a
            // president. (A host's crown prince, or a queen of a kingdom, stays its own.)
            if Self.consortTitles.contains(title), holderOfPost[Self.postKey("President")] != nil,
               article.holders(where: Self.monarchTitles.contains).contains(where: { other in
                   other != person && article.stateOf(person: other).map { $0 != state } ?? false
               }) { continue }
            // "CAIRO - ... King Abdullah II ... Crown Prince Hussein bin Abdullah": a
            // royal whose father, named after "bin", is the article's monarch of
            // another state is of that state.
            if Self.monarchTitles.contains(title), let name = article.name(of: person), let father = Self.fatherName(in: name),
               let monarch = article.holders(where: Self.monarchTitles.contains).first(where: { other in
                   other != person && article.name(of: other)?.split(separator: " ").first.map(String.init) == father
               }), let theirs = article.stateOf(person: monarch), theirs != state {
                article.relate(.holdsOffice, person, theirs, title: title, sentence: sentence)
                given[person] = index
                continue
            }
            // "Prime Minister A ... his Thai counterpart B": one whose counterpart is
            // of the dateline's state is of another.
            if article.counterpartsAwaitingPost.contains(where: { $0.other == person && $0.state == state })
                || article.counterparts(of: person).contains(where: { article.stateOf(person: $0) == state }) { continue }
            if let same = holders["\(index) \(title.lowercased())"], same.count > 1 {
                let located = article.located(in: sentence).filter { same.contains($0.id) }
                let text = UTF16Text(sentence.text)
                if zip(located, located.dropFirst()).contains(where: { $0.id != $1.id && Self.coordinated($0.range, $1.range, in: text) }) { continue }
            }
            // "BEIJING - Prime Minister X has arrived in Beijing": one who travels, or
            // travels with the one who does, is a guest, not the dateline's official.
            // One who only goes abroad ("SEOUL - President X will fly to Washington")
            // is at home there.
            guard goesAbroadOnly(person, from: home, in: article), !travelsWith(person, in: sentence, of: article, home: home) else { continue }
            // "YEREVAN - Armenian Prime Minister X ... X and President Y last met": one
            // who meets or calls an official the text gives the dateline's state is
            // that official's guest or counterpart, of another state.
            guard !article.peopleMetOrCalled(by: person).contains(where: { namedOfficials.contains($0) && article.stateOf(person: $0) == state }) else { continue }
            // "HANOI - X will pay a visit to Britain ... X will also meet King Y": one
            // whom the dateline's traveller to other states meets is of one of them.
            // (But not one met at home before: "She met Defence Minister Z before leaving".)
            guard !article.peopleMetOrCalled(by: person).contains(where: { other in
                !article.isOfAnotherState(other, than: state) && article.meetsOnVisitAbroad(other, person, in: index, home: state)
            }) else { continue }
            let located = article.located(in: sentence)
            // "Nicaraguan President A and Co-President B": one joined to an official
            // of another state is of that state's party, not the dateline's.
            let text = UTF16Text(sentence.text)
            if let own = located.first(where: { $0.id == person }),
               let previous = located.last(where: { $0.type == .person && NSMaxRange($0.range) < own.range.location }),
               Self.coordinated(previous.range, own.range, in: text) || Self.matches(Self.pronounAndPost, text.substring(to: own.range.location)),
               let other = article.stateOf(person: previous.id), other != state { continue }
            // "Commerce Minister A and UK Trade Secretary B" in a London report, "Prime
            // Minister A and Saudi Crown Prince B" in a Riyadh one: the state written
            // for the second alone sets the first apart from it.
            if let own = located.first(where: { $0.id == person }),
               let next = located.first(where: { $0.type == .person && $0.range.location >= NSMaxRange(own.range) }),
               article.stateOf(person: next.id) == state, Self.coordinated(own.range, next.range, in: text),
               located.contains(where: { $0.id == state && $0.range.location >= NSMaxRange(own.range) && NSMaxRange($0.range) <= next.range.location })
                || text.substring(with: NSRange(location: NSMaxRange(own.range), length: next.range.location - NSMaxRange(own.range)))
                    .split(separator: " ").contains(where: { $0.first?.isUppercase == true && lexicon.state(namedOrDemonym: String($0)) == home }) { continue }
            // "the summit between Prime Minister A and President B": the two sides,
            // whose states the dateline cannot tell apart.
            if let own = located.first(where: { $0.id == person }) {
                let people = located.filter { $0.type == .person && $0.id != person }
                let before = people.last { NSMaxRange($0.range) <= own.range.location && Self.coordinated($0.range, own.range, in: text) }
                let after = people.first { $0.range.location >= NSMaxRange(own.range) && Self.coordinated(own.range, $0.range, in: text) }
                if before != nil || after != nil, Self.matches(Self.betweenPair, text.substring(to: (before ?? own).range.location)) { continue }
            }
            // "B handed over a message from Prime Minister A", "B attends on behalf of
            // President A": one who sends word or a stand-in by another state's
            // official, or by the visiting delegation ("The delegation delivered a
            // message from President A"), is of the sender's side, not the dateline's.
            // But "A called on King B and delivered a message from President C": the
            // subject carries it, and C is of the subject's side.
            if let own = located.first(where: { $0.id == person }),
               case let lead = text.substring(to: own.range.location), Self.matches(Self.sentFrom, lead) {
                let messenger = Self.matches(Self.andDelivered, lead) ? located.first { $0.type == .person && $0.id != person } : nil
                let messengers = messenger.map { [$0] } ?? located.filter { $0.type == .person && $0.id != person }
                if messengers.contains(where: { article.stateOf(person: $0.id).map { $0 != state } ?? false })
                    || Self.matches(Self.guestsAsSubject, sentence.text, anchored: true) { continue }
            }
            // "Rubio's visit follows trips by Vice President A": one whose trip or
            // visit it is came from elsewhere.
            if let own = located.first(where: { $0.id == person }), sentence.has(prefix: ["trip", "visit", "tour"]),
               Self.matches(Self.tripBy, text.substring(to: own.range.location)) { continue }
            // A guest's state ("received President X of Egypt"), or its capital
            // ("met Prime Minister Y of Japan in Tokyo"), goes nowhere.
            // "A and her Papua New Guinea counterpart B": B's state is known already.
            // "NAIROBI - President X arrived in Beijing for a visit to China": where
            // the official goes is no sign of another state's post.
            let destinations = Set(article.destinations(of: person))
            let named = Set(located.filter { $0.type == .person }.map(\.id))
            let guests = Set(located.filter { $0.type == .person }.compactMap { article.stateOf(person: $0.id) })
                .union(article.counterpartsAwaitingPost.filter { named.contains($0.person) }.map(\.state))
            // "where they discussed migration and the war in Ukraine": what is talked of.
            let topics = article.topicsDiscussed(in: index)
            let elsewhere = located.contains { mention in
                guard !topics.contains(mention.id) else { return false }
                switch mention.type {
                // "peace between A and B" names what is talked of, no one's state.
                // "The foreign ministers of A and B signed ...": the states of others.
                case .state: return mention.id != state && !guests.contains(mention.id) && !destinations.contains(mention.id)
                    && !Self.matches(Self.betweenPair, text.substring(to: mention.range.location))
                    // "received Chile's president-elect B", "Chilean opposition leader B":
                    // the state of another's description, though B holds no post yet;
                    // not a state named as a subject ("said Chile would back B").
                    && !located.contains(where: { other in
                        guard other.type == .person, other.id != person, other.range.location > NSMaxRange(mention.range) else { return false }
                        let gap = text.substring(with: NSRange(location: NSMaxRange(mention.range), length: other.range.location - NSMaxRange(mention.range)))
                        let describes = ["'s ", "’s "].contains(where: gap.hasPrefix) || lexicon.state(named: text.substring(with: mention.range)) == nil
                        return describes && Self.matches(Self.descriptionBeforeName, gap, anchored: true)
                    })
                    && !Self.matches(Self.othersOf, text.substring(to: mention.range.location))
                case .place: return !destinations.contains(mention.id) && stateWithCapital(mention.id, in: article).map { $0 != home && !guests.contains(article.state($0)) } ?? false
                default: return false
                }
            }
            if !elsewhere {
                article.relate(.holdsOffice, person, state, title: title, sentence: sentence)
                given[person] = index
                holderOfPost[Self.postKey(title)] = holderOfPost[Self.postKey(title)] ?? person
            }
        }
    }

    /// True when every mention of a person before a sentence is the subject of a
    /// verb of saying right after it: "Spokesman C said".
    private func isOnlyQuoted(_ person: EntityID, before sentence: Sentence, in article: ArticleState) -> Bool {
        let earlier = article.mentions(of: person).filter { $0.sentence < sentence.index }
        return !earlier.isEmpty && earlier.allSatisfy { mention in
            let said = article.sentences[mention.sentence]
            let end = NSMaxRange(said.scalars.range(mention.start - said.start, mention.end - said.start))
            return Self.speechAfter.firstMatch(in: said.text, options: .anchored, range: NSRange(location: end, length: said.text.utf16.count - end)) != nil
        }
    }

    /// The father's given name in a name with a patronymic: "Abdullah" in "Hussein
    /// bin Abdullah", "Hamad" in "Tamim bin Hamad Al Thani".
    static func fatherName(in name: String) -> String? {
        let words = name.split(separator: " ")
        guard let bin = words.firstIndex(where: { ["bin", "ibn", "bint"].contains($0) }), bin > 0, bin + 1 < words.count else { return nil }
        return String(words[bin + 1])
    }

    /// True when the sentence has the person travel with another: named before
    /// "accompanied by" and the like, or in the list after it ("X, who was accompanied
    /// by A, also met B": not B).
    private func travelsWith(_ person: EntityID, in sentence: Sentence, of article: ArticleState, home: Lexicon.State) -> Bool {
        guard let phrase = Self.firstRange(Self.travellingWith, sentence.text) else { return false }
        // "ISLAMABAD - Foreign Minister X is accompanying the prime minister" on his
        // trip abroad: the party of the dateline's own official is of that state.
        let isHomeTraveller = { (other: EntityID) in
            other != person && article.stateOf(person: other) == article.state(home)
                && !article.destinations(of: other).isEmpty && self.goesAbroadOnly(other, from: home, in: article)
        }
        if article.located(in: sentence).contains(where: { $0.type == .person && isHomeTraveller($0.id) }) { return false }
        // "KYIV - X arrived in Ankara. Minister A accompanied him": the pronoun's person.
        if Self.matches(Self.accompaniedPronoun, sentence.text), let subject = article.subject(before: sentence), isHomeTraveller(subject) { return false }
        // "CANBERRA - A will fly to Port Moresby. Minister B will accompany the prime
        // minister": the post of the state's own traveller.
        if let post = Self.accompaniedPost.firstMatch(in: sentence.text, range: NSRange(location: 0, length: sentence.text.utf16.count))?.range(at: 1), case let title = UTF16Text(sentence.text).substring(with: post),
           article.officeHolders(of: article.state(home)).contains(where: { $0.title.lowercased() == title.lowercased() && isHomeTraveller($0.person) }) { return false }
        // "A and B were part of the delegation" where no one came to the dateline's
        // state: the delegation of its own traveller.
        if Self.matches(Self.partOfDelegation, sentence.text), onlyGuestState(home: home, in: article) == nil { return false }
        guard let own = article.located(in: sentence).first(where: { $0.id == person }), own.range.location >= NSMaxRange(phrase) else { return true }
        let between = NSRange(location: NSMaxRange(phrase), length: own.range.location - NSMaxRange(phrase))
        return !Self.clauseAfterComma(UTF16Text(sentence.text).substring(with: between))
    }

    /// The one state of those who travel to the dateline's state `home` (a place in
    /// it or the state), or of none when people of several or of none do.
    private func onlyGuestState(home: Lexicon.State, in article: ArticleState) -> EntityID? {
        let homeID = article.state(home)
        let states = Set(article.visits().filter { $0.destination == homeID || stateWithCapital($0.destination, in: article) == home }
            .compactMap { article.stateOf(person: $0.person) })
        return states.count == 1 ? states.first : nil
    }

    /// True when every place the person travels to (perhaps none) is outside the
    /// state `home`: "SEOUL - President X will fly to Washington".
    private func goesAbroadOnly(_ person: EntityID, from home: Lexicon.State, in article: ArticleState) -> Bool {
        article.destinations(of: person).allSatisfy { destination in
            destination.type == .state ? destination != article.state(home)
                : stateWithCapital(destination, in: article).map { $0 != home } ?? false
        }
    }

    /// "Pope Leo XIV": a post only one state has is held for that state, when the
    /// text gives its holder no state.
    func givePostsOfOneState(into article: ArticleState) {
        for (person, title, index) in article.postsWithoutOwner where article.stateOf(person: person) == nil && article.office(of: person) == nil {
            guard let name = lexicon.stateOfTitle[title], let state = lexicon.state(named: name) else { continue }
            article.relate(.holdsOffice, person, article.state(state), title: title, sentence: article.sentences[index])
        }
    }

    /// "X was accompanied by Foreign Minister A and Finance Minister B", "X, who was
    /// accompanied by ministers including A", "ministers accompanied X, including A":
    /// those who accompany an official of a state, in a state's post named with no
    /// state, hold it for that state.
    func givePostsToCompanions(into article: ArticleState) {
        for (person, title, index) in article.postsWithoutOwner where Self.isStatePost(title) && article.stateOf(person: person) == nil {
            let sentence = article.sentences[index]
            guard sentence.has(["accompanied"]) else { continue }
            // "Ten ministers accompanied X, including Foreign Minister A": the one
            // accompanied stands before the list.
            if sentence.has(["including"]), let active = Self.firstRange(Self.accompaniedIncluding, sentence.text) {
                let located = article.located(in: sentence)
                guard let own = located.first(where: { $0.id == person }), own.range.location >= NSMaxRange(active),
                      !Self.clauseAfterComma(UTF16Text(sentence.text).substring(with: NSRange(location: NSMaxRange(active), length: own.range.location - NSMaxRange(active)))),
                      let leader = located.last(where: { $0.type == .person && $0.range.location > active.location && NSMaxRange($0.range) < NSMaxRange(active) }),
                      let state = article.stateOf(person: leader.id) else { continue }
                article.relate(.holdsOffice, person, state, title: title, sentence: sentence)
                continue
            }
            guard let by = Self.firstRange(Self.accompaniedBy, sentence.text) else { continue }
            let located = article.located(in: sentence)
            guard let own = located.first(where: { $0.id == person }), own.range.location > NSMaxRange(by),
                  // The list of companions, not a clause after it: "X, who was accompanied
                  // by A, also held talks with Vice President B".
                  !Self.clauseAfterComma(UTF16Text(sentence.text).substring(with: NSRange(location: NSMaxRange(by), length: own.range.location - NSMaxRange(by)))) else { continue }
            // "X, a close ally of Y, will be accompanied by": not one named in an apposition.
            let text = UTF16Text(sentence.text)
            let leaders = located.filter { $0.type == .person && NSMaxRange($0.range) <= by.location }.filter { mention in
                !(text.substring(from: NSMaxRange(mention.range)).hasPrefix(",") && Self.matches(Self.appositionBefore, text.substring(to: mention.range.location)))
            }
            // "WASHINGTON - A met President B at the White House, accompanied by C": the
            // companion of the one of them who came from another state.
            let home = datelineState(of: article).map { article.state($0) }
            let guests = text.substring(to: by.location).hasSuffix(", ") && home != nil
                ? leaders.filter { leader in article.stateOf(person: leader.id).map { $0 != home } ?? false } : []
            guard let leader = guests.count == 1 ? guests.first : leaders.last, let state = article.stateOf(person: leader.id) else { continue }
            article.relate(.holdsOffice, person, state, title: title, sentence: sentence)
        }
        // "RIYADH - ... A and B were part of the delegation": of the one state whose
        // people came to the dateline's.
        if let home = datelineState(of: article), let guest = onlyGuestState(home: home, in: article) {
            for (person, title, index) in article.postsWithoutOwner where Self.isStatePost(title) && article.stateOf(person: person) == nil {
                let sentence = article.sentences[index]
                guard sentence.has(["delegation"]), let phrase = Self.firstRange(Self.partOfDelegation, sentence.text),
                      let own = article.located(in: sentence).first(where: { $0.id == person }), NSMaxRange(own.range) <= phrase.location else { continue }
                article.relate(.holdsOffice, person, guest, title: title, sentence: sentence)
            }
        }
        // "A and B were accompanied by their foreign ministers, C and D": C holds
        // the post for A's state, D for B's, in the order the text names them.
        for sentence in article.sentences where sentence.has(["accompanied"]) && sentence.has(["their"]) {
            let text = UTF16Text(sentence.text)
            guard let match = Self.pairAccompaniedBy.firstMatch(in: sentence.text, range: NSRange(location: 0, length: text.length)),
                  let title = post(ofPlural: text.substring(with: match.range(at: 1))) else { continue }
            let people = article.located(in: sentence).filter { $0.type == .person }
            let leaders = coordinatedGroup(endingWith: people.filter { NSMaxRange($0.range) <= match.range.location }, in: text)
            let companions = [match.range(at: 2), match.range(at: 3)].compactMap { range in people.first { $0.range == range }?.id }
            guard leaders.count == 2, companions.count == 2, Set(leaders).isDisjoint(with: companions),
                  let first = article.stateOf(person: leaders[0]), let second = article.stateOf(person: leaders[1]), first != second else { continue }
            for (companion, state) in zip(companions, [first, second]) where article.stateOf(person: companion) == nil {
                article.relate(.holdsOffice, companion, state, title: title, sentence: sentence)
            }
        }
    }

    /// "King A and Queen B of the Netherlands": a royal couple's state, written after
    /// the second, is the first's too.
    func givePostsOfRoyalCouples(into article: ArticleState) {
        for (person, title, index) in article.postsWithoutOwner where Self.monarchTitles.contains(title) && article.stateOf(person: person) == nil {
            let sentence = article.sentences[index], text = UTF16Text(sentence.text)
            let located = article.located(in: sentence)
            guard let own = located.first(where: { $0.id == person }),
                  let consort = located.first(where: { $0.type == .person && $0.range.location >= NSMaxRange(own.range) }),
                  Self.coordinated(own.range, consort.range, in: text),
                  text.substring(from: NSMaxRange(consort.range)).hasPrefix(" of "),
                  let state = article.offices(of: consort.id).first(where: { Self.monarchTitles.contains($0.title) && $0.owner.type == .state })?.owner,
                  located.contains(where: { $0.id == state && $0.range.location > NSMaxRange(consort.range) }) else { continue }
            article.relate(.holdsOffice, person, state, title: title, sentence: sentence)
        }
    }

    /// "Saudi crown prince receives ..." then "Crown Prince and Prime Minister X": a
    /// post written with no state beside one the person holds for a state, in the
    /// same words before the name, is held for that state too.
    func givePostsJoinedToHeldPosts(into article: ArticleState) {
        for (person, title, index) in article.postsWithoutOwner where Self.isStatePost(title) {
            let held = article.offices(of: person)
            guard !held.contains(where: { $0.title == title }),
                  let owner = article.postsWithoutOwner.lazy.filter({ $0.person == person && $0.sentence == index && $0.title != title })
                    .compactMap({ other in held.first { $0.title == other.title }?.owner }).first,
                  // A state's post beside a body's is no post of the body.
                  owner.type == .state else { continue }
            article.relate(.holdsOffice, person, owner, title: title, sentence: article.sentences[index])
        }
    }

    /// True when a comma in the text opens a clause: a lower-case word after it
    /// other than "and", "including" or a list's "as well as".
    static func clauseAfterComma(_ text: String) -> Bool {
        text.split(separator: ",", omittingEmptySubsequences: false).dropFirst().contains { part in
            guard let word = part.split(separator: " ").first, word.first?.isLowercase == true else { return false }
            return !["and", "including", "as"].contains(word)
        }
    }

    /// "were accompanied by their foreign ministers, C and D": the plural post is
    /// group 1, the names groups 2 and 3.
    private static let pairAccompaniedBy = try! NSRegularExpression(pattern: #"\b(?:were|are|will\s+be)\s+(?:also\s+)?accompanied\s+by\s+their\s+((?:\p{L}+\s+){0,2}\p{L}+s)\s*,\s+((?-i:"# + nameWord + "(?:" + nameGap + nameWord + #"){1,3}))\s+and\s+((?-i:"# + nameWord + "(?:" + nameGap + nameWord + #"){1,3}))\b"#, options: [.caseInsensitive])

    /// "joined by Foreign Minister A and adviser B on the Peruvian side, and by C on
    /// the Chilean side": a state's post named with no state is that of the first
    /// side named after its holder, in the same clause.
    func givePostsBySide(into article: ArticleState) {
        for (person, title, index) in article.postsWithoutOwner where Self.isStatePost(title) && article.stateOf(person: person) == nil {
            let sentence = article.sentences[index], text = UTF16Text(sentence.text)
            guard sentence.has(word: "side"), let own = article.located(in: sentence).first(where: { $0.id == person }),
                  let side = Self.onTheSide.firstMatch(in: sentence.text, range: NSRange(location: NSMaxRange(own.range), length: text.length - NSMaxRange(own.range))),
                  !text.substring(with: NSRange(location: NSMaxRange(own.range), length: side.range.location - NSMaxRange(own.range))).contains(";"),
                  let state = lexicon.state(namedOrDemonym: text.substring(with: side.range(at: 1))) else { continue }
            article.relate(.holdsOffice, person, article.state(state), title: title, sentence: sentence)
        }
    }

    /// "on the Russian side", "from the Peruvian side".
    private static let onTheSide = try! NSRegularExpression(pattern: #"\b(?:on|from|for)\s+the\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+side\b"#)

    /// "accompanied Prime Minister X, including": the one accompanied, then the list.
    private static let accompaniedIncluding = pattern(#"\baccompanied\s+(?!by\b)[^,;]{1,80},\s+including\s+"#)

    /// "was accompanied by", "accompanied by" after a comma.
    private static let accompaniedBy = pattern(#"\b(?:(?:was|were|is|are)\s+)?accompanied\s+by\b"#)

    /// "the foreign ministers of ", "the leaders of A and ": the people of a state
    /// right before its name.
    private static let othersOf = pattern(#"\b(?:ministers?|leaders?|presidents|officials|delegations?|representatives?|envoys?|ambassadors?|diplomats|heads\s+of\s+state)\s+of\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}-]*,?\s+){0,6}(?:and\s+(?:the\s+)?)?$"#)

    /// "he and Vice President": a post joined to the pronoun of one named before.
    private static let pronounAndPost = pattern(#"\b(?:he|she)\s+and\s+(?:[\p{L}-]+\s+){1,4}$"#)

    /// "Senegal's Faye meets Macron in Paris" over "President Bassirou Diomaye Faye
    /// was received ...": a headline's state in the possessive right before a
    /// person's name gives that person's bare post to the state.
    func givePostsOfHeadlinePossessives(into article: ArticleState) {
        guard article.hasHeadline, case let headline = article.sentences[0], headline.text.contains("'s ") || headline.text.contains("’s ") else { return }
        let text = UTF16Text(headline.text)
        for mention in article.located(in: headline) where mention.type == .person {
            let before = text.substring(to: mention.range.location)
            guard let match = Self.statePossessiveBefore.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count)),
                  let state = lexicon.state(named: UTF16Text(before).substring(with: match.range(at: 1))),
                  article.office(of: mention.id) == nil, article.stateOf(person: mention.id) == nil else { continue }
            for (person, title, index) in article.postsWithoutOwner where person == mention.id && Self.isStatePost(title) {
                article.relate(.holdsOffice, person, article.state(state), title: title, sentence: article.sentences[index])
            }
        }
    }

    /// A state's name in the possessive at the end of the text: "Senegal's ".
    private static let statePossessiveBefore = try! NSRegularExpression(pattern: #"(?:^|[,:;]\s+|\s)((?-i:\p{Lu})[\p{L}.-]+(?:\s+(?-i:\p{Lu})[\p{L}.-]+){0,2})['’]s\s+$"#)

    /// "Indonesia, Australia sign defence pact" over "Defence Minister A and his
    /// Australian counterpart B": a headline that names two states names the two
    /// sides, so one whose counterparts are of one of them, and who has a state's
    /// post with no state, holds it for the other.
    func givePostsOfHeadlinePair(into article: ArticleState) {
        guard article.hasHeadline else { return }
        let sides = unique(article.located(in: article.sentences[0]).filter { $0.type == .state }.map(\.id))
        guard sides.count == 2 else { return }
        for (person, title, index) in article.postsWithoutOwner where Self.isStatePost(title)
            && article.office(of: person) == nil && article.stateOf(person: person) == nil {
            var theirs = Set(article.counterpartsAwaitingPost.filter { $0.other == person }.map(\.state)
                + article.counterparts(of: person).compactMap { article.stateOf(person: $0) })
            // "Pakistan, Saudi Arabia sign pact" over "Prime Minister A and Saudi Crown
            // Prince B signed": one joined to the other side's official is of this one.
            if theirs.isEmpty { theirs = Set(joinedOfficials(of: person, in: article.sentences[index], of: article).compactMap(article.stateOf(person:))) }
            guard theirs.count == 1, let their = theirs.first, sides.contains(their), let own = sides.first(where: { $0 != their }) else { continue }
            article.relate(.holdsOffice, person, own, title: title, sentence: article.sentences[index])
        }
    }

    /// The people joined to a person by "and" right before or after them in a sentence.
    private func joinedOfficials(of person: EntityID, in sentence: Sentence, of article: ArticleState) -> [EntityID] {
        let located = article.located(in: sentence), text = UTF16Text(sentence.text)
        guard let own = located.first(where: { $0.id == person }) else { return [] }
        let people = located.filter { $0.type == .person && $0.id != person }
        let before = people.last { NSMaxRange($0.range) <= own.range.location }.flatMap { Self.coordinated($0.range, own.range, in: text) ? $0.id : nil }
        let after = people.first { $0.range.location >= NSMaxRange(own.range) }.flatMap { Self.coordinated(own.range, $0.range, in: text) ? $0.id : nil }
        return [before, after].compactMap { $0 }
    }

    /// "Foreign Minister X held talks with Foreign Minister of Nepal Y, who is on an
    /// official visit to China": one who meets a guest in the sentence that takes the
    /// guest to a state, or its capital, and goes nowhere himself, holds his post of
    /// that state. So does one the guest meets in the sentence after: "X paid a visit
    /// to Tehran. There X held talks with Foreign Minister Z". So does one at whose
    /// invitation the guest came: "arrived in Djibouti at the invitation of President Y".
    func givePostsToHostsState(into article: ArticleState) {
        for (person, title, index) in article.postsWithoutOwner where Self.isStatePost(title) && article.office(of: person) == nil && article.stateOf(person: person) == nil {
            // "meet King X at the palace before flying to Brussels": the guest goes on
            // there after the meeting, which is not held in that state.
            let visits = [index, index - 1].flatMap { i in
                article.visits(in: i).filter { !isOnward($0.destination, in: article.sentences[i], of: article) }
            }.compactMap { visit -> (guest: EntityID, state: EntityID)? in
                guard visit.destination.type == .state else {
                    return stateWithCapital(visit.destination, in: article).map { (visit.guest, article.state($0)) }
                }
                return (visit.guest, visit.destination)
            }.filter { $0.guest != person && article.stateOf(person: $0.guest) != $0.state }
            // One visit, to one state, told of twice ("visited Tehran ... on a visit to Iran").
            guard article.destinations(of: person).isEmpty, Set(visits.map { [$0.guest, $0.state] }).count == 1, let visit = visits.first,
                  article.haveMet(person, visit.guest, in: index) || isHost(person, invitingIn: article.sentences[index], of: article) else { continue }
            // "X arrived in Cairo after talks in Washington with President Y": a meeting
            // in another state's capital is not the visit's.
            if article.meetingPlaces(of: person, and: visit.guest, in: index).contains(where: { place in
                stateWithCapital(place, in: article).map { article.state($0) != visit.state } ?? false
            }) { continue }
            article.relate(.holdsOffice, person, visit.state, title: title, sentence: article.sentences[index])
        }
    }

    /// True when every mention of the destination in the sentence is where the guest
    /// goes on to: "before flying to Brussels", "on her way to Rome".
    private func isOnward(_ destination: EntityID, in sentence: Sentence, of article: ArticleState) -> Bool {
        guard sentence.has(["before", "then", "way", "route", "onward", "later"]) else { return false }
        let text = UTF16Text(sentence.text)
        let mentions = article.located(in: sentence).filter { $0.id == destination }
        return !mentions.isEmpty && mentions.allSatisfy { Self.matches(Self.goingOnTo, text.substring(to: $0.range.location)) }
    }

    /// "before flying to ", "then travel on to ", "on his way to ": right before a
    /// place the traveller reaches after the events told before it.
    private static let goingOnTo = pattern(#"\b(?:(?:before|then|later)\s+(?:\p{L}+ing\s+|(?:fly|travel|head|go|leave|depart|continue|proceed)\s+)(?:on\s+|onward\s+)?(?:to|for)|on\s+(?:his|her|their|the)\s+way\s+(?:back\s+)?to|en\s+route\s+to|onward\s+to)\s+(?:the\s+)?$"#)

    /// "Foreign Minister A, who conveyed a message from Crown Prince B": one who
    /// sends word by a state's official is of that official's state, and holds his
    /// bare post there. Not one whose message another received ("A received a
    /// letter from King B"): the receiver is of the other side.
    func givePostsToSenders(into article: ArticleState) {
        for (person, title, index) in article.postsWithoutOwner where Self.isStatePost(title) && article.office(of: person) == nil && article.stateOf(person: person) == nil {
            let sentence = article.sentences[index]
            guard sentence.has(["conveyed", "delivered", "handed", "passed", "carried", "brought", "relayed", "conveys", "delivers", "hands", "carries", "brings", "relays"]) else { continue }
            let text = UTF16Text(sentence.text)
            let located = article.located(in: sentence)
            guard let own = located.first(where: { $0.id == person }),
                  let verb = Self.lastRange(Self.conveyedFrom, text.substring(to: own.range.location)),
                  let messenger = located.last(where: { $0.type == .person && $0.id != person && NSMaxRange($0.range) <= verb.location }),
                  Self.matches(Self.messengerBeforeVerb, text.substring(with: NSRange(location: NSMaxRange(messenger.range), length: verb.location - NSMaxRange(messenger.range))), anchored: true),
                  let state = article.stateOf(person: messenger.id) else { continue }
            article.relate(.holdsOffice, person, state, title: title, sentence: sentence)
        }
    }

    /// "A received a message from President B, delivered by Minister C": C is B's
    /// messenger and holds the bare post for B's state. (Before the dateline's
    /// rule, which gives A no state while A meets one whose state is unknown.)
    func givePostsToMessengers(into article: ArticleState) {
        for (person, title, index) in article.postsWithoutOwner where Self.isStatePost(title) && article.office(of: person) == nil && article.stateOf(person: person) == nil {
            let sentence = article.sentences[index]
            guard let sender = sender(carriedBy: person, in: sentence, of: article),
                  let state = article.stateOf(person: sender) ?? article.counterpartsAwaitingPost.first(where: { $0.person == sender })?.state else { continue }
            article.relate(.holdsOffice, person, state, title: title, sentence: sentence)
        }
    }

    /// The one whose word a person carries to its receiver: B for C in "A received
    /// a message from President B, delivered by Minister C".
    func sender(carriedBy person: EntityID, in sentence: Sentence, of article: ArticleState) -> EntityID? {
        guard sentence.has(["by"]), let phrase = Self.firstRange(Self.receivedDeliveredBy, sentence.text) else { return nil }
        let people = article.located(in: sentence).filter { $0.type == .person }, text = UTF16Text(sentence.text)
        guard Self.messenger(after: phrase, among: people, in: text)?.id == person,
              case let words = text.substring(with: phrase), let from = words.range(of: " from ") else { return nil }
        // The sender is named between "from" and "delivered by".
        let start = phrase.location + words[..<from.upperBound].utf16.count
        return people.first { $0.range.location >= start && NSMaxRange($0.range) <= NSMaxRange(phrase) }?.id
    }

    /// "A was accompanied by B, who held talks with his counterpart X": the person
    /// right before the ", who" of a clause that runs on to a point of the sentence.
    static func ownerOfRelativeClause(before utf16Offset: Int, in sentence: Sentence, text: UTF16Text, article: ArticleState) -> EntityID? {
        let before = text.substring(to: utf16Offset)
        guard let who = before.range(of: ", who ", options: .backwards), !before[who.upperBound...].contains(",") else { return nil }
        let end = before.utf16.distance(from: before.startIndex, to: who.lowerBound)
        return article.located(in: sentence).last { $0.type == .person && NSMaxRange($0.range) == end }?.id
    }

    /// The state of "his Qatari counterpart, " right before a post.
    private func stateOfCounterpart(before title: NSRange, in text: UTF16Text) -> Lexicon.State? {
        let before = text.substring(to: title.location)
        guard let match = Self.counterpartBeforeTitle.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count)) else { return nil }
        return lexicon.state(namedOrDemonym: UTF16Text(before).substring(with: match.range(at: 1)))
    }

    /// "his Qatari counterpart, " right before a post: the people's name is group 1.
    static let counterpartBeforeTitle = try! NSRegularExpression(pattern: #"\b(?:his|her|their)\s+((?-i:\p{Lu})[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)?)\s+(?i:counterpart),\s+$"#)

    /// True for a region named by a compass point and a capitalised word, perhaps
    /// then a sea's noun, as `compassRegion` finds them: "Middle East", "South
    /// Caucasus", "South China Sea"; not an adjective ("Central Asian").
    static func isCompassRegion(_ words: String) -> Bool {
        let parts = words.split(separator: " ")
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.first?.isUppercase == true }),
              compassWords.contains(parts[0].lowercased()) || parts[0].hasSuffix("ern") && compassWords.contains(String(parts[0].lowercased().dropLast(3))),
              parts.count == 2 || ["Sea", "Ocean", "Gulf", "Strait", "Peninsula", "Basin", "Coast"].contains(String(parts[2])) else { return false }
        return !adjectiveEndings.contains { parts[1].lowercased().hasSuffix($0) }
    }

    /// ", a close ally of ": an apposition's words before a name in it.
    static let appositionBefore = pattern(#",\s+(?:a|an|the)\s+[^,]{0,60}$"#)

    /// "conveyed a message from", "handed over a personal letter from", "handed the
    /// crown prince a message from", "delivered greetings from", "conveyed the
    /// greetings of" and the sender's capitalised words, up to the sender, perhaps
    /// after another ("from King A and").
    static let conveyedFrom = pattern(#"\b(?:conveyed|conveys|delivered|delivers|handed\s+over|hands\s+over|handed|hands|passed\s+on|carried|carries|brought|brings|relayed|relays)\s+(?:(?:the|his|her)\s+(?:[\p{L}-]+\s+){1,2}?)?(?:(?:a|an|the|his|her)\s+)?(?:(?:written|verbal|oral|personal|congratulatory|warm|warmest|cordial|best|sincere|heartfelt|fraternal|friendly)\s+)?(?:(?:message|messages|letter|invitation)\s+from|(?:greetings|regards|congratulations|wishes)\s+(?:from|of))\s+(?:(?:(?:(?-i:\p{Lu})[\p{L}-]*|bin|ibn|al|el)\s+){1,8}and\s+)?(?:(?-i:\p{Lu})[\p{L}-]*\s+){0,4}$"#)
    /// What may stand between a messenger and the verb: nothing, ", who", "also", "had".
    static let messengerBeforeVerb = pattern(#"^(?:,\s+who)?(?:\s+(?:also|has|had|then|later))?\s+$"#)

    /// A post's title, lower-cased, by which two titles of one post are the same:
    /// "External Affairs Minister" and "Foreign Minister" are one state's one post.
    static func postKey(_ title: String) -> String {
        let lower = title.lowercased()
        return foreignMinisterTitles.contains(lower) ? "foreign minister" : lower
    }

    /// Titles of a state's minister for foreign affairs.
    private static let foreignMinisterTitles: Set<String> = ["external affairs minister", "foreign affairs minister", "minister of foreign affairs",
                                                             "minister for foreign affairs", "minister of external affairs", "minister for external affairs"]

    /// True when a person is named as the one whose invitation a sentence's visit
    /// answers: "arrived in Djibouti ... at the invitation of President X".
    private func isHost(_ person: EntityID, invitingIn sentence: Sentence, of article: ArticleState) -> Bool {
        guard sentence.has(["invitation"]), let own = article.located(in: sentence).first(where: { $0.id == person }) else { return false }
        return Self.matches(Self.atInvitationOf, UTF16Text(sentence.text).substring(to: own.range.location))
    }
    static let atInvitationOf = pattern(#"\bat\s+the\s+invitation\s+of\s+(?:(?:his|her|the)\s+)?(?:[\p{L}.'’-]+\s+){0,5}$"#)

    /// The state whose capital a place of the article is: Peru for "Lima".
    func stateWithCapital(_ place: EntityID, in article: ArticleState) -> Lexicon.State? {
        article.name(of: place).flatMap { lexicon.capitals[Lexicon.keyAndFold($0).key] }
    }

    /// The state whose capital dates the article ("NEW DELHI:"), or the state that
    /// does, being a city itself ("KUWAIT, Jan 20").
    func datelineState(of article: ArticleState) -> Lexicon.State? {
        if let place = article.datelinePlace() {
            if let state = lexicon.capitals[Lexicon.keyAndFold(place).key] { return state }
            // "GYEONGJU, South Korea (Yonhap) --": a city the dateline gives its state.
            if let index = article.datelinePlaceSentence(), case let text = article.sentences[index].text,
               let match = Self.datelineQualifier.firstMatch(in: text, options: .anchored, range: NSRange(location: 0, length: min(text.utf16.count, 80))) {
                return lexicon.state(named: UTF16Text(text).substring(with: match.range(at: 1)))
            }
            // "SYDNEY (AAP) -": a city of millions dates a report from its state.
            return lexicon.largeCities[Lexicon.fold(place)].flatMap(lexicon.state(code:))
        }
        return article.datelineState().flatMap { lexicon.state(named: $0) }
    }

    /// A dateline's place, a comma and the state's name (group 1) before the date,
    /// the agency or the dash: "GYEONGJU, South Korea (".
    private static let datelineQualifier = try! NSRegularExpression(pattern: #"^[^,]{2,40},\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:[,(:]|—|–|-)"#)

    /// "Rojas ... She also held talks with her Chilean counterpart, X": the person
    /// the pronoun stands for and X are counterparts, and X holds that person's
    /// post for Chile.
    func giveCounterpartsOfPronounsTheirPosts(into article: ArticleState) {
        for (person, state, index, at) in article.counterpartsOfPronouns {
            let sentence = article.sentences[index]
            let located = article.located(in: sentence)
            guard let other = pronounSubject(sentence, located, before: at, article: article)
                    ?? located.first(where: { $0.type == .person && NSMaxRange($0.range) <= at })?.id, other != person else { continue }
            article.relate(.counterpartOf, other, person, sentence: sentence)
            if let post = article.office(of: other) {
                article.relate(.holdsOffice, person, state, title: Self.counterpartsPost(post), sentence: sentence)
            } else {
                article.addCounterpartAwaitingPost(person, of: other, state: state, sentence: sentence)
            }
        }
    }

    /// "CAIRO - President X received his Emirati counterpart Y": Y holds for the
    /// United Arab Emirates the post X was found to hold later in the article (here
    /// by the dateline's state).
    func giveCounterpartsTheirPosts(into article: ArticleState) {
        for (person, other, owner, index) in article.counterpartsAwaitingPost where article.office(of: person) == nil {
            if let post = article.post(of: other) { article.relate(.holdsOffice, person, owner, title: Self.counterpartsPost(post), sentence: article.sentences[index]) }
        }
    }

    /// "The delegation", "The visiting minister", "The envoys": guests who open a
    /// sentence as its subject.
    static let guestsAsSubject = pattern(#"^(?:the|a)\s+(?:visiting\s+[\p{L}-]+|(?:[\p{L}-]+\s+)?(?:delegation|delegations|envoy|envoys|visitor|visitors|guest|guests))\b"#)

    /// "a message from", "greetings from President", "the greetings of King", "on
    /// behalf of President", "a message from King A and Crown Prince": the text
    /// before a sender.
    static let sentFrom = pattern(#"\b(?:(?:message|messages|letter|greetings|invitation|regards|congratulations)\s+from|(?:greetings|regards|congratulations|wishes)\s+of|on\s+behalf\s+of)\s+(?:(?:(?:(?-i:\p{Lu})[\p{L}-]*|bin|ibn|al|el)\s+){1,8}and\s+)?(?:(?-i:\p{Lu})[\p{L}-]*\s+){0,4}$"#)

    /// "and delivered a", "and also handed over the": the subject's second verb,
    /// before the word it carries.
    static let andDelivered = pattern(#"\band\s+(?:also\s+|then\s+|later\s+)?(?:delivered|handed(?:\s+over)?|conveyed|passed\s+on|carried)\s+(?:(?:a|an|the)\s+)?"#)

    /// "'s president-elect ", " opposition leader ": between a state (its possessive
    /// or its people's word) and the name it describes.
    static let descriptionBeforeName = pattern(#"^(?:['’]s)?\s+(?:[\p{L}-]+\s+){1,3}$"#)

    /// "trips by Vice President", "a visit here by": right before a guest's name.
    static let tripBy = pattern(#"\b(?:trip|trips|visit|visits|tour|tours)\s+(?:here\s+|to\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}-]*\s+)?by\s+(?:(?-i:\p{Lu})[\p{L}-]*\s+){0,4}$"#)

    /// The text before the states of "between A and B", which a sentence only talks of.
    static let betweenPair = pattern(#"\bbetween\s+(?:(?-i:\p{Lu})[\p{L}-]*\s+){0,3}(?:and\s+)?$"#)

    /// "who is travelling with", "accompanying", "accompanied by": one of a guest's
    /// party; "the kingdom was represented by": a party's envoy, when no state named
    /// it (`delegationLed(before:)` gives the state that is).
    static let travellingWith = pattern(#"\b(?:travell?ing\s+with|accompan(?:y|ies|ied|ying)|represented\s+by)\b|"# + partOfDelegation.pattern)
    /// "A, B and C were part of the delegation": a traveller's party, named before.
    static let partOfDelegation = pattern(#"\b(?:were|was|are|is)\s+(?:also\s+)?(?:part|members?)\s+of\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,2}delegation\b"#)
    /// "accompanied him": a companion of the person a pronoun stands for.
    static let accompaniedPronoun = pattern(#"\baccompan(?:y|ies|ied|ying)\s+(?:him|her)\b"#)
    /// "accompany the prime minister": a companion of the holder of the post (group 1).
    static let accompaniedPost = pattern(#"\baccompan(?:y|ies|ied|ying)\s+the\s+(prime\s+minister|president|chancellor|premier|king|queen|emir|amir|sultan|crown\s+prince|foreign\s+minister)\b"#)

    /// True for a post a state has ("Prime Minister", "National Security Adviser",
    /// "Minister of Foreign Affairs"), not one of a body ("Secretary General",
    /// "Executive Secretary").
    static func isStatePost(_ title: String) -> Bool {
        // "Minister of Foreign Affairs": the post's head is before its portfolio.
        let words = title.split(separator: " ").prefix { $0 != "of" && $0 != "for" }
        // The monarch's representative in a realm is the state's; so is a state's
        // supreme guide.
        // So is a ruling party's head, whom state media style bare: "General Secretary X".
        if ["Governor General", "Governor-General", "Supreme Leader", "General Secretary", "Head of State", "Head of Government"].contains(title) { return true }
        // "presidential spokesperson X": the presidency's posts are the state's.
        if title.lowercased().hasPrefix("presidential ") { return true }
        guard let last = words.last, ["President", "Minister", "Chancellor", "Premier", "King", "Queen", "Emir", "Sultan", "Prince", "Adviser", "Advisor", "Secretary"].contains(last) else { return false }
        return !words.contains { ["General", "Executive", "Special", "High"].contains($0) || bodyNouns.contains($0) }
    }
    /// A body's nouns that may stand in a post before its head: "Senate President".
    private static let bodyNouns: Set<Substring> = ["Senate", "Parliament", "Assembly", "Congress", "Duma", "Council", "Court", "Party", "Commission", "Committee", "Bank", "Union"]

    /// The post a counterpart holds in another state: the same, but for the posts
    /// of a foreign minister that some states name their own way ("Secretary of
    /// State", "Foreign Secretary", "External Affairs Minister").
    static func counterpartsPost(_ post: String) -> String {
        ["secretary of state", "foreign secretary", "external affairs minister", "minister of external affairs"].contains(post.lowercased()) ? "Foreign Minister" : post
    }

    /// Military ranks, which may stand between a post and a name ("Field" of
    /// "Field Marshal").
    static let ranks: Set<String> = ["General", "Major", "Brigadier", "Lieutenant", "Colonel", "Admiral", "Marshal", "Field"]

    /// The words of `ownerNamedBeforePost`, one of which a sentence must have.
    static let ownerWords = ["its", "bloc", "alliance", "organisation", "organization", "body", "group", "union", "mission", "agency", "commission", "council", "party"]

    /// "Its president, Omar Diallo,", "the bloc's chairman, Ana Rojas, said": a post
    /// of the state or body named last ("its") or of the body named last ("the bloc's").
    ///
    /// The person is found with the other titled people, so later mentions of the
    /// name join; the office only once `relate` is true, after states are found.
    private func findPostsOfOwnerNamedBefore(in sentence: Sentence, text: UTF16Text, relate: Bool, into article: ArticleState) {
        for match in Self.ownerNamedBeforePost.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let title = text.substring(with: match.range(at: 2)), nameRange = match.range(at: 3)
            guard isPost(title) else { continue }
            let mentioned = article.entity(mentionedAt: nameRange, in: sentence)
            if !relate {
                guard mentioned == nil, !article.isClaimed(sentence, nameRange) else { continue }
                article.addMention(of: article.person(named: text.substring(with: nameRange)), sentence: sentence, utf16Range: nameRange)
                continue
            }
            let types: Set<EntityType> = text.substring(with: match.range(at: 1)).lowercased() == "its" ? [.state, .organization] : [.organization]
            guard let person = mentioned, person.type == .person,
                  let owner = article.lastMentioned(types, before: match.range.location, in: sentence) else { continue }
            // "the Taliban government sent a delegation headed by its minister": a
            // body this sentence names without an entity of its own owns the post, not
            // one named earlier ("A's delegation was led by X, while the Taliban
            // administration sent its minister").
            if let body = Self.lastRange(Self.unknownBody, text.substring(to: match.range.location)),
               !article.located(in: sentence).contains(where: { $0.id == owner && $0.range.location >= body.location && $0.range.location < match.range.location }) { continue }
            // Written in lower case after "its"; a post is named in capitals.
            let post = title.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            article.relate(.holdsOffice, person, owner, title: post, sentence: sentence)
        }
    }

    /// A body named by capitals and its noun: "the Taliban government", "the Lima
    /// authorities".
    static let unknownBody = pattern(#"\bthe\s+(?:(?-i:\p{Lu})[\p{L}-]*\s+){1,3}(?:government|authorities|administration|leadership|movement|group|militia)\b"#)

    /// "its" or "the bloc's", a post, a comma and a name that a stop or a verb of
    /// saying follows; the groups are the owner's words, the post and the name.
    static let ownerNamedBeforePost = try! NSRegularExpression(pattern:
        #"(?<![\p{L}])((?i:its|the\s+(?:bloc|alliance|organi[sz]ation|body|group|union|mission|agency|commission|council|party)['’]s))\s+([\p{L}][\p{L} -]{2,59}?),\s+("#
        + nameWord + "(?:" + nameGap + nameWord + "){1,2})" + #"(?=\s*[,.;]|\s+(?:said|says|told|added|noted)\b)"#)

    /// "Ana Rojas, who heads the Andean Community,": the head of the body after "who heads".
    private func findPeopleWhoHead(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        let bodies = article.located(in: sentence).filter { $0.type == .organization }
        for match in Self.whoHeads.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let nameRange = match.range(at: 1)
            guard let body = bodies.first(where: { $0.range.location == NSMaxRange(match.range) }),
                  !article.isClaimed(sentence, nameRange) || article.entity(mentionedAt: nameRange, in: sentence)?.type == .person else { continue }
            let person = article.person(named: text.substring(with: nameRange))
            article.addMention(of: person, sentence: sentence, utf16Range: nameRange)
            let verb = text.substring(with: match.range(at: 2)).lowercased()
            article.relate(.holdsOffice, person, body.id, title: verb == "chairs" ? "Chair" : "Head", sentence: sentence)
        }
    }

    /// A name, then ", who heads the": the groups are the name and the verb.
    static let whoHeads = try! NSRegularExpression(pattern:
        #"(?<![\p{L}])("# + nameWord + "(?:" + nameGap + nameWord + "){1,2})" + #",\s+who\s+(?:now\s+|currently\s+)?(heads|chairs|leads)\s+(?:the\s+)?"#)

    /// True when a word is a monarch's number, I to XXX in Roman numerals ("II", "XVI").
    static func isRegnalNumber<Word: StringProtocol>(_ word: Word) -> Bool {
        guard (1...5).contains(word.count), word.allSatisfy({ "IVX".contains($0) }) else { return false }
        let tens = word.prefix { $0 == "X" }.count, units = String(word.dropFirst(tens))
        return tens <= 3 && ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"].contains(units) && !(tens == 0 && units.isEmpty)
    }

    /// Where a post that starts at `start` ends: up to four words of posts, the
    /// last a post's head ("Deputy Prime Minister"); `start` when there is none.
    private func postEnd(in words: [String], from start: Int) -> Int {
        var end = start
        while end < min(words.count, start + 4), postWords.contains(words[end].lowercased()) { end += 1 }
        while end > start, !titleWords.contains(words[end - 1].lowercased()) { end -= 1 }
        return end
    }

    /// Where a portfolio after a post ends: "Minister | for Foreign Affairs of Japan"
    /// ends before the state's "of"; "Minister | of Foreign Affairs." at the end of
    /// the words. Nil when no portfolio stands at `position`.
    static func portfolioEnd(in words: [String], at position: Int) -> Int? {
        guard words.count > position + 1, ["of", "for"].contains(words[position]) else { return nil }
        if let of = words[(position + 1)...].firstIndex(of: "of") {
            return of > position + 1 && isPortfolio(words[(position + 1)..<of].joined(separator: " ")) ? of : nil
        }
        return isPortfolio(words[(position + 1)...].joined(separator: " ").trimmingEnds(in: .punctuationCharacters)) ? words.count : nil
    }

    /// The words of a portfolio after "Minister of": "Foreign Affairs", "State",
    /// "Defence and Veterans Affairs".
    static func isPortfolio(_ words: String) -> Bool {
        let parts = words.split(separator: " ")
        // "and" only joins two: "Foreign Affairs and Trade", not "Foreign Affairs and".
        return parts.contains { portfolioWords.contains($0) } && parts.allSatisfy { portfolioWords.contains($0) || $0 == "and" } && parts.last != "and"
    }

    /// A body of a post that names its state after a portfolio or before the state
    /// an envoy is sent to: "Foreign Affairs of Armenia" (the post keeps "Foreign
    /// Affairs": `post` is its UTF-16 length), "Chile to Armenia" (`post` is 0).
    private func stateQualifying(body: String) -> (state: Lexicon.State, post: Int)? {
        // The portfolio ends at the first "of" after which a state is named: "Foreign
        // Affairs of the Republic of Chile".
        var from = body.startIndex
        while let of = body.range(of: " of ", range: from..<body.endIndex) {
            var owner = String(body[of.upperBound...])
            if owner.hasPrefix("the ") { owner.removeFirst(4) }
            let portfolio = String(body[..<of.lowerBound])
            if Self.isPortfolio(portfolio), let state = lexicon.state(named: owner) { return (state, portfolio.utf16.count) }
            from = of.upperBound
        }
        if let to = body.range(of: " to "), let state = lexicon.state(named: String(body[..<to.lowerBound])),
           lexicon.state(named: String(body[to.upperBound...])) != nil {
            return (state, 0)
        }
        return nil
    }

    /// The capitalised words that portfolios are made of.
    static let portfolioWords: Set<Substring> = [
        "Foreign", "Affairs", "External", "Internal", "Home", "State", "Defence", "Defense", "Security", "National", "Public",
        "Finance", "Treasury", "Economy", "Economic", "Trade", "Commerce", "Industry", "Investment", "Development", "Planning",
        "Justice", "Interior", "Energy", "Health", "Education", "Culture", "Tourism", "Labour", "Labor", "Transport", "Agriculture",
        "Environment", "Information", "Communications", "Digital", "International", "Cooperation", "Veterans", "Integration",
        "Armed", "Forces", "Enlargement", "Neighbourhood", "Neighborhood", "Migration", "Climate", "Budget", "Competition", "Infrastructure",
        "Housing", "Youth", "Science", "Technology", "Innovation", "Emergency", "Humanitarian", "Crisis", "Management", "Human", "Rights",
        "Diaspora", "Equality", "Employment", "Relations", "Refugees",
        "Business", "Sport", "Sports", "Commonwealth", "Consumer", "Social", "Welfare", "Women", "Family", "Food", "Rural", "Water",
        "Mines", "Mining", "Petroleum", "Fisheries", "Arts", "Heritage", "Media", "Skills", "Work", "Pensions",
        // "Minister of African Integration", "of Nationals Abroad". (Not "Arab" or
        // "Gulf": "President of the Arab Republic of Egypt" names no portfolio.)
        "African", "Regional", "Abroad", "Expatriates", "Worship", "Francophonie",
    ]

    /// The first person of the article whose name or surname stands in a sentence
    /// before a point, with no mention recorded yet.
    private func knownPerson(in sentence: Sentence, before utf16Offset: Int, article: ArticleState) -> EntityID? {
        let text = UTF16Text(sentence.text)
        for run in sentence.scalars.nameRuns() where NSMaxRange(run) <= utf16Offset {
            let name = text.substring(with: run)
            if let known = article.knownPerson(name) { return known }
            for word in name.split(separator: " ") { if let known = article.knownPerson(String(word)) { return known } }
        }
        return nil
    }

    /// True when words name a post now held: a listed title ("foreign minister") or
    /// one ending in a title's head noun, perhaps with its portfolio after "for" or
    /// "of" ("Cabinet Secretary for Foreign Affairs"); never a past one ("former envoy").
    func isPost(_ words: String) -> Bool {
        if lexicon.titles.contains(where: { $0.caseInsensitiveCompare(words) == .orderedSame }) { return true }
        let head = words.components(separatedBy: " for ").first!.components(separatedBy: " of ").first!
        let parts = head.lowercased().split(separator: " ")
        guard let last = parts.last, parts.count <= 4, titleWords.contains(String(last)) else { return false }
        return !["former", "ex", "late", "then", "incoming", "next", "future"].contains(where: { parts.first!.hasPrefix($0) })
    }

    /// A post found by its head noun without its leading state or stray words:
    /// "Japanese Prime Minister" is the post "Prime Minister" of Japan.
    private func trimmedPost(_ range: NSRange, in text: UTF16Text) -> NSRange {
        var range = range
        var words = text.substring(with: range).split(separator: " ").map(String.init)
        while words.count > 1, let first = words.first, Self.notNames.contains(first) || lexicon.state(namedOrDemonym: first) != nil || lexicon.titleSet.contains(words.dropFirst().joined(separator: " ")) && ["Former", "Acting", "Then", "Interim"].contains(first) {
            range.location += first.utf16.count + 1
            range.length -= first.utf16.count + 1
            words.removeFirst()
        }
        // "New Zealand Prime Minister", "South Korean Unification Minister": a post's
        // first word may end a state's name or its people's.
        if words.count > 1, let first = words.first {
            let previous = text.substring(to: range.location).trailingRuns(2) { $0 != " " }.map(String.init)
            if (1...max(previous.count, 1)).contains(where: { lexicon.state(namedOrDemonym: (previous.suffix($0) + [first]).joined(separator: " ")) != nil }) {
                range.location += first.utf16.count + 1
                range.length -= first.utf16.count + 1
                words.removeFirst()
            }
        }
        // "Socialist Party General Secretary": the post starts after the body's noun,
        // unless the noun is a portfolio's: "Armed Forces Minister".
        if let head = words.dropLast().lastIndex(where: lexicon.organizationHeads.contains), !Self.isPortfolio(words[...head].joined(separator: " ")) {
            let cut = words[...head].joined(separator: " ").utf16.count + 1
            range.location += cut
            range.length -= cut
        }
        return range
    }

    /// True when "former", "ex-" or "then" stands before a post, perhaps with its
    /// state between: "former Chilean President".
    static func isPast(before title: NSRange, in text: String) -> Bool {
        pastPost.firstMatch(in: text, range: NSRange(location: 0, length: title.location)) != nil
    }

    /// "former", "ex-", "then-", "the late" and up to two capitalised words before a
    /// post (not "later": "Rojas later met President X"; not "then" of a sequence:
    /// "met President X, then Prime Minister Y").
    private static let pastPost = pattern(#"(?<![\p{L}])(?:former\b|ex-|then-|(?<!,\s)(?<!\band\s)then\s|late\b)\s*(?:(?-i:\p{Lu})[\p{L}'’.-]*\s+){0,2}$"#)

    /// A lower-case post with the service it heads or speaks for between it and a
    /// state: "Egyptian intelligence chief", "Israeli military spokesman", "Saudi
    /// national security adviser". The post grows to take the service in.
    private func serviceBefore(title: NSRange, in text: UTF16Text) -> (post: NSRange, state: Lexicon.State)? {
        guard text.substring(with: title).first?.isLowercase == true else { return nil }
        let before = text.substring(to: title.location)
        for services in [2, 1] {
            let words = before.trailingRuns(services + 1) { $0 != " " }.map(String.init)
            guard words.count == services + 1,
                  words.dropFirst().allSatisfy({ $0.count >= 4 && $0.allSatisfy { $0.isLowercase && $0.isLetter } && !Self.notServices.contains($0)
                      // "the American officials included special envoy X": a verb, or
                      // a side, is no service.
                      && !$0.hasSuffix("ed") }),
                  // "Qatar's foreign ministry spokesman" speaks for the ministry, which
                  // the rules for bodies find.
                  services == 1 || !lexicon.organizationHeads.contains(words[services].prefix(1).uppercased() + words[services].dropFirst()),
                  let state = lexicon.state(namedOrDemonym: words[0].withoutPossessive) else { continue }
            let start = title.location - words.dropFirst().joined(separator: " ").utf16.count - 1
            return (NSRange(location: start, length: NSMaxRange(title) - start), state)
        }
        return nil
    }

    /// Titles that are given names as well: "the Amir Sheikh X", "Amir Khan Muttaqi".
    static let titlesThatAreGivenNames: Set<String> = ["Amir"]

    /// True when a word cannot be part of a name found without a title: a word that
    /// is no name, a title, a body's or a building's noun, a state or its people.
    func isNoUntitledNameWord(_ word: String) -> Bool {
        // A title in lower case is one capitalised too: "Adviser", "Envoy".
        Self.notNames.contains(word) || (lexicon.titleSet.contains(word) || lexicon.titleSet.contains(word.lowercased())) && !Self.titlesThatAreGivenNames.contains(word)
            || lexicon.organizationHeads.contains(word)
            || Self.facilityNouns.contains(word) || lexicon.state(namedOrDemonym: word) != nil
    }

    /// True when a name found without a title is no place the lexicon knows, nor
    /// a state or its people of two words ("New Zealand", "South Korean officials").
    func isNoKnownPlace(_ name: String) -> Bool {
        !lexicon.isCity(name) && lexicon.subdivisions[Lexicon.fold(name)] == nil && lexicon.state(namedOrDemonym: name) == nil
    }

    /// Nouns that end the name of a building, a street or a work named for a
    /// person ("King Fahd Causeway", "Queen Elizabeth Hospital"); not "Park", a surname.
    static let facilityNouns: Set<String> = ["Airport", "Airbase", "Avenue", "Boulevard", "Bridge", "Canal", "Causeway", "Center", "Centre", "College",
                                             "Dam", "Highway", "Hospital", "Hotel", "Mosque", "Museum", "Palace", "Port", "Road", "School",
                                             "Square", "Stadium", "Station", "Street", "Tower", "University"]

    /// How a post is held, written between the state and the post.
    /// Looked up in lower case: "Acting President", "interim president".
    private static let standings: Set<String> = ["interim", "acting", "transitional", "caretaker", "outgoing", "incoming", "cabinet"]
    /// The standings, and words that say a post is held now: "the current chairman".
    private static let presentStandings = standings.union(["current", "incumbent", "rotating"])

    /// Words of rank that make a post of the title after them: "Assistant Secretary
    /// of State", "Under-Secretary-General", "Deputy Secretary General".
    private static let ranksOfPost = ["Deputy", "Assistant", "Under", "Vice", "First", "Senior", "Principal", "Associate"]

    /// The post with the words of rank written right before it ("US Assistant
    /// Secretary of State X"): they are part of the post, and the state stands before them.
    /// "Business and Trade Secretary", "International Relations and Cooperation
    /// Minister": a portfolio of up to three words joined by "and" to the one
    /// that opens the post is part of it.
    private func withPortfolioJoinedBefore(_ title: NSRange, in text: UTF16Text) -> NSRange {
        guard let first = text.substring(with: title).split(separator: " ").first, Self.portfolioWords.contains(first),
              case let before = text.substring(to: title.location), before.hasSuffix(" and ") else { return title }
        let joined = before.dropLast(5).split(separator: " ", omittingEmptySubsequences: false).reversed().prefix { Self.portfolioWords.contains($0) }.prefix(3)
        guard !joined.isEmpty else { return title }
        let length = joined.reduce(joined.count - 1) { $0 + $1.utf16.count } + 5
        return NSRange(location: title.location - length, length: title.length + length)
    }

    private func withRanksBefore(_ title: NSRange, in text: UTF16Text) -> NSRange {
        var title = title
        while title.location > 0, case let before = text.substring(to: title.location),
              let rank = Self.ranksOfPost.first(where: { rank in [" ", "-"].contains { before.hasSuffix(rank + $0) } }) {
            let start = before.dropLast(rank.count + 1)
            guard start.isEmpty || start.last == " " || start.last == "-" else { break }
            title.location -= rank.utf16.count + 1
            title.length += rank.utf16.count + 1
        }
        return title
    }

    /// Lower-case words that may stand between a state and a post without being
    /// a service it belongs to: "Chilean and Peruvian envoys", "Kenya's then envoy".
    private static let notServices: Set<String> = ["with", "from", "said", "that", "whose", "their", "also", "then", "former", "while", "when", "after", "before", "where",
                                                   "side", "sides"]

    /// "Iran's delegation was led by", "The U.S. delegation was led by", "the
    /// Iranian team, headed by", "and the Iranian one by": the state whose delegation
    /// the post's holder leads; "Japan was represented by": the state the holder stands for.
    private func delegationLed(before title: NSRange, in text: UTF16Text) -> Lexicon.State? {
        let before = text.substring(to: title.location)
        // "headed by presidential aide X": a word in lower case may open the post.
        guard before.hasSuffix(" by ") || before.dropLast().split(separator: " ").suffix(2).first == "by",
              let match = Self.delegationLedBy.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count))
                ?? Self.delegationFromLedBy.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count)) else { return nil }
        return lexicon.state(namedOrDemonym: UTF16Text(before).substring(with: match.range(at: 1)))
    }

    /// "a delegation from Eritrea led by", "the delegation of the Philippines, headed by".
    private static let delegationFromLedBy = try! NSRegularExpression(
        pattern: #"\b(?:delegation|team|mission)\s+(?:from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,2})\s*,?\s+(?:led|headed)\s+by\s+(?:\p{Ll}+\s+)?$"#)

    private static let delegationLedBy = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(?:the\s+)?(\p{Lu}[\p{L}.-]+)(?:(?:['’]s|(?<=s)['’])?\s+(?:delegation|team|side|negotiators)\s*,?\s+(?:was\s+|were\s+)?(?:led|headed)|\s+(?:was|is|will\s+be)\s+represented|\s+one|\s+(?:delegation|team|side))\s+by\s+(?:\p{Ll}+\s+)?$"#)

    /// "Russian President", "Armenia's Foreign Minister", "US special envoy".
    private func stateBefore(title: NSRange, in text: UTF16Text) -> Lexicon.State? {
        let before = text.substring(to: title.location)
        var words = before.trailingRuns(4) { $0 != " " }.map(String.init)
        var post = text.substring(with: title)
        // "Saudi Crown Prince and Prime Minister": a first post joined by "and"
        // stands between the state and this one.
        if words.last == "and" {
            let wider = before.trailingRuns(9) { $0 != " " }.map(String.init).dropLast()
            if let length = (1...min(4, wider.count)).reversed().first(where: { lexicon.titleSet.contains(wider.suffix($0).joined(separator: " ")) }) {
                words = Array(wider.dropLast(length).suffix(4))
                post = wider.suffix(length).joined(separator: " ")
            }
        }
        // "Syrian interim President", "Kenyan Cabinet Secretary": a word of standing
        // between the state and the post.
        if let last = words.last, Self.standings.contains(last.lowercased()) { words.removeLast() }
        // "Lao Party General Secretary": a ruling party's head, of its people's state.
        if words.last == "Party", Self.partyHeads.contains(post.lowercased()) { words.removeLast() }
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            let phrase = words.suffix(count).joined(separator: " ").withoutPossessive
            if let state = lexicon.state(namedOrDemonym: phrase) ?? lexicon.seats[phrase].flatMap(lexicon.state(code:)) { return state }
        }
        return nil
    }

    /// "NATO Secretary-General", "the Arab League's envoy": an organization named just
    /// before a post, by an acronym or by a name the article already found there.
    private func organizationBefore(title: NSRange, in sentence: Sentence, into article: ArticleState) -> EntityID? {
        let text = UTF16Text(sentence.text)
        var end = title.location - 1
        let before = text.substring(to: max(end, 0))
        if before.hasSuffix("'s") || before.hasSuffix("’s") { end -= 2 }
        if let found = article.located(in: sentence).last(where: { $0.type == .organization && NSMaxRange($0.range) == end }) { return found.id }
        guard end > 0, let word = text.substring(to: end).trailingRuns(1, where: { $0 != " " }).last.map(String.init) else { return nil }
        return organization(namedBy: word, at: NSRange(location: end - word.utf16.count, length: word.utf16.count), in: sentence, into: article)
    }

    /// The organization an acronym names, or a group's name the article gave before
    /// ("Hamas leader X"), mentioned at `range`; nil for a state or another word.
    private func organization(namedBy written: String, at range: NSRange, in sentence: Sentence, into article: ArticleState) -> EntityID? {
        guard lexicon.state(named: written) == nil else { return nil }
        // "U.N. Secretary-General": an acronym with its dots is the acronym.
        let dotted = written.count >= 4 && written.count <= 12 && written.enumerated().allSatisfy { $0.offset % 2 == 0 ? $0.element.isUppercase : $0.element == "." }
        let word = dotted ? written.filter { $0 != "." } : written
        guard !lexicon.notOrganizations.contains(word) else { return nil }
        let known = article.organization(acronym: word) ?? article.organization(initials: word)
        guard known != nil || Self.isAcronym(word) else { return nil }
        let id = known ?? article.entity(.organization, word)
        article.define(acronym: word, as: id)
        article.addMention(of: id, sentence: sentence, utf16Range: range)
        return id
    }

    /// Two to eight capitals and digits, a letter first: "NATO", "G20".
    private static func isAcronym(_ word: String) -> Bool {
        (2...8).contains(word.count) && word.allSatisfy({ $0.isUppercase || $0.isNumber }) && word.first?.isLetter == true
    }

    /// "Rojas is the current chairman of ANDEX.": a person the article named, said
    /// to hold a post of a state or a body named after "of".
    func findPostsStated(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["is"]), sentence.has(["of"]), !sentence.words.isDisjoint(with: titleWords) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.isThePostOf.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let title = text.substring(with: match.range(at: 2))
            // "President Rojas is ...": the name may follow a title.
            let words = text.substring(with: match.range(at: 1)).split(separator: " ")
            guard isPost(title), let person = words.indices.lazy.compactMap({ article.knownPerson(words[$0...].joined(separator: " ")) }).first else { continue }
            let rest = text.substring(from: NSMaxRange(match.range)).leadingRuns(6) { Words.isLetter($0, digits: true) || $0 == "-" || $0 == "'" || $0 == "’" }.map(String.init)
            let state = (1...max(1, rest.count)).reversed().lazy.compactMap { self.lexicon.state(named: rest.prefix($0).joined(separator: " ")) }.first
            let body = article.located(in: sentence).first { $0.type == .organization && $0.range.location == NSMaxRange(match.range) }?.id
            let owner = state.map { article.state($0) } ?? body ?? rest.first.flatMap { word in
                organization(namedBy: word, at: NSRange(location: NSMaxRange(match.range), length: word.utf16.count), in: sentence, into: article)
            }
            guard let owner else { continue }
            article.relate(.holdsOffice, person, owner, title: postName(title), sentence: sentence)
        }
    }

    /// "Rojas is the current chairman of ", "Berg is also a deputy chair of the ": a
    /// name, "is", a post of up to three words and "of".
    private static let isThePostOf = try! NSRegularExpression(pattern: #"(?<![\p{L}])("# + nameWord + "(?:" + nameGap + nameWord + #"){0,3})\s+is\s+(?:also\s+)?(?:the|a|an)\s+(?:current\s+|incumbent\s+|rotating\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+of\s+(?:the\s+)?"#)

    /// The words that may follow a post after a name in a headline: "A, Chile's
    /// envoy to Peru, dies"; any other after it is a verb of the headline.
    private static let wordsAfterPost: Set<String> = ["of", "for", "to", "at", "in", "and", "who", "since"]

    /// "Hong Wei, director general of the Asian Affairs Department,", "Ana Rojas,
    /// Chile's ambassador": a name and, after a comma, a post of a state or an
    /// organization, named before the post or after "of".
    func findPostsAfterNames(in sentence: Sentence, into article: ArticleState) {
        guard !sentence.words.isDisjoint(with: titleWords) || sentence.has(["diplomat"]), sentence.text.holds(", ") else { return }
        let text = UTF16Text(sentence.text)
        let oneWord = sentence.scalars.oneWordNameThenPhrase()
        // "Mr. MOTEGI Toshimitsu, Minister for ...": a name with its family name in
        // capitals, which no walk over name words finds, is found already.
        let inCapitals = sentence.has(["mr", "ms", "mrs", "dr"]) ? article.located(in: sentence).filter { mention in
            mention.type == .person && text.substring(with: mention.range).split(separator: " ").contains { $0.count > 1 && $0.allSatisfy(\.isUppercase) }
        }.compactMap { sentence.scalars.phraseAfter(name: $0.range) } : []
        // "Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime
        // Minister,": a name longer than the walk's four words, found already.
        // The walk then finds only the name's last words, inside the longer one.
        let walked = sentence.scalars.namesThenPhrases()
        let long = !walked.contains(where: { article.isInsideLongerClaim(sentence, $0.name) }) ? [] : article.located(in: sentence).filter { mention in
            mention.type == .person && text.substring(with: mention.range).splitAtSpaces().count > 4
        }.compactMap { sentence.scalars.phraseAfter(name: $0.range) }
        for match in walked + (oneWord.map { [$0] } ?? []) + inCapitals + long {
            var nameRange = match.name
            // "Peruvian President Ana Rojas, the chairman of ...": the person a title
            // rule found at the end of the capitalised run.
            if let titled = article.located(in: sentence).first(where: { $0.type == .person && NSMaxRange($0.range) == NSMaxRange(match.name) && $0.range.location > match.name.location }) {
                nameRange = titled.range
            }
            let name = text.substring(with: nameRange)
            let nameWords = name.split(separator: " ").map(String.init)
            guard !nameWords.contains(where: { Self.notNames.contains($0) || lexicon.state(namedOrDemonym: $0) != nil }),
                  article.entity(mentionedAt: nameRange, in: sentence).map({ $0.type == .person })
                    // "in the White House, a government spokesman said": a name after
                    // "the" is a thing's.
                    ?? (!article.isClaimed(sentence, nameRange) && !text.substring(to: nameRange.location).lowercased().hasSuffix("the ")) else { continue }
            var words = text.substring(with: match.phrase).split(separator: " ").map(String.init)
            let past = words.first.map { ["former", "ex", "then"].contains($0.lowercased().trimmingEnds(in: .punctuationCharacters)) } ?? false
            if past { words.removeFirst() }
            // "the current chairman", "the acting head": a standing before the post.
            if words.count > 1, Self.presentStandings.contains(words[0].lowercased()) { words.removeFirst() }
            // The owner before the post: "Chile's", "Chilean", "the Kremlin's".
            var owner: EntityID?
            // The owner may be of two or three words: "Saudi Arabia's".
            for ownerWords in stride(from: min(3, words.count - 1), through: 1, by: -1) where owner == nil {
                let first = words.prefix(ownerWords).joined(separator: " ")
                let possessive = first.possessiveLength > 0
                guard ownerWords == 1 || possessive else { continue }
                let plain = first.withoutPossessive
                if let state = lexicon.state(namedOrDemonym: plain) ?? lexicon.seats[plain].flatMap(lexicon.state(code:)) {
                    owner = article.state(state)
                    words.removeFirst(ownerWords)
                }
            }
            // "the department's senior adviser": a body named by a common noun owns the
            // post, but names no body to hold it.
            if owner == nil, words.count > 1, let first = words.first, first.first?.isLowercase == true, first.hasSuffix("'s") || first.hasSuffix("’s") {
                words.removeFirst()
            }
            // The post: words of posts only, ending in a post's head.
            var length = postEnd(in: words, from: 0)
            // "China's top diplomat": its foreign minister, in the news's words.
            if length == 0, owner != nil, words.count >= 2, words[0].lowercased() == "top", words[1].lowercased() == "diplomat" { length = 2 }
            // "A, Paraguayan President B and ...": a post before a name is the next
            // person's in a list, not A's. "A, Iranian state media reported": a word of
            // titles that is no title alone ("state") is no post.
            guard length > 0, words.count <= length || words[length].first?.isUppercase != true,
                  length > 1 || Self.isTitleAlone(words[0], titles: lexicon.titles) else { continue }
            // "A, Kenyan President discuss ties": in a headline a comma stands for "and",
            // and a verb after the post makes the post the next one's.
            if sentence.index == 0, article.hasHeadline, words.count > length, !Self.wordsAfterPost.contains(words[length].lowercased()) { continue }
            // A portfolio after the post, and its state: "Minister for Foreign Affairs of
            // Japan", "Minister of Foreign Affairs of the Republic of Chile".
            var title = words.prefix(length).joined(separator: " ")
            if owner == nil, let end = Self.portfolioEnd(in: words, at: length) {
                title = words[..<end].joined(separator: " ").trimmingEnds(in: .punctuationCharacters)
                length = end
            }
            // "Deputy Prime Minister and Minister of Foreign Affairs of Peru": two posts,
            // and the state after the second owns both.
            var secondTitle: String?
            if owner == nil, words.count > length + 1, words[length] == "and" {
                let second = postEnd(in: words, from: length + 1)
                if second > length + 1 {
                    let end = Self.portfolioEnd(in: words, at: second) ?? second
                    secondTitle = words[(length + 1)..<end].joined(separator: " ").trimmingEnds(in: .punctuationCharacters)
                    length = end
                }
            }
            // The owner after the post: "of Russia", "of the Asian Affairs Department".
            var postOfNextName = false
            if owner == nil, words.count > length, words[length] == "of" {
                let rest = words.dropFirst(length + 1).drop { $0 == "the" }
                for count in stride(from: min(rest.count, 6), through: 1, by: -1) {
                    let name = rest.prefix(count).joined(separator: " ").trimmingEnds(in: .punctuationCharacters)
                    if let state = lexicon.state(named: name) {
                        // "A, Prime Minister of Peru Ana Rojas": the post of the name after it.
                        postOfNextName = rest.dropFirst(count).first?.first?.isUppercase == true
                        owner = article.state(state)
                        break
                    }
                    // "the head of Chile's presidential office": the state's, and its
                    // office in lower case is part of the post.
                    guard name.hasSuffix("'s") || name.hasSuffix("’s"), let state = lexicon.state(named: String(name.dropLast(2))) else { continue }
                    let office = rest.dropFirst(count).prefix(4).prefix { $0.first?.isLowercase == true }
                    guard !office.isEmpty else { break }
                    owner = article.state(state)
                    title += " of the " + office.joined(separator: " ").trimmingEnds(in: .punctuationCharacters)
                    break
                }
                if owner == nil {
                    let from = match.phrase.location
                    owner = article.located(in: sentence).first { $0.type == .organization && $0.range.location > from && NSMaxRange($0.range) <= NSMaxRange(match.range) }?.id
                }
                // "the current chairman of ASEAN": an acronym no rule has found yet is the body.
                if owner == nil, let acronym = rest.first.map({ $0.trimmingEnds(in: .punctuationCharacters) }), Self.isAcronym(acronym),
                   case let found = text.range(of: " " + acronym, range: match.phrase), found.location != NSNotFound {
                    owner = organization(namedBy: acronym, at: NSRange(location: found.location + 1, length: found.length - 1), in: sentence, into: article)
                }
            }
            // A family name in capitals is written so in no person's name: the one found.
            let person = nameWords.contains(where: { $0.count > 1 && $0.allSatisfy(\.isUppercase) })
                ? article.entity(mentionedAt: nameRange, in: sentence) ?? article.person(named: name) : article.person(named: name)
            article.addMention(of: person, sentence: sentence, utf16Range: nameRange)
            guard !past, !postOfNextName else { continue }
            if let owner {
                article.relate(.holdsOffice, person, owner, title: postName(title), sentence: sentence)
                if let secondTitle { article.relate(.holdsOffice, person, owner, title: postName(secondTitle), sentence: sentence) }
            } else if words.count == length || !["of", "for"].contains(words[length]) {
                // "X, Minister of Foreign Affairs," with no state: the dateline's, perhaps.
                article.addPostWithoutOwner(person, title: postName(title), sentence: sentence)
                // "X, Deputy Prime Minister and Foreign Minister,": both.
                if let secondTitle { article.addPostWithoutOwner(person, title: postName(secondTitle), sentence: sentence) }
            }
        }
    }

    /// "President William Ruto of Kenya".
    /// "President Ana Rojas of the Andean Community": a body found right after the
    /// name and "of" is the one whose post the name holds.
    private func organizationAfter(name: NSRange, in sentence: Sentence, text: UTF16Text, into article: ArticleState) -> EntityID? {
        let after = text.substring(from: NSMaxRange(name))
        let gap = after.hasPrefix(" of the ") ? 8 : after.hasPrefix(" of ") ? 4 : 0
        guard gap > 0 else { return nil }
        return article.located(in: sentence).first { $0.type == .organization && $0.range.location == NSMaxRange(name) + gap }?.id
    }

    private func stateAfter(name: NSRange, in text: UTF16Text) -> Lexicon.State? {
        var after = text.substring(from: NSMaxRange(name))
        // "King Abdullah II bin Al Hussein of Jordan": a father's name after the
        // monarch's number stands before the state.
        if let patronymic = Self.firstRange(Self.patronymicAfterNumber, after) { after = UTF16Text(after).substring(from: NSMaxRange(patronymic)) }
        guard after.hasPrefix(" of ") else { return nil }
        var words = after.dropFirst(4).leadingRuns(6) { $0 == "." || Words.isLetter($0, digits: false) }.map(String.init)
        // "of the Democratic Republic of the Congo": a state named in full, "the"
        // before it; "of Saint Vincent and the Grenadines".
        if words.first == "the" { words.removeFirst() }
        words = Array(words.prefix(5))
        for count in stride(from: words.count, through: 1, by: -1) {
            if let state = lexicon.state(named: words.prefix(count).joined(separator: " ")) { return state }
        }
        return nil
    }

    /// " bin Al Hussein", " ibn Saud": a father's name of up to three words right
    /// after a name.
    private static let patronymicAfterNumber = try! NSRegularExpression(pattern: #"^\s+(?:bin|ibn|bint)\s+(?:(?:Al|al|El|el)[-\s])?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?=\s+of\s)"#)

    /// The words that open a wire story's credit line: "(Reporting by A in Lima;
    /// Editing by B)".
    static let creditOpenings = ["Reporting by ", "Additional reporting by ", "Writing by ", "Editing by ", "Compiled by ", "Reported by "]

    /// A credit line names the article's authors and editors; its places say where
    /// they filed from, so nothing else in it is mentioned.
    func findCredits(in sentence: Sentence, into article: ArticleState) {
        let line = sentence.text.hasPrefix("(") ? String(sentence.text.dropFirst()) : sentence.text
        guard Self.creditOpenings.contains(where: line.hasPrefix) else { return }
        let text = UTF16Text(sentence.text)
        var from = 0
        for part in sentence.text.split(separator: ";") {
            guard let by = part.range(of: "by ") else { continue }
            // "A and B in Lima": the names before where they were.
            let names = part[by.upperBound...].components(separatedBy: " in ")[0]
            for name in names.replacingOccurrences(of: " and ", with: ",").split(separator: ",") {
                let name = name.trimmingEnds(in: CharacterSet(charactersIn: " ()."))
                let words = name.split(separator: " ")
                guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
                let found = text.range(of: name, range: NSRange(location: from, length: text.length - from))
                guard found.location != NSNotFound else { continue }
                from = NSMaxRange(found)
                article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: found)
            }
        }
        article.claim(sentence, NSRange(location: 0, length: text.length))
    }

    /// "Vladimir Petrov had a telephone conversation with ...": a readout names its
    /// own leader without a title. Two or three name words that open a sentence,
    /// before a verb of meeting or calling, are a person when the article
    /// names them, or their last word, more than once, and no lexicon knows them.
    /// "Jared Kushner, President Donald Trump's son-in-law", "Ana Rojas, his wife":
    /// a name set off by a kinship is a person's, title or none.
    func findKinAppositions(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(Self.kinNouns), sentence.text.holds(", ") else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.kinApposition.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let range = match.range(at: 1)
            let name = text.substring(with: range)
            guard !article.isClaimed(sentence, range), !name.split(separator: " ").contains(where: { isNoUntitledNameWord(String($0)) || lexicon.isCity(String($0)) }),
                  isNoKnownPlace(name) else { continue }
            article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: range)
        }
    }

    static let kinNouns = ["son-in-law", "daughter-in-law", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece", "widow", "widower", "cousin", "grandson", "granddaughter"]
    /// A name of two or three words, a comma, an owner ("his", "the late leader's",
    /// "President Ana Rojas's") and a kinship noun.
    static let kinApposition = pattern(#"(?<![\p{L}])((?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){1,2}),\s+(?:his|her|their|the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s|(?:(?-i:\p{Lu})[\p{L}.-]+\s+){0,4}(?-i:\p{Lu})[\p{L}-]+['’]s?)\s+(?:(?:eldest|youngest|elder|younger|late)\s+)?(?:son-in-law|daughter-in-law|son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|widow|widower|cousin|grandson|granddaughter)\b"#)

    func findUntitledSubjects(in sentence: Sentence, into article: ArticleState) {
        guard sentence.text.first?.isUppercase == true else { return }
        findUntitledPairOfSubjects(in: sentence, into: article)
        let tokens = sentence.text.split(separator: " ", maxSplits: 4).prefix(4)
        guard tokens.count >= 3 else { return }
        for length in [3, 2] where length < tokens.count {
            let words = tokens.prefix(length).map(String.init)
            let verb = tokens[tokens.startIndex + length].lowercased()
            guard Self.subjectVerbs.contains(verb), words.allSatisfy(Self.isNameWord), !Self.openingAdverbs.contains(words[0]),
                  !words.contains(where: isNoUntitledNameWord) else { continue }
            let name = words.joined(separator: " ")
            let range = NSRange(location: 0, length: name.utf16.count)
            // Nor a name the article gave something else: "the rebel group Tamar Front".
            guard !article.isClaimed(sentence, range), lexicon.state(named: name) == nil, !lexicon.isCity(name), lexicon.seats[name] == nil,
                  lexicon.subdivisions[Lexicon.fold(name)] == nil, article.entity(named: name) == nil, !article.groupNames.contains(name) else { return }
            // Named once, the subject must call or meet a person the sentence names
            // with a title: "Vladimir Petrov had a telephone conversation with
            // President X", "Vladimir Petrov held talks with President X" (a Kremlin
            // readout names its own leader once). A body ("Human Rights Watch")
            // holds a word no name does, or is named again.
            let document = article.document.text
            let callsOrMeets = (Self.callingVerbs.contains(verb) && sentence.has(["telephone", "phone", "conversation", "call"])
                                || Self.meetingVerbs.contains(verb) && (verb != "held" && verb != "had" || sentence.has(["talks", "meeting"])))
                && article.located(in: sentence).contains { $0.type == .person && $0.range.location > range.length }
            guard callsOrMeets || document.ranges(of: name).count > 1 || document.ranges(of: words[words.count - 1]).count > 1 else { return }
            article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: range)
            return
        }
    }

    /// "Vladimir Petrov and Ana Rojas held talks", "... had a telephone conversation":
    /// two untitled names of two words each, joined by "and", that open a sentence
    /// before a verb of meeting or calling are the two people who met or spoke.
    private func findUntitledPairOfSubjects(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["talks", "meeting", "met", "telephone", "phone", "call", "conversation"]) else { return }
        let tokens = sentence.text.split(separator: " ", maxSplits: 6).prefix(6).map(String.init)
        guard tokens.count == 6, tokens[2] == "and" else { return }
        let names = [Array(tokens[0...1]), Array(tokens[3...4])], verb = tokens[5].lowercased()
        guard ["met", "held", "had", "spoke"].contains(verb), !Self.openingAdverbs.contains(tokens[0]) else { return }
        var ranges: [NSRange] = []
        for (index, words) in names.enumerated() {
            let name = words.joined(separator: " ")
            let range = NSRange(location: index == 0 ? 0 : (tokens[0...2].joined(separator: " ") + " ").utf16.count, length: name.utf16.count)
            // "International" ends bodies ("Amnesty International") but is no head
            // noun, which would make "… International Airport" a body.
            guard words.allSatisfy(Self.isNameWord), !words.contains(where: isNoUntitledNameWord), !words.contains("International"),
                  !article.isClaimed(sentence, range), lexicon.state(named: name) == nil, !lexicon.isCity(name), isNoKnownPlace(name),
                  article.entity(named: name).map({ $0.type == .person }) ?? true else { return }
            ranges.append(range)
        }
        for range in ranges {
            article.addMention(of: article.person(named: UTF16Text(sentence.text).substring(with: range)), sentence: sentence, utf16Range: range)
        }
    }

    /// "Ms. KAMIKAWA Yoko", "Mr. WANG Yi": a readout that writes the family name
    /// first, in capitals, after a courtesy title names the person "Yoko Kamikawa",
    /// given name first, as the rest of the news does.
    func findFamilyNamesInCapitals(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["mr", "ms", "mrs", "dr"]) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.familyNameInCapitals.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let range = NSRange(location: match.range(at: 1).location, length: NSMaxRange(match.range(at: 2)) - match.range(at: 1).location)
            let written = text.substring(with: match.range(at: 1)), family = String(written.prefix(1)) + written.dropFirst().lowercased()
            guard !article.isClaimed(sentence, range), lexicon.state(namedOrDemonym: family) == nil, isNoKnownPlace(family) else { continue }
            let name = text.substring(with: match.range(at: 2)) + " " + family
            article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: range)
        }
    }

    private static let familyNameInCapitals = try! NSRegularExpression(pattern: #"\b(?:Mr|Ms|Mrs|Dr)\.?\s+(\p{Lu}{2,}(?:-\p{Lu}{2,})?)\s+(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)\b"#)

    /// "Fiji's Sitiveni Rabuka arrived", "Russia's Vladimir Petrov said": a state's
    /// possessive names its leader without a title. Two or three name words that no
    /// lexicon knows, before a verb that a person does, are a person; not a name the
    /// article writes after "the" ("Iran's Revolutionary Guards said ... the
    /// Revolutionary Guards").
    func findPossessiveNames(in sentence: Sentence, into article: ArticleState) {
        guard sentence.text.holds("'s ") || sentence.text.holds("’s ") else { return }
        let text = UTF16Text(sentence.text)
        let whole = NSRange(location: 0, length: text.length)
        // The name (group 2) after a state's possessive (group 1), when no lexicon or
        // entity of the article knows it.
        func unknownName(_ match: NSTextCheckingResult) -> String? {
            let name = text.substring(with: match.range(at: 2))
            let words = name.split(separator: " ").map(String.init)
            guard lexicon.state(named: text.substring(with: match.range(at: 1))) != nil, !article.isClaimed(sentence, match.range(at: 2)),
                  !words.contains(where: isNoUntitledNameWord), isNoKnownPlace(name), article.entity(named: name) == nil else { return nil }
            return name
        }
        for match in Self.possessiveName.matches(in: sentence.text, range: whole) + Self.possessiveLongName.matches(in: sentence.text, range: whole) {
            guard let name = unknownName(match), !article.document.text.holds("the " + name), !article.document.text.holds("The " + name) else { continue }
            let person = article.person(named: name)
            article.addMention(of: person, sentence: sentence, utf16Range: match.range(at: 2))
            if let state = lexicon.state(named: text.substring(with: match.range(at: 1))), let title = postOfPairNamedBefore(state, before: sentence, in: article) {
                article.relate(.holdsOffice, person, article.state(state), title: title, sentence: sentence)
            }
        }
        // "Rojas met Chile's Tomas Berg in Lima": after a verb of meeting or calling,
        // whatever follows, when the article names the last word again or a person
        // of the sentence stands before.
        if sentence.has(["met", "meets", "phoned", "telephoned", "called", "hosted", "received", "welcomed", "with"]) {
            for match in Self.possessiveObject.matches(in: sentence.text, range: whole) {
                guard let name = unknownName(match), let last = name.split(separator: " ").last,
                      article.document.text.ranges(of: last).count > 1
                        || article.located(in: sentence).contains(where: { $0.type == .person && NSMaxRange($0.range) <= match.range.location }) else { continue }
                article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: match.range(at: 2))
            }
        }
        // "met Chile's Ana Rojas and Peru's Tomas Berg together": the second of two
        // so joined to a person is a person too, whatever follows.
        guard sentence.text.holds(" and ") else { return }
        for match in Self.secondPossessiveName.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let range = match.range(at: 3)
            let name = text.substring(with: range)
            let words = name.split(separator: " ").map(String.init)
            guard article.located(in: sentence).contains(where: { $0.type == .person && $0.range == match.range(at: 1) }),
                  lexicon.state(named: text.substring(with: match.range(at: 2))) != nil, !article.isClaimed(sentence, range),
                  !words.contains(where: isNoUntitledNameWord), isNoKnownPlace(name), article.entity(named: name) == nil else { continue }
            article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: range)
        }
    }

    private static let secondPossessiveName = try! NSRegularExpression(pattern: #"['’]s\s+("# + nameWord + "(?:" + nameGap + nameWord + #"){1,3})\s+and\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s\s+("# + nameWord + "(?:" + nameGap + nameWord + #"){1,3})(?![\p{L}])"#)

    /// "met Chile's Tomas Berg", "talks with Peru's Ana Rojas": a state's possessive
    /// name as the object of a verb of meeting or calling, or joined to one: "talks
    /// with A and with Peru's Ana Rojas".
    private static let possessiveObject = try! NSRegularExpression(pattern: #"\b(?:met|meets|phoned|telephoned|called|hosted|received|welcomed|(?:met|meets|meeting|talks|spoke|speaks|call|conversation|and)\s+with)\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?:['’]s|(?<=s)['’])\s+("# + nameWord + "(?:" + nameGap + nameWord + #"){1,3})(?![\p{L}'’])"#)

    /// "handed the presidency to Brazil's Luiz Inacio Lula da Silva": three name
    /// words or more after a state's possessive are a person, whatever follows.
    private static let possessiveLongName = try! NSRegularExpression(pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?:['’]s|(?<=s)['’])\s+("# + nameWord + "(?:" + nameGap + nameWord + #"){2,3})(?![\p{L}'’])"#)

    private static let possessiveName = try! NSRegularExpression(pattern: #"(?<![\p{L}])(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})(?:['’]s|(?<=s)['’])\s+("# + nameWord + "(?:" + nameGap + nameWord + #"){1,3})(?=\s+and\s+\p{Lu}[\p{L}.-]*(?:['’]s|(?<=s)['’])\s|,?\s+(?:(?:has|had|have|also|will|later|not|did|does|would|could|yet)\s+){0,2}(?:long\s+)?(?:said|says|told|met|meets|arrived|arrives|landed|spoke|phoned|called|visited|visits|hosted|hosts|received|welcomed|signed|thanked|urged|warned|attended|attend|held|travelled|traveled|flew|discussed|shook|joined|announced|insisted|agreed|added|wrote|posted|responded|respond|addressed|praised|pledged|vowed|hailed|rejected|argued|confirmed|confirm|denied|declined|commented|comment|criticised|criticized|condemned|congratulated|stressed|reiterated|expressed|accused|offered|invited|proposed|promised|sent)\b)"#)

    /// "Lund met Tomas Berg at the White House", "spoke by phone with Tomas Berg", "a
    /// letter from Lund to Tomas Berg": two or three name words that no lexicon
    /// knows, right after a verb of meeting or calling and ending the capitalised
    /// run (not "National Security Adviser" of "... Adviser Carl Lund"), or after
    /// "received by", are a person when the article names their last word again,
    /// or when a person of the sentence meets them ("Foreign Minister Ana Rojas met
    /// Tomas Berg", "Rojas was received by Tomas Berg").
    func findUntitledObjects(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["met", "meets", "phoned", "telephoned", "hosted", "received", "welcomed", "invited", "spoke", "speaks", "talks", "letter", "message"]) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.untitledObject.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let range = match.range(at: 1)
            let name = text.substring(with: range)
            let words = name.split(separator: " ").map(String.init)
            guard let last = words.last, !article.isClaimed(sentence, range),
                  !words.contains(where: { isNoUntitledNameWord($0) || lexicon.isCity($0) }), isNoKnownPlace(name), article.entity(named: name) == nil,
                  article.document.text.ranges(of: last).count > 1
                    || article.located(in: sentence).contains(where: { $0.type == .person && NSMaxRange($0.range) <= match.range.location })
                    || opensWithKnownPerson(sentence, article: article) else { continue }
            article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: range)
        }
        // "met U.S. special envoy Tomas Berg and Carl Lund": two or three name
        // words joined by "and" to a person the verb meets are a person too.
        guard sentence.has(["and"]) else { return }
        let people = article.located(in: sentence).filter { $0.type == .person }
        for match in Self.untitledJoined.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let range = match.range(at: 1)
            let name = text.substring(with: range)
            let words = name.split(separator: " ").map(String.init)
            guard !article.isClaimed(sentence, range), !words.contains(where: { isNoUntitledNameWord($0) || lexicon.isCity($0) }),
                  isNoKnownPlace(name), article.entity(named: name) == nil,
                  let joined = people.first(where: { NSMaxRange($0.range) == match.range.location }),
                  let verb = Self.lastRange(Self.meetsOrCalls, text.substring(to: joined.range.location)),
                  !Self.clauseAfterComma(text.substring(with: NSRange(location: NSMaxRange(verb), length: joined.range.location - NSMaxRange(verb)))) else { continue }
            article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: range)
        }
    }

    /// True when a sentence opens with "He" or "She", or with the surname alone of
    /// one person named before: "Berg also met Carl Lund" (the surname is found as
    /// a mention only later).
    private func opensWithKnownPerson(_ sentence: Sentence, article: ArticleState) -> Bool {
        guard let first = sentence.text.leadingRuns(1, where: { Words.isLetter($0, digits: false) }).first.map(String.init) else { return false }
        return ["He", "She"].contains(first) || article.knownPerson(first) != nil
    }

    /// " and Carl Lund": two or three name words after "and", at the end of a list
    /// and of the capitalised run (not "National Security Adviser" of "... Adviser Ajit Doval").
    private static let untitledJoined = try! NSRegularExpression(pattern: #"\s+and\s+("# + nameWord + "(?:" + nameGap + nameWord + #"){1,2})(?![\p{L}])(?!\s+(?:and|of)\s)(?!\s+\p{Lu})"#)
    /// A verb of meeting or calling.
    private static let meetsOrCalls = pattern(#"\b(?:met|meets|phoned|telephoned|hosted|received|welcomed)\b"#)

    private static let untitledObject = try! NSRegularExpression(pattern: #"\b(?:(?:met|meets|phoned|telephoned|hosted|received|welcomed|invited)\s+(?:with\s+|by\s+)?|(?:spoke|speaks)\s+(?:by\s+(?:phone|telephone)\s+)?with\s+|talks\s+with\s+|(?:letter|message)\s+(?:from\s+[^,.;]{0,60}?\s+)?to\s+)("# + nameWord + "(?:" + nameGap + nameWord + #"){1,2})(?![\p{L}])(?!\s+\p{Lu})"#)

    /// "a Hamas delegation led by Khalil al-Hayya", "negotiators led by X": the head of
    /// a delegation is a person, titled or not. Two to four name words that no lexicon knows.
    func findDelegationHeads(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["led", "headed"]), sentence.has(["delegation", "delegations", "team", "mission", "negotiators"]) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.delegationHead.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let range = match.range(at: 1)
            let name = text.substring(with: range)
            let words = name.split(separator: " ").map(String.init)
            guard !article.isClaimed(sentence, range), !words.contains(where: isNoUntitledNameWord), isNoKnownPlace(name) else { continue }
            article.addMention(of: article.person(named: name), sentence: sentence, utf16Range: range)
        }
    }

    /// "Ana Rojas was elected chairperson of the Andean Community", "elected
    /// President Tomas Berg as the bloc's new chairperson": the post of a body (or
    /// state) that a person was elected or appointed to.
    func findElectedPosts(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["elected", "electing", "appointed", "appointing", "named", "naming", "chosen"]) else { return }
        let text = UTF16Text(sentence.text)
        let whole = NSRange(location: 0, length: text.length)
        for match in Self.electedPostOf.matches(in: sentence.text, range: whole) {
            let nameRange = match.range(at: 1), name = text.substring(with: nameRange)
            let title = postName(text.substring(with: match.range(at: 2)))
            guard lexicon.titleSet.contains(title),
                  let owner = article.located(in: sentence).first(where: { $0.range.location == NSMaxRange(match.range) && [.organization, .state].contains($0.type) }) else { continue }
            // A person found already, perhaps after a title the match took in: "Foreign
            // Minister Mahmoud Ali Youssouf was elected".
            var person = article.located(in: sentence).last { $0.type == .person && NSMaxRange($0.range) == NSMaxRange(nameRange) }?.id
            if person == nil, !article.isClaimed(sentence, nameRange), !name.split(separator: " ").contains(where: { isNoUntitledNameWord(String($0)) }), isNoKnownPlace(name) {
                let id = article.person(named: name)
                if article.addMention(of: id, sentence: sentence, utf16Range: nameRange) { person = id }
            }
            guard let person else { continue }
            article.relate(.holdsOffice, person, owner.id, title: title, sentence: sentence)
        }
        for match in Self.electedAsPostOfBody.matches(in: sentence.text, range: whole) {
            let title = postName(text.substring(with: match.range(at: 1)))
            guard lexicon.titleSet.contains(title),
                  let person = article.located(in: sentence).last(where: { $0.type == .person && NSMaxRange($0.range) <= match.range.location }),
                  let body = article.lastMentioned([.organization], before: match.range.location, in: sentence) else { continue }
            article.relate(.holdsOffice, person.id, body, title: title, sentence: sentence)
        }
    }

    /// A name, "was elected", "has been appointed as the new" and a post, then "of"
    /// and the body's (or state's) capital.
    private static let electedPostOf = try! NSRegularExpression(pattern: #"(?<![\p{L}])("# + nameWord + "(?:" + nameGap + nameWord + #"){1,3})\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:(?:formally|unanimously|newly|also)\s+)?(?:elected|appointed|named|chosen)\s+(?:as\s+)?(?:the\s+)?(?:new\s+|next\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+of\s+(?:the\s+)?(?=\p{Lu})"#)
    /// " as the bloc's new chairperson": right after the person elected.
    private static let electedAsPostOfBody = pattern(#"(?<=\s)as\s+(?:the\s+)?(?:(?:bloc|organi[sz]ation|union|alliance|body|group|commission)['’]s|its)\s+(?:new\s+|next\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:for|in|on|from|until|after)\b|[,.;]|$)"#)

    private static let delegationHead = try! NSRegularExpression(pattern: #"\b(?:delegations?|team|mission|negotiators)\s+(?:(?:was|is|were|will\s+be)\s+)?(?:led|headed)\s+by\s+(?:(?:Lt|Maj|Brig|Gen|Col|Adm|Dr)\.\s+){0,2}("# + nameWord + "(?:" + nameGap + nameWord + #"){1,3})(?=[,.;]|\s+(?:and|to|for|in|on|at|arrived|met|held|was|is|will|who|which|while)\b|$)"#)

    /// Verbs after a sentence's untitled subject that make it a person: verbs of
    /// meeting and calling, not of saying, which bodies use as often ("Human
    /// Rights Watch said"). Once known, the person's later mentions are found by name.
    private static let subjectVerbs: Set<String> = ["had", "held", "met", "spoke", "phoned", "telephoned", "received", "hosted", "visited", "signed",
                                                    "thanked", "congratulated", "discussed", "arrived", "welcomed"]

    /// Adverbs that open a sentence in capitals before its subject: "Later Ruto hosted".
    private static let openingAdverbs: Set<String> = ["Later", "Earlier", "Meanwhile", "Separately", "Afterwards", "Then", "Also", "However",
                                                      "Today", "Yesterday", "Finally", "Previously", "Subsequently", "Instead", "Still"]

    /// The subject verbs of a call: "had a telephone conversation", "spoke by phone".
    private static let callingVerbs: Set<String> = ["had", "held", "spoke", "phoned", "telephoned"]

    /// The subject verbs of a meeting: "met", "received", "held talks".
    private static let meetingVerbs: Set<String> = ["had", "held", "met", "received", "hosted", "welcomed"]

    /// A capitalised word of letters, perhaps with a hyphen or apostrophe: "Petrov", "Jean-Yves".
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" || $0 == "’" } && word.dropFirst().contains { $0.isLowercase }
    }

    /// Later mentions of a person already named with a title: the full name again,
    /// or the surname alone ("Kishida").
    func findNamedPeople(in sentence: Sentence, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        for run in sentence.scalars.nameRuns() {
            // A city's whole name holds no person's: "Ho Chi Minh City" and "Minh" of
            // "Pham Minh Tuan".
            let runText = text.substring(with: run)
            guard !runText.holds(" ") || !lexicon.isCity(runText) else { continue }
            let words = runText.split(separator: " ").map(String.init)
            // "Hamad International Airport", "Queen Elizabeth Hospital": a building
            // named for a person is no mention of anyone.
            if words.count > 1, let last = words.last, Self.facilityNouns.contains(last) { continue }
            Self.scanLongest(run, in: text, maxWords: 3) { candidate, range, index, length in
                // A given name alone, unless it names a state or a city too ("Jordan").
                let alone = range == run && lexicon.state(namedOrDemonym: candidate) == nil && lexicon.cities[Lexicon.fold(candidate)] == nil
                guard let person = article.knownPerson(candidate, alone: alone) else { return false }
                // "the grave of Carl Berg" in an article on Tomas Berg: a given
                // name of no one known before the surname is another of the family.
                if index > 0, case let given = words[index - 1], isOtherGivenName(given, of: person, atSentenceStart: run.location == 0 && index == 1, in: article) {
                    // "Carl Berg International Airport" names a building, no one.
                    guard index + length == words.count else { return true }
                    let start = range.location - given.utf16.count - 1
                    let name = NSRange(location: start, length: NSMaxRange(range) - start)
                    // Inside a name found already ("Luiz Inacio Lula da Silva") is no other
                    // person, whom naming would join to the one-word "Lula" of a headline.
                    guard !article.isClaimed(sentence, name) else { return true }
                    article.addMention(of: article.person(named: text.substring(with: name)), sentence: sentence, utf16Range: name)
                    return true
                }
                article.addMention(of: person, sentence: sentence, utf16Range: withParticlesBefore(range, of: person, in: text, article: article))
                return true
            }
        }
    }

    /// A surname's mention with the particles written before it when they are the
    /// surname's: "von der Leyen", "Von der Leyen" opening a sentence.
    private func withParticlesBefore(_ range: NSRange, of person: EntityID, in text: UTF16Text, article: ArticleState) -> NSRange {
        var extended = range, found = range
        for _ in 0..<2 {
            let before = text.substring(to: extended.location)
            guard before.hasSuffix(" "), let word = before.dropLast().trailingRuns(1, where: { $0 != " " }).first,
                  ArticleState.surnameParticles.contains(word.lowercased()) else { break }
            extended = NSRange(location: extended.location - word.utf16.count - 1, length: NSMaxRange(range) - extended.location + word.utf16.count + 1)
            if article.knownPerson(text.substring(with: extended)) == person { found = extended }
        }
        return found
    }

    /// True when a word before a known person's surname is a given name, but not
    /// theirs: no title, state, people, city or other word that stands before names,
    /// and not the sentence's first word, which may be any word.
    private func isOtherGivenName(_ word: String, of person: EntityID, atSentenceStart: Bool, in article: ArticleState) -> Bool {
        guard !atSentenceStart, Self.isNameWord(word), !article.isNamePart(word, of: person), !Self.notNames.contains(word),
              !postWords.contains(word.lowercased()), !titleWords.contains(word.lowercased()), !Self.ranks.contains(word) else { return false }
        return lexicon.state(namedOrDemonym: word) == nil && lexicon.seats[word] == nil && !lexicon.isCity(word)
            && DateText.month(word) == nil && !lexicon.organizationHeads.contains(word)
    }

    /// "the royal couple", "the imperial couple".
    static let royalCouple = OpeningWordPattern(#"(?<![\p{L}])[Tt]he\s+(?:royal|imperial|grand\s+ducal)\s+couple(?![\p{L}])"#, options: [], opening: .word(["the"]))
    /// "the three leaders", "the three" before a verb or a preposition.
    static let numberedGroup = OpeningWordPattern(#"(?<![\p{L}])[Tt]he\s+(three|four|five)(?:\s+(?:leaders|presidents|heads of state|(?:foreign\s+)?ministers)(?![\p{L}])(?!\s+of\b)|(?=\s+(?:by|in|at|on|for|to|also|(?-i:[a-z]+ed))\b))"#, options: [], opening: .word(["the"]))
    /// "the leaders", "the presidents", "the heads of state", "the ministers", not "the leaders of".
    static let pluralDescription = OpeningWordPattern(#"(?<![\p{L}])[Tt]he\s+(leaders|presidents|heads of state|(?:foreign\s+)?ministers|sides)(?![\p{L}])(?!\s+of\b)"#, options: [], opening: .word(["the"]))

    /// The titles a person is called by alone: "the Sultan", "the president".
    /// Plural descriptions of people, and the noun each of them is.
    static let pluralDescriptions = ["leaders": "leader", "presidents": "president", "prime ministers": "prime minister",
                                     "foreign ministers": "foreign minister", "defence ministers": "defence minister",
                                     "defense ministers": "defense minister", "heads of state": "head of state", "top diplomats": "top diplomat"]
    /// "The defence ministers of Peru and Chile met ... Peru's Ana Rojas and Chile's
    /// Tomas Berg agreed": the post an earlier sentence gave the officials of a pair
    /// of states that includes this one, when it is a title.
    private func postOfPairNamedBefore(_ state: Lexicon.State, before sentence: Sentence, in article: ArticleState) -> String? {
        for earlier in article.sentences[..<sentence.index] where earlier.has(["of"]) && earlier.has(["and"]) {
            let text = UTF16Text(earlier.text)
            for match in Self.pluralOfTwoStates.matches(in: earlier.text, range: NSRange(location: 0, length: text.length)) {
                guard let noun = Self.pluralDescriptions[text.substring(with: match.range(at: 1)).lowercased()],
                      [2, 3].contains(where: { lexicon.state(named: text.substring(with: match.range(at: $0))) == state }) else { continue }
                let title = postName(noun)
                return title.first?.isUppercase == true && lexicon.titleSet.contains(title) ? title : nil
            }
        }
        return nil
    }

    /// "the foreign ministers of Peru and Chile", with no names after it.
    static let pluralOfTwoStates = try! NSRegularExpression(pattern: #"(?<![\p{L}])[Tt]he\s+((?i:"# + pluralDescriptions.keys.sorted().map { $0.replacingOccurrences(of: " ", with: "\\s+") }.joined(separator: "|")
        + #"))\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?![\p{L}])(?!,?\s+\p{Lu})"#)
    /// "the prime ministers of Denmark, Sweden and Norway", with no names after it:
    /// two states or more, each of one to three capitalised words.
    static let pluralOfStates = try! NSRegularExpression(pattern: #"(?<![\p{L}])[Tt]he\s+((?i:"# + pluralDescriptions.keys.sorted().map { $0.replacingOccurrences(of: " ", with: "\\s+") }.joined(separator: "|")
        + #"))\s+of\s+((?:(?:the\s+)?"# + stateWords + #",\s+){0,7}(?:the\s+)?"# + stateWords + #",?\s+and\s+(?:the\s+)?"# + stateWords + #")(?![\p{L}])(?!,?\s+\p{Lu})"#)
    /// A state's name in such a list: one to three capitalised words.
    static let stateWords = #"\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}"#
    static let stateInList = try! NSRegularExpression(pattern: stateWords)
    /// "the head of state", with no state or name after it.
    static let headOfStateAlone = try! NSRegularExpression(pattern: #"(?<![\p{L}])[Tt]he\s+head\s+of\s+state(?![\p{L}])(?!\s+(?:of\b|and\b|\p{Lu}))"#)
    /// The titles of a head of state.
    static let headsOfStateTitles = ["President", "King", "Queen", "Emir", "Sultan"]
    static let titlesAlone = ["president", "minister", "king", "queen", "emir", "amir", "sultan", "chancellor", "premier", "prince", "secretary", "pope", "taoiseach", "tanaiste", "tánaiste"]
    /// "the Sultan", "the prime minister", "the visiting prime minister", "the pope", "the Secretary" (in capitals,
    /// as American readouts call a secretary of state or of defense), with no name
    /// or "of" after it.
    static let titleAlone = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])[Tt]he\s+(?:visiting\s+)?((?i:president|prime minister|foreign minister|king|queen|emir|sultan|chancellor|premier|crown prince|pope|taoiseach|t[aá]naiste)|Amir|Secretary)(?![\p{L}-])(?!\s+(?:of\b|and\b|\p{Lu}))"#)

    /// "His Highness", "His Majesty" with no name or title after it; group 1 is
    /// "Highness" or "Majesty".
    static let formOfAddressAlone = try! NSRegularExpression(pattern: #"(?<![\p{L}])(?:His|Her)\s+(?:Royal\s+)?(Highness|Majesty)(?![\p{L}])(?!\s+(?:the\s+)?\p{Lu})"#)
    /// A form of address, perhaps a post and a style, right before a name: "His
    /// Highness the Amir Sheikh ", "His Majesty King "; group 1 is "Highness" or "Majesty".
    static let formOfAddressBeforeName = try! NSRegularExpression(pattern: #"(?<![\p{L}])(?:His|Her)\s+(?:Royal\s+)?(Highness|Majesty)\s+(?:the\s+(?:\p{Lu}\p{L}+\s+){1,2})?(?:(?:Sheikh|Sheikha|King|Queen|Prince|Princess|Sultan|Emir|Amir|Crown\s+Prince)\s+)?$"#)

    /// The one person whose name the article wrote after this form of address
    /// ("Highness", "Majesty") before a point: nil when none or several were.
    private func soleAddressed(as form: String, before sentence: Sentence, at utf16Offset: Int, in article: ArticleState) -> EntityID? {
        var people: Set<EntityID> = []
        for earlier in article.sentences[...sentence.index] where earlier.has([form.lowercased()]) {
            let text = UTF16Text(earlier.text)
            for mention in article.located(in: earlier) where mention.type == .person && (earlier.index < sentence.index || mention.range.location < utf16Offset) {
                guard let match = Self.formOfAddressBeforeName.firstMatch(in: earlier.text, range: NSRange(location: 0, length: mention.range.location)),
                      text.substring(with: match.range(at: 1)) == form else { continue }
                people.insert(mention.id)
            }
        }
        return people.count == 1 ? people.first : nil
    }

    /// "Rojas and Berg meet in Quito. Rojas was greeted by Prime Minister C. Talks
    /// with Berg ..., when the two leaders": of more than two who fit, the two the
    /// article names more often than any other are the pair, not one named in passing.
    /// Only names before the description count: the text after it may go on to another.
    private func protagonists(among candidates: [EntityID], before sentence: Sentence, utf16Offset: Int, in article: ArticleState) -> [EntityID]? {
        guard candidates.count > 2 else { return nil }
        let counted = candidates.map { (id: $0, count: article.nameCount(of: $0, before: sentence, utf16Offset: utf16Offset)) }.sorted { $0.count > $1.count }
        guard counted[1].count > counted[2].count else { return nil }
        // In the order of recency, as the pair is otherwise given.
        return candidates.filter { $0 == counted[0].id || $0 == counted[1].id }
    }

    /// "A and Somali President B agreed ..., following talks hosted by C. The two
    /// leaders signed": in the last sentence before that names two of those who fit,
    /// two joined by "and" are the pair, though another was named after them.
    private func coordinatedPair(among candidates: [EntityID], before sentence: Sentence, in article: ArticleState) -> [EntityID]? {
        guard candidates.count > 2 else { return nil }
        for earlier in article.sentences[..<sentence.index].reversed() {
            let people = article.located(in: earlier).filter { $0.type == .person && candidates.contains($0.id) }
            guard Set(people.map(\.id)).count >= 2 else { continue }
            let text = UTF16Text(earlier.text)
            // Two joined by "and", or two that one description named ("both ministers").
            for (first, second) in zip(people, people.dropFirst()) where first.id != second.id
                && (first.range == second.range || Self.coordinated(first.range, second.range, in: text)) {
                return [first.id, second.id]
            }
            // "A, on a visit at the invitation of C, met with B": the one who meets, named
            // first, and the one met right after the verb.
            if let first = people.first, let verb = Self.firstRange(Self.meetsWith, earlier.text), first.range.location < verb.location,
               let object = people.first(where: { $0.range.location >= NSMaxRange(verb) }), object.id != first.id,
               !text.substring(with: NSRange(location: NSMaxRange(verb), length: object.range.location - NSMaxRange(verb))).contains(",") {
                return [first.id, object.id]
            }
            return nil
        }
        return nil
    }

    /// A verb of meeting before its object: "met with", "held talks with".
    private static let meetsWith = pattern(#"\b(?:met|meets|(?:held|holds|had)\s+(?:\w+\s+){0,2}talks|spoke|speaks|received|receives|hosted|hosts|welcomed|welcomes)\s+(?:with\s+)?"#)

    /// "the Armenian leader" is the one person of the article who holds an office of
    /// Armenia that fits the noun; with two or none, the description stays unresolved.
    func findDescriptions(in sentence: Sentence, into article: ArticleState) {
        let text = UTF16Text(sentence.text)
        // First, so that "his counterpart" after it has its owner: "The President of
        // Russia congratulated his Kazakh counterpart".
        if sentence.has(["the"]), sentence.has(["of"]), !sentence.words.isDisjoint(with: titleWords) {
            findPostsOfStateDescribed(in: sentence, text: text, into: article)
        }
        // Most sentences have none of the nouns, and the words tell it sooner than a walk.
        let nouns = sentence.has(prefix: Self.describingNounOpenings)
        for match in nouns ? sentence.scalars.personDescriptions() : [] {
            guard let state = lexicon.state(namedOrDemonym: text.substring(with: match.adjective)),
                  !Self.nameFollows(match.range, in: text) else { continue }
            // "the top U.S. diplomat" is a top diplomat; "top" adds nothing to other nouns.
            let written = text.substring(with: match.noun).lowercased()
            // "his Chinese colleague": a colleague of another state is a counterpart.
            let noun = written == "colleague" ? "counterpart" : (match.top && written == "diplomat" ? "top " : "") + written
            let stateID = article.state(state)
            var candidates = article.officeHolders(of: stateID).filter { Self.title($0.title, fits: noun) }
            // "his Kenyan counterpart" of a foreign minister is Kenya's foreign
            // minister, not its president.
            if noun == "counterpart", let owner = article.firstPerson(in: sentence, before: match.range.location), let post = article.office(of: owner) {
                candidates = candidates.filter { $0.title.caseInsensitiveCompare(post) == .orderedSame }
            }
            if candidates.isEmpty, let person = barePersonHolding(postName(noun), of: stateID, sentence: sentence, into: article) {
                candidates = [(person, postName(noun))]
            }
            // "Jaishankar held talks with his Chinese counterpart Wang ... The Chinese foreign
            // minister": a counterpart whose post waits on the other's bare post.
            if candidates.isEmpty, noun != "counterpart" {
                let awaiting = article.counterpartsAwaitingPost.filter { $0.state == stateID }.compactMap { waiting in
                    article.post(of: waiting.other).map { (waiting.person, Self.counterpartsPost($0)) }
                }.filter { Self.title($0.1, fits: noun) }
                if Set(awaiting.map(\.0)).count == 1, let holder = awaiting.first { candidates = [(holder.0, holder.1)] }
            }
            if candidates.isEmpty, let holder = soleBareHolder(of: noun, in: stateID, sentence: sentence, article: article) {
                article.relate(.holdsOffice, holder.person, stateID, title: holder.title, sentence: sentence)
                candidates = [holder]
            }
            // "the Vietnamese leader" of a ruling party's general secretary: the party's
            // head leads the state.
            if candidates.isEmpty, noun == "leader" {
                candidates = article.bodyOfficeHolders().filter { holder in
                    Self.partyHeads.contains(holder.title.lowercased()) && holder.body.holds("Party")
                        && holder.body.splitAtSpaces().contains { lexicon.state(namedOrDemonym: String($0)).map(article.state) == stateID }
                }.map { ($0.person, $0.title) }
            }
            guard Set(candidates.map(\.person)).count == 1, let person = candidates.first?.person else { continue }
            article.addMention(of: person, sentence: sentence, utf16Range: match.range, kind: "description", inside: match.adjective)
            // "A invited his Turkish counterpart": the two are counterparts.
            if noun == "counterpart", let owner = article.firstPerson(in: sentence, before: match.range.location), owner != person {
                article.relate(.counterpartOf, owner, person, sentence: sentence)
            }
        }
        if sentence.index == 0, !sentence.text.hasSuffix("."), nouns {
            findHeadlineDescriptions(in: sentence, text: text, into: article)
        } else if nouns, sentence.text.holds("'s ") || sentence.text.holds("’s ") {
            findPossessiveDescriptions(in: sentence, text: text, into: article)
        }
        // "The Sultan also held talks with X": the one person of the article who
        // holds that title.
        if sentence.has(["the"]), sentence.has(Self.titlesAlone) {
            for match in Self.titleAlone.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
                let written = text.substring(with: match.range(at: 1)), title = Self.titleAbbreviations[written] ?? written
                // "The Secretary" is the one secretary of a department the article names.
                var holders = Set(title == "Secretary" ? article.holders(where: Self.isDepartmentSecretary) : article.holders(of: title))
                // "Tinubu departed ... the President is expected to meet President X":
                // of several, the one named before it.
                if holders.count > 1 { holders.formIntersection(article.peopleNamed(before: sentence, utf16Offset: match.range.location)) }
                guard holders.count == 1, let person = holders.first else { continue }
                article.addMention(of: person, sentence: sentence, utf16Range: match.range, kind: "description")
            }
        }
        // "His Highness welcomed King X", as Gulf agencies write: the form of address
        // alone is the one person the article named with it before.
        if sentence.has(["highness", "majesty"]) {
            for match in Self.formOfAddressAlone.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
                let form = text.substring(with: match.range(at: 1))
                guard let person = soleAddressed(as: form, before: sentence, at: match.range.location, in: article) else { continue }
                article.addMention(of: person, sentence: sentence, utf16Range: match.range, kind: "description")
            }
        }
        // "met the foreign ministers of Peru and Chile", "hosted the prime ministers of
        // Denmark, Sweden and Norway", named elsewhere in the article: the one of
        // each state who holds the post.
        if sentence.has(["of"]), sentence.has(["and"]), sentence.has(Self.pluralDescriptions.keys.map { String($0.split(separator: " ")[0]) }) {
            for match in Self.pluralOfStates.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
                guard let noun = Self.pluralDescriptions[text.substring(with: match.range(at: 1)).lowercased()] else { continue }
                let names = Self.stateInList.matches(in: sentence.text, range: match.range(at: 2)).map(\.range)
                let states = names.compactMap { lexicon.state(named: text.substring(with: $0)) }
                guard states.count == names.count, Set(states.map(\.name)).count == states.count else { continue }
                let people = states.compactMap { soleHolder(of: noun, in: $0, article: article) }
                guard people.count == states.count else { continue }
                article.addMention(of: people, sentence: sentence, utf16Range: match.range, kind: "description", inside: names)
            }
        }
        // "The head of state noted", as state agencies write of their president: the
        // one head of state of the article, of the dateline's state if of several.
        if sentence.has(["head"]), sentence.has(["state"]) {
            for match in Self.headOfStateAlone.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
                var heads = Set(Self.headsOfStateTitles.flatMap(article.holders(of:)))
                if heads.count > 1, let home = datelineState(of: article) {
                    heads = heads.filter { article.stateOf(person: $0) == article.state(home) }
                }
                guard heads.count == 1, let person = heads.first else { continue }
                article.addMention(of: person, sentence: sentence, utf16Range: match.range, kind: "description")
            }
        }
        if !sentence.words.isDisjoint(with: titleWords), sentence.has(Self.ownerWords) {
            findPostsOfOwnerNamedBefore(in: sentence, text: text, relate: true, into: article)
        }
        for match in sentence.has(["two", "both", "each", "they", "pair"]) ? Self.pairDescription.matches(in: sentence) : [] {
            // The plural noun as a singular one: "leaders" → "leader", "heads of state" →
            // "head of state"; none before a verb: "The two discussed". "The two sides"
            // of a call or talks are its two people, whatever their posts.
            let bare = match.range(at: 1).location == NSNotFound
            var noun = bare ? "" : text.substring(with: match.range(at: 1)).lowercased()
            // "each leader" names each of the two by the singular already.
            noun = ["heads of state": "head of state", "men": "man", "women": "woman"][noun] ?? (noun.hasSuffix("s") ? String(noun.dropLast()) : noun)
            // An office the article does not tie to a state does not rule a person out.
            let fits = { (person: EntityID) in
                bare || ["man", "woman", "side"].contains(noun) || article.post(of: person).map { Self.title($0, fits: noun) } ?? true
            }
            // The two people named last before the phrase of those who fit the noun:
            // "the two presidents" passes over a minister named between them. One
            // person named earlier in the same sentence is someone else ("Ruto hosted
            // talks with the two leaders"); two are the pair ("A and B met; the two leaders ...").
            let fitting = article.peopleNamed(before: sentence, utf16Offset: match.range.location).filter(fits)
            var named = fitting
            // Two known to hold such a post are the pair before one of no known post:
            // "the two leaders" after an aide quoted on them.
            if !bare, !["man", "woman", "side"].contains(noun) {
                let holders = named.filter { article.post(of: $0).map { Self.title($0, fits: noun) } ?? false }
                if holders.count >= 2 { named = holders }
            }
            // A speaker may be one of the two: "X said the two ministers spoke".
            let speakers = Set(article.located(in: sentence).filter { mention in
                mention.type == .person && Self.speechAfter.firstMatch(in: sentence.text, options: .anchored, range: NSRange(location: NSMaxRange(mention.range), length: text.length - NSMaxRange(mention.range))) != nil
            }.map(\.id))
            let inSentence = named.filter { article.isMentioned($0, byNameIn: sentence, before: match.range.location) && !speakers.contains($0) }
            // A pair that opens a clause of its own may hold the one named before ("X
            // was welcomed at a ceremony, after which the two presidents held talks").
            let opensClause = Self.matches(Self.clauseOpening, text.substring(to: match.range.location))
            // Unless no pair is left without that one.
            let others = inSentence.count == 1 && !opensClause ? named.filter { $0 != inSentence[0] } : named
            var candidates = others.count >= 2 ? others : named
            // "..., Presidential Spokesman C said. The two sides discussed": one named
            // only as who said it is no side.
            let talkers = candidates.filter { !isOnlyQuoted($0, before: sentence, in: article) }
            if talkers.count >= 2 { candidates = talkers }
            // "talks mediated by Turkey ... Turkish FM X met both delegations. The two
            // sides will meet again": who mediates is no side.
            if noun == "side", candidates.count > 2, case let mediators = mediatorsNamed(before: sentence, in: article), !mediators.isEmpty,
               case let sides = candidates.filter({ !mediators.contains($0) && !(article.stateOf(person: $0).map(mediators.contains) ?? false) }),
               sides.count >= 2, sides.count < candidates.count {
                candidates = sides
            }
            // "A and his Chilean counterpart B held talks, hosted by minister C. A thanked
            // C. ... received both ministers": one of the two named last and a
            // counterpart of theirs are the pair, though another who fits was named since,
            // and though the counterpart's post is not known yet ("A held talks with his
            // Canadian counterpart B ... the two ministers").
            let counterparts = candidates.prefix(2).lazy.compactMap { one in
                (candidates.first { $0 != one && article.areCounterparts(one, $0) } ?? fitting.first { $0 != one && article.areCounterparts(one, $0) })
                    .map { [one, $0] }
            }.first
            // "Both sides": the two named last, when the article gives them two states.
            let lastOfTwoStates = noun == "side" && candidates.count >= 2 && Set(candidates.prefix(2).compactMap(article.stateOf(person:))).count == 2
                ? Array(candidates.prefix(2)) : nil
            // "Rojas met Berg on Monday, and the two leaders rode together": two named
            // before it in its own sentence are the pair, whoever an earlier sentence paired.
            let sentencePair = inSentence.count == 2 ? inSentence : nil
            // "They held talks": only a pair the text made plain, as "they" may be anyone.
            let they = text.substring(with: match.range).lowercased() == "they"
            var pair = they
                ? (counterparts ?? coordinatedPair(among: candidates, before: sentence, in: article) ?? (candidates.count == 2 ? candidates : []))
                : sentencePair ?? counterparts ?? coordinatedPair(among: candidates, before: sentence, in: article) ?? lastOfTwoStates
                ?? protagonists(among: candidates, before: sentence, utf16Offset: match.range.location, in: article) ?? Array(candidates.prefix(2))
            // "C held talks with A's prime minister and president B. The two sides":
            // sides are of two states. Two not known to be of two are one side, and
            // the other is the one named last of another state.
            // Two of its own sentence are two sides unless known to be of one state.
            if noun == "side", pair.count == 2, case let states = pair.map(article.stateOf(person:)),
               sentencePair == nil ? states[0] == nil || states[0] == states[1] || states[1] == nil : states[0] != nil && states[0] == states[1],
               let (anchor, state) = zip(pair, states).first(where: { $0.1 != nil }).map({ ($0.0, $0.1!) }),
               let other = candidates.first(where: { article.stateOf(person: $0).map { $0 != state } ?? false }) {
                pair = [anchor, other]
            }
            guard pair.count == 2 else { continue }
            article.addMention(of: pair, sentence: sentence, utf16Range: match.range, kind: "description")
        }
        // "The heads of state held talks", "the leaders signed", "the sides agreed",
        // with no number: the pair only where the article has named just two who fit.
        for match in sentence.has(["leaders", "presidents", "heads", "ministers", "sides"]) ? Self.pluralDescription.matches(in: sentence) : [] {
            let written = text.substring(with: match.range(at: 1)).lowercased()
            let noun = written == "heads of state" ? "head of state" : written.hasSuffix("ministers") ? "minister" : "leader"
            let named = article.peopleNamed(before: sentence, utf16Offset: match.range.location)
            // Sides are sides whatever their posts.
            // (A post of no state will do: the dateline may give its state later.)
            guard named.count == 2, written == "sides" || named.allSatisfy({ article.post(of: $0).map { Self.title($0, fits: noun) } ?? false }) else { continue }
            article.addMention(of: named, sentence: sentence, utf16Range: match.range, kind: "description")
        }
        // "The royal couple also met": the two of the article who hold a monarch's or
        // a consort's post for one state.
        if sentence.has(["couple"]) {
            for match in Self.royalCouple.matches(in: sentence) where !article.isClaimed(sentence, match.range) {
                // (One of them may get the state only later: "King A and Queen B of C".)
                let royals = article.peopleNamed(before: sentence, utf16Offset: match.range.location).filter { person in
                    article.post(of: person).map { Self.monarchTitles.contains($0) || $0 == "Grand Duchess" } ?? false
                }
                guard royals.count == 2, Set(royals.compactMap(article.stateOf(person:))).count <= 1 else { continue }
                article.addMention(of: royals.sorted(), sentence: sentence, utf16Range: match.range, kind: "description")
            }
        }
        // "The three leaders signed a joint statement": as many as the article has
        // named, each in a post the noun fits (a post of no state will do).
        for match in sentence.has(["three", "four", "five"]) ? Self.numberedGroup.matches(in: sentence) : [] {
            let written = text.substring(with: match.range).lowercased().splitAtSpaces().dropFirst(2).joined(separator: " ")
            guard !written.isEmpty, let count = ["three": 3, "four": 4, "five": 5][text.substring(with: match.range(at: 1)).lowercased()] else { continue }
            let noun = written == "heads of state" ? "head of state" : written.hasSuffix("ministers") ? "minister" : written == "presidents" ? "president" : "leader"
            let named = article.peopleNamed(before: sentence, utf16Offset: match.range.location)
            guard named.count == count, named.allSatisfy({ article.post(of: $0).map { Self.title($0, fits: noun) } ?? false }) else { continue }
            article.addMention(of: named.sorted(), sentence: sentence, utf16Range: match.range, kind: "description")
        }
    }

    /// "A hosted B and C ... The leaders also spoke by phone with D", "D joined the
    /// three by video link": those who all met in the sentence just before, once its
    /// events are known.
    func findMeetingGroups(in sentence: Sentence, into article: ArticleState) {
        guard sentence.has(["leaders", "presidents", "heads", "ministers", "three", "four", "five"]) else { return }
        let text = UTF16Text(sentence.text)
        for match in Self.pluralDescription.matches(in: sentence) + Self.numberedGroup.matches(in: sentence) where !article.isClaimed(sentence, match.range) {
            guard article.peopleNamed(before: sentence, utf16Offset: match.range.location).count > 2, let group = article.meetingGroup(before: sentence) else { continue }
            let written = text.substring(with: match.range(at: 1)).lowercased()
            if let count = ["three": 3, "four": 4, "five": 5][written] {
                guard group.count == count else { continue }
            } else {
                let noun = written == "heads of state" ? "head of state" : written.hasSuffix("ministers") ? "minister" : "leader"
                guard written != "sides", group.allSatisfy({ article.office(of: $0).map { Self.title($0, fits: noun) } ?? false }) else { continue }
            }
            article.addMention(of: group, sentence: sentence, utf16Range: match.range, kind: "description")
        }
    }

    /// The names of a byline: "By Ana Rojas", or two of them, "By Ana Rojas and Tomas Berg".
    private func bylineNames(of sentence: Sentence) -> [NSRange] {
        if let name = sentence.scalars.byline() { return [name] }
        let text = UTF16Text(sentence.text)
        guard sentence.text.hasPrefix("By "), case let and = text.range(of: " and "), and.location != NSNotFound else { return [] }
        let first = NSRange(location: 3, length: and.location - 3), second = NSRange(location: NSMaxRange(and), length: text.length - NSMaxRange(and))
        let names = [first, second].compactMap { part -> NSRange? in
            let written = text.substring(with: part).trimmingEnds(in: .whitespacesAndNewlines)
            guard let name = ScalarText(written).byline(), name.location == 0, name.length == written.utf16.count else { return nil }
            return NSRange(location: part.location, length: name.length)
        }
        return names.count == 2 ? names : []
    }

    /// "Jordan's monarch arrived", "Peru's foreign minister said": a state's
    /// post after its possessive, with no name after it, is the one person of the
    /// article who holds it.
    private func findPossessiveDescriptions(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        for match in Self.possessiveDescription.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let owner = match.range(at: 1), noun = text.substring(with: match.range(at: 2)).lowercased()
            guard let state = lexicon.state(named: text.substring(with: owner)), !Self.nameFollows(match.range, in: text) else { continue }
            guard let person = soleHolder(of: noun, in: state, article: article) else { continue }
            article.addMention(of: person, sentence: sentence, utf16Range: match.range, kind: "description", inside: owner)
        }
    }

    /// The one person of the article who holds a post of the state that the
    /// describing noun fits; nil when nobody or several do.
    func soleHolder(of noun: String, in state: Lexicon.State, article: ArticleState) -> EntityID? {
        let holders = Set(article.officeHolders(of: article.state(state)).filter { Self.title($0.title, fits: noun) }.map(\.person))
        return holders.count == 1 ? holders.first : nil
    }

    /// "President Cyril Ramaphosa left ... The South African president": when no one
    /// holds the state's post, the one person the article names with a bare post
    /// that fits the noun, and gives no state, holds it for that state; one named in
    /// the same sentence is another ("Rojas met the Kenyan president"). Not one named
    /// beside that state's officials ("Rojas hosted Kenyan Foreign Minister X"), nor
    /// where the dateline's capital is another state's, unless a headline names the
    /// state ("Kuwait's Crown Prince meets Bahraini King" over "MANAMA (KUNA) -- His
    /// Highness the Crown Prince Sheikh X met ...").
    private func soleBareHolder(of noun: String, in state: EntityID, sentence: Sentence, article: ArticleState) -> (person: EntityID, title: String)? {
        guard !["counterpart", "official", "diplomat"].contains(noun) else { return nil }
        if sentence.index > 0, let home = datelineState(of: article), article.state(home) != state { return nil }
        let named = Set(article.located(in: sentence).map(\.id))
        // "Prime Minister A ... his Nepalese counterpart B": A is of another state than B's.
        let bare = article.postsWithoutOwner.filter { post in
            Self.isStatePost(post.title) && Self.title(post.title, fits: noun) && !named.contains(post.person)
                && article.office(of: post.person) == nil && article.stateOf(person: post.person) == nil
                && !article.counterpartsAwaitingPost.contains { $0.other == post.person && $0.state == state }
        }
        guard Set(bare.map(\.person)).count == 1, let (person, title, _) = bare.first else { return nil }
        let besideOfficials = article.sentences.contains { other in
            let located = article.located(in: other)
            return located.contains { $0.id == person } && located.contains { $0.type == .person && article.stateOf(person: $0.id) == state }
        }
        return besideOfficials ? nil : (person, title)
    }

    /// A state's name, its possessive and a post that one person holds.
    static let possessiveDescription = pattern(#"(?<![\p{L}])((?-i:\p{Lu})[\p{L}.]+(?:\s+(?-i:\p{Lu})[\p{L}.]+)?)['’]s\s+("#
        + postNouns.joined(separator: "|") + #")(?![\p{L}])"#)

    /// The nouns of one post that describe its holder: "the Qatari emir", "Jordan's
    /// monarch", "South African president visits".
    static let postNouns = ["leader", "president", "vice president", "prime minister", "premier", "chancellor", "emir", "king", "queen",
                            "sultan", "monarch", "crown prince", "speaker", "foreign minister", "top diplomat", "head of state"]
    /// The nouns that describe a person by post after "the" or "his": those of one
    /// post and those of any ("the Armenian official", "his Kenyan counterpart").
    static let describingNouns = postNouns + ["official", "diplomat", "minister", "counterpart", "colleague"]
    /// The first words of the describing nouns, and of a headline's "PM" and "FM".
    private static let describingNounOpenings = Array(Set(describingNouns.map { String($0.prefix { $0 != " " }) } + ["pm", "fm"])).sorted()

    /// "Chilean president visits Lima", "Peru's PM, Chile's FM hold talks": a headline
    /// names people by state and post, with no "the"; each is the one person the
    /// article gives that post of that state.
    private func findHeadlineDescriptions(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        for match in Self.headlineDescription.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let adjective = match.range(at: 1), written = text.substring(with: match.range(at: 2)).lowercased()
            // "Chilean PM, Peruvian president hold talks": another state may follow, no name.
            let after = text.substring(from: NSMaxRange(match.range(at: 2))).dropFirst(2).prefix { $0.isLetter }
            guard let state = lexicon.state(namedOrDemonym: text.substring(with: adjective)),
                  !Self.nameFollows(match.range(at: 2), in: text) || lexicon.state(namedOrDemonym: String(after)) != nil,
                  let person = headlineHolder(of: ["pm": "prime minister", "fm": "foreign minister"][written] ?? written, in: state, sentence: sentence, article: article) else { continue }
            let range = NSRange(location: adjective.location, length: NSMaxRange(match.range(at: 2)) - adjective.location)
            article.addMention(of: person, sentence: sentence, utf16Range: range, kind: "description", inside: adjective)
        }
        // "Kenyan, Tanzanian presidents meet": one post in the plural for two states,
        // each held by one person of the article.
        if sentence.text.contains("s "), let match = Self.headlinePairDescription.firstMatch(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let written = text.substring(with: match.range(at: 3)).lowercased()
            let noun = ["pms": "prime minister", "fms": "foreign minister", "top diplomats": "top diplomat"][written] ?? String(written.dropLast())
            let adjectives = [match.range(at: 1), match.range(at: 2)]
            let states = adjectives.compactMap { lexicon.state(namedOrDemonym: text.substring(with: $0)) }
            guard states.count == 2 else { return }
            let people = states.compactMap { headlineHolder(of: noun, in: $0, sentence: sentence, article: article) }
            guard people.count == 2, people[0] != people[1] else { return }
            let range = NSRange(location: adjectives[0].location, length: NSMaxRange(match.range(at: 3)) - adjectives[0].location)
            article.addMention(of: people, sentence: sentence, utf16Range: range, kind: "description", inside: adjectives)
        }
    }

    /// The one person who holds a post of a state a headline names: the one who
    /// holds it here, or the one named with the bare post, who then holds it for
    /// that state.
    private func headlineHolder(of noun: String, in state: Lexicon.State, sentence: Sentence, article: ArticleState) -> EntityID? {
        if let holder = soleHolder(of: noun, in: state, article: article) { return holder }
        guard let bare = soleBareHolder(of: noun, in: article.state(state), sentence: sentence, article: article) else { return nil }
        article.relate(.holdsOffice, bare.person, article.state(state), title: bare.title, sentence: sentence)
        return soleHolder(of: noun, in: state, article: article) ?? bare.person
    }

    /// Two states or their people and one post in the plural, opening a headline:
    /// "Kenyan, Tanzanian presidents", "Peruvian and Chilean foreign ministers".
    static let headlinePairDescription = pattern(#"^((?-i:\p{Lu})[\p{L}.]+(?:\s+(?-i:\p{Lu})[\p{L}.]+)?)(?:,\s+|\s+and\s+)((?-i:\p{Lu})[\p{L}.]+(?:\s+(?-i:\p{Lu})[\p{L}.]+)?)\s+(presidents|prime\s+ministers|premiers|chancellors|foreign\s+ministers|top\s+diplomats|leaders|kings|emirs|pms|fms)(?![\p{L}])"#)

    /// A state or its people and a post, opening a headline or one of its parts.
    static let headlineDescription = pattern(#"(?:^|[,:]\s+|\band\s+)((?-i:\p{Lu})[\p{L}.]+(?:\s+(?-i:\p{Lu})[\p{L}.]+)?)(?:['’]s|(?<=s)['’])?\s+("#
        + (postNouns + ["pm", "fm"]).joined(separator: "|") + #")(?![\p{L}])"#)

    /// "The President of Russia congratulated his colleague": a post of a state
    /// after "the", with no name after it, is the one person who holds it here.
    /// When nobody does, a leader's post is the one person the article names
    /// with no post at all: a readout names its own leader bare ("Vladimir Petrov
    /// had a telephone conversation with ...") and then by office.
    private func findPostsOfStateDescribed(in sentence: Sentence, text: UTF16Text, into article: ArticleState) {
        let mentions = article.located(in: sentence)
        for match in Self.postBeforeOf.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let post = match.range(at: 1)
            let title = text.substring(with: post)
            guard lexicon.titleSet.contains(title), let state = stateAfter(name: post, in: text),
                  // "the President of Peru Ana Rojas" is a titled name, found already; a
                  // person named after a verb is another ("... congratulated his counterpart").
                  !mentions.contains(where: { mention in
                      mention.type == .person && mention.range.location > NSMaxRange(post) && mention.range.location < NSMaxRange(post) + 40
                          && !text.substring(with: NSRange(location: NSMaxRange(post), length: mention.range.location - NSMaxRange(post))).splitAtSpaces()
                              .contains { word in word.first?.isLowercase == true && !["of", "the"].contains(word) }
                  }) else { continue }
            let stateID = article.state(state)
            var holders = Set(article.officeHolders(of: stateID).filter { $0.title.caseInsensitiveCompare(title) == .orderedSame }.map(\.person))
            if holders.isEmpty, let person = barePersonHolding(title, of: stateID, sentence: sentence, into: article) { holders = [person] }
            guard holders.count == 1, let person = holders.first else { continue }
            article.addMention(of: person, sentence: sentence, utf16Range: NSRange(location: match.range.location, length: NSMaxRange(post) - match.range.location), kind: "description")
        }
    }

    /// The one person the article names with no post, given a leader's post that
    /// nobody holds: a readout names its own leader bare, then by office.
    private func barePersonHolding(_ title: String, of state: EntityID, sentence: Sentence, into article: ArticleState) -> EntityID? {
        guard Self.title(title, fits: "leader"), let person = article.onlyPersonWithoutPost(before: sentence) else { return nil }
        article.relate(.holdsOffice, person, state, title: title, sentence: sentence)
        return person
    }

    /// "the President of", "the Minister of Foreign Affairs of": capitalised words after
    /// "the" up to the "of" a state follows.
    static let postBeforeOf = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])[Tt]he\s+(\p{Lu}\p{L}+(?:\s+(?:of\s+|for\s+)?\p{Lu}\p{L}+){0,3})(?=\s+of\s)"#)

    /// What opens a clause right before its subject: ", after which", "; then".
    static let clauseOpening = pattern(#"[,;:—]\s*(?:after which|after that|before which|when|while|whereupon|then)?\s+$"#)

    /// A verb of saying right after a name.
    static let speechAfter = try! NSRegularExpression(pattern: #"^\s+(?:also\s+)?(?:said|says|told|added|noted|stressed|recalled)\b"#)

    /// True when a name follows a phrase at once: "his Japanese counterpart (,) Taro
    /// Aso" describes Aso, whom the title rule finds, not someone named before.
    static func nameFollows(_ range: NSRange, in text: UTF16Text) -> Bool {
        var rest = Substring(text.substring(from: NSMaxRange(range)))
        if rest.hasPrefix(",") { rest = rest.dropFirst() }
        guard rest.hasPrefix(" "), let word = rest.dropFirst().leadingRuns(1, where: { Words.isLetter($0, digits: false) }).first,
              word.first?.isUppercase == true else { return false }
        // "his Saudi counterpart, Prince X": a style opens the name. "Kuwait's Crown
        // Prince Meets Bahraini King": a headline in title case capitalises its verb.
        return !notNames.contains(String(word)) && !headlineVerbs.contains(String(word)) || styles.contains(String(word))
    }

    /// Nouns of buildings that a title may stand before: "the PM House", "the
    /// President's Office".
    static let buildingNouns: Set<String> = ["House", "Palace", "Office", "Secretariat", "Hall", "Building", "Residence", "Lodge", "Mansion"]

    /// Verbs a headline in title case writes after its subject.
    static let headlineVerbs: Set<String> = ["Meets", "Receives", "Holds", "Visits", "Arrives", "Calls", "Phones", "Speaks", "Hosts", "Attends", "Discusses",
                                             "Says", "Welcomes", "Signs", "Talks", "Leaves", "Heads", "Urges", "Pledges", "Congratulates", "Thanks", "Lands",
                                             "Travels", "Departs", "Chairs", "Sends", "Invites", "Hails", "Praises", "Reviews", "Confers", "Concludes", "Tours",
                                             "Opens", "Begins", "Starts", "Returns", "Addresses", "Inaugurates", "Joins", "Leads", "Wraps", "Embarks"]

    /// Whether a title fits a describing noun: a leader is a head of state or government.
    /// The posts that head a party: "General Secretary", "First Secretary", "Chairman".
    static let partyHeads: Set<String> = ["general secretary", "secretary general", "secretary-general", "first secretary", "chairman", "chairwoman", "leader"]

    static func title(_ title: String, fits noun: String) -> Bool {
        let title = title.lowercased()
        switch noun {
        case "head of state": return ["president", "prime minister", "chancellor", "king", "queen", "emir", "sultan", "emperor"].contains(title)
        // A leader may rule as heir, as a state's supreme guide or as the general
        // secretary of its ruling party.
        case "leader": return ["president", "prime minister", "chancellor", "king", "queen", "emir", "sultan", "emperor", "crown prince", "supreme leader", "premier", "general secretary"].contains(title)
        case "premier": return title == "prime minister" || title == "premier"
        case "monarch": return ["king", "queen", "emir", "sultan", "emperor", "grand duke", "grand duchess"].contains(title)
        case "top diplomat": return ["foreign minister", "foreign secretary", "secretary of state", "minister of foreign affairs", "external affairs minister"].contains(title)
        case "official", "diplomat", "counterpart": return true
        case "minister": return title.hasSuffix("minister") || title.hasPrefix("minister of") || title.hasPrefix("minister for") || isDepartmentSecretary(title)
        default: return title == noun
        }
    }

    /// True when one word is a post by itself, in any case: "President", "envoy",
    /// "Representative"; not "state" of "Secretary of State".
    static func isTitleAlone(_ word: String, titles: [String]) -> Bool {
        let lower = word.lowercased()
        return (titles + postHeads).contains { $0.lowercased() == lower }
    }

    /// True for a secretary who heads a department, as a minister does: "Defence
    /// Secretary", "Secretary of State"; not a "press secretary" or "secretary general".
    static func isDepartmentSecretary(_ title: String) -> Bool {
        let words = title.lowercased().split(separator: " ")
        if words.count >= 3, words[0] == "secretary", words[1] == "of" { return true }
        guard words.count >= 2, words.last == "secretary" else { return false }
        return !["press", "general", "deputy", "permanent", "executive", "private", "parliamentary", "assistant", "under", "principal", "joint", "first", "second", "third", "party"].contains(words[words.count - 2])
    }
}
