import ArgumentParser
import Foundation
import NewsGraph

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report of the graph: one self-contained HTML page, or Markdown with its SVG.",
        discussion: """
            Reads the store (--db) or a graph JSON file. The HTML report opens offline:
            the diagram inline (click a node for its card, an edge for its sentences),
            the entities by type, a timeline of dated events, the treaties, every
            relation with its evidence, and the sources. It prints well to PDF.
            --format markdown writes report.md and graph.svg into the folder -o names.
            The options of `render` choose the part of the graph to report on.

            Examples:
              newsgraph report -o graphs/report.html
              newsgraph report --focus zelenskyy --depth 2 -o zelensky.html
              newsgraph report --format markdown -o wiki/newsgraph/
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, markdown }

    @OptionGroup var source: GraphSourceOptions
    @OptionGroup var selection: SelectionOptions

    @Option(help: "Report format: html (one file) or markdown (a folder with report.md and graph.svg).")
    var format: Format = .html

    @Option(help: "The report's title (default: NewsGraph report, and the focus).")
    var title: String?

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: chosen by graph size).")
    var engine: LayoutEngine?

    @Option(name: .shortAndLong, help: "The HTML file, or the folder for markdown (HTML without -o goes to standard output).")
    var output: String?

    func validate() throws {
        if format == .markdown, output == nil { throw ValidationError("--format markdown writes report.md and graph.svg: give -o FOLDER") }
    }

    func run() throws {
        let graph = try source.load()
        let (selected, focus) = try selection.select(from: graph)
        let title = self.title ?? (focus.map { "NewsGraph report: \($0.name)" } ?? "NewsGraph report")
        let caption = selection.caption(for: selected)
        do {
            switch format {
            case .html:
                let page = try HTMLReport(graph: selected.graph, title: title, caption: caption, engine: engine).html()
                try emit(Data(page.utf8), to: output)
            case .markdown:
                let report = try MarkdownReport(graph: selected.graph, title: title, caption: caption, engine: engine)
                let folder = URL(fileURLWithPath: output ?? ".", isDirectory: true)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try report.svg.write(to: folder.appendingPathComponent(MarkdownReport.diagramFileName), options: .atomic)
                try Data(report.markdown().utf8).write(to: folder.appendingPathComponent("report.md"), options: .atomic)
                print(folder.appendingPathComponent("report.md").relativePath)
                print(folder.appendingPathComponent(MarkdownReport.diagramFileName).relativePath)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            warn("\(output ?? "report"): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
