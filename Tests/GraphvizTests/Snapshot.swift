import Foundation
import Testing

/// Golden-file comparison; `RECORD_SNAPSHOTS=1` writes the current output instead.
enum Snapshot {
    static func assert(_ text: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) throws {
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

#if canImport(FoundationXML)
import FoundationXML
#endif

extension XMLElement {
    /// An attribute's value by its plain name; `attribute(forName:)` misses attributes
    /// of elements in a default namespace (SVG's) on Linux.
    func value(of name: String) -> String? {
        attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }
}
