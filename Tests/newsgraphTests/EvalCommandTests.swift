import Foundation
import Testing
import TestSupport

@Suite struct EvalCommandTests {
    /// Figures worked out by hand from the two small files.
    @Test func scoresASmallGraphAsTheRulesSay() throws {
        let result = try CommandLine.run(["eval", Fixtures.url("gold/small-gold.json").path, "--graph", Fixtures.url("gold/small-graph.json").path, "--verbose"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // Entities: Ana Rojas, Peru and the accord (by its date pattern) match; Chile is
        // mistyped (place), Bolivia spurious: P 3/5, R 3/4.
        #expect(lines.first == "entities           P 0.600  R 0.750  F1 0.667")
        // Alias pairs: {ana rojas, rojas} and {chile, la moneda} both found.
        #expect(lines.contains("aliases            P 1.000  R 1.000  F1 1.000"))
        // Relations: holds_office and ally_of map through the matching; signed by Bolivia is
        // spurious and Peru's signing missed: P 2/3, R 2/3.
        #expect(lines.contains("relations          P 0.667  R 0.667  F1 0.667"))
        // One of the two matched relations cites gold document "a" (as "a.txt").
        #expect(lines.contains("evidence           0.500 of matched relations cite a gold document"))
        #expect(lines.contains("  Chile: place (gold state)"))
        #expect(lines.contains("  state:Bolivia"))
        #expect(lines.contains("  signed(peru, lima-accord)"))
        #expect(lines.last == "entities F1 0.667 | aliases F1 1.000 | relations F1 0.667")
    }

    @Test func boundsSetTheExitStatus() throws {
        let args = ["eval", Fixtures.url("gold/small-gold.json").path, "--graph", Fixtures.url("gold/small-graph.json").path]
        let below = try CommandLine.run(args + ["--min-entities", "0.9"])
        #expect(below.status == 1)
        #expect(below.stderr == "newsgraph: below bound: entities\n")
        #expect(try CommandLine.run(args + ["--min-entities", "0.5", "--min-relations", "0.6"]).status == 0)
        let missing = try CommandLine.run(["eval", "no-such-gold.json", "--graph", Fixtures.url("gold/small-graph.json").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("newsgraph: ") && missing.stderr.contains("no-such-gold.json: cannot read"))
    }

    /// The reference scorer lives beside the repository (`../shared`), as in CI.
    @Test func agreesWithKgscoreOnTheSeeds() throws {
        let root = Fixtures.seeds.deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        let kgscore = shared.appendingPathComponent("tools/kgscore"), gold = shared.appendingPathComponent("gold/seeds.json")
        try #require(FileManager.default.fileExists(atPath: kgscore.path), "the reference scorer is not at \(kgscore.path)")
        let graph = root.appendingPathComponent("graphs/graph.json")
        let ours = try CommandLine.run(["eval", gold.path, "--graph", graph.path, "--verbose"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", kgscore.path, gold.path, graph.path, "--verbose"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let theirs = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(ours.stdout == theirs)
    }
}
