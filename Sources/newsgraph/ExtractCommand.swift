import ArgumentParser
import Foundation
import NewsGraph

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what articles yield before merging: entities with every mention, relations with evidence.",
        discussion: """
            Offsets count Unicode scalars in the cleaned text (document.text in JSON).
            With --format json, one article prints as an object and several as an array.
            Use - to read one plain-text article from standard input.

            Examples:
              newsgraph extract seeds/000_d9ba303a3c8c2487.txt
              echo "President Emmanuel Macron of France phoned ..." | newsgraph extract - --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: "Article files, or - for standard input.")
    var files: [String]

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(help: "Publication date (YYYY-MM-DD) for articles that carry none.")
    var date: String?

    func run() throws {
        let reader = ArticleReader()
        var documents: [Document] = []
        var failed = false
        for file in files {
            do {
                if file == "-" {
                    let data = FileHandle.standardInput.readDataToEndOfFile()
                    documents.append(try reader.document(id: "stdin", data: data, path: "<stdin>"))
                } else {
                    documents += try reader.read(URL(fileURLWithPath: file))
                }
            } catch {
                warn(error.localizedDescription)
                failed = true
            }
        }
        if let date { documents = documents.map { var d = $0; d.date = d.date ?? DateText.isoDate(date); return d } }
        let extractor = Extractor()
        let extractions = documents.map(extractor.extract)
        switch format {
        case .json: FileHandle.standardOutput.write(try ExtractionJSON.data(for: extractions))
        case .table: for extraction in extractions { print(Self.table(extraction)) }
        }
        if failed { throw ExitCode.failure }
    }

    /// A readable listing of one article's extraction.
    static func table(_ extraction: ArticleExtraction) -> String {
        var lines = ["== \(extraction.document.id)" + (extraction.document.title.map { ": \($0)" } ?? "")]
        let width = max(extraction.entities.map(\.id.rawValue.count).max() ?? 0, 6)
        lines.append("ENTITY".padding(toLength: width, withPad: " ", startingAt: 0) + "  MENTIONS")
        for entity in extraction.entities {
            let mentions = entity.mentions.map { "\($0.start)-\($0.end) \(quoted($0.text))" + ($0.kind.map { " (\($0))" } ?? "") }
            lines.append(entity.id.rawValue.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + mentions.joined(separator: ", "))
        }
        lines.append("RELATIONS")
        for relation in extraction.relations {
            var head = "\(relation.type.rawValue) \(relation.source) -> \(relation.target)"
            if let title = relation.title { head += " [\(title)]" }
            if let date = relation.date { head += " (\(date))" }
            if let place = relation.place { head += " in \(place)" }
            if let status = relation.status { head += " \(status.rawValue)" }
            if let cameo = relation.cameo { head += " CAMEO \(cameo)" }
            lines.append(head)
            for evidence in relation.evidence {
                var line = "    #\(evidence.sentence) \(evidence.start)-\(evidence.end) \(quoted(evidence.text))"
                if let when = evidence.date ?? evidence.dateText { line += " when: \(quoted(when))" }
                if let source = evidence.reportedBy { line += " reported by: \(quoted(source))" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Text on one line: quotes and line breaks escaped.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r") + "\""
    }
}
