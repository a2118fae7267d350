import Foundation
import NewsGraph
import Testing
import TestSupport

/// Runs `scripts/read-exports.py`, which reads an export back with networkx, Python's
/// csv and json modules, ElementTree or Graphviz's dot, and returns what it found.
func readBack(_ format: String, _ path: String) throws -> [String: Any] {
    let script = Fixtures.seeds.deletingLastPathComponent().appendingPathComponent("scripts/read-exports.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, format, path]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // No reader is no test: scripts/install-deps.sh --test installs them.
    #expect(process.terminationStatus == 0, "read-exports.py \(format): \(errors)")
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
}

@Suite struct ExportCommandTests {
    static let formats = ExportFormat.allCases.map(\.rawValue)

    /// A store of the seeds, built once per test.
    private func seedStore() throws -> (folder: URL, db: String) {
        let folder = try Fixtures.temporaryDirectory()
        let build = try CommandLine.run(["build", Fixtures.seeds.path, "--out", folder.path])
        #expect(build.status == 0)
        return (folder, folder.appendingPathComponent("newsgraph.sqlite").path)
    }

    @Test(arguments: formats)
    func everyExportReadsBackAsStatsCountsIt(format: String) throws {
        let (folder, db) = try seedStore()
        let stats = try #require(try JSONSerialization.jsonObject(with: CommandLine.run(["stats", "--db", db, "--format", "json"]).data) as? [String: Any])
        let path = folder.appendingPathComponent("export.\(format)").path
        let export = try CommandLine.run(["export", "--db", db, "--format", format, "-o", path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.isEmpty)

        let found = try readBack(format, path)
        #expect(found["nodes"] as? Int == stats["entities"] as? Int)
        #expect(found["edges"] as? Int == stats["relations"] as? Int)
        #expect(found["nodes_by_type"] as? [String: Int] == stats["entities_by_type"] as? [String: Int])
        #expect(found["edges_by_type"] as? [String: Int] == stats["relations_by_type"] as? [String: Int])
        // A few edges a reader of the seeds knows.
        let edges = found["edge_list"] as? [[String: Any]] ?? []
        func has(_ type: String, _ a: String, _ b: String) -> Bool {
            edges.contains { $0["type"] as? String == type && Set([$0["source"] as? String, $0["target"] as? String]) == Set([a, b]) }
        }
        #expect(has("phoned", "person:nikol-pashinyan", "person:vladimir-putin"))
        #expect(has("holds_office", "person:sergey-lavrov", "state:russia"))
        #expect(has("met", "person:nikol-pashinyan", "person:vladimir-putin"))
        #expect(edges.allSatisfy { ($0["evidence_count"] as? Int ?? 0) >= 1 })
    }

    @Test func gexfPutsDatedRelationsOnTheTimeline() throws {
        let (folder, db) = try seedStore()
        let path = folder.appendingPathComponent("graph.gexf").path
        #expect(try CommandLine.run(["export", "--db", db, "--format", "gexf", "-o", path]).status == 0)
        let edges = try readBack("gexf", path)["edge_list"] as? [[String: Any]] ?? []
        let dated = edges.filter { $0["date"] is String }
        #expect(!dated.isEmpty)
        for edge in dated {
            let date = edge["date"] as? String ?? ""
            #expect((edge["start"] as? String)?.hasPrefix(date) == true, "\(edge)")
        }
        #expect(edges.contains { $0["type"] as? String == "met" && $0["start"] as? String == "2021-01-11" })
    }

    @Test func hostileNamesRoundTripThroughEveryExport() throws {
        let folder = try Fixtures.temporaryDirectory()
        let entities = hostileNames.map { Entity(type: .person, name: $0) }
        let relations = zip(entities, entities.dropFirst()).map {
            Relation(type: .met, source: $0.id, target: $1.id, evidence: [Evidence(document: "d\"<x>", sentence: 0, start: 0, end: 1, text: $1.name)])
        }
        let graphFile = folder.appendingPathComponent("hostile.json")
        try JSONExport.data(for: KnowledgeGraph(entities: entities, relations: relations)).write(to: graphFile)
        for format in Self.formats {
            let path = folder.appendingPathComponent("out.\(format)").path
            let export = try CommandLine.run(["export", graphFile.path, "--format", format, "-o", path])
            #expect(export.status == 0, "\(format): \(export.stderr)")
            let found = try readBack(format, path)
            #expect(found["nodes"] as? Int == entities.count, "\(format)")
            #expect(found["edges"] as? Int == relations.count, "\(format)")
            if format != "dot" {
                #expect(found["names"] as? [String] == hostileNames.sorted(), "\(format)")
            }
        }
    }

    @Test func folderFormatsNeedAFolderAndBadGraphFilesAreNamed() throws {
        let folder = try Fixtures.temporaryDirectory()
        let noFolder = try CommandLine.run(["export", "--format", "csv", "--db", folder.appendingPathComponent("x.sqlite").path])
        #expect(noFolder.status == 2)
        #expect(noFolder.stderr.contains("-o FOLDER"))
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"entities\": 3}".utf8).write(to: broken)
        let bad = try CommandLine.run(["export", broken.path, "--format", "graphml"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("newsgraph: \(broken.path): not a NewsGraph graph"))
        #expect(bad.stdout.isEmpty)
    }

    @Test func neo4jFilesCarryLabelsTypesAndTheImportCommand() throws {
        let (folder, db) = try seedStore()
        let out = folder.appendingPathComponent("neo4j")
        #expect(try CommandLine.run(["export", "--db", db, "--format", "neo4j", "-o", out.path]).status == 0)
        let header = try String(contentsOf: out.appendingPathComponent("nodes_header.csv"), encoding: .utf8)
        #expect(header == "id:ID,name,:LABEL,aliases:string[],mentions:int,date\r\n")
        let nodes = try String(contentsOf: out.appendingPathComponent("nodes.csv"), encoding: .utf8)
        #expect(nodes.contains("person:vladimir-putin,Vladimir Putin,Entity;Person,Putin,"))
        let relationships = try String(contentsOf: out.appendingPathComponent("relationships.csv"), encoding: .utf8)
        #expect(relationships.contains("person:vladimir-putin,state:russia,HOLDS_OFFICE,"))
        let script = try String(contentsOf: out.appendingPathComponent("import.sh"), encoding: .utf8)
        #expect(script.contains("neo4j-admin database import full") && script.contains("--nodes=nodes_header.csv,nodes.csv"))
    }
}
