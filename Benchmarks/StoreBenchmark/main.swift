// Store benchmark: how fast `neighbors` answers, and how fast one more article is
// added, on a large store.
//
//   swift run -c release store-benchmark [--entities 100000] [--relations 1000000] [--queries 200] [--adds 100] [--seeds seeds] [--keep DIR]
//
// Generates articles as the extractor would give them (states from the lexicon as
// hubs, as heads of state are in the news; people whose surnames a few share, each
// also mentioned by surname; organizations; twenty relations an article, each with
// its sentence), saves them and resolves the graph once. Then it asks `neighbors`
// about random entities, and adds new articles one at a time, each resolved where it
// touches the graph, in its own transaction. With `--seeds`, the articles of that
// folder are also added under new ids, read and extracted from their text. Times are
// of process (CPU) and wall time per operation; start-up and filling are not counted.
import Foundation
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

/// Wall-clock time in milliseconds.
func wallMilliseconds() -> Double { Date().timeIntervalSinceReferenceDate * 1000 }

let entityCount = option("--entities", 100_000)
let relationCount = option("--relations", 1_000_000)
let queries = option("--queries", 200)
let adds = option("--adds", 100)
let seedsFolder = CommandLine.arguments.firstIndex(of: "--seeds").flatMap { $0 + 1 < CommandLine.arguments.count ? CommandLine.arguments[$0 + 1] : nil }
// `--keep DIR` leaves the store in DIR, to look into.
let kept = CommandLine.arguments.firstIndex(of: "--keep").flatMap { $0 + 1 < CommandLine.arguments.count ? CommandLine.arguments[$0 + 1] : nil }
let folder = kept.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-store-benchmark-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
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

/// A made-up word for a number: syllables, capitalised ("Tarobe").
func word(_ number: Int) -> String {
    let syllables = ["ta", "ro", "be", "ki", "mu", "sa", "lo", "ne", "vi", "da", "po", "ga", "ri", "zu", "fe", "hal"]
    var n = number, out = ""
    repeat { out += syllables[n % syllables.count]; n /= syllables.count } while n > 0
    return out.prefix(1).uppercased() + out.dropFirst()
}

/// The generated entities: states named as the lexicon names them, people (three
/// to a surname) and organizations.
struct Generated {
    var type: EntityType
    var name: String
    var surname: String?
}
let stateNames = Set(Lexicon.shared.statesByCode.values.map(\.name)).sorted()
var entities: [Generated] = stateNames.map { Generated(type: .state, name: $0) }
while entities.count < entityCount {
    let index = entities.count
    if index % 10 == 0 {
        entities.append(Generated(type: .organization, name: "\(word(index)) Council"))
    } else {
        let surname = word(100_000 + index / 3)
        entities.append(Generated(type: .person, name: "\(word(index % 700)) \(surname)", surname: surname))
    }
}
let relationTypes: [RelationType] = [.met, .phoned, .discussed, .visited, .signed, .hosted, .mediates]

/// One generated article: two states (the first few hundred, most often the first
/// ones), people and organizations at random, and `relations` edges among them.
@MainActor func article(_ number: Int, relations: Int, newPeople: Int = 0, random: inout SplitMix) -> ArticleExtraction {
    var chosen: [Int] = []
    for _ in 0..<2 { chosen.append(Int(pow(Double.random(in: 0..<1, using: &random), 2) * Double(stateNames.count))) }
    for _ in 0..<8 { chosen.append(Int.random(in: stateNames.count..<entityCount, using: &random)) }
    var people = Array(Set(chosen)).sorted().map { entities[$0] }
    for extra in 0..<newPeople { people.append(Generated(type: .person, name: "\(word(number)) \(word(900_000 + number * 10 + extra))", surname: word(900_000 + number * 10 + extra))) }
    var offset = 0
    var articleEntities: [ArticleEntity] = []
    for (index, entity) in people.enumerated() {
        var mentions = [Mention(start: offset, end: offset + entity.name.count, text: entity.name, sentence: index)]
        if let surname = entity.surname { mentions.append(Mention(start: offset + 100, end: offset + 100 + surname.count, text: surname, sentence: index + 1)) }
        offset += 200
        articleEntities.append(ArticleEntity(id: EntityID(type: entity.type, name: entity.name), type: entity.type, name: entity.name, mentions: mentions))
    }
    let document = "article-\(number)"
    let edges = (0..<relations).map { index -> Relation in
        let a = articleEntities[Int.random(in: 0..<articleEntities.count, using: &random)]
        var b = articleEntities[Int.random(in: 0..<articleEntities.count, using: &random)]
        if a.id == b.id { b = articleEntities[(articleEntities.firstIndex { $0.id == a.id }! + 1) % articleEntities.count] }
        let date = String(format: "20%02d-%02d-%02d", 10 + number % 15, 1 + number % 12, 1 + index % 28)
        let sentence = "\(a.name) met \(b.name) on a day in the spring."
        return Relation(type: relationTypes[Int.random(in: 0..<relationTypes.count, using: &random)], source: a.id, target: b.id,
                        evidence: [Evidence(document: document, sentence: index, start: index * 80, end: index * 80 + sentence.count, text: sentence, date: date)])
    }
    return ArticleExtraction(document: Document(id: document, date: String(format: "20%02d-01-01", 10 + number % 15), text: ""),
                             entities: articleEntities, relations: edges)
}

