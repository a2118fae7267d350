import ArgumentParser
import Foundation
import NewsGraph

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the graph against a gold file (GOLD_FORMAT.md), as kgscore does.",
        discussion: """
            Prints precision, recall and F1 for entities, alias clusters and relations,
            ending with one summary line. A --min-* bound makes the exit status 1 when
            a figure falls below it.

            Example:
              newsgraph eval gold/seeds.json --graph graphs/graph.json --verbose
            """
    )

    @Argument(help: "The gold file.")
    var gold: String

    @Option(help: "The graph to score: a graph JSON file.")
    var graph: String = "graphs/graph.json"

    @Flag(help: "List every miss, split, wrong merge and spurious item.")
    var verbose = false

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Exit 1 when entities F1 is below this.") var minEntities: Double?
    @Option(help: "Exit 1 when aliases F1 is below this.") var minAliases: Double?
    @Option(help: "Exit 1 when relations F1 is below this.") var minRelations: Double?

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let score: GoldScore
        do {
            score = GoldScore(gold: try GoldFile.read(contentsOf: URL(fileURLWithPath: gold)),
                              graph: try JSONExport.read(contentsOf: URL(fileURLWithPath: graph)))
        } catch {
            warn(error.localizedDescription)
            throw ExitCode(2)
        }
        switch format {
        case .text: print(score.report(verbose: verbose))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(score), as: UTF8.self))
        }
        let below = [("entities", minEntities, score.entities.f), ("aliases", minAliases, score.aliases.f), ("relations", minRelations, score.relations.f)]
            .filter { _, bound, value in bound.map { value < $0 } ?? false }.map(\.0)
        if !below.isEmpty {
            warn("below bound: " + below.joined(separator: ", "))
            throw ExitCode.failure
        }
    }
}
