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

/// The folder of this test run's temporary folders.
private let testRunDirectory: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-tests-\(UUID().uuidString)")
    // A C function pointer captures nothing: the path is read from the global again.
    atexit { try? FileManager.default.removeItem(at: testRunDirectory) }
    return url
}()

/// The test fixtures, all in `Tests/Fixtures`.
public enum Fixtures {
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    public static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// The seed articles in the repository's `seeds/` folder.
    public static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    /// A new empty temporary folder, inside one folder per test run that is
    /// removed when the run's process exits.
    public static func temporaryDirectory() throws -> URL {
        let url = testRunDirectory.appendingPathComponent(UUID().uuidString)
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

/// The start tags of an HTML page as a browser's tokenizer sees them: attribute
/// values quoted or not, comments skipped, script and style bodies not read as tags.
public enum HTMLTags {
    public struct Tag {
        public var name: String
        public var attributes: [(name: String, value: String)]
    }

    public static func startTags(in html: String) -> [Tag] {
        let s = Array(html.unicodeScalars)
        var tags: [Tag] = []
        var i = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{C}" }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count else { i += 1; continue }
            if s[i + 1] == "!" {
                // A comment or doctype: skip to its end.
                let close: [Unicode.Scalar] = s[i...].starts(with: Array("<!--".unicodeScalars)) ? Array("-->".unicodeScalars) : [">"]
                i += 2
                while i < s.count, !s[i...].starts(with: close) { i += 1 }
                i += close.count
                continue
            }
            guard s[i + 1].properties.isAlphabetic else { i += 1; continue }
            i += 1
            var name = ""
            while i < s.count, !isSpace(s[i]), s[i] != ">", s[i] != "/" { name.unicodeScalars.append(s[i]); i += 1 }
            var tag = Tag(name: name.lowercased(), attributes: [])
            while i < s.count, s[i] != ">" {
                if isSpace(s[i]) || s[i] == "/" { i += 1; continue }
                var attribute = ""
                while i < s.count, !isSpace(s[i]), s[i] != "=", s[i] != ">" { attribute.unicodeScalars.append(s[i]); i += 1 }
                while i < s.count, isSpace(s[i]) { i += 1 }
                var value = ""
                if i < s.count, s[i] == "=" {
                    i += 1
                    while i < s.count, isSpace(s[i]) { i += 1 }
                    if i < s.count, s[i] == "\"" || s[i] == "'" {
                        let quote = s[i]
                        i += 1
                        while i < s.count, s[i] != quote { value.unicodeScalars.append(s[i]); i += 1 }
                        i += 1
                    } else {
                        while i < s.count, !isSpace(s[i]), s[i] != ">" { value.unicodeScalars.append(s[i]); i += 1 }
                    }
                }
                if !attribute.isEmpty { tag.attributes.append((attribute.lowercased(), value)) }
            }
            i += 1
            tags.append(tag)
            if tag.name == "script" || tag.name == "style" {
                // Raw text up to the closing tag.
                let close = Array("</\(tag.name)".unicodeScalars)
                while i < s.count, !String(String.UnicodeScalarView(s[i..<min(i + close.count, s.count)])).lowercased().unicodeScalars.elementsEqual(close) { i += 1 }
            }
        }
        return tags
    }
}
