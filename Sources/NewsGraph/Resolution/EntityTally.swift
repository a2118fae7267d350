/// What every article says of one entity id, counted so that an article can be
/// added or taken away again: each name with the number of articles that gave it,
/// mentions, dates and the states a treaty or summit is tied to.
///
/// The entity it stands for does not depend on the order the articles came in.
public struct EntityTally: Codable, Hashable, Sendable {
    public var type: EntityType
    /// The name each article gave the entity, with how many articles gave it.
    public var names: [String: Int] = [:]
    /// Other names the articles used for it (one count per article).
    public var aliases: [String: Int] = [:]
    public var mentions = 0
    public var dates: [String: Int] = [:]
    /// For a treaty or summit: the ids of the states tied to it.
    public var parties: [String: Int] = [:]
    /// How many articles speak of it; at 0 it is gone.
    public var articles = 0

    public init(type: EntityType) { self.type = type }

    /// What one article says of an entity.
    public init(_ entity: Entity, parties: Set<String>) {
        type = entity.type
        names[entity.name] = 1
        for alias in entity.aliases where alias != entity.name { aliases[alias] = 1 }
        mentions = entity.mentions
        if let date = entity.date { dates[date] = 1 }
        for party in parties { self.parties[party] = 1 }
        articles = 1
    }

    /// Adds another article's tally (`sign` 1) or takes it away (`sign` -1).
    public mutating func add(_ other: EntityTally, sign: Int = 1) {
        func combine(_ a: inout [String: Int], _ b: [String: Int]) {
            for (key, count) in b {
                let total = a[key, default: 0] + sign * count
                a[key] = total > 0 ? total : nil
            }
        }
        combine(&names, other.names)
        combine(&aliases, other.aliases)
        combine(&dates, other.dates)
        combine(&parties, other.parties)
        mentions += sign * other.mentions
        articles += sign * other.articles
    }

    /// The entity: named as most articles name it (alphabetically first among
    /// equals), every other name an alias, the earliest date.
    public func entity(id: EntityID) -> Entity {
        let name = names.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key ?? id.rawValue
        return Entity(id: id, type: type, name: name, aliases: Array(names.keys) + Array(aliases.keys),
                      mentions: mentions, date: dates.keys.min())
    }

    public var partySet: Set<String> { Set(parties.keys) }
}

extension ArticleExtraction {
    /// Each entity of the article, tallied, once per id and in order of ids.
    public var tallies: [(id: EntityID, tally: EntityTally)] {
        let parties = eventParties
        var byID: [EntityID: EntityTally] = [:]
        for entity in graphEntities {
            var tally = EntityTally(entity, parties: parties[entity.id] ?? [])
            if let earlier = byID[entity.id] {
                // One article counts once.
                tally.add(earlier)
                tally.articles = 1
                tally.names = tally.names.mapValues { _ in 1 }
                tally.aliases = tally.aliases.mapValues { _ in 1 }
                tally.dates = tally.dates.mapValues { _ in 1 }
                tally.parties = tally.parties.mapValues { _ in 1 }
            }
            byID[entity.id] = tally
        }
        return byID.keys.sorted().map { ($0, byID[$0]!) }
    }
}
