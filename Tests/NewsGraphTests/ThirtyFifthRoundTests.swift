import Foundation
@testable import NewsGraph
import Testing

/// Rules found wanting on a thirty-fifth round of articles of my own: a time
/// between "will" and its verb, an audience given "today", the purpose of a journey
/// to come, a sum of money before a treaty's noun, a name ending in "Jr.", "but"
/// after a denial, demonyms the data lists as variants, a visit paid to someone in
/// office, and a visit one is in a state "for".
@Suite struct ThirtyFifthRoundTests {
    @Test func aTimeBetweenWillAndItsVerb() {
        let a = Extracted("""
            Headline
            PRETORIA - President Ana Rojas will on Thursday host her Ghanaian counterpart, Tomas Berg, for a state visit at the Union Buildings.
            """, published: "2025-06-01")
        let met = a.relation(.met, "person:ana-rojas", "person:tomas-berg")
        #expect(met?.evidence.first?.status == .planned)
        #expect(met?.evidence.first?.date == "2025-06-05")
        // The visit the host's future names is to come too, to the dateline's state.
        let visit = a.relation(.visited, "person:tomas-berg", "state:south-africa")
        #expect(visit?.evidence.first?.status == .planned)
        // A time that ends the phrase is no plan's: "met on Thursday".
        let b = Extracted("Headline\nPRETORIA - President Ana Rojas on Thursday hosted President Tomas Berg of Ghana.", published: "2025-06-01")
        #expect(b.relation(.met, "person:ana-rojas", "person:tomas-berg")?.evidence.first?.status == nil)
    }

    @Test func anAudienceGivenToday() {
        let a = Extracted("""
            Headline
            MUSCAT, April 12 (ONA) - His Majesty Sultan Tomas Berg received in audience today Ana Rojas, Foreign Minister of Peru.
            """)
        #expect(a.has(.met, "person:tomas-berg", "person:ana-rojas"))
    }

    @Test func thePurposeOfAJourneyToCome() {
        let a = Extracted("""
            Headline
            CANBERRA (AAP) - Prime Minister Ana Rojas will fly to Port Moresby next week to sign a mutual defence treaty with Papua New Guinea.

            Rojas and Prime Minister Tomas Berg of Papua New Guinea are expected to sign the Harbour Treaty on September 16.
            """, published: "2025-06-01")
        let signed = a.relation(.signed, "person:ana-rojas", "treaty:harbour-treaty")
        #expect(signed?.evidence.contains { $0.sentence == 1 } == true)
        #expect(signed?.evidence.allSatisfy { $0.status == .planned } == true)
        // The unnamed treaty of the lead is the one named next.
        #expect(!a.ids.contains("treaty:mutual-defence-treaty"))
        // A journey that took place gives no plan: "flew to Port Moresby to sign".
        let b = Extracted("Headline\nCANBERRA (AAP) - Prime Minister Ana Rojas flew to Port Moresby to sign a defence treaty with Papua New Guinea.")
        #expect(b.relation(.signed, "person:ana-rojas", "treaty:defence-treaty")?.evidence.first?.status != .planned)
    }

    @Test func aSumOfMoneyBeforeATreatysNoun() {
        for sum in ["£2.26bn", "$500 million", "500-million-euro", "US$1,500", "500 million euro", "2.5bn"] {
            let a = Extracted("Headline\nLONDON - Prime Minister Ana Rojas and President Tomas Berg signed a \(sum) loan agreement on Saturday.")
            #expect(a.has(.signed, "person:ana-rojas", "treaty:loan-agreement"), "\(sum)")
        }
        // A year stays in the name.
        let b = Extracted("Headline\nLONDON - Prime Minister Ana Rojas and President Tomas Berg signed the 2015 trade agreement.")
        #expect(b.ids.contains("treaty:2015-trade-agreement"))
    }

    @Test func aNameEndingInJunior() {
        let a = Extracted("""
            Headline
            MANILA (PNA) - President Omar R. Diallo Jr. and Australian Prime Minister Tomas Berg on Friday signed a joint declaration during bilateral talks in Melbourne.
            """)
        #expect(a.has(.met, "person:omar-diallo-jr", "person:tomas-berg"))
    }

    @Test func butAfterADenial() {
        let a = Extracted("""
            Headline
            BERN (SDA) - President Ana Rojas travelled to Washington on Wednesday.

            She did not meet President Tomas Berg but held talks with Secretary of State Carl Lund, the government said.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(!a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // Nor is one met abroad the dateline's state's official.
        #expect(!a.has(.holdsOffice, "person:carl-lund", "state:switzerland"))
        // A denial after "but" denies what follows it.
        let b = Extracted("""
            Headline
            BERN (SDA) - President Ana Rojas travelled to Washington on Wednesday.

            She did not meet President Tomas Berg but did not hold talks with Carl Lund either.
            """)
        #expect(!b.has(.met, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func demonymsTheDataListsAsVariants() {
        let a = Extracted("Headline\nZAGREB (HINA) - Prime Minister Ana Rojas received Slovenian Prime Minister Tomas Berg and Maldivian President Carl Lund.")
        #expect(a.has(.holdsOffice, "person:tomas-berg", "state:slovenia"))
        #expect(a.has(.holdsOffice, "person:carl-lund", "state:maldives"))
    }

    @Test func aVisitPaidToSomeoneInOffice() {
        let a = Extracted("""
            Headline
            BUDAPEST (MTI) - President Ana Rojas hosted President Tomas Berg of Slovakia on Friday.

            Berg also paid a visit to Speaker of Parliament Carl Lund.
            """)
        #expect(a.has(.met, "person:tomas-berg", "person:carl-lund"))
        let b = Extracted("Headline\nPresident Tomas Berg of Slovakia paid a visit to President Ana Rojas of Hungary.")
        #expect(b.has(.met, "person:tomas-berg", "person:ana-rojas"))
        // A visit paid to a place meets no one named after it.
        let c = Extracted("Headline\nPresident Tomas Berg of Slovakia paid a visit to Budapest, a city Prime Minister Ana Rojas of Hungary loves.")
        #expect(!c.has(.met, "person:tomas-berg", "person:ana-rojas"))
    }

    @Test func aVisitOneIsInAStateFor() {
        let a = Extracted("""
            Headline
            LUSAKA - President Ana Rojas on Wednesday hosted Angolan President Tomas Berg, who is in Zambia for a one-day working visit.
            """)
        #expect(a.has(.visited, "person:tomas-berg", "state:zambia"))
        #expect(!a.has(.visited, "person:ana-rojas", "state:zambia"))
    }
}
