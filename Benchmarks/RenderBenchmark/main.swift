// Rendering benchmark: in-process Graphviz (this package) against the Graphviz
// command line on the same DOT file, for generated knowledge graphs.
//
//   swift run -c release render-benchmark [--sizes 100,1000,5000] [--runs 3]
//                                         [--engines sfdp,fdp] [--out DIR]
//
// Prints one row per size and engine with the median wall time of each and the
// ratio in-process / command line (below 1 is faster in-process).
import Foundation
import Graphviz
import NewsGraph

struct Options {
    var sizes = [100, 1000, 5000]
    var runs = 3
    var out = URL(fileURLWithPath: "bench-out")
    /// Engines to time; nil times those that finish at each size.
    var engines: [LayoutEngine]?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--sizes": sizes = (iterator.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--runs": runs = Int(iterator.next() ?? "") ?? runs
            case "--engines": engines = (iterator.next() ?? "").split(separator: ",").compactMap { LayoutEngine(rawValue: String($0)) }
            case "--out": out = URL(fileURLWithPath: iterator.next() ?? "bench-out")
            default: FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8)); exit(2)
            }
        }
    }
}

/// A deterministic generator (64-bit LCG), so every run draws the same graphs.
struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}

/// A graph shaped like NewsGraph's: typed entities, 1.5 relations per entity,
/// a few hubs (states) that many people link to.
func generatedGraph(nodes: Int) -> KnowledgeGraph {
    var random = Generator(state: UInt64(nodes))
    let types = EntityType.allCases
    let entities = (0..<nodes).map { index in
        Entity(type: index % 10 == 0 ? .state : types[random.next(types.count)], name: "Entity \(index) \(["Alpha", "Beta", "Gamma", "Delta"][index % 4])")
    }
    var relations: [Relation] = []
    for _ in 0..<(nodes * 3 / 2) {
        let source = entities[random.next(nodes)]
        // Half the edges go to a hub, as offices and visits go to states.
        let target = random.next(2) == 0 ? entities[random.next(max(nodes / 10, 1)) * 10] : entities[random.next(nodes)]
        let type = RelationType.allCases[random.next(RelationType.allCases.count)]
        let evidence = (0...random.next(3)).map { Evidence(document: "doc\($0)", sentence: $0, start: 0, end: 10, text: "Sentence \($0).") }
        relations.append(Relation(type: type, source: source.id, target: target.id, evidence: evidence))
    }
    return KnowledgeGraph(entities: entities, relations: relations)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func dotCommand() -> URL? {
    ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Engines worth timing at a size: the layered and circular ones do not finish
/// thousands of nodes in minutes.
func engines(for nodes: Int) -> [LayoutEngine] {
    switch nodes {
    case ...300: return LayoutEngine.allCases
    case ...2000: return [.sfdp, .fdp, .twopi]
    default: return [.sfdp, .twopi]
    }
}

let options = Options(CommandLine.arguments)
try FileManager.default.createDirectory(at: options.out, withIntermediateDirectories: true)
guard let dot = dotCommand() else {
    FileHandle.standardError.write(Data("render-benchmark: the dot program is needed for the comparison (apt-get install graphviz)\n".utf8))
    exit(1)
}
let renderer = try Renderer()
print("nodes  edges  engine  in-process(s)  dot-command(s)  ratio  auto-engine")
for size in options.sizes {
    let graph = generatedGraph(nodes: size)
    let diagram = Diagram(graph)
    let source = try diagram.dotSource()
    let file = options.out.appendingPathComponent("graph-\(size).dot")
    try source.write(to: file, atomically: true, encoding: .utf8)
    for engine in options.engines ?? engines(for: size) {
        var inProcess: [Double] = [], command: [Double] = []
        for _ in 0..<options.runs {
            inProcess.append(try time { _ = try renderer.render(dot: source, engine: engine, format: .svg) })
            command.append(try time {
                let process = Process()
                process.executableURL = dot
                process.arguments = ["-K\(engine.rawValue)", "-Tsvg", "-o", "/dev/null", file.path]
                process.standardError = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
            })
        }
        let a = median(inProcess), b = median(command)
        print(String(format: "%5d  %5d  %-6@  %13.3f  %14.3f  %5.2f  %@", size, graph.relations.count, engine.rawValue, a, b, a / b, diagram.automaticEngine.rawValue))
    }
}
