import Foundation

/// What a name given on the command line stands for.
public enum EntityLookup: Sendable {
    case found(Entity)
    /// Several entities carry the name; they are listed for the user to choose.
    case ambiguous([Entity])
    /// No entity carries it; the closest names known, best first.
    case missing(suggestions: [String])
}

/// What narrows a graph or a neighbourhood: edge types, node types and a date window
/// (an edge is in it when its date or one of its evidence dates is).
public struct GraphFilter: Sendable, Hashable {
    public var relations: Set<RelationType> = []
    public var types: Set<EntityType> = []
    public var since: String?
    public var until: String?

    public init(relations: Set<RelationType> = [], types: Set<EntityType> = [], since: String? = nil, until: String? = nil) {
        self.relations = relations
        self.types = types
        self.since = since
        self.until = until
    }

    /// True when some edge could fail the filter (node types aside).
    public var narrowsRelations: Bool { !relations.isEmpty || since != nil || until != nil }

    func admits(_ relation: Relation) -> Bool {
        if !relations.isEmpty, !relations.contains(relation.type) { return false }
        guard since != nil || until != nil else { return true }
        let dates = ([relation.date] + relation.evidence.map(\.date)).compactMap { $0 }
        // A month or year ("2021-01") is in the window when any of its days is.
        return dates.contains { date in
            (since.map { date >= $0 || $0.hasPrefix(date) } ?? true) && (until.map { date <= $0 || date.hasPrefix($0) } ?? true)
        }
    }

    func admits(_ type: EntityType) -> Bool { types.isEmpty || types.contains(type) }
}

/// The part of a graph a diagram or report shows: an entity's neighbourhood or the
/// whole graph, narrowed by filters and cut to the most connected entities.
public struct GraphSelection: Sendable, Hashable {
    /// The entity at the centre; nil for the whole graph.
    public var focus: EntityID?
    /// How many edges from the focus to go.
    public var depth: Int
    public var filter: GraphFilter
    /// Edges resting on fewer evidence sentences are left out.
    public var minEvidence: Int
    /// At most this many entities: the most connected are kept (the focus always).
    public var maxNodes: Int?

    public init(focus: EntityID? = nil, depth: Int = 1, filter: GraphFilter = GraphFilter(), minEvidence: Int = 1, maxNodes: Int? = nil) {
        self.focus = focus
        self.depth = depth
        self.filter = filter
        self.minEvidence = minEvidence
        self.maxNodes = maxNodes
    }

    /// True when the selection is the whole graph as it is.
    public var isEverything: Bool {
        focus == nil && filter == GraphFilter() && minEvidence <= 1 && maxNodes == nil
    }
}

/// A selected part of a graph, and what the cut to `maxNodes` left out.
public struct SelectedGraph: Sendable {
    public var graph: KnowledgeGraph
    /// Entities that passed every filter but were cut by `maxNodes`, least connected last.
    public var omitted: [Entity]
    /// Relations that passed every filter but lost an end to the cut.
    public var omittedRelations: Int
}

extension KnowledgeGraph {
    /// Finds an entity by id or by any of its names, ignoring case, diacritics and
    /// romanisation, as ``GraphStore/lookup(_:)`` does for a stored graph.
    public func lookup(_ name: String) -> EntityLookup {
        if let entity = entities.first(where: { $0.id.rawValue == name }) { return .found(entity) }
        let key = AliasResolver.romanisationKey(name)
        let oneWord = !key.isEmpty && !key.contains(" ")
        let matches = entities.filter { entity in
            ([entity.name] + entity.aliases).contains { alias in
                let aliasKey = AliasResolver.romanisationKey(alias)
                // A one-word name may be the surname of people it is no alias of.
                return aliasKey == key || (oneWord && entity.type == .person && aliasKey.split(separator: " ").last.map(String.init) == key)
            }
        }
        switch matches.count {
        case 1: return .found(matches[0])
        case 0:
            let ranked = entities.flatMap { [$0.name] + $0.aliases }
                .map { (name: $0, distance: GraphStore.editDistance(key, AliasResolver.romanisationKey($0))) }
                .filter { $0.distance <= max(3, key.count / 2) }
                .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            var names: [String] = []
            for candidate in ranked where !names.contains(candidate.name) { names.append(candidate.name) }
            return .missing(suggestions: Array(names.prefix(5)))
        default: return .ambiguous(matches)
        }
    }

