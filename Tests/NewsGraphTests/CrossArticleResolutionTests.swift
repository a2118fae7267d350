import Foundation
import NewsGraph
import Testing

/// Merges across articles that need more than a shared spelling: treaties and
/// summits described differently, reference names. Each case is built from short
/// articles of our own in both orders of ingestion.
@Suite struct CrossArticleResolutionTests {
    /// Builds the graph of articles (id, text), in the order given.
    private func build(_ articles: [(String, String)]) -> KnowledgeGraph {
        let extractor = Extractor()
        return GraphBuilder.build(articles.map { extractor.extract(Document(id: $0.0, text: $0.1)) })
    }

    private func treaties(_ graph: KnowledgeGraph) -> [Entity] { graph.entities.filter { $0.type == .treaty } }

    /// The same graph, as JSON, whatever the order of the articles.
    private func buildInBothOrders(_ articles: [(String, String)]) throws -> KnowledgeGraph {
        let forward = build(articles)
        let backward = build(articles.reversed())
        #expect(try JSONExport.data(for: forward) == JSONExport.data(for: backward))
        return forward
    }

    @Test func oneAgreementDescribedByDateMonthAndBroker() throws {
        let graph = try buildInBothOrders([
            ("a", "Ethiopia and Eritrea signed the trilateral agreement of June 3, 2023 in Nairobi."),
            ("b", "The fighting stopped under a Kenyan-brokered agreement of June 4, observers said."),
            ("c", "The two countries signed a Kenyan-brokered agreement in June 2023 to end the fighting."),
        ])
        let merged = treaties(graph)
        #expect(merged.count == 1)
        // The most precise date wins; every description is an alias.
        #expect(merged.first?.date == "2023-06-03")
        #expect(merged.first.map { [$0.name] + $0.aliases }?.count == 3)
        // The broker of one description and the signers of another meet on the one node.
        let id = try #require(merged.first?.id)
        #expect(graph.relations.contains { $0.type == .brokered && $0.source.rawValue == "state:kenya" && $0.target == id })
        #expect(graph.relations.contains { $0.type == .signed && $0.source.rawValue == "state:ethiopia" && $0.target == id })
    }

    @Test func agreementsOfDifferentDaysOrYearsStayApart() throws {
        let graph = try buildInBothOrders([
            ("a", "Ethiopia and Eritrea signed the trilateral agreement of June 3, 2023 in Nairobi."),
            ("b", "Ethiopia and Eritrea signed the trilateral agreement of June 20, 2023 in Addis Ababa."),
            ("c", "Ethiopia and Eritrea signed the trilateral agreement of June 3, 2024 in Asmara."),
        ])
        #expect(treaties(graph).compactMap(\.date).sorted() == ["2023-06-03", "2023-06-20", "2024-06-03"])
    }

    @Test func noChainThroughNeighbouringDays() throws {
        // June 3 ~ June 4 and June 4 ~ June 5, but June 3 and June 5 are two days
        // apart: the middle one joins one side only, whatever the order.
        let graph = try buildInBothOrders([
            ("a", "Ethiopia and Eritrea signed the trilateral agreement of June 3, 2023 in Nairobi."),
            ("b", "Ethiopia and Eritrea signed the trilateral agreement of June 4, 2023 in Nairobi."),
            ("c", "Ethiopia and Eritrea signed the trilateral agreement of June 5, 2023 in Nairobi."),
        ])
        #expect(treaties(graph).count == 2)
    }

    @Test func undatedTreatiesMergeOnSubjectAndParties() throws {
        let graph = try buildInBothOrders([
            ("a", "Diplomats praised progress in Ethiopian-Eritrean talks on a bilateral peace treaty."),
            ("b", "Ethiopia and Eritrea published the text of a peace treaty they initialed on Friday."),
            ("c", "Serbia and Croatia published the text of a peace agreement they initialed on Friday."),
            ("d", "Ethiopia and Eritrea also signed a trade treaty."),
        ])
        let names = treaties(graph).map { ([$0.name] + $0.aliases).sorted() }
        // a and b are one (peace, the same two states); c has other parties, d another subject.
        #expect(names.contains(["bilateral peace treaty", "peace treaty"]))
        #expect(treaties(graph).count == 3)
    }

    @Test func eventDescriptionsCompareDatesPartByPart() {
        // Two names, so that only the dates and subjects can join them.
        func agree(_ a: String?, _ b: String?, nameA: String = "agreement", nameB: String = "accord") -> Bool {
            let pair = [Entity(id: EntityID(rawValue: "treaty:a"), type: .treaty, name: nameA, date: a),
                        Entity(id: EntityID(rawValue: "treaty:b"), type: .treaty, name: nameB, date: b)]
            return AliasResolver().resolve(pair).entities.count == 1
        }
        #expect(agree("2020-11-09", "2020-11-10"))
        #expect(agree("2020-11", "2020-11-30"))
        #expect(agree("2020-10-31", "2020-11-01"))  // the last and the first of two months
        #expect(!agree("2020-11-09", "2020-11-11"))
        #expect(!agree("2020-11", "2020-12-01"))
        #expect(!agree("2020-11-09", "2021-11-09"))
        // Undated, the subject alone is not enough.
        #expect(!agree(nil, nil, nameA: "peace treaty", nameB: "peace accord"))
        #expect(!agree(nil, "2020-11-09"))
    }

    @Test func referenceNamesAreAddedButMergeNothing() throws {
        let graph = try buildInBothOrders([
            ("a", "Azerbaijani President Ilham Aliyev met Turkish Foreign Minister Hakan Fidan in Baku. The Azerbaijani Foreign Ministry said the talks went well."),
            ("b", "Former President Heydar Aliyev led Azerbaijan in the 1990s."),
        ])
        let ilham = try #require(graph.entities.first { $0.id.rawValue == "person:ilham-aliyev" })
        let heydar = try #require(graph.entities.first { $0.id.rawValue == "person:heydar-aliyev" })
        // Both answer to the surname they share, and stay two people.
        #expect(ilham.aliases.contains("Aliyev") && heydar.aliases.contains("Aliyev"))
        #expect(graph.entities.first { $0.id.rawValue == "person:hakan-fidan" }?.aliases.contains("Fidan") == true)
        let ministry = try #require(graph.entities.first { $0.id.rawValue == "organization:azerbaijani-foreign-ministry" })
        #expect(ministry.aliases.contains("Ministry of Foreign Affairs of Azerbaijan"))
    }

    @Test func surnamesKeepTheirParticlesAndDropSuffixes() {
        func surname(_ name: String) -> [String] {
            AliasResolver().resolve([Entity(type: .person, name: name)]).entities.first?.aliases ?? []
        }
        #expect(surname("Ursula von der Leyen") == ["von der Leyen"])
        #expect(surname("Martin Luther King Jr.") == ["King"])
        #expect(surname("Emmanuel Macron") == ["Macron"])
        #expect(surname("Lula").isEmpty)
    }

    @Test func formerStatesAreStates() {
        let a = Extracted("Armenia left the Soviet Union in 1991.")
        #expect(a.ids.contains("state:soviet-union"))
        #expect(!a.ids.contains("organization:soviet-union"))
    }
}
