// Extraction benchmark: article text per second and memory, over a generated corpus.
//
//   swift run -c release extract-benchmark [--megabytes 50] [--seeds DIR]
//
// Generates diplomatic news articles from sentence templates (names of states and
// cities from the package's lexicon, people from generated names), reads and
// extracts each one as `newsgraph build` does, and prints throughput and resident memory after
// every tenth of the corpus, so a reader sees whether memory stays flat. With
// `--seeds DIR` the articles of DIR are measured too, repeated to the same size.
import Foundation
import NewsGraph

struct Options {
    var megabytes = 50
    var seeds: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = Int(iterator.next() ?? "") ?? megabytes
            case "--seeds": seeds = iterator.next()
            default: FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8)); exit(2)
            }
        }
    }
}

/// A deterministic generator (64-bit LCG), so every run reads the same corpus.
struct Generator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
}

/// Writes articles of about 3 KB from templates.
struct ArticleWriter {
    var random = Generator()
    let states: [String]
    let cities: [String]
    let given = ["Anna", "Boris", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Irina", "Jonas", "Karim", "Lena", "Marek", "Nadia", "Omar", "Petra"]
    let family = ["Varga", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak", "Sato", "Kowalski", "Demir", "Ferreira", "Ivanova", "Brandt", "Costa", "Petrov"]
    let titles = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Deputy Foreign Minister"]
    let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

    init(lexicon: Lexicon) {
        states = lexicon.statesByCode.values.map(\.name).sorted()
        cities = lexicon.capitals.keys.sorted()
    }

    mutating func person() -> String { "\(random.pick(given)) \(random.pick(family))" }

    mutating func article() -> String {
        let (a, b, c) = (random.pick(states), random.pick(states), random.pick(states))
        let (p, q) = (person(), person())
        let city = random.pick(cities)
        let date = "\(random.pick(months)) \(1 + random.next(28)), \(2015 + random.next(10))"
        var lines = ["\(random.pick(titles)) of \(a) \(p) and her counterpart \(q) talk in \(city)", ""]
        let templates = [
            "\(random.pick(titles)) \(p) of \(a) on \(random.pick(days)) spoke on the phone with \(random.pick(titles)) \(q) of \(b), the government of \(a) reported.",
            "The two leaders discussed the situation in the region and the implementation of the agreement of \(date).",
            "\(p) met \(q) in \(city) on \(date) to discuss trade, energy and security.",
            "\(a) and \(b) signed a memorandum on cooperation in \(city) on \(date).",
            "The \(a) Foreign Ministry said that \(c) remains a key partner and that talks would continue.",
            "\(q) said the two countries had agreed to hold political consultations in \(city) later this year.",
            "Officials in \(b) did not comment on the report, which the state news agency published on \(random.pick(days)).",
            "\(p) will visit \(c) on \(random.pick(months)) \(1 + random.next(28)), according to her office.",
            "Earlier, \(c) hosted a trilateral summit attended by the leaders of \(a) and \(b).",
            "Analysts said the meeting showed that relations between \(a) and \(b) had improved since the war of \(2000 + random.next(20)).",
        ]
        for _ in 0..<6 {
            var paragraph: [String] = []
            for _ in 0..<3 { paragraph.append(random.pick(templates)) }
            lines.append(paragraph.joined(separator: " "))
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

func residentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kilobytes / 1024
}

/// Extracts articles until `megabytes` of text went through, printing a row per tenth.
func measure(_ label: String, megabytes: Int, next: () -> Document) {
    let extractor = Extractor()
    let target = megabytes * 1_000_000
    let step = target / 10
    var bytes = 0, articles = 0, entities = 0, relations = 0
    var mark = step
    let start = Date()
    print("\(label): \(megabytes) MB")
    print("      MB  articles   seconds    MB/s   RSS MB")
    while bytes < target {
        let document = next()
        let extraction = extractor.extract(document)
        bytes += document.text.utf8.count
        articles += 1
        entities += extraction.entities.count
        relations += extraction.relations.count
        if bytes >= mark {
            let seconds = Date().timeIntervalSince(start)
            print(String(format: "%8.1f %9d %9.2f %7.2f %8.1f", Double(bytes) / 1e6, articles, seconds, Double(bytes) / 1e6 / seconds, residentMegabytes()))
            mark += step
        }
    }
    print("\(entities) entities, \(relations) relations\n")
}

let options = Options(CommandLine.arguments)
var writer = ArticleWriter(lexicon: .shared)
let reader = ArticleReader()
var count = 0
measure("generated corpus", megabytes: options.megabytes) {
    count += 1
    let id = "generated-\(count)"
    // Read from bytes as `newsgraph build` reads a file: checked, boilerplate dropped.
    return try! reader.document(id: id, data: Data(writer.article().utf8), path: id + ".txt")
}

if let seeds = options.seeds {
    let files = reader.files(in: [seeds]).files.filter { (try? reader.read($0)) != nil }
    guard !files.isEmpty else { print("no articles in \(seeds)"); exit(1) }
    var index = 0
    var pending: [Document] = []
    // Each file is read again every time round, as `newsgraph build` reads it.
    measure("articles of \(seeds), repeated", megabytes: options.megabytes) {
        while pending.isEmpty {
            pending = (try? reader.read(files[index % files.count])) ?? []
            index += 1
        }
        return pending.removeFirst()
    }
}
