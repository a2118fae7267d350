import Foundation

/// Makes one node per real thing across articles, by general rules and cautiously.
///
/// - Two entities of one type that share a name, compared by a romanisation key
///   ("Zelensky" and "Zelenskyy", "Sergei" and "Sergey", "Kadyrov" and "Kadirov"),
///   are one.
/// - A one-word name ("Herzegovina", "Macron") joins the one longer name of its type
///   that ends with it ("Bosnia-Herzegovina", "Emmanuel Macron"); with two such
///   names it joins neither.
/// - Merges never chain across a contradiction: a cluster never holds two people
///   with different given names (George H. W. and George W. Bush stay apart).
///
/// The canonical name of a merged entity is its fullest spelling, the most
/// mentioned among equals; every other name is an alias.
public struct AliasResolver: Sendable {
    /// The user's corrections, which win over the rules.
    public var corrections: AliasFile

    public init(corrections: AliasFile = AliasFile()) {
        self.corrections = corrections
    }

    /// Why a name is an alias of its entity, as `newsgraph aliases` reports it.
    public enum Rule: String, Sendable, CaseIterable {
        /// The article itself tied the names: a surname after the full name, an
        /// acronym after its expansion, "also known as", a capital acting as its state.
        case sameArticle = "same article"
        /// Romanisations of one name: Zelensky and Zelenskyy, Sergei and Sergey.
        case romanisation
        /// A one-word name that ends the only longer name of its type: Macron, Herzegovina.
        case shortName = "short name"
        /// The user's aliases file said so.
        case aliasesFile = "aliases file"
        /// Treaties or summits whose dates, subjects and parties agree: "the trilateral
        /// agreement of November 9, 2020" and "a Russian-brokered agreement in November 2020".
        case sameEvent = "same event"
        /// A name no article needs to have written: a person's surname, a ministry's
        /// formal name. It merges nothing.
        case referenceName = "reference name"
    }

    /// The merged entities and the id each original entity now has. `parties` gives,
    /// for a treaty or summit, the ids of the states that signed, attended or were
    /// named beside it.
    public func resolve(_ entities: [Entity], parties: [EntityID: Set<String>] = [:]) -> (entities: [Entity], mapping: [EntityID: EntityID]) {
        let (merged, mapping, _) = resolveExplained(entities, parties: parties)
        return (merged, mapping)
    }

