import Foundation
import Testing
import TestSupport

@Suite struct QueryCommandTests {
    /// A store built from the fixture articles of `Tests/Fixtures/store`.
    private func store() throws -> String {
        let out = try Fixtures.temporaryDirectory()
        let build = try CommandLine.run(["build", Fixtures.url("store").path, "--out", out.path])
        try #require(build.status == 0, "\(build.stderr)")
        return out.appendingPathComponent("newsgraph.sqlite").path
    }

    @Test func neighboursAsTableJSONAndCSV() throws {
        let db = try store()
        let table = try CommandLine.run(["neighbors", "sergei rustamov", "--db", db])
        #expect(table.status == 0 && table.stderr.isEmpty)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("DEPTH  ID") == true)
        #expect(lines.contains { $0.contains("person:emre-kaya") && $0.contains("phoned") })

        let json = try CommandLine.run(["neighbors", "Rustamov", "--db", db, "--format", "json", "--relation", "phoned"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.data) as? [String: Any])
        #expect((object["entity"] as? [String: Any])?["id"] as? String == "person:sergey-rustamov")
        let neighbors = try #require(object["neighbors"] as? [[String: Any]])
        #expect(neighbors.compactMap { ($0["entity"] as? [String: Any])?["id"] as? String } == ["person:emre-kaya"])
        #expect((neighbors.first?["relation"] as? [String: Any])?["cameo"] as? String == "041")

        let csv = try CommandLine.run(["neighbors", "Rustamov", "--db", db, "--format", "csv", "--type", "person"])
        #expect(csv.stdout == "DEPTH,ID,NAME,TYPE,RELATION,DATE,EVIDENCE\r\n1,person:emre-kaya,Emre Kaya,person,phoned,,1\r\n")
    }

    @Test func exitStatusSaysWhetherThereWasAnAnswer() throws {
        let db = try store()
        let unknown = try CommandLine.run(["neighbors", "Rustamof", "--db", db])
        #expect(unknown.status == 1 && unknown.stdout.isEmpty)
        #expect(unknown.stderr == "newsgraph: no entity named \"Rustamof\"; closest: Rustamov\n")
        let ambiguous = try CommandLine.run(["show", "aliyev", "--db", db])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("Heydar Aliyev (person:heydar-aliyev), Ilham Aliyev (person:ilham-aliyev)"))
        let usage = try CommandLine.run(["neighbors", "Rustamov", "--db", db, "--depth", "0"])
        #expect(usage.status == 2)
        let badType = try CommandLine.run(["entities", "--type", "planet", "--db", db])
        #expect(badType.status == 2)
        let noStore = try CommandLine.run(["stats", "--db", "/no/such/store.sqlite"])
        #expect(noStore.status == 1 && noStore.stderr.hasPrefix("newsgraph: /no/such/store.sqlite: no graph store here"))
        let unrelated = try CommandLine.run(["evidence", "Emre Kaya", "Heydar Aliyev", "--db", db])
        #expect(unrelated.status == 1)
        #expect(unrelated.stderr == "newsgraph: no relation between Emre Kaya and Heydar Aliyev\n")
    }

    @Test func showPathEvidenceEntitiesStatsAndAliases() throws {
        let db = try store()
        let show = try CommandLine.run(["show", "person:sergey-rustamov", "--db", db, "--format", "json"])
        let profile = try #require(try JSONSerialization.jsonObject(with: show.data) as? [String: Any])
        #expect(profile["aliases"] as? [String] == ["Rustamov", "Sergei Rustamov"])
        #expect((profile["offices"] as? [[String: Any]])?.first?["title"] as? String == "Foreign Minister")
        #expect((profile["relations"] as? [String: Int])?["phoned"] == 1)

        let path = try CommandLine.run(["path", "Emre Kaya", "Azerbaijan", "--db", db])
        #expect(path.status == 0)
        #expect(path.stdout.contains("person:emre-kaya") && path.stdout.contains("holds_office →"))

        let evidence = try CommandLine.run(["evidence", "Kaya", "Rustamov", "--db", db, "--format", "csv"])
        #expect(evidence.stdout.contains("phoned,person:emre-kaya,person:sergey-rustamov,baku-call,0"))

        let entities = try CommandLine.run(["entities", "--type", "place", "--db", db, "--format", "json"])
        let places = try #require(try JSONSerialization.jsonObject(with: entities.data) as? [[String: Any]])
        #expect(places.compactMap { $0["id"] as? String } == ["place:kazan", "place:tbilisi"])

        let stats = try CommandLine.run(["stats", "--db", db, "--format", "json"])
        let counts = try #require(try JSONSerialization.jsonObject(with: stats.data) as? [String: Any])
        #expect(counts["documents"] as? Int == 3)
        let exported = try CommandLine.run(["export", "--db", db])
        let graph = try #require(try JSONSerialization.jsonObject(with: exported.data) as? [String: Any])
        #expect((graph["entities"] as? [Any])?.count == counts["entities"] as? Int)
        #expect((graph["relations"] as? [Any])?.count == counts["relations"] as? Int)

        let aliases = try CommandLine.run(["aliases", "--db", db])
        #expect(aliases.stdout.contains("Sergei Rustamov") && aliases.stdout.contains("romanisation"))
    }

    @Test func removeTakesArticlesOut() throws {
        let out = try Fixtures.temporaryDirectory()
        _ = try CommandLine.run(["build", Fixtures.url("store").path, "--out", out.path])
        let removed = try CommandLine.run(["remove", "archive-note", "not-there", "--out", out.path])
        #expect(removed.status == 1)
        #expect(removed.stderr.contains("not-there: no such document"))
        #expect(removed.stdout.hasPrefix("removed 1 article;"))
        let gone = try CommandLine.run(["show", "Heydar Aliyev", "--db", out.appendingPathComponent("newsgraph.sqlite").path])
        #expect(gone.status == 1)
        let json = try String(contentsOf: out.appendingPathComponent("graph.json"), encoding: .utf8)
        #expect(!json.contains("heydar"))
    }
}

