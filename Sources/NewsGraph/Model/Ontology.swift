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

    /// The node types the edge may start from (`ONTOLOGY.md`'s "source → target").
    public var sources: Set<EntityType> {
        switch self {
        case .holdsOffice, .phoned, .met, .counterpartOf, .visited: return [.person]
        case .attended, .signed, .brokered: return [.person, .state]
        case .hosted, .mediates: return [.person, .state, .organization]
        case .heldIn: return [.summit]
        case .allyOf, .conflictWith: return [.state]
        case .deployedTo, .memberOf: return [.state, .organization]
        case .partOf: return [.organization, .region, .place]
        case .discussed: return [.person, .state, .organization]
        }
    }

    /// The node types the edge may end at.
    public var targets: Set<EntityType> {
        switch self {
        case .holdsOffice: return [.state, .organization]
        case .phoned, .met, .counterpartOf: return [.person]
        case .attended, .hosted: return [.summit]
        case .heldIn, .visited: return [.place, .region, .state]
        case .signed, .brokered: return [.treaty]
        case .allyOf, .conflictWith, .mediates: return [.state]
        case .deployedTo: return [.region, .place, .state]
        case .memberOf: return [.organization]
        case .partOf: return [.state, .organization, .region]
        case .discussed: return Set(EntityType.allCases)
        }
    }

    /// True when the ontology lets the edge join these two types: `sources` and
    /// `targets`, with "part_of" taking a body into a state or body, a region or
    /// place into a state or region.
    public func allows(_ source: EntityType, _ target: EntityType) -> Bool {
        guard sources.contains(source), targets.contains(target) else { return false }
        guard self == .partOf else { return true }
        return source == .organization ? [.state, .organization].contains(target) : [.state, .region].contains(target)
    }

    /// How a diagram labels the edge.
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
