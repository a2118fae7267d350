import Foundation
import NewsGraph
import Testing
import TestSupport

/// A small hand-built graph: two people, two states, a treaty.
func handBuiltGraph() -> KnowledgeGraph {
    let pashinyan = Entity(type: .person, name: "Nikol Pashinyan", aliases: ["Pashinyan", "Pashinian"], mentions: 4)
    let putin = Entity(type: .person, name: "Vladimir Putin", aliases: ["Putin"], mentions: 3)
    let armenia = Entity(type: .state, name: "Armenia")
    let russia = Entity(type: .state, name: "Russia", aliases: ["Kremlin"])
    let treaty = Entity(type: .treaty, name: "Friendship treaty", date: "1997-08-29")
    func evidence(_ sentence: Int, _ text: String) -> Evidence {
        Evidence(document: "doc", sentence: sentence, start: sentence * 100, end: sentence * 100 + text.unicodeScalars.count, text: text)
    }
    return KnowledgeGraph(
        entities: [pashinyan, putin, armenia, russia, treaty],
        relations: [
            Relation(type: .phoned, source: pashinyan.id, target: putin.id, evidence: [evidence(0, "Pashinyan and Putin spoke on the phone."), evidence(3, "They spoke again.")]),
            Relation(type: .holdsOffice, source: putin.id, target: russia.id, title: "President", evidence: [evidence(0, "President Putin.")]),
            Relation(type: .holdsOffice, source: pashinyan.id, target: armenia.id, title: "Prime Minister", evidence: [evidence(1, "Prime Minister Pashinyan.")]),
            Relation(type: .signed, source: armenia.id, target: treaty.id, evidence: [evidence(2, "Armenia signed the treaty.")]),
            Relation(type: .allyOf, source: russia.id, target: armenia.id, evidence: [evidence(2, "Allies.")]),
        ]
    )
}

@Suite struct DiagramTests {
    @Test func handBuiltGraphRendersToGoldenDOT() throws {
        try Snapshot.assert(try Diagram(handBuiltGraph()).dotSource(), named: "hand-built.dot")
    }

