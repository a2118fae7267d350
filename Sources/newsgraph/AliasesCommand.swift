import ArgumentParser
import Foundation
import NewsGraph

struct AliasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aliases",
        abstract: "List every merged cluster: each entity's aliases and the rule that merged each.",
        discussion: """
            Rules: "same article" (the article tied the names: a surname after the full
            name, an acronym after its expansion), "romanisation" (Zelensky and
            Zelenskyy), "short name" (Macron joins the one Emmanuel Macron), "same
            event" (treaties or summits whose dates, subjects and parties agree),
            "reference name" (a surname or a ministry's formal name, added but never
            used to merge), "aliases file".

            Example:
              newsgraph aliases --format csv
            """
    )

    @OptionGroup var options: QueryOptions

    func run() throws {
        let store = try options.store()
        let clusters = try querying { try store.aliasClusters() }
        guard !clusters.isEmpty else {
            warn("no entity has an alias")
            throw ExitCode.failure
        }
        if options.format == .json {
            printJSON(clusters.map { cluster -> [String: Any] in
                ["id": cluster.entity.id.rawValue, "name": cluster.entity.name, "type": cluster.entity.type.rawValue,
                 "aliases": cluster.aliases.map { ["name": $0.name, "rule": $0.rule] }]
            })
            return
        }
        Answer(headers: ["ID", "NAME", "ALIAS", "RULE"], rows: clusters.flatMap { cluster in
            cluster.aliases.map { [cluster.entity.id.rawValue, cluster.entity.name, $0.name, $0.rule] }
        }).print(as: options.format)
    }
}