    /// As `resolve`, with the rule that made each alias (by merged id, then alias).
    public func resolveExplained(_ entities: [Entity], parties: [EntityID: Set<String>] = [:])
        -> (entities: [Entity], mapping: [EntityID: EntityID], rules: [EntityID: [String: Rule]]) {
        let sorted = entities.sorted { $0.id < $1.id }
        var clusters = UnionFind(count: sorted.count)
        var clusterMembers = sorted.indices.map { [$0] }
        let names = sorted.map { entity in Set(([entity.name] + entity.aliases).map(Self.romanisationKey)) }
        var givenNames = sorted.map { entity in Set(([entity.name] + entity.aliases).compactMap { Self.givenName($0, type: entity.type) }) }
        var joinedBy: [Int: Rule] = [:]
        // Never-merge pairs: each entity carrying a name of a pair is kept from every
        // entity carrying the other name, through any chain of merges.
        var forbidden = sorted.map { _ in Set<String>() }
        var marks = sorted.map { _ in Set<String>() }
        for (pairIndex, pair) in corrections.neverMerge.enumerated() {
            let keys = pair.map(Self.romanisationKey)
            for index in sorted.indices {
                for (side, key) in keys.enumerated() where names[index].contains(key) {
                    marks[index].insert("\(pairIndex):\(side)")
                    forbidden[index].insert("\(pairIndex):\(1 - side)")
                }
            }
        }

        // What each treaty's and summit's name, date and parties say of it.
        var events: [Int: EventDescription] = [:]
        for index in sorted.indices where [.treaty, .summit].contains(sorted[index].type) {
            events[index] = EventDescription(sorted[index], parties: parties[sorted[index].id] ?? [])
        }

        func join(_ a: Int, _ b: Int, _ rule: Rule) {
            let (ra, rb) = (clusters.find(a), clusters.find(b))
            guard ra != rb, rule == .aliasesFile || givenNames[ra].union(givenNames[rb]).count <= 1,
                  marks[ra].isDisjoint(with: forbidden[rb]), marks[rb].isDisjoint(with: forbidden[ra]) else { return }
            // Events merge only when every two of the merged cluster could be one:
            // no chain from November 9 to November 10 to November 11.
            if rule == .sameEvent {
                for x in clusterMembers[ra] { for y in clusterMembers[rb] {
                    guard let ex = events[x], let ey = events[y], ex.couldBeSame(as: ey) else { return }
                } }
            }
            let root = clusters.union(ra, rb)
            clusterMembers[root] = clusterMembers[ra] + clusterMembers[rb]
            givenNames[root] = givenNames[ra].union(givenNames[rb])
            marks[root] = marks[ra].union(marks[rb])
            forbidden[root] = forbidden[ra].union(forbidden[rb])
            // Either side may be the one whose names become aliases.
            for side in [a, b] where joinedBy[side] == nil { joinedBy[side] = rule }
        }

        // The user's clusters first: every entity of the type that carries one of the names.
        var canonicalByRoot: [Int: String] = [:]
        var userCanonical: [Int: String] = [:]
        for cluster in corrections.entities {
            let keys = Set(([cluster.name] + cluster.aliases).map(Self.romanisationKey))
            let members = sorted.indices.filter { sorted[$0].type == cluster.type && !names[$0].isDisjoint(with: keys) }
            for other in members.dropFirst() { join(members[0], other, .aliasesFile) }
            for member in members { userCanonical[member] = cluster.name }
        }

        // Shared names within a type.
        var byName: [String: [Int]] = [:]
        for (index, entity) in sorted.enumerated() {
            for key in names[index] { byName["\(entity.type.rawValue)|\(key)", default: []].append(index) }
        }
        for key in byName.keys.sorted() {
            let members = byName[key]!
            for other in members.dropFirst() { join(members[0], other, .romanisation) }
        }

        // Treaties and summits described differently: compared within groups that
        // could share a date, or a subject when undated.
        for (a, b) in Self.eventPairs(events, types: sorted.map(\.type)) where events[a]!.couldBeSame(as: events[b]!) {
            join(a, b, .sameEvent)
        }

        // One-word names join the single longer name that ends with them.
        var endings: [String: Set<Int>] = [:]
        for (index, entity) in sorted.enumerated() {
            for name in [entity.name] + entity.aliases where Self.words(name).count > 1 {
                if let last = Self.words(name).last {
                    endings["\(entity.type.rawValue)|\(Self.romanisationKey(String(last)))", default: []].insert(clusters.find(index))
                }
            }
        }
        for (index, entity) in sorted.enumerated() where Self.words(entity.name).count == 1 {
            let candidates = (endings["\(entity.type.rawValue)|\(Self.romanisationKey(entity.name))"] ?? [])
                .map { clusters.find($0) }.filter { $0 != clusters.find(index) }
            if Set(candidates).count == 1, let target = candidates.first { join(target, index, .shortName) }
        }

        // Build one entity per cluster.
        var members: [Int: [Entity]] = [:], memberIndices: [Int: [Int]] = [:]
        for (index, entity) in sorted.enumerated() {
            members[clusters.find(index), default: []].append(entity)
            memberIndices[clusters.find(index), default: []].append(index)
        }
        var mapping: [EntityID: EntityID] = [:]
        var merged: [Entity] = []
        var rules: [EntityID: [String: Rule]] = [:]
        for (index, name) in userCanonical { canonicalByRoot[clusters.find(index)] = name }
        for (root, indices) in memberIndices {
            let group = members[root]!
            let canonical = canonicalByRoot[root] ?? Self.canonical(of: group)
            var entity = Entity(
                type: group[0].type, name: canonical,
                aliases: group.flatMap { [$0.name] + $0.aliases },
                mentions: group.reduce(0) { $0 + $1.mentions },
                date: Self.mostPrecise(group.compactMap(\.date))
            )
            let written = Set([entity.name] + entity.aliases)
            let references = ReferenceNames.of(entity).filter { !written.contains($0) }
            if !references.isEmpty {
                entity.aliases = (entity.aliases + references).sorted()
                for name in references { rules[entity.id, default: [:]][name] = .referenceName }
            }
            for original in group { mapping[original.id] = entity.id }
            // A name came in with the member that brought it, by the rule that joined that member.
            for index in indices {
                for name in [sorted[index].name] + sorted[index].aliases where name != canonical && rules[entity.id]?[name] == nil {
                    let ownsCanonical = ([sorted[index].name] + sorted[index].aliases).contains(canonical)
                    rules[entity.id, default: [:]][name] = userCanonical[index] != nil ? .aliasesFile
                        : ownsCanonical ? .sameArticle : joinedBy[index] ?? .sameArticle
                }
            }
            merged.append(entity)
        }
        return (merged.sorted { $0.id < $1.id }, mapping, rules)
    }

