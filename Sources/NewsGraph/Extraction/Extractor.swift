import Foundation

/// Finds entities and relations in one article by general rules: titles before
/// names, lexicons of states, regions and cities, head nouns of organizations and
/// trigger words for events. Nothing is keyed to particular people or articles.
///
/// A class, so the rules' closures share one extractor instead of copying the
/// lexicon's many tables each time they capture it.
public final class Extractor: Sendable {
    /// Raised whenever a change to the rules or the lexicons changes what articles
    /// yield: `build` then extracts the articles a store holds again.
    public static let version = 217

    public let lexicon: Lexicon
    /// "President William Ruto", built from the lexicon's titles.
    let titledNames: TitledNames
    /// The last word of every title and post, lower-cased: a sentence without one
    /// has no titled name.
    let titleWords: Set<String>
    /// Every word of every title and post, lower-cased, and the words that rank a
    /// post ("deputy", "director general"): what a post after a name is made of.
    let postWords: Set<String>
    /// The lexicon's seats of government by their first word, lower-cased, in a
    /// fixed order, for the sentences that hold that word.
    let seatsByFirstWord: [(word: String, seats: [String])]

    /// A capitalised name word: "Kishida", "Jean-Yves", "O'Brien", "el-Sisi", "McClay",
    /// "Sing'oei" (an apostrophe inside, but not a possessive's or a contraction's).
    static let nameWord = #"(?:(?:al|el|ad|ash|as|at|ar)-|\p{Lu}['’](?=\p{Lu})|Ma?c(?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}]+(?:(?:-\p{Lu}?|['’]\p{Lu}|['’](?!(?:s|t|ll|re|ve|d|m)\b))[\p{Ll}\p{M}]+)*"#
    /// The space between two words of a name, perhaps with a particle or a middle
    /// initial: "Tamim bin Hamad", "Ursula von der Leyen", "Antony J. Blinken".
    static let nameGap = #"\s+(?:(?:(?:"# + nameParticles.joined(separator: "|") + #")\s+){1,2}|(?-i:\p{Lu})\.\s+(?=(?-i:\p{Lu})))?"#
    /// The particles a name may hold between its words.
    static let nameParticles = ["bin", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "da", "del", "di", "du", "dos", "das", "la", "le"]
    /// The nouns that end a post named by its portfolio ("Trade Minister").
    static let postHeads = ["Minister", "Secretary", "Commissioner", "Adviser", "Advisor", "Envoy", "Representative", "Spokesperson", "Spokesman", "Spokeswoman"]
    /// Words that open a post and never a name: after "Minister of State," comes a
    /// second post, and after "Chief" the rest of "Chief Adviser", not the name.
    static let postOpenings = ["President", "Prime", "Deputy", "Vice", "Foreign", "Speaker", "Chairman", "Ambassador"] + postHeads
    /// The last words of ministers' portfolios, after which another may follow
    /// before the name: "Minister of Foreign Affairs, Migration and Tunisians Abroad X".
    static let portfolioEnds = ["Affairs", "Cooperation", "Trade", "Development", "Integration", "Abroad", "Relations", "Investment", "Industry",
                                "Commerce", "Expatriates", "Diaspora", "Francophonie", "Worship", "Planning", "Economy", "Finance", "Security",
                                "Defence", "Defense", "Tourism", "Culture", "Energy", "Migration", "Community"]
    /// The styles of address that may stand before a name: "Prince X", "Dr X".
    static let styles: Set<String> = ["Sheikh", "Sheikha", "Mullah", "Prince", "Princess", "Sir", "Dame", "Lord", "Lady", "Mr", "Mrs", "Ms", "Dr", "Cardinal", "Archbishop", "Ayatollah"]
    /// Words that start with a capital but never begin a name, styles among them.
    static let notNames: Set<String> = styles.union([
        "The", "A", "An", "On", "In", "At", "And", "But", "As", "If", "It", "He", "She", "They", "We", "This", "That", "Both",
        // Adverbs and conjunctions that open a sentence: "Then the Foreign Ministry said".
        "Then", "Meanwhile", "Later", "Earlier", "However", "Separately", "Afterwards", "Yesterday", "Today", "When", "While", "After", "Before", "During", "Since",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // Styles of address: "His Highness welcomed", "Her Excellency".
        "His", "Her", "Highness", "Majesty", "Excellency", "Holiness",
        "Captain", "Colonel", "Admiral", "Marshal", "Brigadier", "Lieutenant", "Sergeant",
        // Academic styles: "Chief Adviser Professor Muhammad Yunus".
        "Professor", "Doctor",
        // A newsroom's byline: "By Staff Reporter", "By Our Correspondent".
        "Staff", "Reporter", "Correspondent", "Writer", "Editor", "Desk", "Bureau", "Newsroom",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ])

