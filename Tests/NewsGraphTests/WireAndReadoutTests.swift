import Foundation
import NewsGraph
import Testing

/// Rules found wanting on an eighth round of articles of my own, in the style of
/// wire agencies, a presidency's and foreign ministries' readouts.
@Suite struct WireAndReadoutTests {
    @Test func aGuestWhoIsInAPlaceOnAVisitVisitsIt() {
        let a = Extracted("President Carl Lund held talks with President of Peru Tomas Berg, who is in Ecuador on an official visit.")
        #expect(a.has(.visited, "person:tomas-berg", "state:ecuador"))
        #expect(!a.has(.visited, "person:carl-lund", "state:ecuador"))
    }

    @Test func aFormOfAddressInInitialsEndsNoSentence() {
        let text = "Foreign Minister Carl Lund of Ecuador held talks with H.E. Ms. Ana Rojas, Foreign Minister of Peru, during his visit to Lima."
        #expect(SentenceSplitter.split(text).count == 1)
        let a = Extracted(text)
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(a.has(.visited, "person:carl-lund", "place:lima"))
    }

    @Test func aGatheringsCapitalisedNounKeepsItsCapital() {
        let a = Extracted("Peru will host the Andes Recovery Conference next year.")
        #expect(a.result.entities.first { $0.id.rawValue == "summit:andes-recovery-conference" }?.name == "Andes Recovery Conference")
        // A noun written in lower case stays so.
        let b = Extracted("Peru will host the Andes recovery conference next year.")
        #expect(b.result.entities.first { $0.id.rawValue == "summit:andes-recovery-conference" }?.name == "Andes recovery conference")
    }

    @Test func handingSomeoneALetterMeetsThemButNotItsSender() {
        let a = Extracted("Foreign Minister Omar Diallo of Senegal handed President Carl Lund of Ecuador a letter from President Tomas Berg of Peru.")
        #expect(a.has(.met, "person:carl-lund", "person:omar-diallo"))
        #expect(!a.has(.met, "person:omar-diallo", "person:tomas-berg"))
        let b = Extracted("Foreign Minister Omar Diallo of Senegal handed over a message from President Tomas Berg of Peru to President Carl Lund of Ecuador.")
        #expect(b.has(.met, "person:carl-lund", "person:omar-diallo"))
        #expect(!b.has(.met, "person:omar-diallo", "person:tomas-berg"))
    }

    @Test func anAgencysDatelineWithAFullStopDatesTheSentenceAfterIt() {
        let text = "Talks in Quito\n\nQuito, 12 March (EFE). President Carl Lund of Ecuador received Foreign Minister Ana Rojas of Peru."
        #expect(SentenceSplitter.split(text).count == 2)
        let a = Extracted(text, published: "2025-06-01")
        #expect(a.relation(.met, "person:ana-rojas", "person:carl-lund")?.date == "2025-03-12")
        // A sentence that only ends in brackets is no dateline.
        #expect(SentenceSplitter.split("He met the leaders of Peru (and Chile). Then he left.").count == 2)
    }
}
