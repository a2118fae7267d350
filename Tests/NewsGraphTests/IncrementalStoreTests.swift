import Foundation
import GRDB
@testable import NewsGraph
import Testing
import TestSupport

/// The store resolves only the part of the graph an article touches; whatever the
/// order articles come and go in, the stored graph is the one built from scratch.
@Suite struct IncrementalStoreTests {
    /// The seeds, the store fixtures and short articles of our own whose treaties,
    /// summits and people merge only across articles.
    private static let extractions: [ArticleExtraction] = {
        var documents: [Document] = []
        let reader = ArticleReader()
        for folder in [Fixtures.seeds, Fixtures.url("store")] {
            for file in reader.files(in: [folder.path]).files { documents += (try? reader.read(file)) ?? [] }
        }
        documents += [
            Document(id: "x-accord", text: "Ethiopia and Eritrea signed the trilateral agreement of June 3, 2023 in Nairobi. President Amina Wekesa hosted the talks."),
            Document(id: "x-broker", date: "2023-06-10", text: "The fighting stopped under a Kenyan-brokered agreement of June 4, observers said. Wekesa welcomed it."),
            Document(id: "x-later", text: "Ethiopia and Eritrea signed the trilateral agreement of June 5, 2023 in Nairobi."),
            Document(id: "x-summit", text: "Kenyan President Amina Wekesa attended the Nairobi peace summit on June 2, 2023 with Ethiopian Prime Minister Dawit Alemu."),
            Document(id: "x-met", text: "Kenyan President Amina Wekesa met Ethiopian Prime Minister Dawit Alemu in Nairobi on June 9, 2023."),
        ]
        let extractor = Extractor()
        return documents.map(extractor.extract)
    }()

    private func json(_ graph: KnowledgeGraph) throws -> String {
        String(decoding: try JSONExport.data(for: graph), as: UTF8.self)
    }

    /// The graph built in memory from scratch, as the store would report it.
    private func expected(_ extractions: [ArticleExtraction]) throws -> String {
        try json(GraphBuilder.build(extractions))
    }

    private func newStore() throws -> GraphStore {
        try GraphStore(path: try Fixtures.temporaryDirectory().appendingPathComponent("graph.sqlite").path)
    }

    private func save(_ extraction: ArticleExtraction, in store: GraphStore) throws {
        try store.save(extraction, hash: Pipeline.contentHash(of: extraction.document), path: nil)
    }

    @Test(arguments: [0, 1, 2])
    func addingOneArticleAtATimeGivesTheGraphBuiltAtOnce(order: Int) throws {
        var articles = Self.extractions
        if order == 1 { articles.reverse() }
        // A third order that mixes the folders: by id read backwards.
        if order == 2 { articles.sort { $0.document.id.reversed().lexicographicallyPrecedes($1.document.id.reversed()) } }
        let store = try newStore()
        var added: [ArticleExtraction] = []
        for article in articles {
            try save(article, in: store)
            added.append(article)
            #expect(try !store.isStale())
            #expect(try json(store.graph()) == expected(added), "after adding \(article.document.id)")
        }
        // Taking them out again, one at a time, in another order.
        for article in articles.sorted(by: { ($0.document.id.count, $0.document.id) < ($1.document.id.count, $1.document.id) }).prefix(articles.count - 1) {
            #expect(try store.remove(documents: [article.document.id]) == [article.document.id])
            added.removeAll { $0.document.id == article.document.id }
            #expect(try json(store.graph()) == expected(added), "after removing \(article.document.id)")
        }
    }

    @Test func theVenueOfAMeetingIsAnEntityOfTheGraph() throws {
        let store = try newStore()
        for article in Self.extractions { try save(article, in: store) }
        let graph = try store.graph()
        let places = graph.relations.filter { $0.type == .met }.compactMap(\.place)
        #expect(places.contains("place:nairobi"))
        for place in places { #expect(graph.entities.contains { $0.id.rawValue == place }, "\(place)") }
    }

    @Test func theAliasRulesAndMentionsAreThoseOfAFullResolution() throws {
        let store = try newStore()
        for article in Self.extractions { try save(article, in: store) }
        let clusters = try store.aliasClusters().map { "\($0.entity.id): " + $0.aliases.map { "\($0.name)=\($0.rule)" }.joined(separator: ", ") }
        let profiles = try store.entities().map { try store.profile(of: $0.entity.id).map { "\($0.entity.id) \($0.documents) \($0.firstSeen ?? "")" } }
        let stats = try store.stats()
        try store.resolve()
        #expect(try store.aliasClusters().map { "\($0.entity.id): " + $0.aliases.map { "\($0.name)=\($0.rule)" }.joined(separator: ", ") } == clusters)
        #expect(try store.entities().map { try store.profile(of: $0.entity.id).map { "\($0.entity.id) \($0.documents) \($0.firstSeen ?? "")" } } == profiles)
        #expect(try store.stats().mentions == stats.mentions && store.stats().evidence == stats.evidence)
        #expect(clusters.contains { $0.contains("=same event") })
    }

    @Test func aChangedArticleIsResolvedAgainWhereItChanged() throws {
        let store = try newStore()
        let extractor = Extractor()
        let first = extractor.extract(Document(id: "note", text: "Kenyan President Amina Wekesa met Ugandan President Grace Namuli in Kampala."))
        let other = extractor.extract(Document(id: "other", date: "2024-03-06", text: "Wekesa phoned Namuli on Monday."))
        for article in [first, other] { try save(article, in: store) }
        // The new version names another Namuli: the surname-only mentions now have two candidates.
        let second = extractor.extract(Document(id: "note", text: "Kenyan President Amina Wekesa met Ugandan President Grace Namuli and Ugandan minister Peter Namuli."))
        try save(second, in: store)
        #expect(try json(store.graph()) == expected([second, other]))
        try save(first, in: store)
        #expect(try json(store.graph()) == expected([first, other]))
    }

    @Test func aVersion1StoreKeepsItsArticles() throws {
        // A store as schema v1 left it: documents and their extractions as JSON.
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("graph.sqlite").path
        let articles = Array(Self.extractions.prefix(4))
        let queue = try DatabaseQueue(path: path)
        try GraphStore.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            for article in articles {
                try db.execute(sql: "INSERT INTO documents (id, hash, title, date, url) VALUES (?, ?, ?, ?, ?)",
                               arguments: [article.document.id, Pipeline.contentHash(of: article.document), article.document.title, article.document.date, article.document.url])
                try db.execute(sql: "INSERT INTO extractions (document, json) VALUES (?, ?)",
                               arguments: [article.document.id, try JSONEncoder().encode(StoredExtraction(article))])
            }
        }
        try queue.close()
        let store = try GraphStore(path: path)
        #expect(try store.isStale())
        try store.resolve()
        #expect(try json(store.graph()) == expected(articles))
        // Later articles are resolved where they touch the graph.
        try save(Self.extractions[4], in: store)
        #expect(try !store.isStale())
        #expect(try json(store.graph()) == expected(articles + [Self.extractions[4]]))
    }
}
