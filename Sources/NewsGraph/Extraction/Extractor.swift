import Foundation

/// Finds entities and relations in one article by general rules: titles before
/// names, lexicons of states, regions and cities, head nouns of organizations and
/// trigger words for events. Nothing is keyed to particular people or articles.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    /// "President Vladimir Putin", built from the lexicon's titles.
    let titlePattern: NSRegularExpression

    /// A capitalised name word: "Pashinyan", "Jean-Yves", "O'Brien".
    static let nameWord = #"\p{Lu}[\p{Ll}\p{M}]+(?:(?:-\p{Lu}?|['’]\p{Lu})[\p{Ll}\p{M}]+)*"#
    /// Words that start with a capital but never begin a name.
    static let notNames: Set<String> = [
        "The", "A", "An", "On", "In", "At", "And", "But", "As", "If", "It", "He", "She", "They", "We", "This", "That",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

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
        let sentences = article.sentences
        // Order matters: a longer name claims its span first ("OSCE Minsk Group"
        // before the city Minsk; "Ararat Mirzoyan" before the region Ararat).
        for sentence in sentences { findOrganizations(in: sentence, into: &article) }
        for sentence in sentences { findTitledPeople(in: sentence, into: &article) }
        for sentence in sentences { findNamedPeople(in: sentence, into: &article) }
        for sentence in sentences { findAcronyms(in: sentence, into: &article) }
        for sentence in sentences { findPlaces(in: sentence, into: &article) }
        for sentence in sentences { findDescriptions(in: sentence, into: &article) }
        for sentence in sentences { findAgreementsAndGatherings(in: sentence, into: &article) }
        for sentence in sentences { findEvents(in: sentence, into: &article) }
        return article.result()
    }
}
