import Foundation

/// The names of the world's states and the titles people hold, loaded from the
/// package's generated resources (see `scripts/make-lexicons.py`).
public struct Lexicon: Sendable {
    /// A state as the lexicon knows it.
    public struct State: Sendable, Hashable {
        public var code: String
        public var name: String
        public var population: Int = 0
    }

    /// Names (lower-cased) of states → the state; names shared by two states are left out.
    public private(set) var stateNames: [String: State] = [:]
    /// Every state by its ISO code.
    public private(set) var statesByCode: [String: State] = [:]
    /// Territories that are no sovereign state ("Greenland", "Hong Kong") and the
    /// continents ("Africa"), by folded name → the name the data gives them:
    /// regions, not states.
    public private(set) var territories: [String: String] = [:]
    /// Acronyms as written ("US", "UAE"), matched case-sensitively so "As" is not one.
    public private(set) var acronyms: [String: State] = [:]
    /// Demonyms ("Russian") → the state.
    public private(set) var demonyms: [String: State] = [:]
    /// Capitals ("Moscow") → the state whose seat they are.
    public private(set) var capitals: [String: State] = [:]
    /// Each state's capital as the data writes it ("MAR" → "Rabat"), where that
    /// name is the capital of no other state: "the Moroccan capital".
    public private(set) var capitalOf: [String: String] = [:]
    /// Every name of each state's capital, by the state's code, as the data gives them.
    public private(set) var capitalNames: [String: [String]] = [:]
    /// Titles, longest first, so "Deputy Foreign Minister" wins over "Foreign Minister".
    public private(set) var titles: [String] = []
    /// The same titles, for asking whether a word or words are one.
    public private(set) var titleSet: Set<String> = []
    /// The state of a title only one state has ("Pope" → "Holy See"), written
    /// "TITLE = STATE" in the titles' file.
    public private(set) var stateOfTitle: [String: String] = [:]
    /// A demonym of each state ("RUS" → "Russian"), for naming ministries.
    public private(set) var demonymOf: [String: String] = [:]
    /// First-level subdivisions (regions, provinces, states) by folded name → state code.
    public private(set) var subdivisions: [String: String] = [:]
    /// Cities of 100,000 people or more by folded name → state code.
    public private(set) var cities: [String: String] = [:]
    /// Cities of a million people or more, by folded name → the state's code: a
    /// dateline of one is a report from that state ("SYDNEY (AAP) -").
    public private(set) var largeCities: [String: String] = [:]
    /// Capitals and cities by folded name → the name as the data writes it
    /// ("rio de janeiro" → "Rio de Janeiro"), to spell a name found in capitals.
    public private(set) var placeNames: [String: String] = [:]
    /// States that share a land border, by canonical name → the names of their
    /// neighbours: "the two neighbours" are two of them.
    public private(set) var neighbours: [String: Set<String>] = [:]
    /// Seats of government ("Kremlin", "White House") → the state's code.
    public private(set) var seats: [String: String] = [:]
    /// Head nouns of organization names ("Council", "Ministry").
    public private(set) var organizationHeads: Set<String> = []
    /// Upper-case words that are not organizations ("GDP", "CEO").
    public private(set) var notOrganizations: Set<String> = []
    /// The most words a state, capital, subdivision or city name has, by its first
    /// word as a lookup key or folded ("bosnia" → 3): a longer run of words from
    /// there names none of them.
    private(set) var placeNameWords: [String: Int] = [:]

    /// True when one of a state's names opens with a form of state ("Kingdom" in
    /// "Kingdom of Bahrain", "Hashemite Kingdom of Jordan"): what "the Kingdom"
    /// means in that state's own press.
    func hasFormalName(_ form: String, _ state: State) -> Bool {
        let form = form.lowercased()
        return stateNames.contains { name, named in
            named.code == state.code && (name.hasPrefix(form + " of ") || name.contains(" \(form) of "))
        }
    }

