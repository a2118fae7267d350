import Foundation

/// Reads article files and folders into cleaned ``Document``s.
public struct ArticleReader: Sendable {
    /// File name extensions read when walking a folder.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl"]

    public init() {}

    /// The article files under the given paths, folders walked recursively and in
    /// name order; a path that does not exist is reported as an error.
    public func files(in paths: [String]) -> (files: [URL], errors: [IngestError]) {
        var files: [URL] = []
        var errors: [IngestError] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.unreadable(path: path, reason: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(URL(fileURLWithPath: path))
                continue
            }
            let root = URL(fileURLWithPath: path)
            let found = (manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])?
                .compactMap { $0 as? URL } ?? [])
                .filter { Self.extensions.contains($0.pathExtension.lowercased()) }
                .sorted { $0.path < $1.path }
            files += found
        }
        return (files, errors)
    }

    /// Reads one file: a single article, or one per line for JSON Lines.
    public func read(_ url: URL) throws -> [Document] {
        let path = url.path
        // An empty file is refused before reading: nothing to read, and Foundation's
        // reader leaks its buffer on one.
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size == 0 {
            throw IngestError.empty(path: path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw IngestError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let text = try Self.decodeText(data, path: path)
        let id = url.deletingPathExtension().lastPathComponent
        switch url.pathExtension.lowercased() {
        case "txt", "text": return [try article(id: id, path: path, text: text, title: nil, date: nil, url: nil)]
        case "md", "markdown":
            let markdown = MarkdownText.parse(text)
            return [try article(id: id, path: path, text: markdown.body, title: markdown.title, date: markdown.date, url: markdown.url)]
        case "html", "htm":
            let page = HTMLText.parse(text)
            return [try article(id: id, path: path, text: page.body, title: page.title, date: page.date, url: page.url)]
        case "jsonl", "ndjson": return try jsonLines(text, path: path)
        default: throw IngestError.unsupported(path: path)
        }
    }

    /// One plain-text article from bytes (standard input, say), checked as a file is.
    public func document(id: String, data: Data, path: String) throws -> Document {
        try article(id: id, path: path, text: Self.decodeText(data, path: path), title: nil, date: nil, url: nil)
    }

    /// Checks the bytes are text: not empty, no NUL, valid UTF-8 (a BOM is dropped).
    static func decodeText(_ data: Data, path: String) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw IngestError.empty(path: path)
        }
        if bytes.contains(0) { throw IngestError.binary(path: path) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw IngestError.invalidUTF8(path: path)
        }
        return text
    }

    private func article(id: String, path: String, text: String, title: String?, date: String?, url: String?) throws -> Document {
        let body = Boilerplate.clean(text)
        guard !body.isEmpty else { throw IngestError.empty(path: path) }
        return Document(id: id, title: title, date: date.flatMap(DateText.isoDate), url: url, text: body)
    }

    private func jsonLines(_ text: String, path: String) throws -> [Document] {
        var documents: [Document] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingEnds(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) as? [String: Any] else {
                throw IngestError.invalidRecord(path: path, line: index + 1, reason: "not a JSON object")
            }
            guard let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init), !id.isEmpty else {
                throw IngestError.invalidRecord(path: path, line: index + 1, reason: "missing \"id\"")
            }
            guard let body = object["text"] as? String, !body.trimmingEnds(in: .whitespacesAndNewlines).isEmpty else {
                throw IngestError.invalidRecord(path: path, line: index + 1, reason: "missing \"text\"")
            }
            documents.append(try article(id: id, path: "\(path):\(index + 1)", text: body,
                                         title: object["title"] as? String, date: object["date"] as? String, url: object["url"] as? String))
        }
        guard !documents.isEmpty else { throw IngestError.noArticles(path: path) }
        return documents
    }
}
