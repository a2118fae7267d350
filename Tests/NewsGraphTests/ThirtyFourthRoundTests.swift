import Foundation
@testable import NewsGraph
import Testing

/// Rules found wanting on a thirty-fourth round of articles of my own: a name with
/// an apostrophe inside, and one received by someone named bare.
@Suite struct ThirtyFourthRoundTests {
    @Test func aNameWithAnApostropheInside() {
        let a = Extracted("""
            Headline
            NAIROBI (KNA) - Principal Secretary Korir Sing'oei met Foreign Minister Ana Rojas of Peru. Sing'oei's office said the talks went well.
            """)
        #expect(a.ids.contains("person:korir-singoei"))
        #expect(a.has(.met, "person:ana-rojas", "person:korir-singoei"))
        // A possessive's or a contraction's apostrophe ends the name.
        let b = Extracted("Headline\nPresident Tomas Berg's plan won't pass, Minister Ana Rojas'll say.")
        #expect(a.names(of: "person:korir-singoei").contains("Sing'oei"))
        #expect(b.ids.contains("person:tomas-berg"))
        #expect(b.ids.contains("person:ana-rojas"))
    }

    @Test func oneMetOrReceivedBySomeoneNamedBare() {
        let a = Extracted("""
            Headline
            MINSK (BelTA) - Foreign Minister Ana Rojas of Peru held talks with Foreign Minister Carl Lund of Belarus on Thursday.

            Rojas was also received by Tomas Berg at the Palace of Independence.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // A surname alone that opens the sentence is its subject, though found only later.
        let b = Extracted("""
            Headline
            MINSK (BelTA) - Foreign Minister Ana Rojas of Peru held talks with Foreign Minister Carl Lund of Belarus on Thursday.

            Rojas also met Omar Diallo.
            """)
        #expect(b.has(.met, "person:ana-rojas", "person:omar-diallo"))
        // A capital's name opening it is no one.
        let c = Extracted("""
            Headline
            MINSK (BelTA) - Foreign Minister Ana Rojas of Peru held talks with Foreign Minister Carl Lund of Belarus on Thursday.

            Lima also met Omar Diallo.
            """)
        #expect(!c.ids.contains("person:omar-diallo"))
    }
}
