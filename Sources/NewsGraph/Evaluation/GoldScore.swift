import Foundation

/// A gold annotation (`GOLD_FORMAT.md`): what a careful reader records from a set of articles.
public struct GoldFile: Decodable, Sendable {
    public struct GoldEntity: Decodable, Sendable {
        public var key: String
        public var types: [String]
        public var name: String
        public var aliases: [String]
        public var metonyms: [String]
        public var patterns: [String]
        public var optional: Bool

        enum CodingKeys: String, CodingKey { case key, type, name, aliases, metonyms, patterns, optional }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            key = try c.decode(String.self, forKey: .key)
            // `type` is one type or a list of equally right ones.
            if let one = try? c.decode(String.self, forKey: .type) { types = [one] } else { types = try c.decode([String].self, forKey: .type) }
            name = try c.decode(String.self, forKey: .name)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
            metonyms = try c.decodeIfPresent([String].self, forKey: .metonyms) ?? []
            patterns = try c.decodeIfPresent([String].self, forKey: .patterns) ?? []
            optional = try c.decodeIfPresent(Bool.self, forKey: .optional) ?? false
        }
    }

    public struct GoldRelation: Decodable, Sendable {
        public var type: String
        public var source: String
        public var target: String
        public var documents: [String]?
        public var optional: Bool?
    }

    public var documents: [String]?
    public var entities: [GoldEntity]
    public var relations: [GoldRelation]

    /// Reads a gold file; errors name the file.
    public static func read(contentsOf url: URL) throws -> GoldFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GraphFileError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        do { return try JSONDecoder().decode(GoldFile.self, from: data) } catch {
            throw GraphFileError.malformed(path: url.path, reason: "not a gold file: \(error.localizedDescription)")
        }
    }
}

/// Scores a graph against a gold file by the rules of `GOLD_FORMAT.md`, the same
/// way as the reference scorer `kgscore`: entity matching, alias pairs, relations.
public struct GoldScore: Sendable, Encodable {
    /// Precision, recall and F1.
    public struct Figures: Sendable, Encodable, Equatable {
        public var p: Double
        public var r: Double
        public var f: Double

        init(tp: Int, fp: Int, fn: Int) {
            p = tp + fp > 0 ? Double(tp) / Double(tp + fp) : (fn == 0 ? 1 : 0)
            r = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 1
            f = p + r > 0 ? 2 * p * r / (p + r) : 0
        }
    }

    public var entities: Figures
    public var aliases: Figures
    public var relations: Figures
    public var relationsUntyped: Figures
    /// Share of matched relations whose evidence cites a document the gold names.
    public var evidenceInGoldDocuments: Double
    public var relationsByType: [String: Figures]
    /// Misses, splits, wrong merges and spurious items, by kind.
    public var details: [String: [String]]

    enum CodingKeys: String, CodingKey {
        case entities, aliases, relations, details
        case relationsUntyped = "relations_untyped", evidenceInGoldDocuments = "evidence_in_gold_documents", relationsByType = "relations_by_type"
    }

    /// The order `kgscore --verbose` lists the details in.
    static let detailOrder = ["missed_entities", "spurious_entities", "mistyped_entities", "wrong_merges", "missed_merges", "missed_relations", "spurious_relations"]

    static let symmetric: Set<String> = ["phoned", "met", "counterpart_of", "ally_of", "conflict_with"]