    public static let shared: Lexicon = {
        do { return try Lexicon(bundle: .module) } catch { fatalError("NewsGraph's lexicon resources are missing: \(error)") }
    }()

    public init(bundle: Bundle) throws {
        func text(_ name: String, _ ext: String) throws -> String {
            guard let url = bundle.url(forResource: name, withExtension: ext, subdirectory: "Lexicon") else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Lexicon/\(name).\(ext)"])
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
        try self.init(states: text("states", "tsv"), titles: text("titles", "txt"),
                      subdivisions: text("subdivisions", "tsv"), cities: text("cities", "tsv"),
                      organizationHeads: text("organization-heads", "txt"), notOrganizations: text("not-organizations", "txt"),
                      seats: text("seats-of-government", "tsv"), continents: text("continents", "tsv"))
    }

    public init(states: String, titles: String, subdivisions: String = "", cities: String = "",
                organizationHeads: String = "", notOrganizations: String = "", seats: String = "", continents: String = "") {
        var names: [String: Set<State>] = [:], acronyms: [String: Set<State>] = [:]
        var demonyms: [String: Set<State>] = [:], capitals: [String: Set<State>] = [:], capitalSpellings: [String: [String]] = [:]
        var borders: [String: [Substring]] = [:]
        for line in states.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 6 else { continue }
            // A territory is a region under each of its names; its people's name and
            // capital name no state.
            if fields.count >= 7, fields[6] == "0" {
                for name in fields[2].split(separator: "|") where name.count > 3 && !name.contains(",") && name.uppercased() != name {
                    territories[Self.fold(String(name))] = fields[1]
                }
                continue
            }
            let state = State(code: fields[0], name: fields[1], population: Int(fields[5]) ?? 0)
            statesByCode[state.code] = state
            if fields.count >= 8 { borders[state.code] = fields[7].split(separator: "|") }
            for name in fields[2].split(separator: "|").flatMap(Self.spellings) where !name.contains(",") {
                let plain = name.replacingOccurrences(of: ".", with: "")
                if plain.count <= 5, plain == plain.uppercased() {
                    acronyms[plain, default: []].insert(state)
                } else {
                    // "Cote d'Ivoire" is "Côte d'Ivoire" written without its accent.
                    for key in Set([Self.key(String(name)), Self.key(Self.withoutDiacritics(String(name)))]) { names[key, default: []].insert(state) }
                }
            }
            for demonym in fields[3].split(separator: "|").flatMap(Self.spellings) {
                demonyms[Self.key(String(demonym)), default: []].insert(state)
                // "Ecuadorean" is written "Ecuadorian" as often: both endings are one word.
                for (ending, other) in [("ean", "ian"), ("ian", "ean")] where demonym.hasSuffix(ending) {
                    demonyms[Self.key(String(demonym.dropLast(3)) + other), default: []].insert(state)
                }
            }
            // The demonym that begins as the name does ("Kyrgyz" of Kyrgyzstan, not
            // "Kirghiz"), else the first the data gives.
            let stateDemonyms = fields[3].split(separator: "|")
            if let chosen = stateDemonyms.first(where: { $0.prefix(3) == state.name.prefix(3) }) ?? stateDemonyms.first {
                demonymOf[state.code] = String(chosen)
            }
            capitalSpellings[state.code] = fields[4].split(separator: "|").map(String.init)
            for capital in fields[4].split(separator: "|").flatMap(Self.spellings) {
                // "Bogota" is "Bogotá" written without its accent.
                for key in Set([Self.key(String(capital)), Self.fold(String(capital))]) { capitals[key, default: []].insert(state) }
                if placeNames[Self.fold(String(capital))] == nil { placeNames[Self.fold(String(capital))] = String(capital) }
            }
        }
        // A name two entries share goes to one only if it is far the more populous
        // ("American": the United States, not the Northern Mariana Islands);
        // otherwise it says nothing on its own ("Congolese").
        func unambiguous(_ table: [String: Set<State>]) -> [String: State] {
            table.compactMapValues { states in
                let ranked = states.sorted { ($0.population, $0.code) > ($1.population, $1.code) }
                guard ranked.count > 1 else { return ranked.first }
                return ranked[0].population >= 10 * max(ranked[1].population, 1) ? ranked[0] : nil
            }
        }
        // A short name that is another state's demonym reads as the demonym:
        // "British" is the United Kingdom, not the British Virgin Islands.
        for (key, states) in names {
            if let others = demonyms[key], !others.isSubset(of: states) { names[key] = nil }
        }
        stateNames = unambiguous(names)
        for (code, codes) in borders {
            guard let state = statesByCode[code] else { continue }
            neighbours[state.name] = Set(codes.compactMap { statesByCode[String($0)]?.name })
        }
        self.acronyms = unambiguous(acronyms)
        self.demonyms = unambiguous(demonyms)
        self.capitals = unambiguous(capitals)
        var titleLines: [String] = []
        for line in Self.lines(titles) {
            let parts = line.components(separatedBy: " = ")
            titleLines.append(parts[0])
            if parts.count == 2 { stateOfTitle[parts[0]] = parts[1] }
        }
        self.titles = titleLines.sorted { ($0.count, $0) > ($1.count, $1) }
        titleSet = Set(self.titles)
        for line in Self.lines(continents) {
            let fields = line.split(separator: "\t").map(String.init)
            if fields.count >= 2 { territories[Self.fold(fields[1])] = fields[1] }
        }
        for line in Self.lines(subdivisions) {
            let fields = line.split(separator: "\t").map(String.init)
            for name in Self.spellings(fields.count >= 2 ? fields[1] : "") where self.subdivisions[Self.fold(name)] == nil { self.subdivisions[Self.fold(name)] = fields[0] }
        }
        // Cities are listed most populous first within a name already: the first
        // of a name wins, and a capital's spelling before any city's.
        for line in Self.lines(cities) {
            let fields = line.split(separator: "\t").map(String.init)
            for name in Self.spellings(fields[0]) where fields.count >= 2 {
                let key = Self.fold(name)
                if self.cities[key] == nil {
                    self.cities[key] = fields[1]
                    if fields.count >= 3, (Int(fields[2]) ?? 0) >= 1_000_000 { largeCities[key] = fields[1] }
                }
                if self.placeNames[key] == nil { self.placeNames[key] = fields[0] }
            }
        }
        // A state's capital is the first of its names that the list of cities holds,
        // as the city is called now ("Astana", not "Nur-Sultan"), else the first.
        capitalNames = capitalSpellings
        for (code, spellings) in capitalSpellings {
            guard let name = spellings.first(where: { self.cities[Self.fold($0)] == code }) ?? spellings.first,
                  self.capitals[Self.key(name)]?.code == code else { continue }
            capitalOf[code] = name
        }
        self.organizationHeads = Set(Self.lines(organizationHeads))
        self.notOrganizations = Set(Self.lines(notOrganizations))
        for line in Self.lines(seats) {
            let fields = line.split(separator: "\t").map(String.init)
            if fields.count >= 2 { self.seats[fields[0]] = fields[1] }
        }
        // "New York City" is written "New York" in most prose: a city of millions
        // named "X City" is X too, unless X is another city or a state ("Mexico
        // City"). A smaller one ("Kansas City") leaves X to the province.
        for line in Self.lines(cities) {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3, fields[0].hasSuffix(" City"), (Int(fields[2]) ?? 0) >= 1_000_000 else { continue }
            let name = fields[0], code = fields[1]
            let bare = String(name.dropLast(5))
            let key = Self.fold(bare)
            guard !bare.isEmpty, self.cities[key] == nil, state(named: bare) == nil else { continue }
            self.cities[key] = code
            self.placeNames[key] = bare
        }
        for name in Array(stateNames.keys) + Array(self.capitals.keys) + Array(self.subdivisions.keys) + Array(self.cities.keys) + Array(territories.keys) {
            let words = name.split(separator: " ")
            guard let first = words.first else { continue }
            placeNameWords[String(first)] = max(placeNameWords[String(first)] ?? 1, words.count)
        }
    }

