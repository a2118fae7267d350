/// A node type of the ontology (`ONTOLOGY.md`).
public enum EntityType: String, Codable, CaseIterable, Sendable, Comparable {
    case person
    case state
    case organization
    case region
    case place
    case treaty
    case summit

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// An edge type of the ontology, directed from source to target unless symmetric.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    case holdsOffice = "holds_office"
    case phoned
    case met
    case counterpartOf = "counterpart_of"
    case attended
    case hosted
    case heldIn = "held_in"
    case visited
    case signed
    case brokered
    case allyOf = "ally_of"
    case conflictWith = "conflict_with"
    case mediates
    case deployedTo = "deployed_to"
    case memberOf = "member_of"
    case partOf = "part_of"
    case discussed

    /// Symmetric types have no direction: (A, B) and (B, A) are one edge.
    public var isSymmetric: Bool {
        switch self {
        case .phoned, .met, .counterpartOf, .allyOf, .conflictWith: return true
        default: return false
        }
    }

    /// Events that happen on a day (as opposed to standing ties such as `ally_of`).
    public var isEvent: Bool {
        switch self {
        case .phoned, .met, .visited, .hosted, .attended, .signed, .brokered, .discussed, .mediates, .deployedTo: return true
        default: return false
        }
    }

    /// The CAMEO code of the event type (041 phone, 042 visit, 043 host, 044 meet,
    /// 045 mediate, 057 sign), so event-data users can line edges up with theirs.
    public var cameo: String? {
        switch self {
        case .phoned: return "041"
        case .visited: return "042"
        case .hosted: return "043"
        case .met: return "044"
        case .mediates: return "045"
        case .signed: return "057"
        default: return nil
        }
    }

    /// How a diagram labels the edge.
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
