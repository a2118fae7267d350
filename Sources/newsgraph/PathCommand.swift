import ArgumentParser
import Foundation
import NewsGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chain of relations from one entity to another, each step with its evidence.",
        discussion: """
            Example:
              newsgraph path "Emmanuel Macron" "Olaf Scholz"
            """
    )

    @Argument(help: "Where the chain starts.") var from: String
    @Argument(help: "Where it ends.") var to: String

    @Option(help: "The longest chain to look for.")
    var maxDepth: Int = 6

    @OptionGroup var options: QueryOptions

    func run() throws {
        let store = try options.store()
        let a = try querying { try entityNamed(from, in: store) }, b = try querying { try entityNamed(to, in: store) }
        guard let steps = try querying({ try store.path(from: a.id, to: b.id, maxDepth: maxDepth) }) else {
            warn("no chain of at most \(maxDepth) relations links \(a.name) and \(b.name)")
            throw ExitCode.failure
        }
        if options.format == .json {
            printJSON(["from": a.id.rawValue, "to": b.id.rawValue, "steps": steps.map(json)])
            return
        }
        var node = a.id
        Answer(headers: ["STEP", "FROM", "RELATION", "TO", "EVIDENCE"], rows: steps.enumerated().map { index, step in
            let next = step.source == node ? step.target : step.source
            defer { node = next }
            let evidence = step.evidence.first.map { "\($0.document)#\($0.sentence): \($0.text)" } ?? ""
            let relation = step.type.isSymmetric ? step.type.rawValue : step.source == node ? "\(step.type.rawValue) →" : "← \(step.type.rawValue)"
            return ["\(index + 1)", node.rawValue, relation, next.rawValue, evidence]
        }).print(as: options.format)
    }
}
