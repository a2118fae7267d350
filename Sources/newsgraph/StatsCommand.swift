import ArgumentParser
import Foundation
import NewsGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the store's articles, entities, relations and evidence, by type.",
        discussion: """
            Example:
              newsgraph stats --format json
            """
    )

    @OptionGroup var options: QueryOptions

    func run() throws {
        let store = try options.store()
        let stats = try querying { try store.stats() }
        if options.format == .json {
            printJSON([
                "documents": stats.documents, "entities": stats.entities, "relations": stats.relations,
                "evidence": stats.evidence, "mentions": stats.mentions,
                "entities_by_type": Dictionary(uniqueKeysWithValues: stats.entitiesByType.map { ($0.type, $0.count) }),
                "relations_by_type": Dictionary(uniqueKeysWithValues: stats.relationsByType.map { ($0.type, $0.count) }),
            ] as [String: Any])
            return
        }
        var rows = [["documents", "\(stats.documents)"], ["entities", "\(stats.entities)"], ["relations", "\(stats.relations)"],
                    ["evidence", "\(stats.evidence)"], ["mentions", "\(stats.mentions)"]]
        rows += stats.entitiesByType.map { ["entities: \($0.type)", "\($0.count)"] }
        rows += stats.relationsByType.map { ["relations: \($0.type)", "\($0.count)"] }
        Answer(headers: ["WHAT", "COUNT"], rows: rows).print(as: options.format)
    }
}