    /// Pairs of treaties or summits (by index, first < second, sorted) worth
    /// comparing: of one type, with a year and month that do not disagree (months
    /// next to each other count), or undated beside another with a subject word in common.
    static func eventPairs(_ events: [Int: EventDescription], types: [EntityType]) -> [(Int, Int)] {
        struct Group: Hashable { var type: EntityType; var year: Int?; var month: Int? }
        var dated: [Group: [Int]] = [:]
        var bySubject: [String: [Int]] = [:]
        for (index, event) in events {
            if let when = event.when { dated[Group(type: types[index], year: when.year, month: when.month), default: []].append(index) }
            for word in event.subject { bySubject["\(types[index].rawValue)|\(word)", default: []].append(index) }
        }
        var pairs = Set<[Int]>()
        let groups = dated.keys.sorted { ($0.type.rawValue, $0.year ?? 0, $0.month ?? 0) < ($1.type.rawValue, $1.year ?? 0, $1.month ?? 0) }
        for (i, g) in groups.enumerated() {
            for h in groups[i...] where g.type == h.type {
                if let x = g.year, let y = h.year, x != y { continue }
                if let m = g.month, let n = h.month, abs(m - n) > 1 { continue }
                for a in dated[g]! { for b in dated[h]! where a != b { pairs.insert([min(a, b), max(a, b)]) } }
            }
        }
        for members in bySubject.values {
            for a in members { for b in members where a < b && (events[a]!.when == nil || events[b]!.when == nil) { pairs.insert([a, b]) } }
        }
        return pairs.map { ($0[0], $0[1]) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// The most precise of the dates ("2020-11-09" over "2020-11"), the earliest among equals.
    static func mostPrecise(_ dates: [String]) -> String? {
        dates.min { ($1.count, $0) < ($0.count, $1) }
    }

    /// The fullest spelling (most words, then most mentioned, then alphabetical).
    static func canonical(of group: [Entity]) -> String {
        var counts: [String: Int] = [:]
        for entity in group { counts[entity.name, default: 0] += entity.mentions }
        return counts.keys.sorted { a, b in
            (words(a).count, counts[a]!, b) > (words(b).count, counts[b]!, a)
        }.first ?? group[0].name
    }

    /// Words of a name, split at spaces and hyphens ("Guinea-Bissau" has two).
    static func words(_ name: String) -> [Substring] {
        name.split { $0 == " " || $0 == "-" }
    }

    /// The first word of a person's multi-word name, by its key.
    static func givenName(_ name: String, type: EntityType) -> String? {
        guard type == .person else { return nil }
        let parts = name.split(separator: " ")
        return parts.count > 1 ? romanisationKey(String(parts[0])) : nil
    }

    /// A key under which romanisations of one name meet: lower case, no diacritics
    /// or punctuation, "y" read as "i", "'s" dropped, doubled letters single.
    public static func romanisationKey(_ name: String) -> String {
        var s = EntityID.latinBase(name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil))
        for suffix in ["'s", "’s"] where s.hasSuffix(suffix) { s.removeLast(2) }
        if s.hasPrefix("the ") { s.removeFirst(4) }
        var out = ""
        var previous: Character?
        for character in s {
            var c = character
            if !c.isLetter && !c.isNumber { c = " " }
            if c == "y" { c = "i" }
            if c == previous { continue }
            if c == " " && (out.isEmpty || previous == " ") { continue }
            out.append(c)
            previous = c
        }
        return out.trimmingEnds(in: .whitespaces)
    }
}

/// Disjoint sets of indices; the smaller index is the root, so results do not
/// depend on the order of unions.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var root = x
        while parent[root] != root { root = parent[root] }
        var node = x
        while parent[node] != root { (parent[node], node) = (root, parent[node]) }
        return root
    }

    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Int {
        let (ra, rb) = (find(a), find(b))
        let root = min(ra, rb)
        parent[max(ra, rb)] = root
        return root
    }
}
