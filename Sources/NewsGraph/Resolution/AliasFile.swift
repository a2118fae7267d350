import Foundation

/// Corrections a user gives the resolver (`--aliases FILE`, JSON): names that are
/// one thing, and pairs that must never be merged. They win over the rules.
///
/// ```json
/// {"entities": [{"name": "Western Sahara", "type": "region", "aliases": ["Sahrawi Republic"]}],
///  "never_merge": [["Kim Jong Un", "Kim Jong Il"]]}
/// ```
public struct AliasFile: Codable, Sendable, Equatable {
    public struct Cluster: Codable, Sendable, Equatable {
        /// The canonical name the merged entity takes.
        public var name: String
        public var type: EntityType
        public var aliases: [String]

        public init(name: String, type: EntityType, aliases: [String]) {
            self.name = name
            self.type = type
            self.aliases = aliases
        }
    }

    public var entities: [Cluster]
    /// Pairs of names never to be one entity.
    public var neverMerge: [[String]]

    enum CodingKeys: String, CodingKey {
        case entities
        case neverMerge = "never_merge"
    }

    public init(entities: [Cluster] = [], neverMerge: [[String]] = []) {
        self.entities = entities
        self.neverMerge = neverMerge
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        entities = try c.decodeIfPresent([Cluster].self, forKey: .entities) ?? []
        neverMerge = try c.decodeIfPresent([[String]].self, forKey: .neverMerge) ?? []
        if let pair = neverMerge.first(where: { $0.count != 2 }) {
            throw DecodingError.dataCorrupted(.init(codingPath: [CodingKeys.neverMerge], debugDescription: "a never_merge entry must name two entities, not \(pair.count)"))
        }
    }

    /// Reads an aliases file; errors name the file and the reason.
    public static func read(contentsOf url: URL) throws -> AliasFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GraphFileError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        do { return try JSONDecoder().decode(AliasFile.self, from: data) } catch let error as DecodingError {
            switch error {
            case .dataCorrupted(let context) where !context.codingPath.isEmpty:
                throw GraphFileError.malformed(path: url.path, reason: context.debugDescription)
            default:
                throw GraphFileError.malformed(path: url.path, reason: "not an aliases file (see `newsgraph build --help`)")
            }
        }
    }
}
