import Foundation

/// What the extractor has found so far in one article.
///
/// A class, not a struct: the rules pass it down through closures, and a struct
/// read inside one was copied whole, every dictionary retained and released.
final class ArticleState {
    let document: Document
    let sentences: [Sentence]
    private var entities: [EntityID: ArticleEntity] = [:]
    /// Full person names seen in the article → the person.
    private var personNames: [String: EntityID] = [:]
    /// Surnames → people; a surname two people share maps to neither.
    private var surnames: [String: Set<EntityID>] = [:]
    /// The inner words of long names: "Lula" of "Luiz Inácio Lula da Silva", a
    /// name the news uses alone.
    private var innerNames: [String: Set<EntityID>] = [:]
    /// The first words of names: "Abiy" of "Abiy Ahmed", whom Ethiopian and other
    /// news call by the given name.
    private var givenNames: [String: Set<EntityID>] = [:]
    private var relations: [Relation] = []
    /// Acronyms defined or used in the article ("CIS") → the organization.
    private var acronyms: [String: EntityID] = [:]
    /// Claimed spans per sentence (UTF-16 ranges in the sentence text), so a name
    /// inside a longer one ("Minsk" in "OSCE Minsk Group") is not mentioned again.
    private var claimed: [Int: [NSRange]] = [:]
    /// Per sentence, once: whom it reports from, and the date it gives (by whether
    /// the event is planned, which decides which way "on Monday" points, and whether
    /// dates of relative clauses count: `sentenceDate`'s key).
    private var reporters: [Int: String?] = [:]
    private var sentenceDates: [Int: [Int: (text: String, iso: String?)?]] = [:]
    /// Per sentence, once: the dates it writes, which several rules ask for.
    private var writtenDates: [Int: [(text: String, iso: String?)]] = [:]
    /// Posts named with no state or body they belong to ("External Affairs
    /// Minister X"), for the dateline's state to claim at the end.
    private(set) var postsWithoutOwner: [(person: EntityID, title: String, sentence: Int)] = []
    /// Counterparts of a person whose post was not known where they were named.
    private(set) var counterpartsAwaitingPost: [(person: EntityID, other: EntityID, state: EntityID, sentence: Int)] = []
    /// "She held talks with her Chilean counterpart, X": counterparts of a pronoun's
    /// person, known once every name of the article is found; `at` is where X starts.
    private(set) var counterpartsOfPronouns: [(person: EntityID, state: EntityID, sentence: Int, at: Int)] = []

    init(document: Document, sentences: [Sentence]) {
        self.document = document
        self.sentences = sentences
    }

    // MARK: Entities

    func entity(_ type: EntityType, _ name: String) -> EntityID {
        let id = EntityID(type: type, name: name)
        if entities[id] == nil { entities[id] = ArticleEntity(id: id, type: type, name: name, mentions: []) }
        return id
    }

    func state(_ state: Lexicon.State) -> EntityID { entity(.state, state.name) }

    /// A treaty or summit, with its date when known.
    func event(_ type: EntityType, _ name: String, date: String?) -> EntityID {
        let id = entity(type, name)
        if let date { self.date(id, date) }
        return id
    }

    func date(of id: EntityID) -> String? { entities[id]?.date }

    /// Gives an event its date, unless it has one.
    func date(_ id: EntityID, _ date: String) {
        if entities[id]?.date == nil { entities[id]?.date = date }
    }

    /// The one treaty of the article named `name`, with or without a date after it
    /// ("Abraham Accords", "Abraham Accords of 2020-09"), compared without case.
    func onlyTreaty(named name: String) -> EntityID? {
        let lower = name.lowercased()
        let found = entities.values.filter { entity in
            entity.type == .treaty && (entity.name.lowercased() == lower || entity.name.lowercased().hasPrefix(lower + " of "))
        }
        return found.count == 1 ? found.first?.id : nil
    }

    func name(of id: EntityID) -> String? { entities[id]?.name }

    /// The texts of an entity's mentions, as written.
    func mentionTexts(of id: EntityID) -> [String] { entities[id]?.mentions.map(\.text) ?? [] }

    /// The article's entities of a type that it names, with their names, in id order.
    func named(_ type: EntityType) -> [(id: EntityID, name: String)] {
        entities.values.filter { $0.type == type && !$0.mentions.isEmpty }.map { ($0.id, $0.name) }.sorted { $0.id < $1.id }
    }

    /// The two states named last before a sentence ("the two countries"); or the
    /// two named last as a pair ("Armenia and Azerbaijan"), when one of them is of
    /// the last two: "The leaders of A and B initialled a deal. It grants the United
    /// States rights in southern A. The two countries ..." are A and B.
    func lastTwoStates(before sentence: Sentence) -> [EntityID] {
        var states = entities.values.filter { $0.type == .state }
            .compactMap { entity in entity.mentions.filter { $0.sentence < sentence.index }.map(\.start).max().map { (entity.id, $0) } }
            .sorted { $0.1 > $1.1 }
        // "Ghanaian President A met Ivorian President B. The two countries ...": a
        // state named only in a post's demonym counts when fewer than two are named.
        if states.count < 2 {
            var posts: [EntityID: Int] = [:]
            for relation in relations where relation.type == .holdsOffice && relation.target.type == .state && !states.contains(where: { $0.0 == relation.target }) {
                for evidence in relation.evidence where evidence.sentence < sentence.index {
                    let start = entities[relation.source]?.mentions.filter { $0.sentence == evidence.sentence }.map(\.start).min() ?? evidence.start
                    posts[relation.target] = max(posts[relation.target] ?? start, start)
                }
            }
            states = (states + posts.map { ($0.key, $0.value) }).sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        }
        guard states.count >= 2 else { return [] }
        let last = [states[0].0, states[1].0]
        if let pair = lastStatesNamedAsPair(before: sentence), pair != last, pair != last.reversed(), pair.contains(where: last.contains) {
            return pair
        }
        return last
    }

    /// The two states named last before a sentence that share a border, for "the
    /// two neighbours": states named since, as observers or guests, are others.
    /// Nil when no two of the last few named are neighbours.
    func lastTwoNeighbours(before sentence: Sentence, in lexicon: Lexicon) -> [EntityID]? {
        let states = entities.values.filter { $0.type == .state }
            .compactMap { entity in entity.mentions.filter { $0.sentence < sentence.index }.map(\.start).max().map { (entity, $0) } }
            .sorted { $0.1 > $1.1 }
            .prefix(6).map(\.0)
        // The pair whose older member was named latest.
        for later in states.indices.dropFirst() {
            for earlier in states.indices where earlier < later {
                if lexicon.neighbours[states[later].name]?.contains(states[earlier].name) == true {
                    return [states[earlier].id, states[later].id]
                }
            }
        }
        return nil
    }

    /// The two states joined by "and" or a hyphen, and to no third, in the last
    /// sentence before this one that joins two.
    private func lastStatesNamedAsPair(before sentence: Sentence) -> [EntityID]? {
        for earlier in sentences[..<sentence.index].reversed() {
            let states = located(in: earlier).filter { $0.type == .state }
            let text = UTF16Text(earlier.text)
            func gap(_ index: Int) -> String? {
                guard index >= 0, index + 1 < states.count, NSMaxRange(states[index].range) <= states[index + 1].range.location else { return nil }
                return text.substring(with: NSRange(location: NSMaxRange(states[index].range), length: states[index + 1].range.location - NSMaxRange(states[index].range)))
            }
            for index in states.indices.dropLast() where states[index].id != states[index + 1].id && [" and ", "-", "–"].contains(gap(index) ?? "") {
                // "Serbia, Kosovo and Albania": three, no pair.
                guard ![", ", ", and "].contains(gap(index - 1) ?? ""), ![", ", " and "].contains(gap(index + 1) ?? "") else { continue }
                return [states[index].id, states[index + 1].id]
            }
        }
        return nil
    }

    /// True when the article's first sentence is a headline: it ends without a full
    /// stop, where a lead that opens the text has one.
    var hasHeadline: Bool {
        guard let last = sentences.first?.text.last else { return false }
        return !".!?\"”’'".contains(last)
    }

    /// True when every mention of an entity is in the article's first sentence,
    /// its headline when it has one.
    func isNamedOnlyInHeadline(_ id: EntityID) -> Bool {
        entities[id].map { !$0.mentions.isEmpty && $0.mentions.allSatisfy { $0.sentence == 0 } } ?? false
    }

    /// The two states of the conflict the article named last, up to a sentence.
    func latestConflict(upTo sentence: Sentence) -> [EntityID]? {
        relations.last { $0.type == .conflictWith && $0.evidence.contains { $0.sentence <= sentence.index } }.map { [$0.source, $0.target] }
    }

    /// The treaty or summit of a type mentioned last before a sentence ends; with
    /// `noun`, the last one whose name holds it ("the summit").
    func latest(_ type: EntityType, upTo sentence: Sentence, named noun: String? = nil, in sentences: (Int) -> Bool = { _ in true }) -> EntityID? {
        latest(type, upTo: sentence, namedAnyOf: noun.map { [$0] }, in: sentences)
    }

