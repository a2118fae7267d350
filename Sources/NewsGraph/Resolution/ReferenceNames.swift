/// Names a resolved entity answers to though no article may have written them: the
/// surname news uses for a person after the first mention, the formal name of a
/// ministry.
///
/// They are added after merging and never merge anything themselves: two people
/// who share a surname both answer to it, and a lookup by it lists both.
enum ReferenceNames {
    /// Lower-case words that belong to the surname after them ("von der Leyen").
    static let surnameParticles: Set<String> = [
        "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le", "van", "von", "zu",
    ]
    /// Words after a surname that are not one ("Jr.", "III").
    static let nameSuffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// The surname of a person's full name: its last word with the particles before
    /// it; nil for a one-word name.
    static func surname(of name: String) -> String? {
        var words = name.split(separator: " ").map(String.init)
        while let last = words.last, words.count > 2, nameSuffixes.contains(last.lowercased()) { words.removeLast() }
        // "el-Sisi": a particle joined by a hyphen keeps its lower case.
        guard words.count > 1, let last = words.last, last.count > 1,
              last.first?.isUppercase == true || last.split(separator: "-").last?.first?.isUppercase == true else { return nil }
        var surname = [last]
        var index = words.count - 2
        // The given name stays: particles are taken only from the middle.
        while index > 0, surnameParticles.contains(words[index]) {
            surname.insert(words[index], at: 0)
            index -= 1
        }
        return surname.joined(separator: " ")
    }

    /// "Russian Foreign Ministry" → "Ministry of Foreign Affairs of Russia": the
    /// formal form of a ministry named "<Demonym> <Portfolio> Ministry".
    static func formalMinistryName(of name: String, lexicon: Lexicon = .shared) -> String? {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 3, words.last == "Ministry", let state = lexicon.state(namedOrDemonym: words[0]) else { return nil }
        var portfolio = words.dropFirst().dropLast().joined(separator: " ")
        // "Foreign Ministry" is the ministry of foreign affairs the world over.
        if portfolio == "Foreign" { portfolio = "Foreign Affairs" }
        return "Ministry of \(portfolio) of \(state.name)"
    }

    /// The reference names of a resolved entity: a person's surname, a ministry's formal name.
    static func of(_ entity: Entity) -> [String] {
        switch entity.type {
        case .person:
            return surname(of: entity.name).map { [$0] } ?? []
        case .organization:
            return formalMinistryName(of: entity.name).map { [$0] } ?? []
        default:
            return []
        }
    }
}
