import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Golden-file comparison; `RECORD_SNAPSHOTS=1` writes the current output instead.
public enum Snapshot {
    /// Compares `text` with `Snapshots/NAME` beside the calling test file.
    public static func assert(_ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name); run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == golden, "\(name) differs from its snapshot; RECORD_SNAPSHOTS=1 re-records", sourceLocation: sourceLocation)
    }
}

/// The test fixtures, all in `Tests/Fixtures`.
public enum Fixtures {
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    public static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// The seed articles in the repository's `seeds/` folder.
    public static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    /// A new empty temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Names an article could hold that must not break or inject into any output.
public let hostileNames = [
    #"Say "hello" {now}"#,
    #"C:\Windows\N and \n and \"#,
    "two\nlines\r\nand\rmore",
    "<script>alert(1)</script>",
    "</svg><svg onload=alert(1)>",
    "Նիկոլ Փաշինյան",
    "Владимир Путин",
    "a;b [c=d] -> e -- f // g /* h */ # i",
    "&amp; &lt; ]]> <!-- x -->",
]

/// A parsed SVG document with the queries the tests need.
public struct SVGDocument {
    public let document: XMLDocument

    public init(_ data: Data) throws {
        document = try XMLDocument(data: data)
    }

    /// Every element with the given local name (namespaces ignored).
    public func elements(_ name: String) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
    }

    /// Local names of every element in the document.
    public func elementNames() throws -> [String] {
        try document.nodes(forXPath: "//*").compactMap { ($0 as? XMLElement)?.localName }
    }
}

extension XMLElement {
    /// An attribute's value by its plain or local name; `attribute(forName:)` misses
    /// attributes of elements in a default namespace (SVG's) on Linux.
    public func value(of name: String) -> String? {
        attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }
}