    @Test func svgHasOneElementPerNodeAndEdgeWithStableIDs() throws {
        let graph = handBuiltGraph()
        let svg = try SVGDocument(Diagram(graph).render(format: .svg))
        let groups = try svg.elements("g")
        let entityGroups = groups.filter { $0.value(of: "class")?.hasPrefix("node entity") == true }
        let edgeGroups = groups.filter { $0.value(of: "class")?.hasPrefix("edge relation") == true }
        #expect(entityGroups.count == graph.entities.count)
        #expect(edgeGroups.count == graph.relations.count)
        let ids = Set(groups.compactMap { $0.value(of: "id") })
        for entity in graph.entities { #expect(ids.contains(Diagram.elementID(for: entity.id))) }
        for relation in graph.relations { #expect(ids.contains(Diagram.elementID(for: relation))) }
        #expect(ids.contains("legend"))
        #expect(ids.contains("node-person--nikol-pashinyan"))
    }

    @Test func relationsBetweenOnePairAreOneEdgeWithACount() throws {
        let person = Entity(type: .person, name: "A Person"), state = Entity(type: .state, name: "Chile")
        let other = Entity(type: .person, name: "Other Person")
        let graph = KnowledgeGraph(entities: [person, state, other], relations: [
            Relation(type: .holdsOffice, source: person.id, target: state.id, title: "Foreign Minister"),
            Relation(type: .holdsOffice, source: person.id, target: state.id, title: "President"),
            Relation(type: .visited, source: other.id, target: state.id, date: "2024-05-02"),
            Relation(type: .hosted, source: state.id, target: other.id),
            Relation(type: .met, source: person.id, target: other.id),
        ])
        let edges = Diagram(graph).graphviz().edges
        #expect(edges.count == 3)
        let ids = edges.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == 3)
        let office = try #require(edges.first { $0.tail == person.id.rawValue && $0.head == state.id.rawValue })
        #expect(office.attributes["label"] == .text("2 relations\nholds office: Foreign Minister\nholds office: President"))
        #expect(office.attributes["dir"] == nil)
        // Directed relations both ways between one pair: arrows at both ends.
        let visit = try #require(edges.first { Set([$0.tail, $0.head]) == [other.id.rawValue, state.id.rawValue] })
        #expect(visit.attributes["dir"] == "both")
        #expect(visit.attributes["class"] == "relation relation-hosted relation-visited")
        // A lone symmetric relation keeps its own id and no arrow.
        let met = try #require(edges.first { Set([$0.tail, $0.head]) == [person.id.rawValue, other.id.rawValue] })
        #expect(met.attributes["dir"] == "none")
        #expect(met.attributes["id"] == .raw(Diagram.elementID(for: graph.relations.first { $0.type == .met }!)))
    }

    @Test func bundlesNameTheFirstFewRelationsAndCountTheRest() throws {
        let a = Entity(type: .person, name: "First Person"), b = Entity(type: .person, name: "Second Person")
        let types: [RelationType] = [.met, .phoned, .counterpartOf, .allyOf, .conflictWith]
        let graph = KnowledgeGraph(entities: [a, b], relations: types.map { Relation(type: $0, source: a.id, target: b.id) })
        let edge = try #require(Diagram(graph).graphviz().edges.first)
        guard case .text(let label) = edge.attributes["label"] else { Issue.record("no label"); return }
        let lines = label.split(separator: "\n")
        #expect(lines.first == "\(graph.relations.count) relations")
        #expect(lines.count == 1 + Diagram.bundleLabelLines + 1)
        #expect(lines.last == "+\(graph.relations.count - Diagram.bundleLabelLines) more")
    }

    @Test func tooltipsCarryAliasesAndEvidence() throws {
        let svg = try SVGDocument(Diagram(handBuiltGraph()).render(format: .svg))
        let tooltips = try svg.elements("a").compactMap { $0.value(of: "title") }
        #expect(tooltips.contains { $0.hasPrefix("Nikol Pashinyan (person)") && $0.contains("also: Pashinian, Pashinyan") })
        #expect(tooltips.contains { $0.hasPrefix("phoned") && $0.contains("doc #0: Pashinyan and Putin spoke on the phone.") && $0.contains("doc #3: They spoke again.") })
    }

    @Test func edgesAreWeightedByEvidence() throws {
        let dot = try Diagram(handBuiltGraph()).dotSource()
        // Two sentences: penwidth 1 + log2(2) = 2; one sentence: 1.
        #expect(dot.contains("penwidth=2.00"))
        #expect(dot.contains("penwidth=1.00"))
        #expect(dot.contains("weight=2"))
    }

    @Test func engineIsChosenBySize() {
        #expect(Diagram(handBuiltGraph()).automaticEngine == .dot)
        let many = (0..<(Diagram.layeredLayoutLimit + 1)).map { Entity(type: .person, name: "Person \($0)") }
        #expect(Diagram(KnowledgeGraph(entities: many, relations: [])).automaticEngine == .sfdp)
    }

    @Test func largeGraphsDropEdgeLabelsButKeepTooltips() throws {
        let people = (0...Diagram.edgeLabelLimit).map { Entity(type: .person, name: "Person \($0)") }
        let relations = zip(people, people.dropFirst()).map { Relation(type: .met, source: $0.id, target: $1.id) }
        let description = Diagram(KnowledgeGraph(entities: people, relations: relations)).graphviz()
        #expect(description.edges.allSatisfy { $0.attributes["label"] == nil && $0.attributes["tooltip"] != nil })
    }

    @Test func hostileNamesAreEscapedInDOTAndSVG() throws {
        let entities = hostileNames.map { Entity(type: .person, name: $0, aliases: [$0 + " alias"]) }
        let relations = zip(entities, entities.dropFirst()).map {
            Relation(type: .met, source: $0.id, target: $1.id, evidence: [Evidence(document: "evil\"doc", sentence: 0, start: 0, end: 1, text: $1.name)])
        }
        let diagram = Diagram(KnowledgeGraph(entities: entities, relations: relations))
        let dot = try diagram.dotSource()
        // cgraph reads it back, and renders it to the same SVG as the graph built directly.
        let svgData = try diagram.render(format: .svg)
        let svg = try SVGDocument(svgData)
        let names = try svg.elementNames()
        #expect(!names.contains("script"))
        #expect(names.filter { $0 == "svg" }.count == 1)
        let texts = try svg.elements("text").compactMap(\.stringValue)
        for name in hostileNames where !name.contains("\n") && !name.contains("\r") {
            #expect(texts.contains(name), "label for \(name.debugDescription)")
        }
        #expect(dot.contains("Նիկոլ Փաշինյան") && dot.contains("Владимир Путин"))
        let json = try diagram.render(format: .json)
        #expect(try JSONSerialization.jsonObject(with: json) is [String: Any])
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineDrawsTheGraph(engine: LayoutEngine) throws {
        let diagram = Diagram(handBuiltGraph())
        for format in OutputFormat.allCases {
            #expect(try diagram.render(format: format, engine: engine).count > 200)
        }
    }
}
