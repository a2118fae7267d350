import Foundation
import NewsGraph
import Testing
import TestSupport

@Suite struct StoreTests {
    private func newStore() throws -> GraphStore {
        try GraphStore(path: try Fixtures.temporaryDirectory().appendingPathComponent("graph.sqlite").path)
    }

    private func json(_ graph: KnowledgeGraph) throws -> String {
        String(decoding: try JSONExport.data(for: graph), as: UTF8.self)
    }

    /// Copies some fixture articles into a new folder, to build from.
    private func folder(_ names: [String], from source: URL) throws -> URL {
        let folder = try Fixtures.temporaryDirectory()
        for name in names { try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func theStoredGraphIsTheGraphBuiltInMemory() throws {
        let store = try newStore()
        let stored = try Pipeline().build(paths: [Fixtures.seeds.path], into: store)
        let inMemory = Pipeline().build(paths: [Fixtures.seeds.path]).graph
        #expect(try json(stored.graph) == json(inMemory))
        // Read back from the tables, not from the resolver's return value.
        #expect(try json(store.graph()) == json(inMemory))
    }

    @Test func buildingTwiceOrInHalvesGivesTheSameGraph() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path).sorted()
        let once = try newStore()
        _ = try Pipeline().build(paths: [Fixtures.seeds.path], into: once)
        let again = try Pipeline().build(paths: [Fixtures.seeds.path], into: once)
        #expect(again.unchanged.count == seeds.count && again.added.isEmpty && again.replaced.isEmpty)

        let halves = try newStore()
        _ = try Pipeline().build(paths: [try folder(Array(seeds.prefix(2)), from: Fixtures.seeds).path], into: halves)
        let second = try Pipeline().build(paths: [try folder(Array(seeds.dropFirst(2)), from: Fixtures.seeds).path], into: halves)
        #expect(second.added.count == seeds.count - 2)
        #expect(try json(halves.graph()) == json(once.graph()))
    }

    @Test func theOrderOfArticlesDoesNotMatter() throws {
        let source = Fixtures.url("store")
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
        var graphs: [String] = []
        for order in [names, names.reversed()] {
            let store = try newStore()
            for name in order { _ = try Pipeline().build(paths: [source.appendingPathComponent(name).path], into: store) }
            graphs.append(try json(store.graph()))
        }
        #expect(graphs[0] == graphs[1])
    }

    @Test func mergesAndNeverMerges() throws {
        let store = try newStore()
        _ = try Pipeline().build(paths: [Fixtures.url("store").path], into: store)
        let people = try store.entities(type: .person).map(\.entity)
        // Sergei and Sergey are one romanised name.
        let rustamov = try #require(people.first { $0.id.rawValue == "person:sergey-rustamov" })
        #expect(rustamov.aliases.contains("Sergei Rustamov"))
        // Ilham and Heydar Aliyev share a surname and stay two.
        #expect(people.contains { $0.id.rawValue == "person:ilham-aliyev" } && people.contains { $0.id.rawValue == "person:heydar-aliyev" })
        let rules = try store.aliasClusters().first { $0.entity.id == rustamov.id }?.aliases
        #expect(rules?.contains { $0.name == "Sergei Rustamov" && $0.rule == "romanisation" } == true)
    }

    @Test func aChangedArticleReplacesItsOldMentions() throws {
        let folder = try Fixtures.temporaryDirectory()
        let file = folder.appendingPathComponent("note.txt")
        try "Kenyan President Musa Otieno met Ugandan President Grace Namuli in Kampala.".write(to: file, atomically: true, encoding: .utf8)
        let store = try newStore()
        _ = try Pipeline().build(paths: [folder.path], into: store)
        #expect(try store.entities(type: .person).count == 2)
        try "Kenyan President Musa Otieno visited Kampala.".write(to: file, atomically: true, encoding: .utf8)
        let update = try Pipeline().build(paths: [folder.path], into: store)
        #expect(update.replaced == ["note"])
        #expect(try store.entities(type: .person).map(\.entity.name) == ["Musa Otieno"])
        #expect(try store.stats().documents == 1)
    }

    @Test func removingAnArticleTakesWhatRestedOnlyOnIt() throws {
        let store = try newStore()
        _ = try Pipeline().build(paths: [Fixtures.url("store").path], into: store)
        #expect(try store.remove(documents: ["archive-note", "no-such-article"]) == ["archive-note"])
        try store.resolve()
        let ids = try store.entities().map(\.entity.id.rawValue)
        #expect(!ids.contains("person:heydar-aliyev") && !ids.contains("person:eduard-shevardnadze"))
        #expect(ids.contains("person:ilham-aliyev"))
        #expect(try store.stats().documents == 2)
    }

    @Test func namesAreFoundWhateverTheirSpelling() throws {
        let store = try newStore()
        _ = try Pipeline().build(paths: [Fixtures.url("store").path], into: store)
        guard case .found(let a) = try store.lookup("SERGEI RUSTAMOV") else { Issue.record("not found"); return }
        #expect(a.id.rawValue == "person:sergey-rustamov")
        guard case .found(let b) = try store.lookup("person:emre-kaya") else { Issue.record("id not found"); return }
        #expect(b.name == "Emre Kaya")
        guard case .ambiguous(let both) = try store.lookup("Aliyev") else { Issue.record("Aliyev should be ambiguous"); return }
        #expect(both.map(\.id.rawValue) == ["person:heydar-aliyev", "person:ilham-aliyev"])
        guard case .missing(let suggestions) = try store.lookup("Rustamof") else { Issue.record("should be missing"); return }
        #expect(suggestions.first == "Rustamov")
    }