// Fill: every article saved in its own transaction, the graph resolved once. A
// store kept by an earlier run with the same options is used as it is.
let relationsPerArticle = 20
let articleCount = max(1, relationCount / relationsPerArticle)
let filled = FileManager.default.fileExists(atPath: path)
let startOfFill = wallMilliseconds()
let store = try GraphStore(path: path)
for number in 0..<articleCount where !filled {
    try store.save(article(number, relations: relationsPerArticle, random: &random), hash: "\(number)", path: nil, resolving: false)
}
if filled { for number in 0..<articleCount { _ = article(number, relations: relationsPerArticle, random: &random) } }
let saveSeconds = (wallMilliseconds() - startOfFill) / 1000
let resolveStart = wallMilliseconds()
if try store.isStale() { try store.resolve() }
let resolveSeconds = (wallMilliseconds() - resolveStart) / 1000
let stats = try store.stats()
let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print("store: \(stats.documents) articles, \(stats.entities) entities, \(stats.relations) relations, \(size / 1_000_000) MB; "
      + (filled ? "kept from an earlier run" : "saved in \(String(format: "%.1f", saveSeconds)) s, resolved in \(String(format: "%.1f", resolveSeconds)) s"))

@MainActor func report(_ label: String, _ cpu: [Double], _ wall: [Double], _ extra: String = "") {
    func percentile(_ times: [Double], _ p: Double) -> String {
        let sorted = times.sorted()
        return String(format: "%.2f", sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))])
    }
    print("\(label): process median \(percentile(cpu, 0.5)) ms, p95 \(percentile(cpu, 0.95)) ms, max \(percentile(cpu, 1.0)) ms; wall median \(percentile(wall, 0.5)) ms, p95 \(percentile(wall, 0.95)) ms, max \(percentile(wall, 1.0)) ms\(extra)")
}

@MainActor func measureNeighbors(_ label: String, byName: Bool, random: inout SplitMix) throws {
    var cpu: [Double] = [], wall: [Double] = []
    var answers = 0
    for _ in 0..<queries {
        let entity = entities[Int.random(in: 0..<entityCount, using: &random)]
        let (startCPU, startWall) = (processMilliseconds(), wallMilliseconds())
        var id = EntityID(type: entity.type, name: entity.name)
        if byName, case .found(let found) = try store.lookup(entity.name.lowercased()) { id = found.id }
        answers += try store.neighbors(of: id).count
        cpu.append(processMilliseconds() - startCPU)
        wall.append(wallMilliseconds() - startWall)
    }
    report(label, cpu, wall, "; \(answers / max(queries, 1)) neighbours on average")
}
try measureNeighbors("neighbors by id, depth 1", byName: false, random: &random)
try measureNeighbors("neighbors by name, depth 1", byName: true, random: &random)

// One article at a time: known states, people and organizations, and two new people
// (numbered after every article stored, so a kept store gets new ones).
var cpu: [Double] = [], wall: [Double] = []
for number in stats.documents..<(stats.documents + adds) {
    let extraction = article(number, relations: relationsPerArticle, newPeople: 2, random: &random)
    let (startCPU, startWall) = (processMilliseconds(), wallMilliseconds())
    try store.save(extraction, hash: "\(number)", path: nil)
    cpu.append(processMilliseconds() - startCPU)
    wall.append(wallMilliseconds() - startWall)
}
report("add one generated article (\(relationsPerArticle) relations)", cpu, wall)

// Real articles, read and extracted from their text, each under a new id.
if let seedsFolder {
    let files = try FileManager.default.contentsOfDirectory(atPath: seedsFolder).sorted()
    var cpu: [Double] = [], wall: [Double] = []
    for (index, name) in files.enumerated() {
        let copy = folder.appendingPathComponent("added-\(stats.documents + adds)-\(index)-" + name)
        try FileManager.default.copyItem(atPath: seedsFolder + "/" + name, toPath: copy.path)
        let (startCPU, startWall) = (processMilliseconds(), wallMilliseconds())
        let update = try Pipeline().add(paths: [copy.path], to: store)
        cpu.append(processMilliseconds() - startCPU)
        wall.append(wallMilliseconds() - startWall)
        if update.added.count != 1 || !update.failures.isEmpty { print("\(name): not added") }
    }
    report("add one article from \(seedsFolder) (read, extract, store)", cpu, wall)
}
print("stale after adding: \(try store.isStale())")
