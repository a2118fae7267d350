import ArgumentParser
import Foundation
import NewsGraph

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Add articles to the graph store and write graph.json, graph.dot and graph.svg.",
        discussion: """
            PATH is an article (.txt, .md, .html, .jsonl) or a folder of them. An article
            already stored with the same content is skipped; a changed one replaces its
            old version. Each article is stored in its own transaction, so a build cut
            short can simply be run again.
            A file that cannot be read is reported on stderr and skipped; the exit
            status is then 1.

            Example:
              newsgraph build seeds --out graphs
            """
    )

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Folder to write graph.json, graph.dot and graph.svg into.")
    var out: String = "graphs"

    @Option(help: "The graph store (SQLite); default: newsgraph.sqlite in the --out folder.")
    var db: String?

    @Option(help: "Layout engine for graph.svg (default: chosen by graph size).")
    var engine: LayoutEngine?

    @Option(help: "Publication date (YYYY-MM-DD) for articles that carry none; relative dates (\"on Monday\") resolve against it.")
    var date: String?

    @Flag(help: "Extract every article again, even those stored unchanged.")
    var rebuild = false

    @Option(help: ArgumentHelp("Corrections for alias resolution (JSON), kept in the store for later builds.", discussion: """
        {"entities": [{"name": "Western Sahara", "type": "region", "aliases": ["Sahrawi Republic"]}],
         "never_merge": [["Kim Jong Un", "Kim Jong Il"]]}
        """))
    var aliases: String?

    func validate() throws {
        if let date, DateText.isoDate(date) == nil { throw ValidationError("--date: not a date: \(date)") }
    }

    func run() throws {
        var pipeline = Pipeline()
        pipeline.defaultDate = date.flatMap(DateText.isoDate)
        let store = try openStore(db ?? "\(out)/newsgraph.sqlite")
        let update: Pipeline.StoreUpdate
        do {
            if let aliases { try store.setCorrections(try AliasFile.read(contentsOf: URL(fileURLWithPath: aliases))) }
            update = try pipeline.build(paths: paths, into: store, rebuild: rebuild)
        } catch {
            warn(error.localizedDescription)
            throw ExitCode.failure
        }
        for failure in update.failures { warn(failure.localizedDescription) }
        let written: [URL]
        do {
            written = try Pipeline.write(update.graph, to: URL(fileURLWithPath: out), engine: engine)
        } catch {
            warn("\(out): cannot write the graph: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print("\(counted(update.documents.count, "article")) (\(update.added.count) added, \(update.replaced.count) replaced, \(update.unchanged.count) unchanged), "
              + "\(counted(update.graph.entities.count, "entity", "entities")), \(counted(update.graph.relations.count, "relation"))")
        for url in written { print("wrote \(out)/\(url.lastPathComponent)") }
        if !update.failures.isEmpty { throw ExitCode.failure }
    }
}

/// "1 article", "2 articles".
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}

/// Where the graph store is unless `--db` says otherwise.
let defaultStorePath = "graphs/newsgraph.sqlite"

/// Opens the store or ends the command with a one-line error (exit 1).
func openStore(_ path: String) throws -> GraphStore {
    do { return try GraphStore(path: path) } catch {
        warn(error.localizedDescription)
        throw ExitCode.failure
    }
}
