/// How a node type is drawn: a shape and an Okabe–Ito colour, safe for colour-blind readers.
public struct NodeStyle: Sendable, Hashable {
    public var shape: String
    public var fill: String
    public var fontColor: String

    public static func of(_ type: EntityType) -> NodeStyle {
        switch type {
        case .person: return NodeStyle(shape: "ellipse", fill: "#56B4E9", fontColor: "#000000")
        case .state: return NodeStyle(shape: "box", fill: "#E69F00", fontColor: "#000000")
        case .organization: return NodeStyle(shape: "tab", fill: "#009E73", fontColor: "#FFFFFF")
        case .region: return NodeStyle(shape: "hexagon", fill: "#F0E442", fontColor: "#000000")
        case .place: return NodeStyle(shape: "house", fill: "#CC79A7", fontColor: "#000000")
        case .treaty: return NodeStyle(shape: "note", fill: "#D55E00", fontColor: "#FFFFFF")
        case .summit: return NodeStyle(shape: "octagon", fill: "#0072B2", fontColor: "#FFFFFF")
        }
    }
}
