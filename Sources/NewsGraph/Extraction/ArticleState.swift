import Foundation

/// What the extractor has found so far in one article.
struct ArticleState {
    let document: Document
    let sentences: [Sentence]
    private var entities: [EntityID: ArticleEntity] = [:]
    /// Full person names seen in the article → the person.
    private var personNames: [String: EntityID] = [:]
    /// Surnames → people; a surname two people share maps to neither.
    private var surnames: [String: Set<EntityID>] = [:]
    private var relations: [Relation] = []

    init(document: Document, sentences: [Sentence]) {
        self.document = document
        self.sentences = sentences
    }

    // MARK: Entities

    mutating func entity(_ type: EntityType, _ name: String) -> EntityID {
        let id = EntityID(type: type, name: name)
        if entities[id] == nil { entities[id] = ArticleEntity(id: id, type: type, name: name, mentions: []) }
        return id
    }

    mutating func state(_ state: Lexicon.State) -> EntityID { entity(.state, state.name) }

    /// The person a titled name refers to; "Putin" joins "Vladimir Putin" if the
    /// article already named him in full.
    mutating func person(named name: String) -> EntityID {
        if let known = knownPerson(name) { return known }
        let id = entity(.person, name)
        personNames[name] = id
        let parts = name.split(separator: " ")
        if parts.count > 1, let last = parts.last { surnames[String(last), default: []].insert(id) }
        // A surname-only person seen earlier joins this full name.
        if parts.count > 1, let last = parts.last, let earlier = personNames[String(last)], earlier != id {
            merge(earlier, into: id)
        }
        return id
    }

    func knownPerson(_ name: String) -> EntityID? {
        if let id = personNames[name] { return id }
        if let ids = surnames[name], ids.count == 1 { return ids.first }
        return nil
    }

    private mutating func merge(_ old: EntityID, into new: EntityID) {
        guard let removed = entities.removeValue(forKey: old) else { return }
        entities[new]?.mentions += removed.mentions
        for (name, id) in personNames where id == old { personNames[name] = new }
        relations = relations.map { relation in
            var r = relation
            if r.source == old { r.source = new }
            if r.target == old { r.target = new }
            return Relation(type: r.type, source: r.source, target: r.target, title: r.title, date: r.date, place: r.place, evidence: r.evidence)
        }
    }

    mutating func addMention(of id: EntityID, sentence: Sentence, utf16Range: NSRange) {
        let ns = sentence.text as NSString
        let before = ns.substring(to: utf16Range.location).unicodeScalars.count
        let text = ns.substring(with: utf16Range)
        let start = sentence.start + before
        let mention = Mention(start: start, end: start + text.unicodeScalars.count, text: text, sentence: sentence.index, kind: nil)
        // A span already taken (by a longer name) is not mentioned twice.
        if entities.values.contains(where: { $0.mentions.contains { $0.start < mention.end && mention.start < $0.end } }) { return }
        entities[id]?.mentions.append(mention)
    }

    /// People mentioned in a sentence, in order of first mention.
    func people(in sentence: Sentence) -> [EntityID] {
        entities.values.filter { $0.type == .person }
            .compactMap { entity in entity.mentions.filter { $0.sentence == sentence.index }.map(\.start).min().map { (entity.id, $0) } }
            .sorted { $0.1 < $1.1 }
            .map(\.0)
    }

    /// The first person mentioned in a sentence before a UTF-16 offset in it.
    func firstPerson(in sentence: Sentence, before utf16Offset: Int) -> EntityID? {
        let limit = sentence.start + (sentence.text as NSString).substring(to: utf16Offset).unicodeScalars.count
        return entities.values.filter { $0.type == .person }
            .compactMap { entity in entity.mentions.filter { $0.sentence == sentence.index && $0.start < limit }.map(\.start).min().map { (entity.id, $0) } }
            .min { $0.1 < $1.1 }?.0
    }

    // MARK: Relations

    mutating func relate(_ type: RelationType, _ source: EntityID, _ target: EntityID, title: String? = nil, sentence: Sentence) {
        guard source != target else { return }
        let evidence = Evidence(document: document.id, sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text)
        relations.append(Relation(type: type, source: source, target: target, title: title, evidence: [evidence]))
    }

    mutating func relateAllPairs(_ type: RelationType, _ ids: [EntityID], sentence: Sentence) {
        for (i, a) in ids.enumerated() {
            for b in ids[(i + 1)...] { relate(type, a, b, sentence: sentence) }
        }
    }

    /// The article's entities (only those mentioned) and relations, in canonical order.
    func result() -> ArticleExtraction {
        let related = Set(relations.flatMap { [$0.source, $0.target] })
        let mentioned = entities.values.filter { !$0.mentions.isEmpty || related.contains($0.id) }
        let list = mentioned.map { entity -> ArticleEntity in
            var e = entity
            e.mentions.sort()
            return e
        }.sorted { $0.id < $1.id }
        let graph = KnowledgeGraph(entities: list.map { Entity(id: $0.id, type: $0.type, name: $0.name) }, relations: relations)
        return ArticleExtraction(document: document, entities: list, relations: graph.relations)
    }
}