    @Test func neighboursPathsAndEvidence() throws {
        let store = try newStore()
        _ = try Pipeline().build(paths: [Fixtures.url("store").path], into: store)
        let rustamov = EntityID(rawValue: "person:sergey-rustamov"), kaya = EntityID(rawValue: "person:emre-kaya")
        let direct = try store.neighbors(of: rustamov)
        #expect(direct.allSatisfy { $0.depth == 1 })
        #expect(direct.contains { $0.entity.id == kaya && $0.relation.type == .phoned })
        let phoned = try store.neighbors(of: rustamov, filter: .init(relations: [.phoned]))
        #expect(phoned.map(\.entity.id) == [kaya])
        let states = try store.neighbors(of: rustamov, depth: 2, filter: .init(types: [.state]))
        #expect(states.map(\.entity.id.rawValue) == ["state:azerbaijan"])
        // Two steps: Kaya → Rustamov → Azerbaijan.
        let path = try #require(try store.path(from: kaya, to: EntityID(rawValue: "state:azerbaijan")))
        #expect(path.map(\.type) == [.phoned, .holdsOffice])
        let evidence = try store.relations(between: kaya, and: rustamov)
        #expect(evidence.first?.evidence.first?.text.hasPrefix("Azerbaijani Foreign Minister Sergey Rustamov held a telephone conversation") == true)
        #expect(try store.path(from: kaya, to: EntityID(rawValue: "place:tbilisi")) == nil)
    }

    @Test func datesNarrowNeighbours() throws {
        let folder = try Fixtures.temporaryDirectory()
        try "Kenyan President Musa Otieno met Ugandan President Grace Namuli on March 3, 2021. Otieno phoned Tanzanian President Asha Mrema on June 9, 2024."
            .write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let store = try newStore()
        _ = try Pipeline().build(paths: [folder.path], into: store)
        let otieno = EntityID(rawValue: "person:musa-otieno")
        let recent = try store.neighbors(of: otieno, filter: .init(types: [.person], since: "2024-01-01"))
        #expect(recent.map(\.entity.name) == ["Asha Mrema"])
        let early = try store.neighbors(of: otieno, filter: .init(types: [.person], until: "2021-12-31"))
        #expect(early.map(\.entity.name) == ["Grace Namuli"])
        // The office was seen on the day the sentence gives (the article has no date).
        #expect(try store.neighbors(of: otieno, filter: .init(types: [.state], until: "2021-12-31")).map(\.entity.name) == ["Kenya"])
    }

    @Test func anUnusableFileIsAClearError() throws {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("not-a-db.sqlite")
        try Data("this is not a database, just text that is long enough to be read as a header".utf8).write(to: file)
        #expect { try GraphStore(path: file.path) } throws: { error in
            (error as? StoreError)?.errorDescription?.hasPrefix("\(file.path): cannot open the graph store") == true
        }
    }
}

@Suite struct AliasFileTests {
    private func entity(_ name: String, _ type: EntityType = .person, aliases: [String] = []) -> Entity {
        Entity(type: type, name: name, aliases: aliases)
    }

    @Test func userClustersAndNeverMergePairsWinInEitherOrder() {
        let corrections = AliasFile(
            entities: [.init(name: "Nagorno-Karabakh", type: .region, aliases: ["Artsakh"])],
            neverMerge: [["Ana Rojas", "Rojas"]])
        let input = [entity("Nagorno-Karabakh", .region), entity("Artsakh", .region), entity("Ana Rojas"), entity("Rojas")]
        for order in [input, input.reversed()] {
            let (entities, mapping, rules) = AliasResolver(corrections: corrections).resolveExplained(order)
            let region = EntityID(rawValue: "region:nagorno-karabakh")
            #expect(mapping[EntityID(rawValue: "region:artsakh")] == region)
            #expect(rules[region]?["Artsakh"] == .aliasesFile)
            // Without the correction the rules would join the surname to the one full name.
            #expect(entities.filter { $0.type == .person }.count == 2)
        }
        #expect(AliasResolver().resolve(input).entities.filter { $0.type == .person }.count == 1)
        #expect(AliasResolver().resolve(input).entities.filter { $0.type == .region }.count == 2)
    }

    @Test func theStoreKeepsTheCorrectionsForLaterBuilds() throws {
        let store = try GraphStore(path: try Fixtures.temporaryDirectory().appendingPathComponent("g.sqlite").path)
        _ = try Pipeline().build(paths: [Fixtures.url("store").path], into: store)
        try store.setCorrections(AliasFile(entities: [.init(name: "Middle Corridor", type: .region, aliases: ["Trans-Caspian Route"])],
                                           neverMerge: [["Sergey Rustamov", "Sergei Rustamov"]]))
        #expect(try store.isStale())
        // The next build has nothing new to read but resolves again with the corrections.
        let graph = try Pipeline().build(paths: [Fixtures.url("store").path], into: store).graph
        #expect(graph.entities.contains { $0.id.rawValue == "person:sergei-rustamov" })
        #expect(try store.corrections().neverMerge == [["Sergey Rustamov", "Sergei Rustamov"]])
    }

    @Test func malformedFilesNameTheFileAndTheReason() throws {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("aliases.json")
        try Data(#"{"never_merge": [["only one"]]}"#.utf8).write(to: file)
        #expect { try AliasFile.read(contentsOf: file) } throws: { error in
            (error as? LocalizedError)?.errorDescription == "\(file.path): a never_merge entry must name two entities, not 1"
        }
    }
}
