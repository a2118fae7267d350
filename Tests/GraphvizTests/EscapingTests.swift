import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Graphviz
import Testing
import TestSupport

@Suite struct EscapingTests {
    private func graph() -> Graph {
        var graph = Graph(kind: .directed)
        for (index, name) in hostileNames.enumerated() {
            // Ids with no backslash may hold anything; labels and tooltips may hold anything.
            let id = name.contains("\\") ? "n\(index)" : name
            graph.nodes.append(Node(id, attributes: ["label": .text(name), "tooltip": .text(name), "id": .raw("n\(index)")]))
        }
        graph.edges.append(Edge(from: hostileNames[0], to: hostileNames[3], attributes: ["label": .text(hostileNames[1]), "tooltip": .text(hostileNames[4])]))
        return graph
    }

    @Test func dotReReadsWithTheSameNodesAndText() throws {
        let dot = try Renderer.dotSource(of: graph())
        try Renderer.validate(dot: dot)
        // Re-read DOT renders the same SVG as the graph built directly.
        let renderer = try Renderer()
        let direct = try renderer.render(graph(), engine: .dot, format: .svg)
        let reread = try renderer.render(dot: dot, engine: .dot, format: .svg)
        #expect(direct == reread)
    }

    @Test func nodeIdWithABackslashIsRefused() throws {
        // DOT cannot write a name ending in a backslash back faithfully.
        let graph = Graph(nodes: [Node(#"a\"#)])
        #expect(throws: GraphvizError.self) { _ = try Renderer.dotSource(of: graph) }
    }

    @Test func svgKeepsTextIntactAndInjectsNothing() throws {
        let svg = try Renderer().render(graph(), engine: .dot, format: .svg)
        let document = try XMLDocument(data: svg)
        let root = try #require(document.rootElement())
        // No element came from the text: only Graphviz's own SVG vocabulary.
        let elements = try root.nodes(forXPath: "//*").compactMap { ($0 as? XMLElement)?.localName }
        #expect(!elements.contains("script"))
        #expect(elements.filter { $0 == "svg" }.count == 1)
        // Every name is its node's tooltip, exactly as written; XML reads any line
        // break as "\n", so compare with line breaks folded the same way.
        let tooltips = try root.nodes(forXPath: "//*[local-name()='a']").compactMap { ($0 as? XMLElement)?.value(of: "title") }
        for name in hostileNames {
            let folded = name.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            #expect(tooltips.contains(folded), "tooltip for \(name.debugDescription)")
        }
        let texts = try root.nodes(forXPath: "//*[local-name()='text']").compactMap { $0.stringValue }
        #expect(texts.contains("<script>alert(1)</script>"))
        #expect(texts.contains("&amp; &lt; ]]> <!-- x -->"))
        #expect(texts.contains(#"C:\Windows\N and \n and \"#))
        #expect(texts.contains("Նիկոլ Փաշինյան"))
        #expect(texts.contains("Владимир Путин"))
        // A line break in a name becomes a line break in the label.
        #expect(texts.contains("two") && texts.contains("lines"))
    }

    @Test func dotCommandReadsOurDOT() throws {
        guard let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
            .first(where: FileManager.default.isExecutableFile(atPath:))
        else { return }  // Graphviz's command line is optional; the library is what we ship.
        let dot = try Renderer.dotSource(of: graph())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tcanon"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: err, as: UTF8.self).isEmpty)
        #expect(String(decoding: out, as: UTF8.self).contains("Նիկոլ Փաշինյան"))
    }

    @Test func labelTextEscaping() {
        #expect(AttributeValue.text(#"a\b"#) != AttributeValue.raw(#"a\b"#))
    }
}
