import ArgumentParser
import Foundation
import NewsGraph

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the graph's entities, of one type or all.",
        discussion: """
            Example:
              newsgraph entities --type person
            """
    )

    @Option(help: "Only entities of this type.")
    var type: EntityType?

    @OptionGroup var options: QueryOptions

    func run() throws {
        let store = try options.store()
        let list = try querying { try store.entities(type: type) }
        guard !list.isEmpty else {
            warn(type.map { "no entity of type \($0.rawValue)" } ?? "the graph is empty")
            throw ExitCode.failure
        }
        if options.format == .json {
            printJSON(list.map { summary -> [String: Any] in
                var object = json(summary.entity)
                object["relations"] = summary.relations
                return object
            })
            return
        }
        Answer(headers: ["ID", "TYPE", "NAME", "MENTIONS", "RELATIONS", "ALIASES"], rows: list.map { s in
            [s.entity.id.rawValue, s.entity.type.rawValue, s.entity.name, "\(s.entity.mentions)", "\(s.relations)", s.entity.aliases.joined(separator: "; ")]
        }).print(as: options.format)
    }
}
