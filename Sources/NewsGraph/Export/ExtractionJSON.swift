import Foundation

/// One article's extraction in the form of `EXPORT_JSON.md` ("One article"): the
/// cleaned text and every mention's offsets in it, so other tools can align theirs.
public enum ExtractionJSON {
    struct Article: Encodable {
        struct DocumentPart: Encodable {
            var id: String
            var title: String?
            var date: String?
            var url: String?
            var text: String

            // The spec shows absent metadata as null, not as a missing key.
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encode(title, forKey: .title)
                try container.encode(date, forKey: .date)
                try container.encode(url, forKey: .url)
                try container.encode(text, forKey: .text)
            }

            enum CodingKeys: String, CodingKey { case id, title, date, url, text }
        }

        var document: DocumentPart
        var entities: [ArticleEntity]
        var relations: [Relation]
    }

    /// One article as a JSON object, several as an array, sorted keys, ending in a newline.
    public static func data(for extractions: [ArticleExtraction]) throws -> Data {
        let articles = extractions.map { extraction in
            Article(document: .init(id: extraction.document.id, title: extraction.document.title, date: extraction.document.date,
                                    url: extraction.document.url, text: extraction.document.text),
                    entities: extraction.entities, relations: extraction.relations)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = articles.count == 1 ? try encoder.encode(articles[0]) : try encoder.encode(articles)
        data.append(0x0A)
        return data
    }
}