@Suite struct InterruptedBuildTests {
    /// Writes `count` short articles of generated names into a new folder.
    private func corpus(_ count: Int) throws -> URL {
        let folder = try Fixtures.temporaryDirectory()
        let given = ["Anna", "Boris", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo"], family = ["Varga", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak"]
        let states = ["Chile", "Peru", "Kenya", "Norway", "Vietnam", "Ghana", "Poland", "Jordan"]
        for i in 0..<count {
            let a = "\(given[i % given.count]) \(family[i % family.count])", b = "\(given[(i / 3) % given.count]) \(family[(i / 2) % family.count])"
            let (s, t) = (states[i % states.count], states[(i + 3) % states.count])
            let text = """
                Foreign Minister \(a) of \(s) held a telephone conversation with Foreign Minister \(b) of \(t) on March \(1 + i % 28), 2024.
                The two ministers discussed trade. \(a) later visited \(t).
                """
            try text.write(to: folder.appendingPathComponent(String(format: "article-%04d.txt", i)), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// A build killed at random moments (SIGKILL) and then run to the end gives the
    /// same graph as one that was never interrupted.
    @Test func killedBuildsFinishWithTheSameGraph() throws {
        let articles = try corpus(400)
        let reference = try Fixtures.temporaryDirectory()
        let started = Date()
        let clean = try CommandLine.run(["build", articles.path, "--out", reference.path])
        try #require(clean.status == 0)
        let duration = Date().timeIntervalSince(started)

        var out = try Fixtures.temporaryDirectory()
        var random = SystemRandomNumberGenerator()
        var kills = 0
        // A loaded machine can finish a build sooner than the clean one took: start
        // over in a fresh store until some build was killed.
        for _ in 0..<3 where kills == 0 {
            out = try Fixtures.temporaryDirectory()
            for _ in 0..<4 {
                let process = Process()
                process.executableURL = CommandLine.binary
                process.arguments = ["build", articles.path, "--out", out.path]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                usleep(UInt32(Double.random(in: 0.05...0.7, using: &random) * duration * 1_000_000))
                if process.isRunning {
                    kill(process.processIdentifier, SIGKILL)
                    kills += 1
                }
                process.waitUntilExit()
            }
        }
        let finish = try CommandLine.run(["build", articles.path, "--out", out.path])
        #expect(finish.status == 0)
        #expect(kills > 0, "no build was killed; the corpus is too small for this machine")
        for name in ["graph.json", "graph.dot"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: reference.appendingPathComponent(name)), "\(name) differs")
        }
        let stats = try CommandLine.run(["stats", "--db", out.appendingPathComponent("newsgraph.sqlite").path, "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: stats.data) as? [String: Any])?["documents"] as? Int == 400)
    }
}
