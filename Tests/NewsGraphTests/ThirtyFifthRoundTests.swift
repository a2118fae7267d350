import Foundation
@testable import NewsGraph
import Testing

/// Rules found wanting on a thirty-fifth round of articles of my own: demonyms the
/// data lists as variants.
@Suite struct ThirtyFifthRoundTests {
    @Test func demonymsTheDataListsAsVariants() {
        let a = Extracted("Headline\nZAGREB (HINA) - Prime Minister Ana Rojas received Slovenian Prime Minister Tomas Berg and Maldivian President Carl Lund.")
        #expect(a.has(.holdsOffice, "person:tomas-berg", "state:slovenia"))
        #expect(a.has(.holdsOffice, "person:carl-lund", "state:maldives"))
    }
}