    /// As `latest(_:upTo:named:in:)`, of the entities whose name holds any of the nouns.
    func latest(_ type: EntityType, upTo sentence: Sentence, namedAnyOf nouns: [String]?, in sentences: (Int) -> Bool = { _ in true }) -> EntityID? {
        entities.values.filter { entity in entity.type == type && (nouns.map { $0.contains(where: entity.name.lowercased().contains) } ?? true) }
            .compactMap { entity in entity.mentions.filter { $0.sentence <= sentence.index && sentences($0.sentence) }.map(\.start).max().map { (entity.id, $0) } }
            .max { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// True when the article named an organization whose name ends with this word
    /// ("Pacific Islands Forum" for "Forum").
    func hasOrganization(endingWith word: String) -> Bool {
        entities.values.contains { $0.type == .organization && $0.name.hasSuffix(" " + word) }
    }

    /// The person a monarch's title names: one name after it ("Sultan Ibrahim", "King
    /// Carl") is a given name, never the surname of another the article named ("Prime
    /// Minister Anwar Ibrahim"), nor a commoner's given name.
    func person(named written: String, monarch: Bool) -> EntityID {
        guard monarch, !written.contains(" "), personNames[written] == nil else { return person(named: written) }
        // "Emir Tamim" after "Sheikh Tamim bin Hamad Al Thani": a royal so called
        // first, by a name of descent; "King Charles" is no "Charles Berg".
        if let ids = givenNames[written], ids.count == 1, let id = ids.first,
           entities[id]?.name.split(separator: " ").contains(where: { Self.descentParticles.contains($0.lowercased()) }) == true { return id }
        guard surnames[written]?.isEmpty == false || givenNames[written] != nil else { return person(named: written) }
        let id = entity(.person, written)
        personNames[written] = id
        return id
    }

    /// The person a titled name refers to; "Ruto" joins "William Ruto" if the
    /// article already named him in full.
    func person(named written: String) -> EntityID {
        // "Antony J. Blinken" is called "Antony Blinken": a middle initial is left out.
        let words = written.split(separator: " ")
        let name = words.count > 2 && words[0].last != "." ? words.enumerated().filter { index, word in
            index == 0 || index == words.count - 1 || !(word.count == 2 && word.last == "." && word.first?.isUppercase == true)
        }.map(\.element).joined(separator: " ") : written
        // One word after a title may be a given name written first: "Minister Bui"
        // of "Bui Quang Minh", "President Xi".
        if let known = knownPerson(name, alone: !name.contains(" ")) { return known }
        let id = entity(.person, name)
        personNames[name] = id
        var parts = name.split(separator: " ")
        // "Abdullah II" is called Abdullah: the number is no surname.
        if parts.count > 1, let last = parts.last, Extractor.isRegnalNumber(last) {
            parts.removeLast()
            let called = parts.joined(separator: " ")
            // "Pope Leo" in a headline before "Pope Leo XIV" is he.
            if let earlier = personNames[called], earlier != id, entities[earlier]?.name == called { merge(earlier, into: id) }
            if personNames[called] == nil || personNames[called] == id { personNames[called] = id }
        }
        // "Faisal bin Farhan" in a headline before "Faisal bin Farhan Al Saud": a name
        // of three words or more that opens a longer one is the same person's, also
        // when spelt another way ("Mohammed bin Zayed", "Mohamed bin Zayed Al Nahyan").
        if parts.count > 3 {
            let earlierNames = personNames.filter { $0.value != id && entities[$0.value]?.name == $0.key && $0.key.split(separator: " ").count >= 3 }
            let spelt = Dictionary(earlierNames.map { (AliasResolver.romanisationKey($0.key), $0.value) }, uniquingKeysWith: min)
            if let earlier = (3..<parts.count).reversed().lazy.compactMap({ length -> EntityID? in
                let opening = parts.prefix(length).joined(separator: " ")
                return earlierNames[opening] ?? spelt[AliasResolver.romanisationKey(opening)]
            }).first {
                merge(earlier, into: id)
            }
        }
        if parts.count > 1, let last = parts.last {
            surnames[String(last), default: []].insert(id)
            // "el-Sisi" and "El-Sisi" are written "Sisi" too.
            if let dash = last.firstIndex(of: "-"), last.first?.isLowercase == true || Self.articlesOfSurnames.contains(last[..<dash].lowercased()) {
                surnames[String(last[last.index(after: dash)...]), default: []].insert(id)
            }
        }
        // "Le Drian" of "Jean-Yves Le Drian", "von der Leyen": a surname that opens
        // with a particle is called by all its words.
        if let compound = Self.compoundSurname(parts) {
            for written in [compound, compound.prefix(1).uppercased() + compound.dropFirst()] {
                surnames[written, default: []].insert(id)
                if let earlier = personNames[written], earlier != id, entities[earlier]?.name == written { merge(earlier, into: id) }
            }
        }
        if parts.count > 1, let first = parts.first, first.count >= 2, !first.contains("."), !Extractor.notNames.contains(String(first)) {
            givenNames[String(first), default: []].insert(id)
        }
        // A name after "bin" or "ibn" is the father's: "Hamad" of "Tamim bin Hamad Al
        // Thani" is no name of Tamim's ("Hamad International Airport").
        let inner = parts.indices.dropFirst().dropLast().filter { at in
            parts[at].count >= 4 && parts[at].first?.isUppercase == true && !Extractor.notNames.contains(String(parts[at]))
                && !Self.descentParticles.contains(parts[at - 1].lowercased())
        }.map { parts[$0] }
        for part in inner { innerNames[String(part), default: []].insert(id) }
        // A one-word person seen earlier joins this full name when the word is its
        // surname or, as a family name written first is used alone, its first word
        // ("Minister Bui" before "Bui Quang Minh"), or an inner name that is used alone
        // ("President Lula" before "Luiz Inacio Lula da Silva"). A king called by his
        // name and number ("Abdullah II") is no one-word person: he does not join his
        // son "Hussein bin Abdullah".
        for part in [parts.last, parts.first].compactMap({ $0 }) + inner where parts.count > 1 {
            if let earlier = personNames[String(part)], earlier != id, entities[earlier]?.name == String(part) {
                merge(earlier, into: id)
            }
        }
        return id
    }

    /// The surname of a name of three words or more whose inner word is a particle
    /// of surnames: "Le Drian", "de la Fuente", "Al Thani". Particles of descent
    /// ("bin", "ibn") open no surname: "Mohammed bin Salman" is not "bin Salman".
    static func compoundSurname(_ parts: [Substring]) -> String? {
        guard parts.count >= 3, let start = parts.indices.dropFirst().dropLast().first(where: { surnameParticles.contains(parts[$0].lowercased()) }) else { return nil }
        return parts[start...].joined(separator: " ")
    }

    /// Particles of descent: the name after them is a parent's.
    static let descentParticles: Set<String> = ["bin", "bint", "ibn", "ben"]

    /// The Arabic article as it opens a surname: "El-Sisi", "Al-Thani", "As-Sadr".
    private static let articlesOfSurnames: Set<String> = ["al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az"]
    static let surnameParticles: Set<String> = ["le", "la", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "van", "von", "der", "den", "ter", "ten", "al", "el"]

    /// The article's person a name refers to: the full name, a surname or inner name
    /// of one person; with `alone` (a word with no name word beside it), a given name
    /// of one person too.
    func knownPerson(_ name: String, alone: Bool = false) -> EntityID? {
        if let id = personNames[name] { return id }
        // A name a rule tried and could not place ("Ministers Ana Rojas" over "Ana
        // Rojas") has no mention, and shares no surname.
        let surnamed = surnames[name]?.filter { entities[$0]?.mentions.isEmpty == false }
        if let ids = surnamed, ids.count == 1 { return ids.first }
        if surnamed?.isEmpty != false, let ids = innerNames[name], ids.count == 1 { return ids.first }
        if alone, surnamed?.isEmpty != false, innerNames[name] == nil, let ids = givenNames[name], ids.count == 1 { return ids.first }
        // "Al-Sharaa" opening a sentence is "al-Sharaa": a particle in capitals there.
        if let dash = name.firstIndex(of: "-"), Self.capitalisedParticles.contains(String(name[..<dash])) {
            return knownPerson(name.prefix(1).lowercased() + name.dropFirst(), alone: alone)
        }
        return nil
    }

    /// Particles of Arabic names, capitalised as a sentence's first word.
    private static let capitalisedParticles: Set<String> = ["Al", "El", "Ad", "Ar", "As", "Ash", "At", "Az", "Ed", "Ul"]

    /// True when a word is one of a known person's given or inner names ("Tayyip" of
    /// "Recep Tayyip Erdogan").
    func isNamePart(_ word: String, of person: EntityID) -> Bool {
        givenNames[word]?.contains(person) == true || innerNames[word]?.contains(person) == true
    }

    /// Joins two entities of the article: `old`'s mentions and relations move to `new`.
    func merge(_ old: EntityID, into new: EntityID) {
        guard let removed = entities.removeValue(forKey: old) else { return }
        entities[new]?.mentions += removed.mentions
        for (name, id) in personNames where id == old { personNames[name] = new }
        // "Omar bin Tomas" in a headline joins "Omar bin Tomas Al Berg": its surname
        // calls the one person.
        for names in [\ArticleState.surnames, \.innerNames, \.givenNames] {
            for (name, ids) in self[keyPath: names] where ids.contains(old) {
                self[keyPath: names][name] = ids.subtracting([old]).union([new])
            }
        }
        for (acronym, id) in acronyms where id == old { acronyms[acronym] = new }
        postsWithoutOwner = postsWithoutOwner.map { ($0.person == old ? new : $0.person, $0.title, $0.sentence) }
        counterpartsOfPronouns = counterpartsOfPronouns.map { ($0.person == old ? new : $0.person, $0.state, $0.sentence, $0.at) }
        relations = relations.map { relation in
            var r = relation
            if r.source == old { r.source = new }
            if r.target == old { r.target = new }
            return Relation(type: r.type, source: r.source, target: r.target, title: r.title, date: r.date, place: r.place, evidence: r.evidence)
        }
    }

    /// Records a mention unless its span overlaps one already taken (by a longer
    /// name found first); returns whether it was recorded.
    @discardableResult
    func addMention(of id: EntityID, sentence: Sentence, utf16Range: NSRange, kind: String? = nil, inside: NSRange? = nil) -> Bool {
        addMention(of: [id], sentence: sentence, utf16Range: utf16Range, kind: kind, inside: inside)
    }

    /// One span that mentions several entities at once ("the two leaders"); a name
    /// `inside` it may be a mention of its own ("U.S." of "the top U.S. diplomat").
    @discardableResult
    func addMention(of ids: [EntityID], sentence: Sentence, utf16Range: NSRange, kind: String? = nil, inside: NSRange? = nil) -> Bool {
        addMention(of: ids, sentence: sentence, utf16Range: utf16Range, kind: kind, inside: inside.map { [$0] } ?? [])
    }

    /// One span with several names inside it that may be mentions of their own:
    /// "the foreign ministers of Peru and Chile".
    @discardableResult
    func addMention(of ids: [EntityID], sentence: Sentence, utf16Range: NSRange, kind: String? = nil, inside: [NSRange]) -> Bool {
        let free = claimed[sentence.index]?.allSatisfy { claim in
            NSIntersectionRange(claim, utf16Range).length == 0 || inside.contains { NSIntersectionRange(claim, $0) == claim }
        } ?? true
        guard free, ids.allSatisfy({ entities[$0] != nil }) else { return false }
        claimed[sentence.index, default: []].append(utf16Range)
        let ns = UTF16Text(sentence.text)
        let before = ns.scalarCount(to: utf16Range.location)
        let text = ns.substring(with: utf16Range)
        let start = sentence.start + before
        for id in ids {
            entities[id]?.mentions.append(Mention(start: start, end: start + text.unicodeScalars.count, text: text, sentence: sentence.index, kind: kind))
        }
        return true
    }

    /// The entity of the article with this canonical name, if exactly one.
    func entity(named name: String) -> EntityID? {
        let found = entities.values.filter { $0.name == name }
        return found.count == 1 ? found.first?.id : nil
    }

    /// The entity whose mention in a sentence covers a UTF-16 range of it.
    func entity(mentionedAt range: NSRange, in sentence: Sentence) -> EntityID? {
        let ns = UTF16Text(sentence.text)
        let start = sentence.start + ns.scalarCount(to: range.location)
        return entities.values.first { $0.mentions.contains { $0.sentence == sentence.index && $0.start == start } }?.id
    }

    /// The states a treaty or summit is between, as far as the text paired them.
    func parties(of id: EntityID) -> [EntityID] { entities[id]?.parties ?? [] }

    /// The gathering of the article named by `noun` between exactly these states,
    /// if one: "the Peruvian-Bolivian talks" are the Peru-Bolivia talks named before.
    func gathering(named noun: String, between sides: Set<EntityID>) -> EntityID? {
        let found = entities.values.filter { $0.type == .summit && $0.name.lowercased().contains(noun) && Set($0.parties ?? []) == sides }
        return found.count == 1 ? found.first?.id : nil
    }

    /// Records states a treaty or summit is between, named where it is ("Armenian-Azerbaijani talks").
    func addParties(_ states: [EntityID], to id: EntityID) {
        guard !states.isEmpty, let entity = entities[id] else { return }
        entities[id]?.parties = Array(Set(entity.parties ?? []).union(states)).sorted()
    }

    /// Records a description ("the trilateral agreements of ...") of an entity: it
    /// may hold names found by other rules, so it neither needs nor takes a free span.
    func addDescription(of id: EntityID, sentence: Sentence, utf16Range: NSRange) {
        let ns = UTF16Text(sentence.text)
        var utf16Range = utf16Range
        // 'the "Isaac Accords"': a quote the phrase opens, it closes.
        if NSMaxRange(utf16Range) < ns.length, case let written = ns.substring(with: utf16Range),
           case let next = ns.substring(with: NSRange(location: NSMaxRange(utf16Range), length: 1)),
           next == "”" && written.filter({ $0 == "“" }).count > written.filter({ $0 == "”" }).count
            || next == "\"" && written.filter({ $0 == "\"" }).count % 2 == 1 {
            utf16Range.length += 1
        }
        let start = sentence.start + ns.scalarCount(to: utf16Range.location)
        let text = ns.substring(with: utf16Range)
        let mention = Mention(start: start, end: start + text.unicodeScalars.count, text: text, sentence: sentence.index, kind: "description")
        if entities[id]?.mentions.contains(mention) == false { entities[id]?.mentions.append(mention) }
        // A city in a treaty's name ("the Ankara Declaration", "the Treaty of
        // Moscow") names the text, not a place where something happens.
        if entities[id]?.type == .treaty {
            for key in entities.keys where entities[key]?.type == .place {
                entities[key]?.mentions.removeAll { $0.sentence == mention.sentence && $0.start >= mention.start && $0.end <= mention.end }
            }
        }
    }

    /// The one treaty or summit of the article, before a sentence, whose name holds a noun.
    func only(_ type: EntityType, named noun: String, before sentence: Sentence) -> EntityID? {
        let found = entities.values.filter { entity in
            entity.type == type && entity.name.lowercased().contains(noun) && entity.mentions.contains { $0.sentence < sentence.index }
        }
        return found.count == 1 ? found.first?.id : nil
    }

    /// Takes a span of a sentence that no rule may mention anything in.
    func claim(_ sentence: Sentence, _ range: NSRange) {
        claimed[sentence.index, default: []].append(range)
    }

    func isClaimed(_ sentence: Sentence, _ range: NSRange) -> Bool {
        claimed[sentence.index]?.contains { NSIntersectionRange($0, range).length > 0 } ?? false
    }

    /// True when a span claimed before covers the range and starts before it: the
    /// range holds the last words of a longer name.
    func isInsideLongerClaim(_ sentence: Sentence, _ range: NSRange) -> Bool {
        claimed[sentence.index]?.contains { $0.location < range.location && NSMaxRange($0) >= NSMaxRange(range) } ?? false
    }

    func define(acronym: String, as id: EntityID) {
        if acronyms[acronym] == nil { acronyms[acronym] = id }
    }

    func organization(acronym: String) -> EntityID? { acronyms[acronym] }

    /// Names of groups introduced by their kind ("the militant group Al-Shabaab"),
    /// in the order found: later the name alone is the group.
    private(set) var groupNames: [String] = []

    func define(groupName name: String, as id: EntityID) {
        guard acronyms[name] == nil else { return }
        acronyms[name] = id
        groupNames.append(name)
    }

    /// Numbers written as words, each at its value.
    private static let numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

    /// A compass word of two halves as the two ("Southeast" → "South", "East"), or
    /// the word alone.
    private static func compassHalves(_ word: Substring) -> [Substring] {
        for first in ["North", "South"] where word.hasPrefix(first) {
            let rest = word.dropFirst(first.count)
            if rest == "east" || rest == "west" { return [word.prefix(first.count), Substring(rest.prefix(1).uppercased() + rest.dropFirst())] }
        }
        return [word]
    }

    /// The one organization of the article whose name's capitalised words start
    /// with the letters of an acronym: "AU" for the African Union, "ECOWAS" for the
    /// Economic Community of West African States.
    func organization(initials acronym: String) -> EntityID? {
        // "G20" for the Group of 20, "G7" for the Group of Seven: a number after the
        // letters is a word of the name.
        let letters = String(acronym.prefix { $0.isLetter }), number = Int(acronym.dropFirst(letters.count))
        guard letters.count + (number == nil ? 0 : 1) >= 2, letters.allSatisfy(\.isUppercase),
              number != nil || letters.count == acronym.count else { return nil }
        let found = entities.values.filter { entity in
            guard entity.type == .organization else { return false }
            // "Economic Community of West African States" is "ECOWAS": its small
            // words' letters may count too.
            // "Southeast" gives two: "Association of Southeast Asian Nations" is "ASEAN".
            var words = entity.name.split(separator: " ").flatMap(Self.compassHalves)
            if let number {
                guard let last = words.last, Int(last) ?? Self.numberWords.firstIndex(of: last.lowercased()) == number else { return false }
                words.removeLast()
            }
            return String(words.compactMap { $0.first }.filter(\.isUppercase)) == letters
                || words.count > 2 && String(words.filter { $0 != "the" }.compactMap { $0.first }).uppercased() == letters
        }
        return found.count == 1 ? found.first?.id : nil
    }

    /// The first person mentioned in a sentence before a UTF-16 offset in it.
    func firstPerson(in sentence: Sentence, before utf16Offset: Int) -> EntityID? {
        let limit = sentence.start + UTF16Text(sentence.text).scalarCount(to: utf16Offset)
        return entities.values.filter { $0.type == .person }
            .compactMap { entity in entity.mentions.filter { $0.sentence == sentence.index && $0.start < limit }.map(\.start).min().map { (entity.id, $0) } }
            .min { $0.1 < $1.1 }?.0
    }

    /// People by their last mention by name before a point of a sentence, latest first.
    func peopleNamed(before sentence: Sentence, utf16Offset: Int) -> [EntityID] {
        let limit = sentence.start + UTF16Text(sentence.text).scalarCount(to: utf16Offset)
        return entities.values.filter { $0.type == .person }
            .compactMap { entity in entity.mentions.filter { $0.kind == nil && $0.start < limit }.map(\.start).max().map { (entity.id, $0) } }
            .sorted { ($0.1, $0.0) > ($1.1, $1.0) }
            .map(\.0)
    }

    /// The person named before a sentence when they are the only person of the
    /// article who holds no post in it: a readout's leader named bare.
    func onlyPersonWithoutPost(before sentence: Sentence) -> EntityID? {
        let withPost = Set(relations.filter { $0.type == .holdsOffice }.map(\.source) + postsWithoutOwner.map(\.person))
        let without = entities.values.filter { $0.type == .person && !$0.mentions.isEmpty && !withPost.contains($0.id) }
        guard without.count == 1, let person = without.first, person.mentions.contains(where: { $0.sentence < sentence.index }) else { return nil }
        return person.id
    }

    /// The people the article made a person's counterparts.
    func counterparts(of person: EntityID) -> [EntityID] {
        relations.filter { $0.type == .counterpartOf && ($0.source == person || $0.target == person) }.map { $0.source == person ? $0.target : $0.source }
    }

    /// True when the article made two people counterparts ("A and his Chilean counterpart B").
    func areCounterparts(_ one: EntityID, _ other: EntityID) -> Bool {
        relations.contains { $0.type == .counterpartOf && ($0.source == one && $0.target == other || $0.source == other && $0.target == one) }
    }

    /// The person a sentence-opening "he" or "she" stands for: the first person
    /// named in the nearest earlier sentence that names one (its subject, as a
    /// rule), at most three sentences back.
    func subject(before sentence: Sentence) -> EntityID? {
        let named = entities.values.filter { $0.type == .person }.flatMap { entity in
            // A description counts ("During the visit, the minister will ... He will").
            entity.mentions.filter { $0.sentence < sentence.index && $0.sentence >= sentence.index - 3 }
                .map { (sentence: $0.sentence, start: $0.start, id: entity.id) }
        }
        // The latest sentence, and in it the earliest mention.
        return named.max { ($0.sentence, -$0.start, $0.id) < ($1.sentence, -$1.start, $1.id) }?.id
    }

    /// Whether an entity is named in a sentence before a point of it.
    func isMentioned(_ id: EntityID, byNameIn sentence: Sentence, before utf16Offset: Int) -> Bool {
        let limit = sentence.start + UTF16Text(sentence.text).scalarCount(to: utf16Offset)
        return entities[id]?.mentions.contains { $0.kind == nil && $0.sentence == sentence.index && $0.start < limit } ?? false
    }

    /// Every mention in a sentence as (entity, type, UTF-16 range in the sentence), in order.
    func located(in sentence: Sentence) -> [(id: EntityID, type: EntityType, range: NSRange)] {
        var found: [(id: EntityID, type: EntityType, range: NSRange)] = []
        for entity in entities.values {
            for mention in entity.mentions where mention.sentence == sentence.index {
                found.append((entity.id, entity.type, sentence.scalars.range(mention.start - sentence.start, mention.end - sentence.start)))
            }
        }
        return found.sorted { ($0.range.location, $0.id) < ($1.range.location, $1.id) }
    }

    /// Every mention of an entity so far, in the order found.
    func mentions(of id: EntityID) -> [Mention] { entities[id]?.mentions ?? [] }

    /// Where one entity is mentioned in a sentence: `located(in:)` for one, without
    /// reading every other entity's mentions.
    func mentionRanges(of id: EntityID, in sentence: Sentence) -> [NSRange] {
        (entities[id]?.mentions ?? []).filter { $0.sentence == sentence.index }.map { sentence.scalars.range($0.start - sentence.start, $0.end - sentence.start) }
    }

    /// The entity of one of `types` mentioned last before a point of a sentence, in
    /// it or in the sentences before: what "its" stands for.
    func lastMentioned(_ types: Set<EntityType>, before utf16Offset: Int, in sentence: Sentence) -> EntityID? {
        if let here = located(in: sentence).last(where: { types.contains($0.type) && NSMaxRange($0.range) <= utf16Offset }) { return here.id }
        return entities.values.filter { types.contains($0.type) }
            .compactMap { entity in entity.mentions.filter { $0.sentence < sentence.index }.map(\.start).max().map { (entity.id, $0) } }
            .max { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// People of the article holding an office of a state, with the title.
    func officeHolders(of state: EntityID) -> [(person: EntityID, title: String)] {
        relations.filter { $0.type == .holdsOffice && $0.target == state }.map { ($0.source, $0.title ?? "") }
    }

    /// The people the article has holding an office of a body, with the body's name:
    /// "General Secretary of the Communist Party of Vietnam X".
    func bodyOfficeHolders() -> [(person: EntityID, body: String, title: String)] {
        relations.filter { $0.type == .holdsOffice && $0.target.type == .organization }.map { ($0.source, entities[$0.target]?.name ?? "", $0.title ?? "") }
    }

    /// The people who hold a title (in any case) in this article, in order, with
    /// those named with it but no state or body ("President Joe Biden").
    func holders(of title: String) -> [EntityID] {
        holders { $0.caseInsensitiveCompare(title) == .orderedSame }
    }

    /// The people the article gives a post that `fits`.
    func holders(where fits: (String) -> Bool) -> [EntityID] {
        relations.filter { $0.type == .holdsOffice && $0.title.map(fits) == true }.map(\.source)
            + postsWithoutOwner.filter { fits($0.title) }.map(\.person)
    }

    /// The one person of the article whose post an acronym abbreviates: "EAM" of the
    /// External Affairs Minister, "NSA" of the National Security Adviser.
    func holder(ofPostAbbreviated acronym: String) -> EntityID? {
        let posts = relations.filter { $0.type == .holdsOffice }.compactMap { relation in relation.title.map { (relation.source, $0) } }
            + postsWithoutOwner.map { ($0.person, $0.title) }
        let holders = Set(posts.filter { _, title in
            String(title.split(separator: " ").compactMap(\.first)) == acronym
        }.map(\.0))
        return holders.count == 1 ? holders.first : nil
    }

    /// The title a person holds in this article, if exactly one.
    func office(of person: EntityID) -> String? {
        let titles = Set(relations.filter { $0.type == .holdsOffice && $0.source == person }.compactMap(\.title))
        return titles.count == 1 ? titles.first : nil
    }

    /// The posts a person holds and the state or body of each.
    func offices(of person: EntityID) -> [(title: String, owner: EntityID)] {
        relations.filter { $0.type == .holdsOffice && $0.source == person }.map { ($0.title ?? "", $0.target) }
    }

    /// The post a person holds, as `office(of:)` gives it, or else the one post the
    /// article names for them with no state or body: "President X" in an undated readout.
    func post(of person: EntityID) -> String? {
        if let office = office(of: person) { return office }
        let titles = Set(postsWithoutOwner.filter { $0.person == person }.map(\.title))
        return titles.count == 1 ? titles.first : nil
    }

    /// Records a post named with no state or body it belongs to.
    func addPostWithoutOwner(_ person: EntityID, title: String, sentence: Sentence) {
        postsWithoutOwner.append((person, title, sentence.index))
    }

    /// Records "his Emirati counterpart X" where "his" post is not known yet: X
    /// holds it for the state, once a later rule finds it.
    func addCounterpartAwaitingPost(_ person: EntityID, of other: EntityID, state: EntityID, sentence: Sentence) {
        counterpartsAwaitingPost.append((person, other, state, sentence.index))
    }

    /// Records the counterpart of the person a pronoun of the sentence stands for.
    func addCounterpartOfPronoun(_ person: EntityID, state: EntityID, sentence: Sentence, at utf16Offset: Int) {
        counterpartsOfPronouns.append((person, state, sentence.index, utf16Offset))
    }

    /// The place a dateline in capitals names at the start of one of the first
    /// two sentences: "NEW DELHI, Aug 18 (PTI)".
    func datelinePlace() -> String? { dateline(.place)?.name }

    /// The sentence a dateline's place opens: the article's lead.
    func datelinePlaceSentence() -> Int? { dateline(.place)?.sentence }

    /// The state that opens the article's first or second sentence in capitals, as
    /// a city-state dates it: "KUWAIT, Jan 20 (KUNA) --".
    func datelineState() -> String? { dateline(.state)?.name }

    private func dateline(_ type: EntityType) -> (name: String, sentence: Int)? {
        for sentence in sentences.prefix(2) {
            // One mention at most opens a sentence, so the order looked in does not matter.
            for entity in entities.values where entity.type == type && entity.mentions.contains(where: { mention in
                mention.sentence == sentence.index && mention.start == sentence.start
                    // In capitals, or followed by a date or an agency: "Beijing, Nov. 12 --".
                    && (!mention.text.unicodeScalars.contains { $0.properties.isLowercase } || type == .place && Self.followedByDate(sentence.text, from: mention.text))
                    // A state so written dates the article only before a comma: "KUWAIT, Jan 20",
                    // not the headline "UAE leaders hold call".
                    && (type != .state || mention.text.unicodeScalars.count > 3 && sentence.text.unicodeScalars.dropFirst(mention.text.unicodeScalars.count).first == ",")
            }) {
                return (entity.name, sentence.index)
            }
        }
        return nil
    }

    /// True when a dateline's date or agency follows the sentence's opening words:
    /// ", Nov. 12", " (Xinhua) -", or the colon of Indian papers: "New Delhi: ".
    private static func followedByDate(_ text: String, from opening: String) -> Bool {
        let rest = String(text.unicodeScalars.dropFirst(opening.unicodeScalars.count))
        return rest.hasPrefix(": ") || Extractor.datelineDate.firstMatch(in: rest, range: NSRange(location: 0, length: rest.utf16.count)) != nil
    }

    /// How often the article names an entity by name before a place in a sentence,
    /// descriptions aside.
    func nameCount(of id: EntityID, before sentence: Sentence, utf16Offset: Int) -> Int {
        let limit = sentence.start + UTF16Text(sentence.text).scalarCount(to: utf16Offset)
        return entities[id]?.mentions.filter { $0.kind == nil && $0.start < limit }.count ?? 0
    }

    /// True when an entity is mentioned in a sentence from this index on.
    func isMentioned(_ id: EntityID, since sentence: Int) -> Bool {
        entities[id]?.mentions.contains { $0.sentence >= sentence } ?? false
    }

    /// True when the article names an entity anywhere, by name or by the people's
    /// name of a post's state ("Saudi Foreign Minister").
    func isMentioned(_ id: EntityID) -> Bool {
        !(entities[id]?.mentions.isEmpty ?? true) || relations.contains { $0.target == id || $0.source == id }
    }

    /// The state a person holds an office of in this article, if exactly one.
    func stateOf(person: EntityID) -> EntityID? {
        let states = Set(relations.filter { $0.type == .holdsOffice && $0.source == person }.map(\.target))
        return states.count == 1 ? states.first : nil
    }

    /// Every visit the article has found: who went where.
    func visits() -> [(person: EntityID, destination: EntityID)] {
        relations.filter { $0.type == .visited }.map { ($0.source, $0.target) }
    }

    /// Where the article has a person travel: visits, planned or made.
    func destinations(of person: EntityID) -> [EntityID] {
        relations.filter { $0.type == .visited && $0.source == person }.map(\.target)
    }

    /// True when the article has the person hold an office of a state other than this one.
    func isOfAnotherState(_ person: EntityID, than state: EntityID) -> Bool {
        relations.contains { $0.type == .holdsOffice && $0.source == person && $0.target != state && entities[$0.target]?.type == .state }
    }

    /// True when the sentence has a traveller meet the person as the traveller goes
    /// to other states than `home`, and to no other: the meeting made or planned as a
    /// visit is ("X will pay a visit to Britain ... X will also meet King Y").
    func meetsOnVisitAbroad(_ traveller: EntityID, _ person: EntityID, in sentence: Int, home: EntityID) -> Bool {
        let visits = relations.filter { $0.type == .visited && $0.source == traveller && entities[$0.target]?.type == .state }
        guard !visits.isEmpty, !visits.contains(where: { $0.target == home }) else { return false }
        let statuses = Set(visits.flatMap { $0.evidence.map { $0.status == .planned } })
        return relations.contains { relation in
            relation.type == .met && Set([relation.source, relation.target]) == Set([traveller, person])
                && relation.evidence.contains { $0.sentence == sentence && statuses.contains($0.status == .planned) }
        }
    }

    /// The visits a sentence tells of: who went, and where.
    func visits(in sentence: Int) -> [(guest: EntityID, destination: EntityID)] {
        relations.filter { $0.type == .visited && $0.evidence.contains { $0.sentence == sentence } }.map { (guest: $0.source, destination: $0.target) }
    }

    /// The people the article has holding an office of a state.
    func officials(of state: EntityID) -> Set<EntityID> {
        Set(relations.filter { $0.type == .holdsOffice && $0.target == state }.map(\.source))
    }

    /// The people the article has a person meet or call, anywhere in it.
    func peopleMetOrCalled(by person: EntityID) -> [EntityID] {
        relations.filter { ($0.type == .met || $0.type == .phoned) && ($0.source == person || $0.target == person) }
            .map { $0.source == person ? $0.target : $0.source }
    }

    /// Where a sentence has two people meet, when it says where.
    func meetingPlaces(of one: EntityID, and other: EntityID, in sentence: Int) -> [EntityID] {
        relations.compactMap { relation in
            guard relation.type == .met, Set([relation.source, relation.target]) == Set([one, other]),
                  relation.evidence.contains(where: { $0.sentence == sentence }) else { return nil }
            return relation.place.map(EntityID.init(rawValue:))
        }
    }

    /// The two people a sentence has meet or call each other, when it has one such pair.
    func pairMetOrCalled(in sentence: Int, types: Set<RelationType> = [.met, .phoned]) -> [EntityID]? {
        let pairs = Set(relations.filter { relation in
            types.contains(relation.type) && relation.evidence.contains { $0.sentence == sentence }
        }.map { [$0.source, $0.target].sorted() })
        return pairs.count == 1 ? pairs.first : nil
    }

    /// The one person who went somewhere in the sentences before this one, not as a
    /// plan: "the visiting dignitary" after "X arrived in Y".
    func soleVisitor(before sentence: Int) -> EntityID? {
        let visitors = Set(relations.filter { relation in
            relation.type == .visited && relation.source.type == .person
                && relation.evidence.contains { $0.sentence < sentence && $0.status != .planned }
        }.map(\.source))
        return visitors.count == 1 ? visitors.first : nil
    }

    /// The three or more people who all met one another in the nearest of the three
    /// sentences before this one that has such a group: "the leaders" of a summit.
    func meetingGroup(before sentence: Sentence) -> [EntityID]? {
        for index in stride(from: sentence.index - 1, through: max(0, sentence.index - 3), by: -1) {
            var people: [EntityID] = []
            for relation in relations where relation.type == .met && relation.evidence.contains(where: { $0.sentence == index }) {
                for id in [relation.source, relation.target] where !people.contains(id) { people.append(id) }
            }
            guard people.count >= 3 else { continue }
            let all = people.indices.allSatisfy { i in people[(i + 1)...].allSatisfy { haveMet(people[i], $0, in: index) } }
            return all ? people.sorted() : nil
        }
        return nil
    }

    /// What a sentence has someone discuss.
    func topicsDiscussed(in sentence: Int) -> Set<EntityID> {
        Set(relations.filter { $0.type == .discussed && $0.evidence.contains { $0.sentence == sentence } }.map(\.target))
    }

    /// True when a sentence has two people meet.
    func haveMet(_ one: EntityID, _ other: EntityID, in sentence: Int) -> Bool {
        relations.contains { relation in
            let pair = (relation.source, relation.target)
            return relation.type == .met && (pair == (one, other) || pair == (other, one)) && relation.evidence.contains { $0.sentence == sentence }
        }
    }

    // MARK: Relations

    /// Records an edge with its evidence: the sentence, the date it gives (an event's
    /// day; for an office, the day it was seen held: the article's), whether the event is only
    /// announced, and whom the sentence reports it from.
    func relate(_ type: RelationType, _ source: EntityID, _ target: EntityID, title: String? = nil, date: String? = nil,
                         place: EntityID? = nil, status: EventStatus? = nil, sentence: Sentence) {
        guard source != target, !(type.isEvent && sentence.isQuestion) else { return }
        // The ontology's types, whatever a rule found: "Hamas was represented by X"
        // makes no body attend.
        if let from = source.type, let to = target.type, !type.allows(from, to) { return }
        var evidence = Evidence(document: document.id, sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text)
        if type.isEvent {
            // "A, who took office in May, met B": a date of a relative clause is an
            // event's only when one of its two is named in the clause.
            let clauses = sentence.text.holds(", wh") ? DateText.relativeClauses(in: sentence.text) : []
            let inClause = clauses.isEmpty || located(in: sentence).contains { mention in
                (mention.id == source || mention.id == target) && clauses.contains { NSIntersectionRange($0, mention.range).length > 0 }
            }
            var said = sentenceDate(sentence, planned: status == .planned, relativeClauses: inClause)
            // "left for Washington on Thursday, where he will meet B on Friday": a date
            // before both of the event's two may be another event's; a date after
            // them, when there is one, is this one's. One person named alone may be
            // the object of another verb ("she met B and travelled to Quito on Friday");
            // a place, summit or treaty alone is this event's own.
            if let written = said?.text, let at = sentence.text.range(of: written),
               // (Only where a word of time follows the date: most sentences have one date.)
               sentence.text[at.upperBound...].split(whereSeparator: { !$0.isLetter }).contains(where: { DateText.isMonthOrDay(String($0)) || Self.timeWords.contains($0.lowercased()) }),
               case let before = sentence.text.utf16.distance(from: sentence.text.startIndex, to: at.lowerBound),
               case let ends = [source, target].flatMap({ id in mentionRanges(of: id, in: sentence).map { (id: id, end: NSMaxRange($0)) } }),
               case let named = Set(ends.map(\.id)), named.count == 2 || named.count == 1 && ends[0].id.type != .person,
               let last = ends.map(\.end).max(), before < last,
               let later = sentenceDate(sentence, planned: status == .planned, relativeClauses: inClause, from: last), later.iso != nil,
               // "met on Friday to discuss the agreement initialled in August": a date
               // after a participle right after the two is the participle's.
               !Self.opensWithParticiple(UTF16Text(sentence.text).substring(from: last)),
               // Nor is a date right after a participle: "reviewed the agreement signed in July".
               !Self.followsParticiple(later.text, in: UTF16Text(sentence.text).substring(from: last)),
               // Nor a date of a clause of its own: "for a meeting with B, amid a dispute
               // over tariffs that both imposed this month".
               !Self.opensClause(before: later.text, in: UTF16Text(sentence.text).substring(from: last)) {
                said = later
            } else if type != .signed, type != .brokered, let written = said?.text, let at = sentence.text.range(of: written),
                      let last = [source, target].flatMap({ id in mentionRanges(of: id, in: sentence).map { (id: id, end: NSMaxRange($0)) } }).max(by: { $0.end < $1.end }),
                      sentence.text.utf16.distance(from: sentence.text.startIndex, to: at.lowerBound) >= last.end,
                      case let thing = ![.person, .state].contains(last.id.type), case let rest = UTF16Text(sentence.text).substring(from: last.end),
                      Self.followsParticiple(written, in: rest, afterNoun: true, afterThing: thing)
                        // "focused on the agreement that stopped the war on November 10":
                        // a date in a clause of a treaty's or a gathering's own.
                        || thing && Self.opensClause(before: written, in: rest) {
                // "met B and discussed the treaty signed by the two countries in
                // January": a date after both, right after a participle or in a clause
                // of the thing's own, is the text's; the dateline's, if any, is the event's.
                said = filedDate(of: sentence)
            }
            evidence.date = said?.iso
            evidence.dateText = said?.iso == nil ? said?.text : nil
            evidence.status = status
        } else if type == .holdsOffice {
            // Seen held when the article was published; an undated article falls
            // back on a full date the sentence writes.
            evidence.date = document.date ?? dates(in: sentence).compactMap(\.iso).first
        }
        if reporters[sentence.index] == nil { reporters[sentence.index] = .some(Attribution.reporter(in: sentence)) }
        evidence.reportedBy = reporters[sentence.index] ?? nil
        relations.append(Relation(type: type, source: source, target: target, title: title, date: date, place: place?.rawValue, evidence: [evidence]))
    }

    /// True when a past participle of what is done to a text or an event opens
    /// the words: " initialled in Washington in August".
    static func opensWithParticiple(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).first.map { participles.contains($0.lowercased()) } ?? false
    }

    /// True when a date written in the text follows such a participle, perhaps with
    /// "in" or "on" between (" signed in July"), or its agent or partner and then
    /// "in" or "on" (" signed by the two countries in January"). With `afterNoun`,
    /// only a participle after a common noun, which is no finite verb of a name
    /// or pronoun: "the treaty signed in July", not "Berg of Chile agreed on Friday".
    /// `afterThing` says the text follows a treaty's or a gathering's name, which
    /// is such a noun: "discussed the agreement (CEPA) | signed last year".
    private static func followsParticiple(_ date: String, in text: String, afterNoun: Bool = false, afterThing: Bool = false) -> Bool {
        guard let at = text.range(of: date) else { return false }
        let written = text[..<at.lowerBound].split(whereSeparator: { !$0.isLetter }).suffix(8)
        var words = written.map { $0.lowercased() }
        // The date may be written with its preposition: "in January".
        if let first = date.split(separator: " ").first, case let word = first.lowercased(), ["in", "on"].contains(word) { words.append(word) }
        guard let last = words.last, let participle = words.lastIndex(where: participles.contains) else { return false }
        // " signed between the two countries last year": a date with no preposition
        // right after a short agent.
        let near = participle == words.count - 1 || participle == words.count - 2 && ["in", "on"].contains(last)
            || participle < words.count - 1 && ["by", "between", "with"].contains(words[participle + 1])
                && (["in", "on"].contains(last) || words.count - participle <= 5 && !date.lowercased().hasPrefix("in ") && !date.lowercased().hasPrefix("on "))
        guard near, afterNoun else { return near }
        guard participle > 0 else { return afterThing && opensWithParticiple(text) }
        let before = written[written.startIndex + participle - 1]
        // "the Comprehensive Economic Partnership Agreement (CEPA) signed": a treaty's
        // name, or its acronym in brackets, is a noun as a common one is.
        let bracketed = text[before.endIndex...].hasPrefix(")")
        return (before.first?.isLowercase == true || bracketed || treatyNouns.contains(String(before))) && !finiteSubjects.contains(words[participle - 1])
    }
    /// The capitalised nouns that end a treaty's name: "the Paris Agreement signed in 2015".
    private static let treatyNouns: Set<String> = ["Agreement", "Treaty", "Accord", "Accords", "Pact", "Memorandum", "Declaration", "Convention", "Charter", "Protocol"]
    /// Words right before a participle that make it a finite verb's: a pronoun,
    /// "and" of subjects joined, "also" ("they also agreed on Friday").
    private static let finiteSubjects: Set<String> = ["i", "we", "you", "he", "she", "it", "they", "who", "which", "that", "both", "and", "all", "also"]

    /// The date of the sentence's dateline ("NAIROBI, March 14 -"), resolved: when
    /// the report was filed.
    private func filedDate(of sentence: Sentence) -> (text: String, iso: String?)? {
        guard let first = dates(in: sentence).first, Self.isDateline(first.text, of: sentence.text) else { return nil }
        return DateText.eventDate(in: sentence.text, published: document.date, written: [first])
    }
    /// True when a word that opens a clause of its own stands before a date written
    /// in the text: " over tariffs that both imposed this month".
    private static func opensClause(before date: String, in text: String) -> Bool {
        guard let at = text.range(of: date) else { return false }
        return text[..<at.lowerBound].split(whereSeparator: { !$0.isLetter }).contains { clauseOpeners.contains($0.lowercased()) }
    }
    private static let clauseOpeners: Set<String> = ["that", "which", "who", "whom", "whose", "amid", "since"]
    private static let participles: Set<String> = ["signed", "initialled", "initialed", "agreed", "reached", "concluded", "adopted", "brokered", "struck", "ratified"]

    /// True when the sentence's date is later than the article's: "preparations for
    /// his visit to Lima next month" tells of a visit yet to come.
    func isDatedLater(_ sentence: Sentence) -> Bool {
        guard let said = sentenceDate(sentence, planned: false) else { return false }
        if let iso = said.iso { return DateText.isLater(iso, than: filingDate ?? document.date) }
        // Unresolved, with no date to count from, a relative date still points ahead.
        let words = said.text.lowercased()
        return ["next ", "later this ", "tomorrow"].contains(where: words.hasPrefix)
    }

    /// True when a date follows a place in capitals and a comma that open the
    /// sentence: a dateline's.
    private static func isDateline(_ date: String, of text: String) -> Bool {
        guard let comma = text.range(of: ", " + date) else { return false }
        var place = text[..<comma.lowerBound]
        guard (2...40).contains(place.count) else { return false }
        // "ANCHORAGE, Alaska, Aug 15": the place in capitals may be followed by its
        // region or state in capitalised words.
        if let qualifier = place.range(of: ", "), case let words = place[qualifier.upperBound...].split(separator: " "),
           (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }), !place[..<qualifier.lowerBound].contains(",") {
            place = place[..<qualifier.lowerBound]
        }
        // A line of its own may write the place in capitals and small letters: "Brussels, 14 May 2023".
        // ("Baku, December 3, AZERTAC": an agency in capitals may follow.)
        let alone = namesOnly(text[comma.upperBound...])
            && place.split(separator: " ").allSatisfy { $0.first?.isUppercase == true } && place.split(separator: " ").count <= 3
        return alone || place.allSatisfy { $0.isUppercase || " /-.".contains($0) }
    }

    /// The dates a sentence writes (`DateText.dates(in:)`), found once.
    func dates(in sentence: Sentence) -> [(text: String, iso: String?)] {
        if let known = writtenDates[sentence.index] { return known }
        let dates = DateText.dates(in: sentence.text)
        writtenDates[sentence.index] = dates
        return dates
    }

    /// The day the article was filed, when a dateline near its top gives one in
    /// full ("NAIROBI, March 14 (Wire) -"): the day that the article's "on
    /// Wednesday" and "yesterday" count back from.
    private lazy var filingDate: String? = filing?.date.iso

    /// True when no word of the text begins in lower case: what may follow a
    /// dateline's date on its line (", AZERTAC", ". /Andina/.").
    private static func namesOnly(_ text: Substring) -> Bool {
        !text.split(whereSeparator: { !$0.isLetter }).contains { $0.first?.isLowercase == true }
    }

    /// The dateline's sentence and its date, resolved to a day.
    private lazy var filing: (sentence: Int, date: (text: String, iso: String?))? = sentences.prefix(3).lazy.compactMap { sentence -> (sentence: Int, date: (text: String, iso: String?))? in
        guard let date = self.dates(in: sentence).first, Self.isDateline(date.text, of: sentence.text),
              let filed = DateText.eventDate(in: sentence.text, published: self.document.date, written: [date]), filed.iso?.count == 10 else { return nil }
        return (sentence.index, filed)
    }.first

    /// The filing date, for the lead right after a dateline that is a sentence of
    /// its own ("YEREVAN, July 10. /ARKA/." or "Baku, December 3, AZERTAC"): it
    /// dates the lead's event as a dateline in the sentence would.
    private func filedBefore(_ sentence: Sentence) -> (text: String, iso: String?)? {
        guard let filing, filing.sentence == sentence.index - 1, case let line = sentences[filing.sentence].text,
              let at = line.range(of: filing.date.text), Self.namesOnly(line[at.upperBound...]) else { return nil }
        return filing.date
    }

    /// The dates a sentence writes, its dateline's replaced by the day the sentence
    /// itself gives ("NAIROBI, March 14 - ... signed on Thursday": March 13): what
    /// dates and names a treaty it speaks of.
    func datesOfEvents(in sentence: Sentence) -> [(text: String, iso: String?)] {
        var written = dates(in: sentence)
        guard let first = written.first, Self.isDateline(first.text, of: sentence.text), let said = sentenceDate(sentence, planned: false) else { return written }
        written[0] = said
        return written
    }

    /// The date the sentence gives after a place in it, resolved as an event's:
    /// "the agreement signed in July".
    func dateOfEvent(in sentence: Sentence, after utf16Offset: Int) -> (text: String, iso: String?)? {
        sentenceDate(sentence, planned: false, from: utf16Offset)
    }

    /// True when the one date a sentence gives is its dateline's: "RIYADH, Sept 18 -
    /// A and B have signed a defence pact" dates the pact by when it was told, which
    /// names no treaty.
    func isDatedByDatelineOnly(_ sentence: Sentence) -> Bool {
        let written = dates(in: sentence)
        guard written.count == 1, let first = written.first, Self.isDateline(first.text, of: sentence.text) else { return false }
        return sentenceDate(sentence, planned: false)?.text == first.text
    }

    /// The date a sentence gives, resolved against the article's.
    private func sentenceDate(_ sentence: Sentence, planned: Bool, relativeClauses: Bool = true, from offset: Int = 0) -> (text: String, iso: String?)? {
        let key = (planned ? 1 : 0) + (relativeClauses ? 2 : 0) + offset * 4
        if let known = sentenceDates[sentence.index]?[key] { return known }
        // A dateline's date ("MOSCOW, Nov 2 (TASS) -") is when the article was filed:
        // the sentence's own date, written or relative ("on Friday"), is resolved
        // against it and dates the event; the filing date does when there is none.
        var written = dates(in: sentence)
        let dateline = written.first.flatMap { Self.isDateline($0.text, of: sentence.text) ? $0 : nil }
        if dateline != nil { written.removeFirst() }
        // The filing date has passed, whatever the sentence announces: read as a plan's,
        // "MOSCOW, Dec 2 (TASS) - A will meet B on Friday" would lose it.
        let filed = dateline.flatMap { DateText.eventDate(in: sentence.text, published: document.date, written: [$0]) }
        // "X received Y on Dec. 4, ahead of the pope's planned visit to Lebanon next
        // spring": what is to come takes its date from after "ahead of", when what
        // comes before it has passed.
        var text = sentence.text
        // Only the text after an offset: the date of an event named there.
        if offset > 0 {
            text = UTF16Text(text).substring(from: offset)
            written = written.filter { text.holds($0.text) }
        }
        if planned, sentence.has(["ahead"]), let ahead = text.range(of: " ahead of "),
           !text[..<ahead.lowerBound].split(separator: " ").contains(where: { Self.futureWords.contains($0.lowercased()) }) {
            text = String(text[ahead.lowerBound...])
            written = written.filter { text.holds($0.text) }
        }
        let own = DateText.eventDate(in: text, published: filed?.iso ?? filingDate ?? document.date, planned: planned, written: written,
                                     relativeClauses: relativeClauses)
        // A relative day that cannot be resolved says less than the dateline's date,
        // which dates no plan.
        let said = offset > 0 || planned || own.map({ $0.iso != nil || !written.isEmpty }) == true ? own : filed ?? filedBefore(sentence) ?? own
        sentenceDates[sentence.index, default: [:]][key] = .some(said)
        return said
    }

    /// Words of relative dates: "tomorrow", "next week".
    private static let timeWords: Set<String> = ["today", "tonight", "tomorrow", "yesterday", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "day"]

    /// Words of a clause about what is to come.
    private static let futureWords: Set<String> = ["will", "would", "shall", "expected", "scheduled", "due", "plans", "planned", "set", "to", "next"]

    /// "EPC summit" in a headline and "the European Political Community summit" in
    /// the text are one gathering: an acronym the article gave an organization stands
    /// for the organization's name.
    private func foldGatheringsNamedByAcronym() {
        let acronyms = Dictionary(entities.values.filter { $0.type == .organization }.flatMap { body in
            body.mentions.map(\.text).filter { $0.count >= 2 && $0.count <= 8 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }.map { ($0, body.name) }
        }, uniquingKeysWith: { first, _ in first })
        guard !acronyms.isEmpty else { return }
        let gatherings = named(.summit)
        for (id, name) in gatherings {
            let words = name.split(separator: " ").map { acronyms[String($0)] ?? String($0) }
            let expanded = words.joined(separator: " ")
            // "SCO summit" is also "the summit of the Shanghai Cooperation Organisation".
            let spellings = [expanded, "\(words.last ?? "") of the \(words.dropLast().joined(separator: " "))"].map { $0.lowercased() }
            guard expanded != name, let into = gatherings.first(where: { $0.id != id && spellings.contains($0.name.lowercased()) })?.id,
                  entities[into] != nil else { continue }
            merge(id, into: into)
        }
    }

    /// "European summit" in a headline and "the European Political Community summit"
    /// in the text are one gathering: a name whose words all stand in the one longer
    /// name of the same noun (before it, or after it and "of": "a summit of the
    /// Amazon Cooperation Treaty Organization") is that gathering cut short. The
    /// longer name adds only words of a proper name: "the previous Andean summit"
    /// is another one.
    /// "the Quito summit" in a headline and "the Andean summit" held in Quito in
    /// the text are one gathering: a name of a place and a noun is the one
    /// gathering of that noun the article holds there.
    private func foldGatheringsNamedByPlace() {
        let gatherings = named(.summit)
        for short in gatherings {
            let words = short.name.split(separator: " ")
            guard words.count == 2, let noun = words.last?.lowercased() else { continue }
            let sameNoun = gatherings.filter { $0.id != short.id && $0.name.split(separator: " ").last?.lowercased() == noun }
            var held = sameNoun.filter { other in
                relations.contains { $0.type == .heldIn && $0.source == other.id && entities[$0.target]?.name == String(words[0]) }
            }
            // "Tinubu departs for Luanda summit" over "to attend the seventh AU-EU
            // Summit": a headline's gathering named by a place is the body's one
            // gathering of that noun that no sentence places (elsewhere).
            var venue: EntityID?
            if held.isEmpty, isNamedOnlyInHeadline(short.id), hasHeadline {
                venue = named(.place).first { $0.name == String(words[0]) }?.id
                if venue != nil { held = sameNoun.filter { other in !relations.contains { $0.type == .heldIn && $0.source == other.id } } }
            }
            guard held.count == 1, let into = held.first?.id, entities[short.id] != nil, entities[into] != nil else { continue }
            merge(short.id, into: into)
            if let venue { relate(.heldIn, into, venue, sentence: sentences[0]) }
        }
    }

    /// "The Hague summit", "the Alaska summit": a gathering named by a place the
    /// article names, that no sentence places elsewhere, was held there. Talks named
    /// by a region or state that another state hosts are about it: "Saudi Arabia
    /// hosts Gaza talks", but "Malaysia talks" hosted by Malaysia's leader are there.
    private func placeGatheringsNamedByPlace() {
        let places = [EntityType.place, .region, .state].flatMap(named)
        for (id, name) in named(.summit) where !relations.contains(where: { $0.type == .heldIn && $0.source == id }) {
            let words = name.split(separator: " ")
            let talks = ["talks", "negotiations"].contains(words.last?.lowercased() ?? "")
            let hosts = talks ? relations.filter { $0.type == .hosted && $0.target == id }.compactMap { $0.source.type == .state ? $0.source : stateOf(person: $0.source) } : []
            guard words.count >= 2, case let placeName = words.dropLast().joined(separator: " "),
                  let place = places.first(where: { $0.name == placeName || $0.name == "The " + placeName }),
                  place.id.type == .place || hosts.allSatisfy({ $0 == place.id }),
                  let first = entities[id]?.mentions.map(\.sentence).min() else { continue }
            relate(.heldIn, id, place.id, sentence: sentences[first])
        }
    }

    /// "Central Asia summit" in a headline and "the seventh Consultative Meeting of
    /// the Heads of State of Central Asia" in the text are one gathering: a meeting
    /// of leaders goes by "summit", whatever noun its proper name has.
    private func foldSummitsOfLeaders() {
        let gatherings = named(.summit).map { (id: $0.id, name: $0.name, words: $0.name.split(separator: " ")) }
        for short in gatherings where short.words.count >= 2 && short.words.last?.lowercased() == "summit" {
            let longer = gatherings.filter { other in
                other.id != short.id && other.words.count > short.words.count + 2
                    && ["Heads of State", "Heads of Government", "Leaders"].contains(where: other.name.holds)
                    && short.words.dropLast().allSatisfy { other.words.contains($0) }
            }
            guard longer.count == 1, let into = longer.first?.id, entities[short.id] != nil, entities[into] != nil else { continue }
            merge(short.id, into: into)
        }
    }

    private func foldGatheringsNamedShort() {
        let gatherings = named(.summit).map { (id: $0.id, words: $0.name.split(separator: " ")) }
        for short in gatherings where short.words.count >= 2 {
            let longer = gatherings.filter { other in
                guard other.words.count > short.words.count else { return false }
                // "Amazon summit" and "summit of the Amazon Cooperation Treaty Organization":
                // the noun may open the longer name before "of".
                let nounFirst = other.words.count > 2 && other.words[0].lowercased() == short.words.last?.lowercased() && other.words[1] == "of"
                let rest = nounFirst ? other.words.dropFirst(2) : other.words.dropLast()
                return (nounFirst || other.words.last == short.words.last)
                    && short.words.dropLast().allSatisfy { rest.contains($0) }
                    && rest.allSatisfy { short.words.contains($0) || $0.first?.isUppercase == true || ["of", "the", "and"].contains($0) }
            }
            guard longer.count == 1, let into = longer.first?.id, entities[short.id] != nil, entities[into] != nil else { continue }
            merge(short.id, into: into)
        }
    }

    /// "Japan and the Philippines signed an agreement ... The Reciprocal Access
    /// Agreement was signed by ...": a treaty brought in unnamed ("an agreement", "a
    /// defence treaty") and one of its kind named in the next two sentences, both
    /// signed, are one, when the article has no other treaty of that kind and says
    /// no more of the unnamed one after the name.
    private func foldTreatyNamedAfterLead() {
        let signed = Set(relations.filter { $0.type == .signed }.map(\.target))
        let treaties = entities.values.filter { $0.type == .treaty && signed.contains($0.id) && !$0.mentions.isEmpty }
        let nouns = ["agreement", "treaty", "pact", "accord"]
        // The kind is the first such noun of the name: "Treaty of Lima", "agreement on visas".
        let kinds = Dictionary(grouping: treaties) { $0.name.lowercased().split(separator: " ").first { nouns.contains(String($0)) }.map(String.init) ?? "" }
        for kind in nouns {
            guard let both = kinds[kind], both.count == 2,
                  let unnamed = both.first(where: { $0.name.first?.isLowercase == true }),
                  let named = both.first(where: { $0.name.first?.isUppercase == true }),
                  let lead = unnamed.mentions.min(), let name = named.mentions.min(),
                  lead.text.hasPrefix("a ") || lead.text.hasPrefix("an "),
                  (lead.sentence + 1...lead.sentence + 2).contains(name.sentence),
                  unnamed.mentions.allSatisfy({ $0.sentence <= name.sentence }) else { continue }
            merge(unnamed.id, into: named.id)
        }
    }

    /// "Congo" in an article that names the "Democratic Republic of Congo" is that
    /// state, though the lexicon gives the short name to another: news shortens a
    /// state's formal name to its last words. A state named only so is folded into
    /// the one whose formal name the article wrote.
    private func foldShortStateNames() {
        let states = entities.values.filter { $0.type == .state && !$0.mentions.isEmpty }.sorted { $0.id < $1.id }
        for short in states {
            guard let bare = short.mentions.first?.text, short.mentions.allSatisfy({ $0.text == bare }) else { continue }
            let formal = states.filter { other in other.id != short.id && other.mentions.contains { Self.isFormalName($0.text, of: bare) } }
            guard formal.count == 1, let into = formal.first?.id, entities[short.id] != nil else { continue }
            entities[into]?.mentions += short.mentions
            entities[short.id] = nil
            let moved = { (id: EntityID) in id == short.id ? into : id }
            for (id, entity) in entities where entity.parties?.contains(short.id) == true {
                entities[id]?.parties = entity.parties?.map(moved)
            }
            relations = relations.compactMap { relation in
                let source = moved(relation.source), target = moved(relation.target)
                guard source != target else { return nil }
                return Relation(type: relation.type, source: source, target: target, title: relation.title, date: relation.date,
                                place: relation.place == short.id.rawValue ? into.rawValue : relation.place, evidence: relation.evidence)
            }
        }
    }

    /// "the Chinese Communist Party" and "the Communist Party of China", "the
    /// Vietnamese Party" and "the Communist Party of Vietnam": a body of a state named
    /// by a people's word and the last words before "of" and the state of another
    /// body of that state is that body.
    private func foldBodiesNamedByDemonym() {
        let stateOf = Dictionary(relations.filter { $0.type == .partOf && $0.source.type == .organization && $0.target.type == .state }.map { ($0.source, $0.target) },
                                 uniquingKeysWith: min)
        guard stateOf.count >= 2 else { return }
        for (short, state) in stateOf.sorted(by: { $0.key < $1.key }) {
            guard let words = entities[short]?.name.split(separator: " "), words.count >= 2, let stateName = entities[state]?.name else { continue }
            let rest = Array(words.dropFirst())
            let formal = stateOf.filter { other, otherState in
                guard other != short, otherState == state, let full = entities[other]?.name, let of = full.range(of: " of ", options: .backwards) else { return false }
                let head = full[..<of.lowerBound].split(separator: " ")
                var tail = full[of.upperBound...]
                if tail.hasPrefix("the ") { tail = tail.dropFirst(4) }
                return tail == stateName && Array(head.suffix(rest.count)) == rest && !head.contains(words[0])
            }.keys.sorted()
            if formal.count == 1, let into = formal.first { merge(short, into: into) }
        }
    }

    /// True when a name is `bare` after words of a state's form: "Democratic
    /// Republic of the Congo" of "Congo".
    static func isFormalName(_ name: String, of bare: String) -> Bool {
        guard name.hasSuffix(" " + bare) else { return false }
        var words = name.dropLast(bare.count + 1).split(separator: " ")
        if words.last == "the" { words.removeLast() }
        // "The Democratic Republic of Congo" opening a sentence.
        if words.first == "The" { words.removeFirst() }
        guard words.last == "of", words.count >= 2 else { return false }
        return words.dropLast().allSatisfy { formWords.contains(String($0)) }
    }

    private static let formWords: Set<String> = ["Democratic", "Republic", "People's", "Peoples", "Federal", "Federative", "Islamic", "Arab", "Socialist",
                                                 "United", "Kingdom", "State", "Plurinational", "Bolivarian", "Cooperative", "Union", "Commonwealth", "Principality"]

    /// "Orban in Washington for talks with Trump" over "he will meet Trump on
    /// Friday": a headline's tense is loose, so an event the body only announces
    /// is announced by the headline too.
    private func announceHeadlineEventsTheBodyAnnounces() {
        guard hasHeadline else { return }
        var bodyPlanned: [RelationKey: Set<Bool>] = [:]
        for relation in relations where relation.type.isEvent {
            for evidence in relation.evidence where evidence.sentence > 0 { bodyPlanned[relation.key, default: []].insert(evidence.status == .planned) }
        }
        for index in relations.indices where relations[index].type.isEvent && bodyPlanned[relations[index].key] == [true] {
            for at in relations[index].evidence.indices where relations[index].evidence[at].sentence == 0 {
                relations[index].evidence[at].status = .planned
            }
        }
    }

    /// "Rojas, Berg hold talks" over a body in which the two only spoke by phone:
    /// the headline's talks were the call, no meeting (one it announces stays).
    private func dropHeadlineTalksThatWereACall() {
        guard hasHeadline else { return }
        func pairs(_ type: RelationType) -> Set<[EntityID]> {
            Set(relations.filter { $0.type == type && $0.evidence.contains { $0.sentence > 0 } }.map { [$0.source, $0.target].sorted() })
        }
        let called = pairs(.phoned), metInBody = pairs(.met)
        relations.removeAll { relation in
            guard relation.type == .met, relation.evidence.allSatisfy({ $0.sentence == 0 && $0.status != .planned }) else { return false }
            let pair = [relation.source, relation.target].sorted()
            return called.contains(pair) && !metInBody.contains(pair)
        }
    }

    /// The article's entities (only those mentioned) and relations, in canonical order.
    func result() -> ArticleExtraction {
        foldShortStateNames()
        foldBodiesNamedByDemonym()
        foldGatheringsNamedByAcronym()
        foldGatheringsNamedShort()
        foldSummitsOfLeaders()
        foldGatheringsNamedByPlace()
        placeGatheringsNamedByPlace()
        foldTreatyNamedAfterLead()
        // "Lebanon's president met the Pope ahead of a planned papal trip to Lebanon":
        // no one visits the state whose office they hold, whoever's trip it was.
        let offices = Set(relations.filter { $0.type == .holdsOffice }.map { [$0.source, $0.target] })
        relations.removeAll { $0.type == .visited && $0.target.type == .state && offices.contains([$0.source, $0.target]) }
        announceHeadlineEventsTheBodyAnnounces()
        dropHeadlineTalksThatWereACall()
        let related = Set(relations.flatMap { [$0.source, $0.target] })
        let mentioned = entities.values.filter { !$0.mentions.isEmpty || related.contains($0.id) }
        let list = mentioned.map { entity -> ArticleEntity in
            var e = entity
            e.mentions.sort()
            return e
        }.sorted { $0.id < $1.id }
        // Relations merged as a graph merges them, without building one.
        let ids = Set(list.map(\.id))
        let merged = Relation.merging(relations.filter { ids.contains($0.source) && ids.contains($0.target) })
        return ArticleExtraction(document: document, entities: list, relations: merged.keys.sorted().map { merged[$0]! })
    }
}
