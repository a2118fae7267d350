import Foundation
@testable import NewsGraph
import Testing
import TestSupport

/// The hand-built graph with dates, a summit and the articles it came from.
private func datedGraph() -> KnowledgeGraph {
    let base = handBuiltGraph()
    let summit = Entity(type: .summit, name: "Spring summit", date: "2024-04-02")
    let evidence = Evidence(document: "doc", sentence: 5, start: 500, end: 520, text: "Putin attended the summit.", date: "2024-04-02")
    let relations = base.relations.map { relation -> Relation in
        var dated = relation
        if relation.type == .phoned { dated.date = "2024-03-01" }
        return dated
    } + [Relation(type: .attended, source: EntityID(type: .person, name: "Vladimir Putin"), target: summit.id, evidence: [evidence])]
    return KnowledgeGraph(entities: base.entities + [summit], relations: relations,
                          sources: [Source(id: "doc", title: "Talks & ties", date: "2024-04-03", url: "https://example.org/talks?a=1&b=2")])
}

/// A graph whose every text field is hostile.
private func hostileGraph() -> KnowledgeGraph {
    let entities = hostileNames.map { Entity(type: .person, name: $0, aliases: [$0 + " (alias)"]) }
    let relations = zip(entities, entities.dropFirst()).map {
        Relation(type: .met, source: $0.id, target: $1.id, date: "2024-01-02",
                 evidence: [Evidence(document: "evil", sentence: 0, start: 0, end: 1, text: "\($1.name) said <img src=x onerror=alert(1)>", reportedBy: $0.name)])
    }
    let treaty = Entity(type: .treaty, name: "<b>treaty</b> ]]>", date: "2024-01-03")
    return KnowledgeGraph(entities: entities + [treaty], relations: relations + [Relation(type: .signed, source: entities[0].id, target: treaty.id)],
                          sources: [Source(id: "evil", title: "<script>alert('t')</script>", date: "2024-01-02", url: "javascript:alert(1)")])
}

@Suite struct ReportTests {
    @Test func sha256MatchesTheStandardVectors() {
        func hex(_ text: String) -> String { SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func contentHasTheTimelineTreatiesAndOffices() {
        let content = ReportContent(graph: datedGraph(), title: "T")
        #expect(content.timeline.map(\.date) == ["2024-03-01", "2024-04-02", "2024-04-02"])
        #expect(content.timeline.map(\.kind) == ["phoned", "attended", "summit: Spring summit"])
        #expect(content.treaties.map(\.entity.name) == ["Friendship treaty"])
        #expect(content.treaties.first?.parties == ["Armenia"])
        let putin = content.entitiesByType.first { $0.type == .person }?.rows.first { $0.entity.name == "Vladimir Putin" }
        #expect(putin?.offices == ["President of Russia"])
        #expect(content.summary == "6 entities and 6 relations from 1 article, dated 2024-04-03.")
    }

    @Test func htmlReportIsSelfContainedWithItsSections() throws {
        let report = try HTMLReport(graph: datedGraph(), title: "Spring talks")
        let page = report.html()
        for id in ["diagram", "card", "entities", "timeline", "treaties", "relations", "sources", "report-data"] {
            #expect(page.contains("id=\"\(id)\""), "section \(id)")
        }
        // Nothing loaded from elsewhere.
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http://") && !page.contains("@import") && !page.contains("url("))
        #expect(page.contains("<svg width=") && !page.contains("<?xml") && !page.contains("<!DOCTYPE svg"))
        // The script runs by its hash and nothing else may.
        let hash = Data(SHA256.digest(Array(HTMLReport.script.utf8))).base64EncodedString()
        #expect(page.contains("script-src 'sha256-\(hash)'"))
        #expect(page.contains("<script>\(HTMLReport.script)</script>"))
        // Every clickable element has its card's data, and the URL is a link.
        for entity in report.content.graph.entities { #expect(page.contains("\"\(Diagram.elementID(for: entity.id))\":{")) }
        #expect(page.contains("<a href=\"https://example.org/talks?a=1&amp;b=2\""))
        #expect(page.contains("Talks &amp; ties"))
    }

    @Test func hostileTextShowsInTheHTMLReportAndRunsNothing() throws {
        let page = try HTMLReport(graph: hostileGraph(), title: "<script>alert('title')</script>").html()
        let lower = page.lowercased()
        #expect(lower.components(separatedBy: "<script").count - 1 == 2)
        #expect(lower.components(separatedBy: "</script>").count - 1 == 2)
        #expect(lower.components(separatedBy: "<svg").count - 1 == 1)
        #expect(lower.components(separatedBy: "</svg>").count - 1 == 1)
        // No element carries a handler, no link a script.
        let tags = HTMLTags.startTags(in: page)
        #expect(tags.count > 100)
        #expect(tags.flatMap(\.attributes).filter { $0.name.hasPrefix("on") }.isEmpty)
        #expect(tags.filter { $0.name == "script" }.count == 2)
        #expect(!lower.contains("href=\"javascript:"))
        #expect(page.contains("javascript:alert(1)"))
        // The text shows as written.
        #expect(page.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"))
        #expect(page.contains("&lt;/svg&gt;&lt;svg onload=alert(1)&gt;"))
        // The card data cannot end its script element.
        let data = try #require(page.range(of: "id=\"report-data\">").map { page[$0.upperBound...] })
        let json = String(data[..<data.range(of: "</script>")!.lowerBound])
        #expect(!json.contains("<") && !json.contains(">"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let names = ((decoded?["entities"] as? [String: Any])?.values.compactMap { ($0 as? [String: Any])?["name"] as? String }) ?? []
        #expect(Set(names).isSuperset(of: hostileNames))
    }

    @Test func hostileTextShowsInTheMarkdownReportAsWritten() throws {
        let markdown = try MarkdownReport(graph: hostileGraph(), title: "<script>alert('title')</script>").markdown()
        #expect(markdown.contains(#"\<script\>alert\('title'\)\</script\>"#))
        #expect(!markdown.contains("](javascript:") && !markdown.contains("](<javascript:"))
        // No raw tag, link or pipe from the text: every table row has its columns.
        #expect(markdown.range(of: #"(?<!\\)<[a-zA-Z/]"#, options: .regularExpression) == nil)
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            let pipes = line.components(separatedBy: "|").count - 1 - (line.components(separatedBy: "\\|").count - 1)
            #expect(pipes == 5 || pipes == 6, "\(line)")
        }
        #expect(markdown.contains("two lines and more"))
    }

    @Test func markdownReportOfTheHandBuiltGraph() throws {
        try Snapshot.assert(try MarkdownReport(graph: datedGraph(), title: "Spring talks").markdown(), named: "hand-built-report.md")
    }

    @Test func onlyWebAddressesBecomeLinks() {
        #expect(ReportContent.safeLink("https://example.org/a") != nil)
        #expect(ReportContent.safeLink(" HTTP://example.org ") != nil)
        for url in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "//example.org", "vbscript:x", "https:"] {
            #expect(ReportContent.safeLink(url) == nil, "\(url)")
        }
    }
}
