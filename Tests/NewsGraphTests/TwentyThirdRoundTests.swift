import Foundation
@testable import NewsGraph
import Testing

/// Rules found wanting on a twenty-third round of articles of my own: a name or
/// a style before a body's post, a surname "He", a treaty's topic before another
/// clause, companions and the clause after them, the dateline's traveller abroad,
/// a delegation's leader named elliptically, the two ministers of a counterpart
/// pair, and a clause after a visit.
@Suite struct TwentyThirdRoundTests {
    @Test func aNameOrAStyleBeforeABodysPostIsNoPartOfTheBody() {
        let a = Extracted("The meeting was also attended by Omar Diallo and Arab League Secretary-General Ana Rojas.")
        #expect(a.has(.holdsOffice, "person:ana-rojas", "organization:arab-league"))
        #expect(a.ids.filter { $0.hasPrefix("organization:") } == ["organization:arab-league"])
        let b = Extracted("The meeting was also attended by Chilean official Omar al-Sheikh and Arab League Secretary-General Ana Rojas.")
        #expect(b.has(.holdsOffice, "person:ana-rojas", "organization:arab-league"))
        #expect(b.ids.filter { $0.hasPrefix("organization:") } == ["organization:arab-league"])
        // A portfolio before "and" is the body's own.
        let c = Extracted("The bill was presented by Foreign Affairs and Defence Committee Chair Ana Rojas on Monday.")
        #expect(c.has(.holdsOffice, "person:ana-rojas", "organization:foreign-affairs-and-defence-committee"))
    }

    @Test func heRightAfterATitleIsASurname() {
        let a = Extracted("Vice Premier He Tao met Tomas Berg in Lima. He said the talks went well.")
        #expect(a.has(.met, "person:he-tao", "person:tomas-berg"))
        #expect(!a.ids.contains("person:tao"))
    }

    @Test func aTreatysTopicEndsBeforeAnotherClause() {
        let a = Extracted("The summit in Lima produced a joint statement on climate change but no agreement on trade.")
        #expect(a.ids.contains("treaty:joint-statement-on-climate-change"))
        #expect(!a.ids.contains { $0.contains("but-no") })
    }

    @Test func companionsEndWhereAClauseGoesOn() {
        let text = "LIMA — Chilean President Ana Rojas met Peruvian President Tomas Berg in Lima on Monday. "
            + "Rojas, who was accompanied by Foreign Minister Carl Lund, also held talks with Vice President Omar Diallo."
        let a = Extracted(text)
        #expect(a.has(.holdsOffice, "person:carl-lund", "state:chile"))
        #expect(a.has(.holdsOffice, "person:omar-diallo", "state:peru"))
        #expect(!a.has(.holdsOffice, "person:omar-diallo", "state:chile"))
        // Companions in a list are all of the leader's state.
        let b = Extracted("LIMA — Chilean President Ana Rojas met Peruvian President Tomas Berg in Lima on Monday. "
            + "Rojas was accompanied by Foreign Minister Carl Lund, Trade Minister Omar Diallo and others.")
        #expect(b.has(.holdsOffice, "person:omar-diallo", "state:chile"))
    }

    @Test func oneTheDatelinesTravellerMeetsAbroadIsNotOfTheDatelinesState() {
        let text = "QUITO — Ana Rojas, the leader of the ruling party, will pay an official visit to Spain next week, the Ecuadorian foreign ministry said. "
            + "Rojas will also meet King Carl Lund. On Monday Rojas met Defence Minister Omar Diallo."
        let a = Extracted(text)
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(!a.has(.holdsOffice, "person:carl-lund", "state:ecuador"))
        // One met at home, before the trip, is of the dateline's state.
        #expect(a.has(.holdsOffice, "person:omar-diallo", "state:ecuador"))
        // A guest of another state who travels on meets the dateline's officials.
        let b = Extracted("MANILA, Feb 20 - The Philippines and Chile signed an agreement on Thursday, Defence Secretary Ana Rojas said after meeting Chilean Defence Minister Tomas Berg. "
            + "Berg, who is also visiting Japan this week, said the agreement mattered.")
        #expect(b.has(.holdsOffice, "person:ana-rojas", "state:philippines"))
    }

    @Test func aDelegationsLeaderNamedElliptically() {
        let a = Extracted("QUITO — Ecuador hosted talks between Peru and Chile. The Peruvian delegation was led by Foreign Minister Ana Rojas and the Chilean one by Defence Minister Tomas Berg.")
        #expect(a.has(.holdsOffice, "person:ana-rojas", "state:peru"))
        #expect(a.has(.holdsOffice, "person:tomas-berg", "state:chile"))
        #expect(!a.has(.holdsOffice, "person:tomas-berg", "state:ecuador"))
    }

    @Test func theTwoMinistersAreTheCounterpartsNamedLast() {
        let text = "Peru and Canada agreed to restore ties after a meeting between Prime Minister Ana Rojas and Canadian Prime Minister Tomas Berg in Lima. "
            + "Foreign Minister Carl Lund later held talks with his Canadian counterpart Omar Diallo in Lima. The two ministers discussed a trade agreement."
        let a = Extracted(text)
        #expect(a.has(.discussed, "person:carl-lund", "treaty:trade-agreement"))
        #expect(a.has(.discussed, "person:omar-diallo", "treaty:trade-agreement"))
        #expect(!a.has(.discussed, "person:ana-rojas", "treaty:trade-agreement"))
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.evidence.map(\.sentence) == [0])
    }

    @Test func aClauseAfterAVisitTakesTheReaderElsewhere() {
        let a = Extracted("German Foreign Minister Ana Rojas arrived in Quito on Monday on an unannounced visit, pledging Berlin's continued support.")
        #expect(a.has(.visited, "person:ana-rojas", "place:quito"))
        #expect(!a.has(.visited, "person:ana-rojas", "state:germany"))
        let b = Extracted("German Foreign Minister Ana Rojas arrived on a visit to Quito on Monday.")
        #expect(b.has(.visited, "person:ana-rojas", "place:quito"))
    }
}