    /// The most words a place name that starts with this word can have.
    func placeNameWords(startingWith word: String) -> Int {
        let (key, fold) = Self.keyAndFold(word)
        return max(placeNameWords[key] ?? 1, key == fold ? 1 : placeNameWords[fold] ?? 1)
    }

    /// A name's lookup key and its folded form, built once when they are the same:
    /// for an ASCII name without apostrophes, as most are.
    static func keyAndFold(_ name: String) -> (key: String, fold: String) {
        guard name.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: "`") }) else { return (key(name), fold(name)) }
        let key = asciiLowercased(name) { $0 != UInt8(ascii: ".") }
        return (key, key)
    }

    /// A name as the data gives it and, for a saint's name, as prose shortens it:
    /// "Saint Lucia" is written "St Lucia" and "St. Lucia" (a key drops the dot).
    static func spellings<S: StringProtocol>(_ name: S) -> [String] {
        let name = String(name)
        guard name.hasPrefix("Saint ") else { return name.isEmpty ? [] : [name] }
        return [name, "St " + name.dropFirst(6)]
    }

    /// The non-empty lines of a data file that are not `#` comments.
    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingEnds(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// A place name folded for lookup: lower case, no diacritics, apostrophes or dots
    /// ("Tver'" and "Tver" meet, as do "Zürich" and "Zurich").
    public static func fold(_ name: String) -> String {
        // Most names are ASCII: lower-casing them byte by byte is far cheaper than
        // Foundation's folding, which the rest still goes through.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiLowercased(name) { $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: ".") }
        }
        // Dotless ı has no diacritic to drop, but names spell it i in Latin transcription.
        let folded = EntityID.latinBase(name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
        return String(folded.unicodeScalars.filter { !"'’ʼ`.".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// An ASCII name lower-cased, keeping the bytes `keep` accepts; one contiguous
    /// buffer, as the lazy views of the standard library decode byte by byte.
    private static func asciiLowercased(_ name: String, keep: (UInt8) -> Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 where keep(byte) { bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A state by its ISO code.
    public func state(code: String) -> State? { statesByCode[code] }

    /// The lookup key of a name: lower-cased, dots dropped ("U.S." → "us").
    public static func key(_ name: String) -> String {
        // ASCII names, nearly all of them, are lower-cased byte by byte.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return asciiLowercased(name) { $0 != UInt8(ascii: ".") }
        }
        var key = name.lowercased()
        key.removeAll { $0 == "." }
        return key
    }

    /// The state a name or an acronym stands for.
    public func state(named name: String) -> State? {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let letters = name.utf8.filter { $0 != UInt8(ascii: ".") }
            if letters.count <= 5, !letters.contains(where: { $0 >= 97 && $0 <= 122 }) {
                return acronyms[String(decoding: letters, as: UTF8.self)]
            }
            return stateNames[Self.key(name)]
        }
        var plain = name
        plain.removeAll { $0 == "." }
        if plain.count <= 5, !plain.contains(where: \.isLowercase) { return acronyms[plain] }
        // A typographic apostrophe is the data's straight one: "Côte d’Ivoire".
        let straight = name.replacingOccurrences(of: "’", with: "'")
        return stateNames[Self.key(straight)] ?? stateNames[Self.key(Self.withoutDiacritics(straight))]
    }

    /// A name with its accents dropped: "Côte" → "Cote".
    static func withoutDiacritics(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// True when a name is a capital's or a city's.
    /// The territory a name stands for, as the data names it ("Greenland").
    public func territory(named name: String) -> String? { territories[Self.fold(name)] }

    func isCity(_ name: String) -> Bool {
        capitals[Self.key(name)] != nil || cities[Self.fold(name)] != nil
    }

    /// The state a name, an acronym or a demonym ("Russian") stands for.
    public func state(namedOrDemonym name: String) -> State? {
        state(named: name) ?? demonyms[Self.key(name)]
    }
}
