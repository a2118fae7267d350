import Foundation

/// Finds entities and relations in one article by general rules: titles before
/// names, the lexicon of states, trigger words for events.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    private let titlePattern: NSRegularExpression

    /// A capitalised name word: "Pashinyan", "Jean-Yves", "O'Brien".
    private static let nameWord = #"\p{Lu}[\p{Ll}\p{M}]+(?:(?:-\p{Lu}?|['’]\p{Lu})[\p{Ll}\p{M}]+)*"#
    /// Words that start with a capital but never begin a person's name.
    private static let notNames: Set<String> = [
        "The", "On", "In", "At", "And", "But", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
    /// Runs of capitalised name words ("Sergey Lavrov").
    static let nameRun = try! NSRegularExpression(pattern: nameWord + #"(?:\s+"# + nameWord + ")*")
    /// Runs of capitalised words that may name a state ("Republic of the Congo", "U.S.").
    static let capitalisedRun = try! NSRegularExpression(pattern: #"(?<![\p{L}.])(\p{Lu}[\p{L}.]*(?:[ -](?:of|the|and)?\s?\p{Lu}[\p{L}.]*){0,5})"#)
    static let phoneTrigger = try! NSRegularExpression(pattern: #"\b(tele)?phone\b|\bphoned\b|\bcalled\b|\bphone call\b"#, options: [.caseInsensitive])
    static let meetTrigger = try! NSRegularExpression(pattern: #"\b(met|meets|meet|meeting with|talks with|held talks)\b"#, options: [.caseInsensitive])
    static let negation = try! NSRegularExpression(pattern: #"\b(did not|didn't|does not|doesn't|will not|won't|never|refused to|declined to|failed to|not)\s+(\w+\s+)?(meet|call|phone|visit|speak|talk)"#, options: [.caseInsensitive])
    static let visitTrigger = try! NSRegularExpression(pattern: #"\b(visit(?:ed|s|ing)?|travel(?:l?ed|s)? to|arrived in)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)"#, options: [])

    public init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
        let titles = lexicon.titles.map { title -> String in
            // A lower-case title ("special envoy") may be written capitalised too.
            let escaped = NSRegularExpression.escapedPattern(for: title)
            guard let first = title.first, first.isLowercase else { return escaped }
            return "[\(first)\(first.uppercased())]" + NSRegularExpression.escapedPattern(for: String(title.dropFirst()))
        }
        let pattern = #"(?<![\p{L}])("# + titles.joined(separator: "|") + #")\s+((?:"# + Self.nameWord + #"\s+){0,2}"# + Self.nameWord + ")"
        titlePattern = try! NSRegularExpression(pattern: pattern, options: [])
    }

    /// The entities and relations of one article.
    public func extract(_ document: Document) -> ArticleExtraction {
        var article = ArticleState(document: document, sentences: SentenceSplitter.split(document.text))
        for sentence in article.sentences { findTitledPeople(in: sentence, into: &article) }
        for sentence in article.sentences { findNamedPeople(in: sentence, into: &article) }
        for sentence in article.sentences { findStates(in: sentence, into: &article) }
        for sentence in article.sentences { findEvents(in: sentence, into: &article) }
        return article.result()
    }

    // MARK: - People

    private func findTitledPeople(in sentence: Sentence, into article: inout ArticleState) {
        let text = sentence.text as NSString
        for match in titlePattern.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let title = text.substring(with: match.range(at: 1))
            var nameRange = match.range(at: 2)
            // Trim trailing words that are not names ("Putin On").
            var words = text.substring(with: nameRange).split(separator: " ").map(String.init)
            while let last = words.last, Self.notNames.contains(last) || lexicon.state(namedOrDemonym: last) != nil { words.removeLast() }
            while let first = words.first, Self.notNames.contains(first) { words.removeFirst(); nameRange.location += first.utf16.count + 1 }
            guard !words.isEmpty else { continue }
            let name = words.joined(separator: " ")
            nameRange.length = name.utf16.count
            let person = article.person(named: name)
            article.addMention(of: person, sentence: sentence, utf16Range: nameRange)

            let state = stateBefore(title: match.range(at: 1), in: text) ?? stateAfter(name: nameRange, in: text)
            if title.lowercased() == "counterpart" {
                if let other = article.firstPerson(in: sentence, before: nameRange.location), other != person {
                    article.relate(.counterpartOf, other, person, sentence: sentence)
                }
            } else if let state {
                let stateID = article.state(state)
                article.relate(.holdsOffice, person, stateID, title: title, sentence: sentence)
            }
        }
    }

    /// "Russian President", "Armenia's Foreign Minister", "US special envoy".
    private func stateBefore(title: NSRange, in text: NSString) -> Lexicon.State? {
        let before = text.substring(to: title.location)
        let words = before.split(separator: " ").suffix(3).map(String.init)
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            var phrase = words.suffix(count).joined(separator: " ")
            for suffix in ["'s", "’s"] where phrase.hasSuffix(suffix) { phrase.removeLast(2) }
            if let state = lexicon.state(namedOrDemonym: phrase) { return state }
        }
        return nil
    }

    /// "President Vladimir Putin of Russia".
    private func stateAfter(name: NSRange, in text: NSString) -> Lexicon.State? {
        let after = text.substring(from: name.location + name.length)
        guard after.hasPrefix(" of ") else { return nil }
        let words = after.dropFirst(4).split(whereSeparator: { !$0.isLetter && $0 != "." }).prefix(4).map(String.init)
        for count in stride(from: words.count, through: 1, by: -1) {
            if let state = lexicon.state(named: words.prefix(count).joined(separator: " ")) { return state }
        }
        return nil
    }

    /// Later mentions of a person already named with a title: the full name again,
    /// or the surname alone ("Pashinyan").
    private func findNamedPeople(in sentence: Sentence, into article: inout ArticleState) {
        let text = sentence.text as NSString
        for match in Self.nameRun.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let phrase = text.substring(with: match.range)
            let tokens = phrase.split(separator: " ").map(String.init)
            var offset = match.range.location
            var index = 0
            while index < tokens.count {
                // Longest run of tokens that names a known person.
                var matched = 0
                for length in stride(from: min(3, tokens.count - index), through: 1, by: -1) {
                    let candidate = tokens[index..<(index + length)].joined(separator: " ")
                    if let person = article.knownPerson(candidate) {
                        let range = NSRange(location: offset, length: candidate.utf16.count)
                        article.addMention(of: person, sentence: sentence, utf16Range: range)
                        matched = length
                        break
                    }
                }
                let step = max(matched, 1)
                for token in tokens[index..<(index + step)] { offset += token.utf16.count + 1 }
                index += step
            }
        }
    }

    // MARK: - States and places

    private func findStates(in sentence: Sentence, into article: inout ArticleState) {
        let text = sentence.text as NSString
        for match in Self.capitalisedRun.matches(in: sentence.text, range: NSRange(location: 0, length: text.length)) {
            let phrase = text.substring(with: match.range)
            let tokens = phrase.split(separator: " ").map(String.init)
            var offset = match.range.location
            var index = 0
            while index < tokens.count {
                var matched = 0
                for length in stride(from: tokens.count - index, through: 1, by: -1) {
                    var candidate = tokens[index..<(index + length)].joined(separator: " ")
                    while candidate.hasSuffix(".") && !candidate.hasSuffix("S.") { candidate.removeLast() }
                    let range = NSRange(location: offset, length: candidate.utf16.count)
                    if let state = lexicon.state(named: candidate), candidate.count > 1 {
                        article.addMention(of: article.state(state), sentence: sentence, utf16Range: range)
                        matched = length
                        break
                    }
                    if let state = lexicon.capitals[Lexicon.key(candidate)] {
                        let after = text.substring(from: range.location + range.length)
                        let before = text.substring(to: range.location)
                        if Self.capitalActs(before: before, after: after) {
                            article.addMention(of: article.state(state), sentence: sentence, utf16Range: range)
                        } else {
                            article.addMention(of: article.entity(.place, candidate), sentence: sentence, utf16Range: range)
                        }
                        matched = length
                        break
                    }
                }
                let step = max(matched, 1)
                for token in tokens[index..<(index + step)] { offset += token.utf16.count + 1 }
                index += step
            }
        }
    }

    /// Verbs after which a capital is its government speaking or acting.
    private static let actingVerbs = try! NSRegularExpression(pattern: #"^(?:’s|'s|\s+(?:has\s+|have\s+|had\s+|also\s+|will\s+|would\s+)?(?:hailed|said|says|stated|announced|warned|welcomed|condemned|accused|denied|insisted|claimed|urged|called|rejected|reiterated|confirmed|responded|reacted|deployed|sent|signed|agreed|wants|sees|views|and\s+\p{Lu}\w+\s+(?:have|has|are|agreed|signed)))"#)

    /// True when the capital acts or speaks ("Moscow hailed", "Moscow's readiness",
    /// "between Moscow and Yerevan"); false for a location ("in Moscow").
    static func capitalActs(before: String, after: String) -> Bool {
        let range = NSRange(location: 0, length: (after as NSString).length)
        if actingVerbs.firstMatch(in: after, range: range) != nil { return true }
        let lower = before.lowercased()
        return lower.hasSuffix("between ") || lower.hasSuffix("help ") || (lower.hasSuffix(" and ") && lower.contains("between "))
    }

    // MARK: - Events

    private func findEvents(in sentence: Sentence, into article: inout ArticleState) {
        let text = sentence.text
        let range = NSRange(location: 0, length: (text as NSString).length)
        if Self.negation.firstMatch(in: text, range: range) != nil { return }
        let people = article.people(in: sentence)
        let pairs = people.count >= 2 && people.count <= 4
        if pairs, Self.phoneTrigger.firstMatch(in: text, range: range) != nil {
            article.relateAllPairs(.phoned, people, sentence: sentence)
        } else if pairs, Self.meetTrigger.firstMatch(in: text, range: range) != nil {
            article.relateAllPairs(.met, people, sentence: sentence)
        }
        if let visitor = people.first {
            let ns = text as NSString
            for match in Self.visitTrigger.matches(in: text, range: range) {
                let target = ns.substring(with: match.range(at: 2))
                let place: EntityID
                if let capital = lexicon.capitals[Lexicon.key(target)] {
                    _ = capital
                    place = article.entity(.place, target)
                } else if let state = lexicon.state(named: target) {
                    place = article.state(state)
                } else {
                    continue
                }
                article.relate(.visited, visitor, place, sentence: sentence)
            }
        }
    }
}
