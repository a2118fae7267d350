import Foundation
import NewsGraph
import Testing
import TestSupport

@Suite struct ModelTests {
    @Test func idsAreTypedSlugsOfTheName() {
        #expect(EntityID(type: .person, name: "Nikol Pashinyan").rawValue == "person:nikol-pashinyan")
        #expect(EntityID(type: .state, name: "Côte d'Ivoire").rawValue == "state:cote-divoire")
        #expect(EntityID(type: .treaty, name: "Treaty of 9 November, 2020").rawValue == "treaty:treaty-of-9-november-2020")
        #expect(EntityID(type: .person, name: "Владимир Путин").rawValue == "person:владимир-путин")
        #expect(EntityID(type: .person, name: "<script>").rawValue == "person:script")
        #expect(EntityID(type: .person, name: "!!!").rawValue == "person:unnamed")
        #expect(EntityID(rawValue: "summit:cis-summit").type == .summit)
    }

    @Test func theOntologySaysWhichTypesAnEdgeJoins() {
        #expect(RelationType.attended.allows(.person, .summit))
        #expect(RelationType.attended.allows(.state, .summit))
        #expect(!RelationType.attended.allows(.organization, .summit))
        #expect(RelationType.hosted.allows(.organization, .summit))
        #expect(!RelationType.signed.allows(.organization, .treaty))
        #expect(RelationType.partOf.allows(.organization, .state))
        #expect(RelationType.partOf.allows(.region, .region))
        #expect(!RelationType.partOf.allows(.organization, .region))
        #expect(!RelationType.partOf.allows(.place, .organization))
        #expect(RelationType.discussed.allows(.person, .treaty))
        #expect(!RelationType.met.allows(.person, .state))
        // Every type allows some pair.
        for type in RelationType.allCases {
            #expect(EntityType.allCases.contains { from in EntityType.allCases.contains { type.allows(from, $0) } }, "\(type)")
        }
    }

    /// ASCII names take a faster path; it must agree with the Unicode one.
    @Test func asciiSlugsAgreeWithTheUnicodePath() {
        for name in ["Jean-Yves O'Brien", "U.S. State Department", "  G20 summit, 2024 ", "Russia's Foreign Ministry", "a--b"] {
            // The same name with one non-ASCII letter appended goes the Unicode way.
            let unicode = EntityID.slug(name + " é")
            #expect(EntityID.slug(name) + "-e" == unicode, "\(name)")
        }
        #expect(Lexicon.fold("Bakı") == "baki")
        #expect(Lexicon.fold("Syunik'") == Lexicon.fold("syunik"))
        #expect(Lexicon.fold("U.S.") == "us")
    }

    @Test func sentencesKnowTheirWords() {
        let sentence = SentenceSplitter.split("Erdoğan didn't phone the G7's co-chair.")[0]
        #expect(sentence.words == ["erdoğan", "didn", "t", "phone", "the", "g7", "s", "co", "chair"])
    }

    @Test func symmetricRelationsHaveOneDirection() {
        let a = EntityID(type: .person, name: "A"), b = EntityID(type: .person, name: "B")
        #expect(Relation(type: .phoned, source: b, target: a).source == a)
        #expect(Relation(type: .phoned, source: b, target: a).key == Relation(type: .phoned, source: a, target: b).key)
        #expect(Relation(type: .visited, source: b, target: a).source == b)
    }

    @Test func graphMergesAndOrdersDeterministically() throws {
        let putin = Entity(type: .person, name: "Vladimir Putin", aliases: ["Putin"])
        let russia = Entity(type: .state, name: "Russia")
        let armenia = Entity(type: .state, name: "Armenia")
        let e1 = Evidence(document: "b", sentence: 2, start: 10, end: 20, text: "two")
        let e2 = Evidence(document: "a", sentence: 0, start: 0, end: 5, text: "one")
        let relations = [
            Relation(type: .holdsOffice, source: putin.id, target: russia.id, title: "President", evidence: [e1]),
            Relation(type: .allyOf, source: russia.id, target: armenia.id, evidence: [e1]),
            Relation(type: .holdsOffice, source: putin.id, target: russia.id, title: "President", evidence: [e2, e1]),
            Relation(type: .allyOf, source: armenia.id, target: russia.id, evidence: [e2]),
            Relation(type: .met, source: putin.id, target: EntityID(rawValue: "person:nobody")),
        ]
        let graph = KnowledgeGraph(entities: [russia, putin, armenia, Entity(type: .person, name: "Vladimir Putin", aliases: ["V. Putin"])], relations: relations)
        #expect(graph.entities.map(\.id.rawValue) == ["person:vladimir-putin", "state:armenia", "state:russia"])
        #expect(graph.entities[0].aliases == ["Putin", "V. Putin"])
        #expect(graph.entities[0].mentions == 2)
        #expect(graph.relations.map(\.type) == [.allyOf, .holdsOffice])  // the edge to an unknown entity is dropped
        #expect(graph.relations[0].evidence == [e2, e1])
        #expect(graph.relations[1].evidence.map(\.document) == ["a", "b"])

        let shuffled = KnowledgeGraph(entities: graph.entities.reversed(), relations: relations.reversed())
        #expect(try JSONExport.data(for: shuffled) == JSONExport.data(for: graph))
    }

    @Test func jsonFollowsTheExportSpecAndRoundTrips() throws {
        let putin = Entity(type: .person, name: "Vladimir Putin", aliases: ["Putin"], mentions: 3)
        let russia = Entity(type: .state, name: "Russia")
        let evidence = Evidence(document: "000_x", sentence: 0, start: 0, end: 24, text: "President Vladimir Putin")
        let graph = KnowledgeGraph(entities: [putin, russia], relations: [
            Relation(type: .holdsOffice, source: putin.id, target: russia.id, title: "President", evidence: [evidence]),
        ])
        let data = try JSONExport.data(for: graph)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities.first?["id"] as? String == "person:vladimir-putin")
        #expect(entities.first?["type"] as? String == "person")
        #expect(entities.first?["aliases"] as? [String] == ["Putin"])
        #expect(entities.first?["mentions"] as? Int == 3)
        let relation = try #require((object["relations"] as? [[String: Any]])?.first)
        #expect(relation["type"] as? String == "holds_office")
        #expect(relation["title"] as? String == "President")
        let first = try #require((relation["evidence"] as? [[String: Any]])?.first)
        #expect(first["document"] as? String == "000_x")
        #expect(first["end"] as? Int == 24)

        let url = try Fixtures.temporaryDirectory().appendingPathComponent("graph.json")
        try data.write(to: url)
        #expect(try JSONExport.read(contentsOf: url) == graph)
    }

    @Test func unreadableGraphFilesNameTheFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        let bad = directory.appendingPathComponent("bad.json")
        try Data(#"{"entities": [{"id": "x"}]}"#.utf8).write(to: bad)
        #expect {
            _ = try JSONExport.read(contentsOf: bad)
        } throws: { error in
            let message = error.localizedDescription
            return message.hasPrefix(bad.path) && message.contains("entities")
        }
        #expect(throws: GraphFileError.self) { _ = try JSONExport.read(contentsOf: directory.appendingPathComponent("missing.json")) }
    }
}
