import Foundation

/// One article, cleaned: the text every offset in the graph refers to.
public struct Document: Hashable, Sendable {
    /// The file name without its extension, or the `id` field of a JSON Lines record.
    public var id: String
    public var title: String?
    /// ISO 8601 publication date, when the source gives one.
    public var date: String?
    public var url: String?
    /// The article text, boilerplate dropped, one paragraph a line.
    public var text: String

    public init(id: String, title: String? = nil, date: String? = nil, url: String? = nil, text: String) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
        self.text = text
    }
}

/// Why an input file could not be read as articles; each names the file.
public enum IngestError: LocalizedError, Equatable {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case invalidUTF8(path: String)
    case unsupported(path: String)
    case invalidRecord(path: String, line: Int, reason: String)
    case noArticles(path: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .empty(let path): return "\(path): empty file"
        case .binary(let path): return "\(path): binary data (NUL bytes), not an article"
        case .invalidUTF8(let path): return "\(path): not valid UTF-8 text"
        case .unsupported(let path): return "\(path): unsupported file type (use .txt, .md, .html or .jsonl)"
        case .invalidRecord(let path, let line, let reason): return "\(path):\(line): \(reason)"
        case .noArticles(let path): return "\(path): no articles found"
        }
    }
}