    public init(gold: GoldFile, graph: KnowledgeGraph) {
        struct SystemEntity { var id: String; var type: String; var name: String; var strings: Set<String>; var texts: [String] }
        struct GoldEntity { var key: String; var types: Set<String>; var name: String; var strings: Set<String>; var aliases: Set<String>
                            var metonyms: Set<String>; var patterns: [NSRegularExpression]; var optional: Bool }
        let system = graph.entities.map { entity -> SystemEntity in
            let names = ([entity.name] + entity.aliases).filter { !$0.isEmpty }
            return SystemEntity(id: entity.id.rawValue, type: entity.type.rawValue, name: entity.name,
                                strings: Set(names.map(Self.normalise)).subtracting([""]), texts: names + [entity.date].compactMap { $0 })
        }
        let golden = gold.entities.map { g in
            GoldEntity(key: g.key, types: Set(g.types), name: g.name, strings: Set(([g.name] + g.aliases).map(Self.normalise)),
                       aliases: Set(g.aliases.map(Self.normalise)), metonyms: Set(g.metonyms.map(Self.normalise)),
                       patterns: g.patterns.compactMap { try? NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }, optional: g.optional)
        }

        // One-to-one assignment, best candidates first; ties keep system-then-gold order.
        var candidates: [(rank: [Int], s: Int, g: Int)] = []
        for (si, s) in system.enumerated() {
            for (gi, g) in golden.enumerated() {
                let overlap = s.strings.intersection(g.strings).count
                let pattern = g.patterns.contains { regex in s.texts.contains { regex.firstMatch(in: $0, range: NSRange(location: 0, length: $0.utf16.count)) != nil } }
                guard overlap > 0 || pattern else { continue }
                candidates.append(([g.optional ? 0 : 1, g.types.contains(s.type) ? 1 : 0, overlap, pattern ? 1 : 0], si, gi))
            }
        }
        candidates.sort { a, b in a.rank != b.rank ? a.rank.lexicographicallyPrecedes(b.rank) == false : (a.s, a.g) < (b.s, b.g) }
        var systemToGold: [Int: Int] = [:], goldToSystem: [Int: Int] = [:]
        for candidate in candidates where systemToGold[candidate.s] == nil && goldToSystem[candidate.g] == nil {
            systemToGold[candidate.s] = candidate.g
            goldToSystem[candidate.g] = candidate.s
        }

        var details: [String: [String]] = [:]
        var tp = 0, fp = 0, fn = 0
        for (si, s) in system.enumerated() {
            guard let gi = systemToGold[si] else {
                fp += 1
                details["spurious_entities", default: []].append("\(s.type):\(s.name)")
                continue
            }
            let g = golden[gi]
            if g.optional { continue }
            if g.types.contains(s.type) { tp += 1 } else {
                fp += 1
                details["mistyped_entities", default: []].append("\(s.name): \(s.type) (gold \(g.types.sorted().joined(separator: "/")))")
            }
        }
        for (gi, g) in golden.enumerated() where !g.optional {
            let si = goldToSystem[gi]
            if si == nil || !g.types.contains(system[si!].type) {
                fn += 1
                if si == nil { details["missed_entities", default: []].append("\(g.types.sorted().joined(separator: "/")):\(g.name)") }
            }
        }
        entities = Figures(tp: tp, fp: fp, fn: fn)

        // Alias clustering: pairs of gold alias strings placed in one entity.
        let metonyms = golden.reduce(into: Set<String>()) { $0.formUnion($1.metonyms) }
        var owners: [String: Set<String>] = [:]
        for g in golden where !g.optional {
            for alias in g.aliases.subtracting(metonyms) { owners[alias, default: []].insert(g.key) }
        }
        let universe = Set(owners.filter { $0.value.count == 1 }.keys)
        func pairs(_ names: Set<String>) -> Set<[String]> {
            let sorted = names.sorted()
            var out: Set<[String]> = []
            for (i, a) in sorted.enumerated() { for b in sorted[(i + 1)...] { out.insert([a, b]) } }
            return out
        }
        var goldPairs: Set<[String]> = []
        for g in golden where !g.optional { goldPairs.formUnion(pairs(g.aliases.intersection(universe))) }
        var predictedPairs: Set<[String]> = []
        for s in system { predictedPairs.formUnion(pairs(s.strings.intersection(universe))) }
        aliases = Figures(tp: predictedPairs.intersection(goldPairs).count, fp: predictedPairs.subtracting(goldPairs).count,
                          fn: goldPairs.subtracting(predictedPairs).count)
        details["wrong_merges"] = predictedPairs.subtracting(goldPairs).map { $0.joined(separator: " = ") }.sorted()
        details["missed_merges"] = goldPairs.subtracting(predictedPairs).map { $0.joined(separator: " = ") }.sorted()

        // Relations, endpoints mapped through the entity assignment.
        var keyOf: [String: String] = [:]
        for (si, gi) in systemToGold { keyOf[system[si].id] = golden[gi].key }
        func key(_ type: String, _ a: String, _ b: String) -> [String] {
            Self.symmetric.contains(type) ? [type] + [a, b].sorted() : [type, a, b]
        }
        func documentID(_ value: String) -> String {
            let base = (value as NSString).lastPathComponent
            return base.replacingOccurrences(of: #"\.(txt|md|html?|json|jsonl)$"#, with: "", options: .regularExpression)
        }
        var required: Set<[String]> = [], optional: Set<[String]> = [], goldDocuments: [[String]: Set<String>] = [:]
        for r in gold.relations {
            let k = key(r.type, r.source, r.target)
            if r.optional == true { optional.insert(k) } else { required.insert(k) }
            goldDocuments[k, default: []].formUnion((r.documents ?? []).map(documentID))
        }
        optional.subtract(required)
        var predicted: Set<[String]> = [], systemDocuments: [[String]: Set<String>] = [:], unmapped: Set<String> = []
        for r in graph.relations {
            guard let a = keyOf[r.source.rawValue], let b = keyOf[r.target.rawValue] else {
                unmapped.insert("\(r.type.rawValue)(\(r.source.rawValue), \(r.target.rawValue))")
                continue
            }
            let k = key(r.type.rawValue, a, b)
            predicted.insert(k)
            systemDocuments[k, default: []].formUnion(r.evidence.map { documentID($0.document) })
        }
        let matched = predicted.intersection(required)
        relations = Figures(tp: matched.count, fp: predicted.subtracting(required).subtracting(optional).count + unmapped.count,
                            fn: required.subtracting(predicted).count)
        func untyped(_ keys: Set<[String]>) -> Set<[String]> { Set(keys.map { Array($0.dropFirst()).sorted() }) }
        let untypedRequired = untyped(required), untypedPredicted = untyped(predicted)
        let untypedOptional = untyped(optional).subtracting(untypedRequired)
        relationsUntyped = Figures(tp: untypedPredicted.intersection(untypedRequired).count,
                                   fp: untypedPredicted.subtracting(untypedRequired).subtracting(untypedOptional).count + unmapped.count,
                                   fn: untypedRequired.subtracting(untypedPredicted).count)
        let cited = matched.filter { !(systemDocuments[$0] ?? []).isDisjoint(with: goldDocuments[$0] ?? []) }
        evidenceInGoldDocuments = matched.isEmpty ? 0 : Double(cited.count) / Double(matched.count)
        let describe = { (k: [String]) in "\(k[0])(\(k[1]), \(k[2]))" }
        details["missed_relations"] = required.subtracting(predicted).map(describe).sorted()
        details["spurious_relations"] = (predicted.subtracting(required).subtracting(optional).map(describe) + unmapped.sorted()).sorted()

        var byType: [String: Figures] = [:]
        for type in Set(required.union(predicted).map { $0[0] }) {
            let req = required.filter { $0[0] == type }, pred = predicted.filter { $0[0] == type }, opt = optional.filter { $0[0] == type }
            byType[type] = Figures(tp: pred.intersection(req).count, fp: pred.subtracting(req).subtracting(opt).count, fn: req.subtracting(pred).count)
        }
        relationsByType = byType
        // Entities are listed in graph and gold order, as kgscore lists them.
        self.details = details
    }

    /// A name compared as `GOLD_FORMAT.md` says: Unicode and case folded, no
    /// diacritics, dots, possessive 's, quotes or brackets, no leading article.
    public static func normalise(_ text: String) -> String {
        var s = String(String.UnicodeScalarView(text.decomposedStringWithCompatibilityMapping.unicodeScalars.filter {
            $0.properties.canonicalCombiningClass == .notReordered
        }))
        s = s.replacingOccurrences(of: "[\u{2018}\u{2019}\u{02BC}`]", with: "'", options: .regularExpression)
        s = s.replacingOccurrences(of: "[\u{201C}\u{201D}\u{00AB}\u{00BB}]", with: "\"", options: .regularExpression)
        s = s.replacingOccurrences(of: "[\u{2010}-\u{2015}\u{2212}]", with: "-", options: .regularExpression)
        s = s.folding(options: [.caseInsensitive], locale: nil).replacingOccurrences(of: ".", with: "")
        s = s.replacingOccurrences(of: #"'s\b"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #"["'\[\](),;:!?]"#, with: " ", options: .regularExpression)
        s = s.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression).trimmingEnds(in: .whitespaces)
        return s.replacingOccurrences(of: #"^(the|a|an) "#, with: "", options: .regularExpression)
    }

    /// The report as `kgscore` prints it, ending with its one-line summary.
    public func report(verbose: Bool) -> String {
        func row(_ name: String, _ v: Figures) -> String {
            name.padding(toLength: max(name.count, 18), withPad: " ", startingAt: 0) + String(format: " P %.3f  R %.3f  F1 %.3f", v.p, v.r, v.f)
        }
        var lines = [row("entities", entities), row("aliases", aliases), row("relations", relations), row("relations_untyped", relationsUntyped)]
        lines.append("evidence".padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: " %.3f of matched relations cite a gold document", evidenceInGoldDocuments))
        for type in relationsByType.keys.sorted() {
            let v = relationsByType[type]!
            lines.append("  " + type.padding(toLength: max(type.count, 16), withPad: " ", startingAt: 0) + String(format: " P %.3f  R %.3f  F1 %.3f", v.p, v.r, v.f))
        }
        if verbose {
            for kind in Self.detailOrder {
                guard let items = details[kind], !items.isEmpty else { continue }
                lines.append("")
                lines.append("\(kind) (\(items.count)):")
                lines += items.map { "  \($0)" }
            }
        }
        lines.append(String(format: "entities F1 %.3f | aliases F1 %.3f | relations F1 %.3f", entities.f, aliases.f, relations.f))
        return lines.joined(separator: "\n")
    }
}
