import Foundation
import NewsGraph
import Testing
import TestSupport

/// A chain of talks with dates, a crowd around one hub, and two people sharing a surname.
private func talksGraph() -> KnowledgeGraph {
    func person(_ name: String) -> Entity { Entity(type: .person, name: name) }
    let hub = person("Anna Hubova"), near = person("Boris Nearov"), far = person("Carla Farina")
    let chile = Entity(type: .state, name: "Chile"), peru = Entity(type: .state, name: "Peru")
    let crowd = (1...4).map { person("Crowd Member \($0)") }
    let elder = person("Heinz Keller"), younger = person("Lukas Keller")
    func evidence(_ document: String, count: Int = 1, date: String? = nil) -> [Evidence] {
        (0..<count).map { Evidence(document: document, sentence: $0, start: 0, end: 1, text: "s", date: date) }
    }
    var relations = [
        Relation(type: .met, source: hub.id, target: near.id, date: "2024-03-01", evidence: evidence("a", count: 3, date: "2024-03-01")),
        Relation(type: .phoned, source: near.id, target: far.id, date: "2025-06-10", evidence: evidence("b", date: "2025-06-10")),
        Relation(type: .holdsOffice, source: hub.id, target: chile.id, title: "President", evidence: evidence("a", count: 2)),
        Relation(type: .visited, source: far.id, target: peru.id, evidence: evidence("c")),
        Relation(type: .met, source: elder.id, target: younger.id, evidence: evidence("d")),
    ]
    relations += crowd.map { Relation(type: .met, source: hub.id, target: $0.id, evidence: evidence("e")) }
    return KnowledgeGraph(
        entities: [hub, near, far, chile, peru, elder, younger] + crowd,
        relations: relations,
        sources: ["a", "b", "c", "d", "e"].map { Source(id: $0, title: "Article \($0)") }
    )
}

private func names(_ graph: KnowledgeGraph) -> [String] { graph.entities.map(\.name).sorted() }

@Suite struct SelectionTests {
    let graph = talksGraph()

    func id(_ name: String) throws -> EntityID {
        try #require(graph.entities.first { $0.name == name }).id
    }

    @Test func theWholeGraphIsTheGraphAsItIs() {
        let selected = graph.selecting(GraphSelection())
        #expect(selected.graph == graph)
        #expect(selected.omitted.isEmpty)
    }

    @Test func focusGivesTheNeighbourhoodToTheDepthAsked() throws {
        let one = graph.selecting(GraphSelection(focus: try id("Boris Nearov"), depth: 1)).graph
        #expect(names(one) == ["Anna Hubova", "Boris Nearov", "Carla Farina"])
        // Every edge between the chosen entities, and only those.
        #expect(one.relations.map(\.type) == [.met, .phoned])
        let two = graph.selecting(GraphSelection(focus: try id("Boris Nearov"), depth: 2)).graph
        #expect(names(two).count == 3 + 2 + 4)
        #expect(!names(two).contains("Heinz Keller"))
        // The sources are the articles its evidence cites.
        #expect(one.sources.map(\.id) == ["a", "b"])
    }

    @Test func typesNarrowTheNodesButNeverDropTheFocus() throws {
        let people = graph.selecting(GraphSelection(filter: GraphFilter(types: [.person]))).graph
        #expect(!people.entities.contains { $0.type == .state })
        #expect(people.relations.allSatisfy { $0.type != .holdsOffice && $0.type != .visited })
        let states = graph.selecting(GraphSelection(focus: try id("Anna Hubova"), filter: GraphFilter(types: [.state]))).graph
        #expect(names(states) == ["Anna Hubova", "Chile"])
    }

    @Test func relationTypesAndDatesDropEntitiesLeftWithoutEdges() throws {
        let calls = graph.selecting(GraphSelection(filter: GraphFilter(relations: [.phoned]))).graph
        #expect(names(calls) == ["Boris Nearov", "Carla Farina"])
        let since = graph.selecting(GraphSelection(filter: GraphFilter(since: "2025-01-01"))).graph
        #expect(since.relations.map(\.type) == [.phoned])
        let until = graph.selecting(GraphSelection(filter: GraphFilter(until: "2024-12-31"))).graph
        #expect(until.relations.map(\.type) == [.met])
        #expect(names(until) == ["Anna Hubova", "Boris Nearov"])
    }

