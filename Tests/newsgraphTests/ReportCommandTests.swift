import Foundation
import Testing
import TestSupport

/// Where Debian's Chromium is, if installed (CI installs it).
let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs `scripts/check-report-in-browser.py` on a report: headless Chromium, script
/// errors, the card of an edge, and a screenshot whose diagram must not be blank.
func checkInBrowser(_ report: URL) throws -> (status: Int32, output: String) {
    let script = Fixtures.seeds.deletingLastPathComponent().appendingPathComponent("scripts/check-report-in-browser.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, report.path]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

@Suite struct ReportCommandTests {
    private func seedStore() throws -> (folder: URL, db: String) {
        let folder = try Fixtures.temporaryDirectory()
        let build = try CommandLine.run(["build", Fixtures.seeds.path, "--out", folder.path])
        try #require(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("wrote \(folder.path)/report.html"))
        return (folder, folder.appendingPathComponent("newsgraph.sqlite").path)
    }

    @Test func htmlReportFromTheStoreAndFromAGraphFile() throws {
        let (folder, db) = try seedStore()
        let fromStore = try CommandLine.run(["report", "--db", db])
        #expect(fromStore.status == 0)
        #expect(fromStore.stderr.isEmpty)
        #expect(fromStore.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(fromStore.stdout.contains("Nikol Pashinyan") && fromStore.stdout.contains("\"node-person--vladimir-putin\":{"))
        // The sources carry the articles' ids; the timeline the dated meeting.
        #expect(fromStore.stdout.contains("id=\"source-001_199b5b13a894299b\""))
        #expect(fromStore.stdout.contains("<td class=\"date\">2021-01-11</td><td>met</td>"))
        let fromFile = try CommandLine.run(["report", folder.appendingPathComponent("graph.json").path])
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout == fromStore.stdout)
    }

    @Test func focusedReportAndMarkdownFolder() throws {
        let (folder, db) = try seedStore()
        let out = folder.appendingPathComponent("wiki")
        let result = try CommandLine.run(["report", "--db", db, "--focus", "lavrov", "--format", "markdown", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# NewsGraph report: Sergey Lavrov\n"))
        #expect(markdown.contains("![Diagram of the graph](graph.svg)"))
        #expect(markdown.contains("| Sergey Lavrov | Lavrov | Foreign Minister of Russia |"))
        #expect(!markdown.contains("Donald Trump"))
        let svg = try SVGDocument(Data(contentsOf: out.appendingPathComponent("graph.svg")))
        #expect(try svg.elements("g").contains { $0.value(of: "id") == "node-person--sergey-lavrov" })
        let missing = try CommandLine.run(["report", "--db", db, "--format", "markdown"])
        #expect(missing.status == 2)
    }

    @Test func hostileArticleGivesAReportThatShowsTheTextAndRunsNothing() throws {
        let folder = try Fixtures.temporaryDirectory()
        let build = try CommandLine.run(["build", Fixtures.url("hostile").path, "--out", folder.path])
        try #require(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        let tags = HTMLTags.startTags(in: page)
        #expect(tags.filter { $0.name == "script" }.count == 2)
        #expect(tags.filter { ["img", "b", "iframe", "object", "embed"].contains($0.name) }.isEmpty)
        #expect(tags.flatMap(\.attributes).allSatisfy { !$0.name.hasPrefix("on") && !$0.value.lowercased().hasPrefix("javascript:") })
        #expect(page.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Talks in &lt;/svg&gt;&lt;svg onload=alert(1)&gt;"))
        #expect(page.contains("<td>javascript:alert(document.cookie)</td>"))
        #expect(page.contains("&lt;b onmouseover=alert(6)&gt;border&lt;/b&gt;"))

        let markdownFolder = folder.appendingPathComponent("md")
        #expect(try CommandLine.run(["report", "--db", folder.appendingPathComponent("newsgraph.sqlite").path, "--format", "markdown", "-o", markdownFolder.path]).status == 0)
        let markdown = try String(contentsOf: markdownFolder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.range(of: #"(?<!\\)<[a-zA-Z/!]"#, options: .regularExpression) == nil)
        #expect(!markdown.contains("](javascript:") && !markdown.contains("](<javascript:"))
        #expect(markdown.contains(#"\<b onmouseover\=alert\(6\)\>border\</b\>"#))

        if chromium != nil {
            let check = try checkInBrowser(folder.appendingPathComponent("report.html"))
            #expect(check.status == 0, "\(check.output)")
        }
    }

    /// The seeds' report in a real browser: drawn, its script without error, a card
    /// opening on an edge. CI installs Chromium; without it the test does not run.
    @Test(.enabled(if: chromium != nil, "needs Debian's chromium"))
    func seedReportInHeadlessChromium() throws {
        let (folder, _) = try seedStore()
        let check = try checkInBrowser(folder.appendingPathComponent("report.html"))
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("diagram drawn"))
    }
}

@Suite struct FocusedRenderTests {
    @Test func focusFiltersAndTheCutAreSaid() throws {
        let folder = try Fixtures.temporaryDirectory()
        #expect(try CommandLine.run(["build", Fixtures.seeds.path, "--out", folder.path]).status == 0)
        let db = folder.appendingPathComponent("newsgraph.sqlite").path
        let focused = try CommandLine.run(["render", "--db", db, "--focus", "pashinian", "--relation", "phoned", "--relation", "met", "--format", "dot"])
        #expect(focused.status == 0, "\(focused.stderr)")
        #expect(focused.stdout.contains("\"person:nikol-pashinyan\"") && focused.stdout.contains("\"person:vladimir-putin\""))
        #expect(!focused.stdout.contains("state:armenia"))
        // Met and phoned between one pair: one edge that counts them.
        #expect(focused.stdout.contains(#"label="2 relations\nmet (2021-01-11)\nphoned""#))

        let cut = try CommandLine.run(["render", "--db", db, "--max-nodes", "10", "--format", "dot"])
        #expect(cut.status == 0)
        #expect(cut.stderr.hasPrefix("newsgraph: --max-nodes 10: left out "))
        #expect(cut.stdout.contains("Showing the 10 most connected of"))

        let unknown = try CommandLine.run(["render", "--db", db, "--focus", "Pashinyam"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("newsgraph: no entity named \"Pashinyam\"; closest: Pashinian, Pashinyan"))
        let nothing = try CommandLine.run(["render", "--db", db, "--since", "2030-01-01"])
        #expect(nothing.status == 1)
        #expect(nothing.stdout.isEmpty)
        let bad = try CommandLine.run(["render", "--db", db, "--min-evidence", "0"])
        #expect(bad.status == 2)
    }
}