    public init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
        titledNames = TitledNames(titles: lexicon.titles, postHeads: Self.postHeads)
        titleWords = Set((lexicon.titles + Self.postHeads).compactMap { title in
            title.lowercased().split { !$0.isLetter && !$0.isNumber }.last.map(String.init)
        }).union(["director", "general", "head"])
        seatsByFirstWord = Dictionary(grouping: lexicon.seats.keys.sorted { ($0.count, $1) > ($1.count, $0) }) { seat in
            String(seat.lowercased().split { !$0.isLetter }.first ?? "")
        }.sorted { $0.key < $1.key }.map { (word: $0.key, seats: $0.value) }
        // "and" of "Ambassador Extraordinary and Plenipotentiary" joins names, not posts.
        postWords = Set((lexicon.titles + Self.postHeads).flatMap { $0.lowercased().split(separator: " ").map(String.init) }).subtracting(["and"])
            .union(["director", "general", "head", "deputy", "vice", "chief", "senior", "acting", "first", "joint", "assistant", "principal",
                    "permanent", "executive", "special", "foreign", "defence", "defense", "interior", "finance", "trade", "national", "security"])
    }

    /// A case-insensitive pattern; the rules' patterns are constants, so a bad one
    /// is a programming error caught by the tests.
    static func pattern(_ text: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: text, options: [.caseInsensitive])
    }

    /// Walks a run of space-separated words, trying at each word the longest
    /// candidate first (at most `maxWords`, never past `limit(index)`); `accept`
    /// gets the candidate text and its UTF-16 range and says whether it took it.
    static func scanLongest(_ run: NSRange, in text: UTF16Text, maxWords: Int = .max,
                            limit: ([String], Int) -> Int = { tokens, _ in tokens.count },
                            accept: (String, NSRange, Int, Int) -> Bool) {
        let tokens = text.substring(with: run).splitAtSpaces(omittingEmpty: false).map(String.init)
        var offset = run.location
        var index = 0
        while index < tokens.count {
            var matched = 0
            let longest = min(maxWords, limit(tokens, index) - index)
            for length in stride(from: longest, through: 1, by: -1) {
                let candidate = tokens[index..<(index + length)].joined(separator: " ")
                if accept(candidate, NSRange(location: offset, length: candidate.utf16.count), index, length) {
                    matched = length
                    break
                }
            }
            let step = max(matched, 1)
            for token in tokens[index..<(index + step)] { offset += token.utf16.count + 1 }
            index += step
        }
    }

    /// The entities and relations of one article.
    public func extract(_ document: Document) -> ArticleExtraction {
        let article = ArticleState(document: document, sentences: SentenceSplitter.split(document.text))
        let sentences = article.sentences
        // Order matters: a longer name claims its span first ("OSCE Minsk Group"
        // before the city Minsk; a person "Georgia Smith" before the state).
        for sentence in sentences { findCredits(in: sentence, into: article) }
        for sentence in sentences { findOrganizations(in: sentence, into: article) }
        for sentence in sentences {
            findFamilyNamesInCapitals(in: sentence, into: article)
            findPossessivePosts(in: sentence, into: article)
            findDemonymPosts(in: sentence, into: article)
            findTitledPeople(in: sentence, into: article)
            findStyledPeople(in: sentence, into: article)
            findPeopleByRole(in: sentence, into: article)
            findRespectivePosts(in: sentence, into: article)
            findPostsOfEachNamed(in: sentence, into: article)
            findNamesWithStateInBrackets(in: sentence, into: article)
            findPossessiveNames(in: sentence, into: article)
            // After the rules that give each of several names its own state.
            findPluralTitledPeople(in: sentence, into: article)
        }
        for sentence in sentences {
            findPostsAfterNames(in: sentence, into: article)
            findPostsStated(in: sentence, into: article)
        }
        for sentence in sentences {
            findUntitledSubjects(in: sentence, into: article)
            findDelegationHeads(in: sentence, into: article)
            findElectedPosts(in: sentence, into: article)
            findUntitledObjects(in: sentence, into: article)
        }
        for sentence in sentences {
            findNamedPeople(in: sentence, into: article)
            findKinAppositions(in: sentence, into: article)
        }
        findGroupsByUse(into: article)
        for sentence in sentences { findAcronyms(in: sentence, into: article) }
        for sentence in sentences { findPlaces(in: sentence, into: article) }
        findRegionsNamedElsewhere(into: article)
        foldStateAcronyms(into: article)
        for sentence in sentences { findDescriptions(in: sentence, into: article) }
        for sentence in sentences { findAgreementsAndGatherings(in: sentence, into: article) }
        for sentence in sentences {
            findMeetingGroups(in: sentence, into: article)
            findEvents(in: sentence, into: article)
        }
        giveCounterpartsOfPronounsTheirPosts(into: article)
        givePostsOfOneState(into: article)
        givePostsBySide(into: article)
        givePostsOfHeadlinePossessives(into: article)
        givePostsToMessengers(into: article)
        givePostsOfRoyalCouples(into: article)
        givePostsToDatelineState(into: article)
        givePostsOfHeadlinePair(into: article)
        givePostsToHostsState(into: article)
        givePostsToSenders(into: article)
        giveCounterpartsTheirPosts(into: article)
        // Last, when the leader's state may come from any rule above (a counterpart's
        // post, the dateline's state); the dateline's rule leaves companions alone.
        givePostsToCompanions(into: article)
        givePostsJoinedToHeldPosts(into: article)
        return article.result()
    }
}
