import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Graphviz
import Testing
import TestSupport

/// A small graph with every kind of attribute value.
private func sampleGraph() -> Graph {
    Graph(
        name: "sample",
        kind: .directed,
        attributes: ["rankdir": "LR", "label": .text("Sample graph")],
        nodeDefaults: ["shape": "box", "fontname": "Helvetica"],
        edgeDefaults: ["color": "#555555"],
        nodes: [
            Node("a", attributes: ["label": .text("Alpha"), "id": "node-a"]),
            Node("b", attributes: ["label": .text("Beta"), "shape": "ellipse"]),
            Node("legend", attributes: ["shape": "plaintext", "label": .html("<TABLE><TR><TD>key</TD></TR></TABLE>")]),
        ],
        edges: [
            Edge(from: "a", to: "b", attributes: ["label": .text("knows"), "id": "edge-a-b"]),
            Edge(from: "b", to: "c"),
        ]
    )
}

@Suite struct GraphvizRendererTests {
    @Test func dotSourceMatchesGolden() throws {
        let dot = try Renderer.dotSource(of: sampleGraph())
        try Snapshot.assert(dot, named: "sample.dot")
    }

    @Test func svgParsesAndHasOneElementPerNodeAndEdge() throws {
        let svg = try Renderer().render(sampleGraph(), engine: .dot, format: .svg)
        let document = try XMLDocument(data: svg)
        let groups = try document.nodes(forXPath: "//*[local-name()='g']")
        let classes = groups.compactMap { ($0 as? XMLElement)?.value(of: "class") }
        #expect(classes.filter { $0.hasPrefix("node") }.count == 4)  // a, b, legend, c
        #expect(classes.filter { $0.hasPrefix("edge") }.count == 2)
        let ids = groups.compactMap { ($0 as? XMLElement)?.value(of: "id") }
        #expect(ids.contains("node-a"))
        #expect(ids.contains("edge-a-b"))
    }

    @Test func binaryFormatsStartWithTheirMagicBytes() throws {
        let renderer = try Renderer()
        let png = try renderer.render(sampleGraph(), format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try renderer.render(sampleGraph(), format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineRendersEveryFormat(engine: LayoutEngine) throws {
        let renderer = try Renderer()
        for format in OutputFormat.allCases {
            let data = try renderer.render(sampleGraph(), engine: engine, format: format)
            #expect(data.count > 100, "\(engine) \(format) gave \(data.count) bytes")
            switch format {
            case .dot: #expect(String(decoding: data, as: UTF8.self).contains("pos="))
            case .json:
                let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
                #expect((object?["objects"] as? [Any])?.count == 4)
            case .svg: _ = try XMLDocument(data: data)
            case .png, .pdf: break
            }
        }
    }

    @Test func invalidDOTThrowsGraphvizsMessage() throws {
        #expect(throws: GraphvizError.self) { try Renderer.validate(dot: "digraph { a -> ") }
        do {
            try Renderer.validate(dot: "digraph { a -> ; }")
            Issue.record("no error")
        } catch let GraphvizError.invalidDOT(message) {
            #expect(message.contains("syntax error"))
        }
        // A good graph read after a bad one is not blamed for the old error.
        try Renderer.validate(dot: "graph { a -- b }")
    }

    @Test func unknownEngineIsAThrownError() throws {
        let renderer = try Renderer()
        #expect(throws: GraphvizError.self) {
            _ = try renderer.render(dot: "digraph { a }", engine: .dot, format: .svg)
            _ = try renderer.render(dot: "digraph { a -> }", engine: .dot, format: .svg)
        }
    }

    @Test func renderDOTTextRoundTrips() throws {
        let dot = try Renderer.dotSource(of: sampleGraph())
        let svg = try Renderer().render(dot: dot, engine: .neato, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<title>a</title>"))
    }

    @Test func concurrentRenderingIsSerialisedAndSafe() async throws {
        let renderer = try Renderer()
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let engine = LayoutEngine.allCases[index % LayoutEngine.allCases.count]
                    // Separate renderers too: they share the context and the lock.
                    let own = try Renderer()
                    let a = try renderer.render(sampleGraph(), engine: engine, format: .svg)
                    let b = try own.render(sampleGraph(), engine: engine, format: .svg)
                    return a == b ? 1 : 0
                }
            }
            var same = 0
            for try await result in group { same += result }
            #expect(same == 16)
        }
    }
}