    @Test func minEvidenceKeepsTheWellAttestedEdges() {
        let strong = graph.selecting(GraphSelection(minEvidence: 2)).graph
        #expect(strong.relations.map(\.type) == [.holdsOffice, .met])
        #expect(names(strong) == ["Anna Hubova", "Boris Nearov", "Chile"])
    }

    @Test func maxNodesKeepsTheMostConnectedAndSaysWhatItLeftOut() throws {
        let selected = graph.selecting(GraphSelection(maxNodes: 3))
        #expect(names(selected.graph) == ["Anna Hubova", "Boris Nearov", "Carla Farina"])
        #expect(selected.omitted.count == graph.entities.count - 3)
        #expect(selected.omittedRelations == graph.relations.count - 2)
        // The focus stays whatever its degree.
        let focused = graph.selecting(GraphSelection(focus: try id("Peru"), depth: 3, maxNodes: 2))
        #expect(focused.graph.entities.contains { $0.name == "Peru" })
        #expect(focused.graph.entities.count == 2)
    }

    @Test func namesAreFoundAsTheStoreFindsThem() {
        guard case .found(let entity) = graph.lookup("ANNA HUBOVA") else { Issue.record("not found"); return }
        #expect(entity.name == "Anna Hubova")
        guard case .ambiguous(let both) = graph.lookup("keller") else { Issue.record("not ambiguous"); return }
        #expect(both.map(\.name) == ["Heinz Keller", "Lukas Keller"])
        guard case .missing(let suggestions) = graph.lookup("Anna Hubotka") else { Issue.record("found"); return }
        #expect(suggestions.first == "Anna Hubova")
    }
}

@Suite struct ReadableDiagramTests {
    /// Boxes of node labels and edge labels in Graphviz's JSON layout, in points.
    static func labelBoxes(_ layout: Data) throws -> [(name: String, box: CGRect)] {
        let object = try #require(try JSONSerialization.jsonObject(with: layout) as? [String: Any])
        var boxes: [(String, CGRect)] = []
        for node in object["objects"] as? [[String: Any]] ?? [] {
            guard let pos = node["pos"] as? String, let width = node["width"] as? String, let height = node["height"] as? String else { continue }
            let xy = pos.split(separator: ",").compactMap { Double($0) }
            let w = (Double(width) ?? 0) * 72, h = (Double(height) ?? 0) * 72
            boxes.append(("node \(node["name"] ?? "")", CGRect(x: xy[0] - w / 2, y: xy[1] - h / 2, width: w, height: h)))
        }
        for edge in object["edges"] as? [[String: Any]] ?? [] {
            let texts = (edge["_ldraw_"] as? [[String: Any]] ?? []).filter { $0["op"] as? String == "T" }
            guard !texts.isEmpty else { continue }
            // The box Graphviz placed the label by: centred on its position, as wide
            // as its widest line, each line 1.2 times the 9-point font high.
            let center = ((edge["xlp"] ?? edge["lp"]) as? String)?.split(separator: ",").compactMap { Double($0) }
            let width = texts.map { $0["width"] as? Double ?? 0 }.max() ?? 0, height = 10.8 * Double(texts.count)
            var box = CGRect.null
            if let center, center.count == 2 {
                box = CGRect(x: center[0] - width / 2, y: center[1] - height / 2, width: width, height: height)
            } else {
                for text in texts {
                    let point = text["pt"] as? [Double] ?? [0, 0], width = text["width"] as? Double ?? 0
                    box = box.union(CGRect(x: point[0] - width / 2, y: point[1] - 2, width: width, height: 11))
                }
            }
            boxes.append(("label of edge \(edge["_gvid"] ?? "")", box))
        }
        return boxes
    }

    /// The seeds' graph, drawn with the engines that place edge labels themselves,
    /// has no label over another label or a node.
    @Test(arguments: [LayoutEngine.dot, .neato])
    func seedDiagramLabelsDoNotOverlap(engine: LayoutEngine) throws {
        let graph = Pipeline().build(paths: [Fixtures.seeds.path]).graph
        #expect(graph.entities.count > 30)
        let boxes = try Self.labelBoxes(Diagram(graph).render(format: .json, engine: engine))
        #expect(boxes.count > graph.entities.count)
        var overlaps: [String] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let shared = boxes[i].box.intersection(boxes[j].box)
                if !shared.isNull, shared.width > 1, shared.height > 1 { overlaps.append("\(boxes[i].name) / \(boxes[j].name)") }
            }
        }
        #expect(overlaps.isEmpty, "\(overlaps)")
    }
}
