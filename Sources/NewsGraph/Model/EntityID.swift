import Foundation

/// A node's stable, readable id: `TYPE:slug-of-canonical-name` (`person:fumio-kishida`).
public struct EntityID: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(type: EntityType, name: String) {
        rawValue = "\(type.rawValue):\(Self.slug(name))"
    }

    /// The type named before the colon, if it is one of the ontology's.
    public var type: EntityType? {
        rawValue.split(separator: ":", maxSplits: 1).first.flatMap { EntityType(rawValue: String($0)) }
    }

    public var description: String { rawValue }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Latin letters that no diacritic makes, written as the Latin transcriptions
    /// of names write them: "Kılıç" as "Kilic", "Łukasz" as "Lukasz", "Støre" as "Store".
    /// The text is case-folded already.
    static func latinBase(_ folded: String) -> String {
        guard folded.unicodeScalars.contains(where: { latinBases[$0] != nil }) else { return folded }
        var out = ""
        for scalar in folded.unicodeScalars { out += latinBases[scalar] ?? String(scalar) }
        return out
    }

    private static let latinBases: [Unicode.Scalar: String] = [
        "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "æ": "ae", "œ": "oe", "þ": "th",
    ]

    /// Lower-case letters and digits of any script, diacritics dropped, runs of
    /// anything else turned into one hyphen.
    public static func slug(_ name: String) -> String {
        // ASCII names (most of them) need no Unicode folding.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            var pendingHyphen = false
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                case UInt8(ascii: "'"): continue
                default: pendingHyphen = true
                }
            }
            return bytes.isEmpty ? "unnamed" : String(decoding: bytes, as: UTF8.self)
        }
        let folded = latinBase(name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil))
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Russia's" → "russias", not "russia-s"
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "unnamed" : out
    }
}
