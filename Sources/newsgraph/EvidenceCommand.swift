import ArgumentParser
import Foundation
import NewsGraph

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Print the sentences behind every relation between two entities.",
        discussion: """
            Example:
              newsgraph evidence Macron Scholz --format csv
            """
    )

    @Argument(help: "One entity.") var first: String
    @Argument(help: "The other.") var second: String

    @OptionGroup var options: QueryOptions

    func run() throws {
        let store = try options.store()
        let a = try querying { try entityNamed(first, in: store) }, b = try querying { try entityNamed(second, in: store) }
        let relations = try querying { try store.relations(between: a.id, and: b.id) }
        guard !relations.isEmpty else {
            warn("no relation between \(a.name) and \(b.name)")
            throw ExitCode.failure
        }
        if options.format == .json {
            printJSON(relations.map(json))
            return
        }
        Answer(headers: ["RELATION", "SOURCE", "TARGET", "DOCUMENT", "SENTENCE", "DATE", "REPORTED_BY", "TEXT"], rows: relations.flatMap { r in
            r.evidence.map { e in
                [r.type.rawValue, r.source.rawValue, r.target.rawValue, e.document, "\(e.sentence)", e.date ?? e.dateText ?? "", e.reportedBy ?? "", e.text]
            }
        }).print(as: options.format)
    }
}
