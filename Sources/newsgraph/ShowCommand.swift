import ArgumentParser
import Foundation
import NewsGraph

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one entity: type, aliases, offices, relations with counts, first and last date seen.",
        discussion: """
            Example:
              newsgraph show "Olaf Scholz" --format json
            """
    )

    @Argument(help: "The entity: a name, an alias or an id.")
    var name: String

    @OptionGroup var options: QueryOptions

    func run() throws {
        let store = try options.store()
        let entity = try querying { try entityNamed(name, in: store) }
        guard let profile = try querying({ try store.profile(of: entity.id) }) else { throw ExitCode.failure }
        let offices = profile.offices.map { office -> [String: Any] in
            var o: [String: Any] = ["title": office.title ?? "", "of": office.target.rawValue]
            if let first = office.firstSeen { o["first_seen"] = first }
            if let last = office.lastSeen { o["last_seen"] = last }
            return o
        }
        switch options.format {
        case .json:
            var object = json(entity)
            object["offices"] = offices
            object["relations"] = Dictionary(uniqueKeysWithValues: profile.relationCounts.map { ($0.type.rawValue, $0.count) })
            object["documents"] = profile.documents
            if let first = profile.firstSeen { object["first_seen"] = first }
            if let last = profile.lastSeen { object["last_seen"] = last }
            printJSON(object)
        case .table, .csv:
            var rows: [[String]] = [["id", entity.id.rawValue], ["name", entity.name], ["type", entity.type.rawValue],
                                    ["aliases", entity.aliases.joined(separator: "; ")], ["mentions", "\(entity.mentions)"]]
            if let date = entity.date { rows.append(["date", date]) }
            for office in profile.offices {
                let seen = [office.firstSeen, office.lastSeen].compactMap { $0 }
                rows.append(["office", "\(office.title ?? "") of \(office.target)" + (seen.isEmpty ? "" : " (seen \(Set(seen).sorted().joined(separator: " to ")))")])
            }
            for count in profile.relationCounts { rows.append(["relations: \(count.type.rawValue)", "\(count.count)"]) }
            rows.append(["first seen", profile.firstSeen ?? "unknown"])
            rows.append(["last seen", profile.lastSeen ?? "unknown"])
            rows.append(["articles", profile.documents.joined(separator: " ")])
            Answer(headers: ["FIELD", "VALUE"], rows: rows).print(as: options.format)
        }
    }
}
