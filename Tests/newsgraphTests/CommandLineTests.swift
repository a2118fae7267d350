import Foundation
import Testing
import TestSupport

/// Runs the built `newsgraph` binary and captures what it prints.
struct CommandLine {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var data: Data
    }

    static let binary: URL = {
        // The test bundle sits in the build products folder beside the executable.
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("newsgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("newsgraph")
    }()

    static func run(_ arguments: [String], in directory: URL? = nil, input: Data? = nil) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes while the process runs so a full pipe cannot block it. The
        // semaphore makes the reader's write visible here (polling `isFinished` did
        // not, under load).
        nonisolated(unsafe) var errorData = Data()
        let done = DispatchSemaphore(value: 0)
        Thread {
            errorData = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }.start()
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.wait()
        return Output(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self), data: outputData)
    }
}

@Suite struct BuildCommandTests {
    @Test func buildsTheSeedsIntoJSONDOTAndSVG() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try CommandLine.run(["build", Fixtures.seeds.path, "--out", out.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("5 articles (5 added, 0 replaced, 0 unchanged), "))
        #expect(result.stdout.contains("wrote \(out.path)/graph.svg"))

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("graph.json"))) as? [String: Any]
        let ids = (json?["entities"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.contains("person:vladimir-putin") && ids.contains("state:russia"))
        let svg = try SVGDocument(Data(contentsOf: out.appendingPathComponent("graph.svg")))
        let labels = try svg.elements("text").compactMap(\.stringValue)
        for name in ["Vladimir Putin", "Nikol Pashinyan", "Russia", "Armenia", "Azerbaijan"] {
            #expect(labels.contains(name), "\(name) not drawn")
        }
        let dot = try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8)
        #expect(dot.hasPrefix("digraph newsgraph {"))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try Fixtures.temporaryDirectory(), second = try Fixtures.temporaryDirectory()
        _ = try CommandLine.run(["build", Fixtures.seeds.path, "--out", first.path])
        _ = try CommandLine.run(["build", Fixtures.seeds.path, "--out", second.path])
        for name in ["graph.json", "graph.dot", "graph.svg"] {
            #expect(try Data(contentsOf: first.appendingPathComponent(name)) == Data(contentsOf: second.appendingPathComponent(name)), "\(name) differs")
        }
    }

    @Test func badFilesAreReportedAndTheRestIsBuilt() throws {
        let input = try Fixtures.temporaryDirectory(), out = try Fixtures.temporaryDirectory()
        try FileManager.default.copyItem(at: Fixtures.url("articles/phone-call.txt"), to: input.appendingPathComponent("good.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: input.appendingPathComponent("binary.txt"))
        try Data().write(to: input.appendingPathComponent("empty.md"))
        let result = try CommandLine.run(["build", input.path, "/no/such/folder", "--out", out.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.contains { $0.contains("binary.txt: binary data") })
        #expect(lines.contains { $0.contains("empty.md: empty file") })
        #expect(lines.contains { $0.contains("/no/such/folder: cannot read") })
        #expect(result.stdout.hasPrefix("1 article (1 added, 0 replaced, 0 unchanged), "))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.svg").path))
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        for command in [[], ["build"], ["render"], ["extract"]] {
            let result = try CommandLine.run(command + ["--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Example"), "\(command) --help")
        }
    }
}

@Suite struct RenderCommandTests {
    private func graphFile() throws -> URL {
        let out = try Fixtures.temporaryDirectory()
        _ = try CommandLine.run(["build", Fixtures.url("articles").path, "--out", out.path])
        return out.appendingPathComponent("graph.json")
    }

    @Test func rendersEveryFormatToAFile() throws {
        let graph = try graphFile()
        let magic: [String: [UInt8]] = ["png": [0x89, 0x50, 0x4E, 0x47], "pdf": Array("%PDF".utf8), "svg": Array("<?xm".utf8), "dot": Array("digr".utf8), "json": Array("{".utf8)]
        for (format, prefix) in magic {
            let file = graph.deletingLastPathComponent().appendingPathComponent("out.\(format)")
            let result = try CommandLine.run(["render", graph.path, "--format", format, "--engine", "neato", "-o", file.path])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(Array(try Data(contentsOf: file).prefix(prefix.count)) == prefix, "\(format)")
        }
    }

    @Test func writesToStandardOutputWithoutAFile() throws {
        let result = try CommandLine.run(["render", try graphFile().path, "--format", "svg"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<svg"))
        #expect(result.stderr.isEmpty)
    }

    @Test func badGraphFileIsAOneLineErrorNamingIt() throws {
        let bad = try Fixtures.temporaryDirectory().appendingPathComponent("graph.json")
        try Data("not json".utf8).write(to: bad)
        let result = try CommandLine.run(["render", bad.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("newsgraph: \(bad.path): "))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try CommandLine.run(["render", try graphFile().path, "--format", "gif"])
        #expect(result.status != 0 && result.status != 1)
        #expect(result.stderr.contains("gif"))
    }
}

@Suite struct CommittedGraphTests {
    /// `graphs/` holds what `newsgraph build seeds` writes with the current code;
    /// `RECORD_SNAPSHOTS=1` rewrites it.
    @Test func committedSeedGraphIsCurrent() throws {
        let committed = Fixtures.seeds.deletingLastPathComponent().appendingPathComponent("graphs")
        let fresh = try Fixtures.temporaryDirectory()
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        let result = try CommandLine.run(["build", Fixtures.seeds.path, "--out", record ? committed.path : fresh.path])
        #expect(result.status == 0)
        guard !record else { return }
        // SVG bytes depend on the fonts installed; JSON and DOT do not.
        for name in ["graph.json", "graph.dot"] {
            let old = try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
            let new = try String(contentsOf: fresh.appendingPathComponent(name), encoding: .utf8)
            #expect(old == new, "graphs/\(name) is stale: run RECORD_SNAPSHOTS=1 swift test, or newsgraph build seeds")
        }
    }
}

@Suite struct ExtractCommandTests {
    @Test func jsonFromStandardInputHasAlignedOffsets() throws {
        let text = "“Talks” — Ukrainian President Volodymyr Zelensky phoned Polish Prime Minister Donald Tusk. Zelensky thanked him."
        let result = try CommandLine.run(["extract", "-", "--format", "json"], input: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: result.data) as? [String: Any])
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["id"] as? String == "stdin")
        #expect(document.keys.contains("date"))  // null, not missing
        let cleaned = Array(try #require(document["text"] as? String).unicodeScalars)
        let entities = try #require(object["entities"] as? [[String: Any]])
        let mentions = entities.flatMap { ($0["mentions"] as? [[String: Any]]) ?? [] }
        #expect(mentions.count >= 3)
        for mention in mentions {
            let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: cleaned[start..<end])
            #expect(String(slice) == mention["text"] as? String)
        }
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.contains { $0["type"] as? String == "phoned" })
    }

    @Test func tableListsEntitiesAndRelations() throws {
        let result = try CommandLine.run(["extract", Fixtures.url("articles/phone-call.txt").path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("== phone-call"))
        #expect(result.stdout.contains("person:olaf-scholz"))
        #expect(result.stdout.contains("holds_office person:olaf-scholz -> state:germany [Chancellor]"))
    }

    @Test func severalArticlesAreAnArrayAndBadOnesAreReported() throws {
        let bad = try Fixtures.temporaryDirectory().appendingPathComponent("bad.txt")
        try Data([0xFF, 0xFE, 0x41]).write(to: bad)
        let result = try CommandLine.run(["extract", "--format", "json", Fixtures.url("articles/batch.jsonl").path, bad.path])
        #expect(result.status == 1)
        #expect(result.stderr == "newsgraph: \(bad.path): not valid UTF-8 text\n")
        #expect((try JSONSerialization.jsonObject(with: result.data) as? [Any])?.count == 2)
    }
}
