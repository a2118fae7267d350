// Store benchmark: how fast `neighbors` answers on a large stored graph.
//
//   swift run -c release store-benchmark [--entities 100000] [--relations 1000000] [--queries 200]
//
// Creates a store with NewsGraph's schema, fills its resolved tables with a
// generated graph (people and states; a few hubs carry many edges, as heads of state
// do in the news; one evidence sentence per relation), then asks `neighbors` about
// random entities and prints the process (CPU) time per answer. Start-up, schema
// creation and filling are timed apart and not counted.
import Foundation
import GRDB
import NewsGraph

func option(_ name: String, _ fallback: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let value = Int(arguments[index + 1]) else { return fallback }
    return value
}

/// CPU time of this process in milliseconds.
func processMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

let entityCount = option("--entities", 100_000)
let relationCount = option("--relations", 1_000_000)
let queries = option("--queries", 200)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-store-benchmark-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let path = folder.appendingPathComponent("newsgraph.sqlite").path

// A fixed-seed generator, so every run builds the same graph.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
var random = SplitMix(state: 42)
let ids = (0..<entityCount).map { $0 % 50 == 0 ? "state:state-\($0)" : "person:person-\($0)" }
let types: [RelationType] = [.met, .phoned, .discussed, .visited, .holdsOffice, .signed]

let fillStart = Date()
_ = try GraphStore(path: path)  // the schema, by the store's own migrations
let queue = try DatabaseQueue(path: path)
try queue.write { db in
    let entity = try db.makeStatement(sql: "INSERT INTO entities (id, type, name, date, mentions) VALUES (?, ?, ?, NULL, 1)")
    let alias = try db.makeStatement(sql: "INSERT INTO aliases (entity, name, key, last_word, rule) VALUES (?, ?, ?, ?, 'same article')")
    for (index, id) in ids.enumerated() {
        let name = id.hasPrefix("state") ? "State \(index)" : "Person \(index)"
        try entity.execute(arguments: [id, id.hasPrefix("state") ? "state" : "person", name])
        try alias.execute(arguments: [id, name, name.lowercased(), String(index)])
    }
    let relation = try db.makeStatement(sql: "INSERT INTO relations (id, type, source, target, title, date, place, evidence_count) VALUES (?, ?, ?, ?, NULL, ?, NULL, 1)")
    let evidence = try db.makeStatement(sql: "INSERT INTO evidence (relation, document, sentence, start, \"end\", text, date) VALUES (?, ?, 0, 0, 60, ?, ?)")
    for index in 0..<relationCount {
        // One end in ten is one of the first 1% of entities: the hubs.
        let source = Int.random(in: 0..<entityCount, using: &random)
        let target = Int.random(in: 0..<10, using: &random) == 0 ? Int.random(in: 0..<max(entityCount / 100, 1), using: &random) : Int.random(in: 0..<entityCount, using: &random)
        let date = String(format: "20%02d-%02d-%02d", 10 + index % 15, 1 + index % 12, 1 + index % 28)
        try relation.execute(arguments: [index + 1, types[index % types.count].rawValue, ids[source], ids[target], date])
        try evidence.execute(arguments: [index + 1, "doc-\(index / 10)", "Person \(source) met Person \(target) on a day in the spring.", date])
    }
}
let fillSeconds = Date().timeIntervalSince(fillStart)
let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print("store: \(entityCount) entities, \(relationCount) relations, \(size / 1_000_000) MB, filled in \(String(format: "%.1f", fillSeconds)) s")

// A fresh store handle, as a command opens one.
let store = try GraphStore(path: path)
func measure(_ label: String, depth: Int, lookup: Bool, random: inout SplitMix) throws {
    var times: [Double] = []
    var answers = 0
    for _ in 0..<queries {
        let index = Int.random(in: 0..<entityCount, using: &random)
        let start = processMilliseconds()
        var entityID = EntityID(rawValue: ids[index])
        if lookup, case .found(let entity) = try store.lookup("person \(index)") { entityID = entity.id }
        answers += try store.neighbors(of: entityID, depth: depth).count
        times.append(processMilliseconds() - start)
    }
    times.sort()
    func percentile(_ p: Double) -> String { String(format: "%.2f", times[min(times.count - 1, Int(Double(times.count) * p))]) }
    print("\(label): median \(percentile(0.5)) ms, p95 \(percentile(0.95)) ms, max \(percentile(1.0)) ms of process time; \(answers / max(queries, 1)) neighbours on average")
}
try measure("neighbors by id, depth 1", depth: 1, lookup: false, random: &random)
try measure("neighbors by name, depth 1", depth: 1, lookup: true, random: &random)