    /// The part of the graph `selection` describes. Without a focus every entity of
    /// an admitted type is in it, except that an entity left with no edge is dropped
    /// when the selection narrows the edges; with one, the entities within `depth`
    /// admitted edges of it and every admitted edge between them.
    public func selecting(_ selection: GraphSelection) -> SelectedGraph {
        if selection.isEverything { return SelectedGraph(graph: self, omitted: [], omittedRelations: 0) }
        let byID = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0) })
        let focus = selection.focus
        func admitted(_ id: EntityID) -> Bool {
            id == focus || byID[id].map { selection.filter.admits($0.type) } ?? false
        }
        let edges = relations.filter {
            $0.evidence.count >= selection.minEvidence && selection.filter.admits($0)
                && admitted($0.source) && admitted($0.target)
        }
        var kept: Set<EntityID>
        if let focus {
            var adjacency: [EntityID: [EntityID]] = [:]
            for edge in edges {
                adjacency[edge.source, default: []].append(edge.target)
                adjacency[edge.target, default: []].append(edge.source)
            }
            kept = [focus]
            var frontier = [focus]
            for _ in 0..<max(selection.depth, 0) {
                var next: [EntityID] = []
                for id in frontier {
                    for neighbour in adjacency[id] ?? [] where kept.insert(neighbour).inserted { next.append(neighbour) }
                }
                frontier = next
            }
        } else {
            let narrowed = selection.filter.narrowsRelations || selection.minEvidence > 1
            let linked = Set(edges.flatMap { [$0.source, $0.target] })
            kept = Set(entities.map(\.id).filter { admitted($0) && (!narrowed || linked.contains($0)) })
        }
        var keptEdges = edges.filter { kept.contains($0.source) && kept.contains($0.target) }

        var omitted: [Entity] = []
        var omittedRelations = 0
        if let limit = selection.maxNodes, kept.count > limit {
            // Most connected first: distinct neighbours, then evidence, then id.
            var neighbours: [EntityID: Set<EntityID>] = [:]
            var weight: [EntityID: Int] = [:]
            for edge in keptEdges {
                neighbours[edge.source, default: []].insert(edge.target)
                neighbours[edge.target, default: []].insert(edge.source)
                weight[edge.source, default: 0] += edge.evidence.count
                weight[edge.target, default: 0] += edge.evidence.count
            }
            let ranked = kept.sorted { a, b in
                if (a == focus) != (b == focus) { return a == focus }
                let left = (neighbours[a]?.count ?? 0, weight[a] ?? 0), right = (neighbours[b]?.count ?? 0, weight[b] ?? 0)
                return left != right ? left > right : a < b
            }
            kept = Set(ranked.prefix(max(limit, focus == nil ? 0 : 1)))
            omitted = ranked.dropFirst(kept.count).compactMap { byID[$0] }
            let before = keptEdges.count
            keptEdges = keptEdges.filter { kept.contains($0.source) && kept.contains($0.target) }
            omittedRelations = before - keptEdges.count
        }
        let cited = Set(keptEdges.flatMap { $0.evidence.map(\.document) })
        let graph = KnowledgeGraph(
            entities: entities.filter { kept.contains($0.id) },
            relations: keptEdges,
            sources: sources.filter { cited.contains($0.id) }
        )
        return SelectedGraph(graph: graph, omitted: omitted, omittedRelations: omittedRelations)
    }
}
