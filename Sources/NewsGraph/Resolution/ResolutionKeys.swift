/// Which entities the resolver could ever join, so that a store can resolve again
/// only the part of the graph an article touches.
///
/// Every rule of ``AliasResolver`` joins two entities only when they carry related
/// keys: a shared name, a one-word name and a longer name ending with it, events
/// whose dates or subjects could agree, names of one cluster of the aliases file.
/// An entity carries its keys (`keys(of:)`); `keysToSeek(from:)` says which keys of
/// other entities a key relates to. Entities not linked by any chain of related keys
/// are resolved independently, so resolving a closed group alone gives what
/// resolving everything would give that group.
extension AliasResolver {
    /// The keys an entity carries.
    public static func keys(of entity: Entity) -> Set<String> {
        let type = entity.type.rawValue
        var keys = Set<String>()
        for name in [entity.name] + entity.aliases {
            keys.insert("name|\(type)|\(romanisationKey(name))")
            let parts = words(name)
            if parts.count > 1, let last = parts.last { keys.insert("end|\(type)|\(romanisationKey(String(last)))") }
        }
        if words(entity.name).count == 1 { keys.insert("one|\(type)|\(romanisationKey(entity.name))") }
        if entity.type == .treaty || entity.type == .summit {
            let event = EventDescription(entity, parties: [])
            if let when = event.when {
                let (year, month) = (when.year.map(String.init) ?? "_", when.month.map(String.init) ?? "_")
                keys.formUnion(["when|\(type)|\(year)|\(month)", "wheny|\(type)|\(year)", "whenm|\(type)|\(month)", "whent|\(type)"])
            }
            for word in event.subject {
                keys.insert("subject|\(type)|\(word)")
                if event.when == nil { keys.insert("subjectu|\(type)|\(word)") }
            }
        }
        return keys
    }

    /// The keys of other entities that an entity carrying `key` could be joined with.
    public func keysToSeek(from key: String) -> [String] {
        let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2 else { return [] }
        let (kind, type) = (parts[0], parts[1])
        switch kind {
        case "name":
            // A cluster of the aliases file joins every entity carrying one of its names.
            var keys = [key]
            for cluster in corrections.entities where cluster.type.rawValue == type {
                let names = ([cluster.name] + cluster.aliases).map(Self.romanisationKey)
                if names.contains(parts[2]) { keys += names.map { "name|\(type)|\($0)" } }
            }
            return keys
        case "end": return ["one|\(type)|\(parts[2])"]
        case "one": return ["end|\(type)|\(parts[2])"]
        case "subject": return ["subjectu|\(type)|\(parts[2])"]
        case "subjectu": return ["subject|\(type)|\(parts[2])"]
        case "when":
            // Years that agree or are unknown; months at most one apart or unknown.
            let (year, month) = (parts[2], parts[3])
            switch (year == "_", Int(month)) {
            case (false, let m?): return [year, "_"].flatMap { y in [m - 1, m, m + 1].map { "when|\(type)|\(y)|\($0)" } + ["when|\(type)|\(y)|_"] }
            case (false, nil): return ["wheny|\(type)|\(year)", "wheny|\(type)|_"]
            case (true, let m?): return [m - 1, m, m + 1].map { "whenm|\(type)|\($0)" } + ["whenm|\(type)|_"]
            case (true, nil): return ["whent|\(type)"]
            }
        default: return []
        }
    }
}
