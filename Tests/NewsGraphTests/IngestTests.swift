import Foundation
@testable import NewsGraph
import Testing
import TestSupport

@Suite struct IngestTests {
    let reader = ArticleReader()

    @Test func plainText() throws {
        let documents = try reader.read(Fixtures.url("articles/phone-call.txt"))
        #expect(documents.count == 1)
        #expect(documents[0].id == "phone-call")
        #expect(documents[0].text.hasPrefix("Kazakh President Kassym-Jomart Tokayev held"))
    }

    @Test func markdownFrontMatterAndSyntax() throws {
        let document = try #require(try reader.read(Fixtures.url("articles/ministers.md")).first)
        #expect(document.title == "Ministers meet in Ankara")
        #expect(document.date == "2024-03-05")
        #expect(document.url == "https://example.org/news/ankara-ministers")
        #expect(document.text.contains("Turkish Foreign Minister Hakan Fidan met Greek"))
        #expect(document.text.contains("hailed the talks as a new chapter in relations"))
        #expect(!document.text.contains("**") && !document.text.contains("](") && !document.text.contains("title:"))
    }

    @Test func htmlKeepsTheArticleOnly() throws {
        let document = try #require(try reader.read(Fixtures.url("articles/page.html")).first)
        #expect(document.title == "Leaders talk by phone")
        #expect(document.date == "2023-06-14")
        #expect(document.url == "https://example.org/news/leaders-phone")
        #expect(document.text.contains("Polish Prime Minister Donald Tusk spoke by phone with Ukrainian President Volodymyr Zelensky on Wednesday & discussed"))
        #expect(document.text.contains("\u{201C}constructive\u{201D}"))
        for debris in ["tracking", "injected", "Subscribe", "color: red", "All rights reserved", "Home"] {
            #expect(!document.text.contains(debris), "kept \(debris)")
        }
    }

    @Test func jsonLinesGiveOneDocumentPerLine() throws {
        let documents = try reader.read(Fixtures.url("articles/batch.jsonl"))
        #expect(documents.map(\.id) == ["batch-1", "batch-2"])
        #expect(documents[0].title == "Envoy visits")
        #expect(documents[1].date == "2022-09-02")
    }

    @Test func foldersAreWalkedInNameOrder() {
        let (files, errors) = reader.files(in: [Fixtures.url("articles").path, "/no/such/path"])
        #expect(files.map(\.lastPathComponent) == ["batch.jsonl", "ministers.md", "page.html", "phone-call.txt"])
        #expect(errors == [.unreadable(path: "/no/such/path", reason: "no such file or folder")])
    }

    @Test func badFilesGiveOneLineErrorsNamingTheFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        let cases: [(String, [UInt8], IngestError)] = [
            ("empty.txt", [], .empty(path: "")),
            ("blank.txt", Array(" \n\t\n".utf8), .empty(path: "")),
            ("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41], .binary(path: "")),
            ("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x61, 0x62, 0x63], .invalidUTF8(path: "")),
            ("notes.docx", Array("text".utf8), .unsupported(path: "")),
            ("broken.jsonl", Array("{\"id\": \"a\", \"text\": \"Fine text here.\"}\n{oops\n".utf8), .invalidRecord(path: "", line: 2, reason: "not a JSON object")),
            ("noid.jsonl", Array("{\"text\": \"x\"}\n".utf8), .invalidRecord(path: "", line: 1, reason: "missing \"id\"")),
        ]
        for (name, bytes, expected) in cases {
            let url = directory.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            do {
                _ = try reader.read(url)
                Issue.record("\(name) was read")
            } catch let error as IngestError {
                let message = try #require(error.errorDescription)
                #expect(message.hasPrefix(url.path), "\(message)")
                #expect(!message.contains("\n"))
                #expect(String(describing: error).prefix(8) == String(describing: expected).prefix(8), "\(name): \(error)")
            }
        }
    }

    @Test func seedDebrisIsDroppedAndHeadlinesKept() throws {
        let armenian = try #require(try reader.read(Fixtures.seeds.appendingPathComponent("001_199b5b13a894299b.txt")).first)
        #expect(!armenian.text.contains("Մատչելիության"))
        #expect(!armenian.text.split(separator: "\n").contains("XS"))
        #expect(armenian.text.hasPrefix("Pashinian Eyes Closer Russian-Armenian Ties"))
        // The photo caption was printed twice; it is kept once.
        #expect(armenian.text.components(separatedBy: "Moscow, January 11, 2021.").count == 2)

        let turkish = try #require(try reader.read(Fixtures.seeds.appendingPathComponent("002_7fa586ce3e554acf.txt")).first)
        #expect(!turkish.text.contains("İçeriğe"))
        #expect(!turkish.text.contains("Yorumlar"))
        #expect(!turkish.text.contains("Opinions expressed"))
        #expect(turkish.text.contains("Elena Teslova"))
        #expect(turkish.text.contains("Liberation of Karabakh"))
    }

    @Test func isoDatesFromMetadata() {
        #expect(DateText.isoDate("2021-01-11T10:00:00+03:00") == "2021-01-11")
        #expect(DateText.isoDate("January 11, 2021") == "2021-01-11")
        #expect(DateText.isoDate("Sept. 2020") == "2020-09")
        #expect(DateText.isoDate("2021") == "2021")
        #expect(DateText.isoDate("soon") == nil)
    }
}
