import Foundation

/// What a treaty's or summit's name and date say about which event it is, so that
/// "the trilateral agreement of November 9, 2020", "a Russian-brokered agreement in
/// November 2020" and "the agreement that stopped the war on November 10" can be
/// recognised as one, and two agreements of different dates never are.
struct EventDescription: Equatable, Sendable {
    /// The date as far as it is known: any of its parts may be missing.
    struct When: Equatable, Sendable {
        var year: Int?
        var month: Int?
        var day: Int?
    }

    var when: When?
    /// Words that say what the event is about ("peace", "friendship"), beyond its
    /// kind ("agreement", "summit") and its qualifiers ("trilateral", "Russian-brokered").
    var subject: Set<String>
    /// States that signed, brokered, attended or are named beside it.
    var parties: Set<String>

    /// Words that name the kind of a treaty or summit (the extractor's nouns) or
    /// qualify it without saying which one it is.
    static let genericWords = Set(Extractor.treatyNouns + Extractor.gatheringNouns).union([
        "a", "an", "the", "of", "on", "in", "at", "for", "to", "and", "between", "with", "by", "this", "that", "last", "year",
        "document", "documents", "arrangement", "arrangements", "understanding", "deals", "meetings", "session", "round",
        "trilateral", "bilateral", "multilateral", "tripartite", "joint", "brokered", "mediated", "sponsored", "backed",
        "signed", "comprehensive", "historic", "landmark", "new", "final", "initial", "formal", "official", "so", "called",
        "first", "second", "third", "latest", "recent", "previous", "earlier", "high", "level", "leaders",
    ])
    /// Words that mean one subject, in one spelling.
    static let sameSubject: [String: String] = ["truce": "ceasefire", "cease": "ceasefire", "fire": "ceasefire", "armistice": "ceasefire"]

    init(when: When?, subject: Set<String>, parties: Set<String>) {
        self.when = when
        self.subject = subject
        self.parties = parties
    }

    /// Reads an entity's ISO date, or else the date its name carries ("pact of Jan 11").
    init(_ entity: Entity, parties: Set<String>, lexicon: Lexicon = .shared) {
        let words = entity.name.split { $0 == " " || $0 == "-" || $0 == "," }.map { String($0) }
        var when: When?
        if let date = entity.date {
            let parts = date.split(separator: "-").map { Int($0) }
            when = When(year: parts.first ?? nil, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
        } else if let found = DateText.dates(in: entity.name).first {
            let numbers = found.text.split { !$0.isNumber }.compactMap { Int($0) }
            let month = found.text.split { !$0.isLetter }.lazy.compactMap { DateText.month(String($0)) }.first
            when = When(year: numbers.first { $0 > 31 }, month: month, day: numbers.first { $0 <= 31 })
        }
        var subject = Set<String>()
        for word in words {
            let lower = word.lowercased().trimmingEnds(in: .punctuationCharacters)
            guard !lower.isEmpty, !Self.genericWords.contains(lower), lower.first?.isNumber != true, DateText.month(lower) == nil,
                  lexicon.state(namedOrDemonym: word) == nil else { continue }
            subject.insert(Self.sameSubject[lower] ?? lower)
        }
        self.init(when: when, subject: subject, parties: parties)
    }

    /// True when the two could be one event: their dates agree to within a day on
    /// what both give, neither's subject says something the other's contradicts, and
    /// their parties, when both name two or more, share a state. An undated event
    /// must share its subject and two parties with the other.
    func couldBeSame(as other: EventDescription) -> Bool {
        guard subject.isSubset(of: other.subject) || other.subject.isSubset(of: subject) else { return false }
        // A broker named alone says little; two pairs of states with none in common do.
        if parties.count >= 2, other.parties.count >= 2, parties.isDisjoint(with: other.parties) { return false }
        switch (when, other.when) {
        case (let a?, let b?):
            return Self.datesAgree(a, b)
        case (nil, nil), (nil, _?), (_?, nil):
            // Without a date on one side only the subject and the parties can tell.
            return !subject.isEmpty && subject == other.subject && parties.intersection(other.parties).count >= 2
        }
    }

    /// Dates agree on every part both give; days may be one apart (an agreement
    /// signed near midnight is dated either day).
    static func datesAgree(_ a: When, _ b: When) -> Bool {
        if let x = a.year, let y = b.year, x != y { return false }
        guard let m = a.month, let n = b.month else { return true }
        guard let d = a.day, let e = b.day else { return m == n }
        if m == n { return abs(d - e) <= 1 }
        // Last day of one month and first of the next.
        let year = a.year ?? b.year ?? 2001
        let (earlier, later, dayOfEarlier, dayOfLater) = m < n ? (m, n, d, e) : (n, m, e, d)
        return later == earlier + 1 && dayOfLater == 1 && dayOfEarlier == daysIn(month: earlier, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The keys under which events that might be one are compared: the year and the
    /// month that are known, and each subject word (an undated event needs a
    /// subject to merge).
    var blockingKeys: [String] {
        var keys = subject.sorted().map { "subject:\($0)" }
        if let year = when?.year { keys.append("year:\(year)") }
        if let month = when?.month { keys.append("month:\(month)") }
        return keys
    }
}
