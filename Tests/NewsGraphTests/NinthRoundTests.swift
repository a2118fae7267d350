import Foundation
import NewsGraph
import Testing

/// Rules found wanting on a ninth round of articles of my own: strikes named by
/// their targets, stops on a journey, and texts named with "and".
@Suite struct NinthRoundTests {
    @Test func statesThatStrikeAnothersTargetsAreInConflictWithIt() {
        let a = Extracted("Peru and Chile struck Bolivian army positions near the border on Sunday.")
        #expect(a.has(.conflictWith, "state:bolivia", "state:peru"))
        #expect(a.has(.conflictWith, "state:bolivia", "state:chile"))
        // The two that struck together fought no one another.
        #expect(!a.has(.conflictWith, "state:chile", "state:peru"))
        let b = Extracted("Chile hit targets in Bolivia overnight, officials said.")
        #expect(b.has(.conflictWith, "state:bolivia", "state:chile"))
    }

    @Test func strikingADealOrBeingHitByTariffsIsNoConflict() {
        let a = Extracted("Peru and Chile struck a trade deal with Bolivia last year.")
        #expect(!a.has(.conflictWith, "state:bolivia", "state:peru"))
        #expect(!a.has(.conflictWith, "state:bolivia", "state:chile"))
        let b = Extracted("Bolivian exports were hit by new tariffs from Peru.")
        #expect(!b.has(.conflictWith, "state:bolivia", "state:peru"))
    }

    @Test func aStopOnTheWayIsAVisit() {
        let a = Extracted("President Carl Lund of Ecuador flew to Peru after a stop in Colombia, where he met President Ana Rojas of Colombia.")
        #expect(a.has(.visited, "person:carl-lund", "state:colombia"))
        #expect(a.has(.visited, "person:carl-lund", "state:peru"))
        let b = Extracted("President Tomas Berg of Chile stopped over in Bogota on his way to Quito.")
        #expect(b.has(.visited, "person:tomas-berg", "place:bogota"))
        // Stopping something is no stop somewhere.
        let c = Extracted("President Tomas Berg of Chile stopped trade with Peru in March.")
        #expect(!c.has(.visited, "person:tomas-berg", "state:peru"))
    }

    @Test func aTextOfTwoThingsJoinedByAndKeepsBoth() {
        let a = Extracted("President Carl Lund of Ecuador and President Tomas Berg of Peru signed the joint declaration of peace and friendship in Quito.")
        #expect(a.has(.signed, "person:carl-lund", "treaty:joint-declaration-of-peace-and-friendship"))
        // A verb after "and" is the sentence's, not the text's.
        let b = Extracted("Ecuador and Peru reached an agreement of principle and announced talks.")
        #expect(b.result.entities.contains { $0.id.rawValue == "treaty:agreement-of-principle" })
    }

    @Test func aDayNamedUnderADatelineIsResolvedAgainstTheDatelinesDate() {
        let text = "Talks in Quito\n\nQUITO, Oct 2 (EFE) - President Carl Lund of Ecuador met President Tomas Berg of Peru on Friday."
        // 2 October 2025 is a Thursday: the Friday before it.
        let a = Extracted(text, published: "2025-10-02")
        #expect(a.relation(.met, "person:carl-lund", "person:tomas-berg")?.date == "2025-09-26")
        let b = Extracted(text.replacingOccurrences(of: "Friday", with: "Thursday"), published: "2025-10-02")
        #expect(b.relation(.met, "person:carl-lund", "person:tomas-berg")?.date == "2025-10-02")
        // Against the dateline's date, not the article's a day later (a Friday).
        let d = Extracted(text, published: "2025-10-03")
        #expect(d.relation(.met, "person:carl-lund", "person:tomas-berg")?.date == "2025-09-26")
        // The dateline's date is the day the whole article counts back from.
        let later = Extracted(text + " Lund had arrived in Lima on Wednesday.", published: "2025-10-09")
        #expect(later.relation(.visited, "person:carl-lund", "place:lima")?.date == "2025-10-01")
        // With no other date the dateline's dates the event.
        let c = Extracted(text.replacingOccurrences(of: " on Friday", with: ""), published: "2025-10-02")
        #expect(c.relation(.met, "person:carl-lund", "person:tomas-berg")?.date == "2025-10-02")
    }

    @Test func aStateBeforeTwoPostsJoinedByAndIsTheSecondPostsToo() {
        let a = Extracted("Omani Crown Prince and Prime Minister Carl Lund received President Tomas Berg of Peru in Muscat.")
        let titles = a.result.relations.filter { $0.type == .holdsOffice && $0.target.rawValue == "state:oman" }.compactMap(\.title)
        #expect(Set(titles) == ["Crown Prince", "Prime Minister"])
        // "and" between two people joins no posts.
        let b = Extracted("President Ana Rojas of Chile and Prime Minister Carl Lund met in Lima.")
        #expect(!b.has(.holdsOffice, "person:carl-lund", "state:chile"))
    }

    @Test func aOneWordNameOpeningASentenceBeforeItsPostIsAPerson() {
        let a = Extracted("Lundqvist, Minister for Foreign Affairs of Peru, met Foreign Minister Carl Lund of Ecuador in Lima.")
        #expect(a.relation(.holdsOffice, "person:lundqvist", "state:peru")?.title == "Minister for Foreign Affairs")
        #expect(a.has(.met, "person:carl-lund", "person:lundqvist"))
        // An adverb before a post with an article, or before a post of the name after it.
        let b = Extracted("Yesterday, the President of Peru, speaking in Lima, met envoys. Elsewhere, Minister of Trade of Peru, Ana Rojas, said talks would go on.")
        #expect(!b.result.entities.contains { $0.id.rawValue == "person:yesterday" || $0.id.rawValue == "person:elsewhere" })
        #expect(b.has(.holdsOffice, "person:ana-rojas", "state:peru"))
    }

    @Test func theSituationInAPartOfAStateIsTheStatesTopic() {
        let a = Extracted("President Ana Rojas of Peru and President Tomas Berg of Chile discussed the security situation in eastern Bolivia.")
        #expect(a.has(.discussed, "person:ana-rojas", "state:bolivia"))
        #expect(a.has(.discussed, "person:tomas-berg", "state:bolivia"))
    }

    @Test func aTreatySignedUnderADatelineIsNamedByTheDayItWasSigned() {
        let text = "Talks\n\nQUITO, Oct 2 (EFE) - President Carl Lund of Ecuador and President Tomas Berg of Peru signed an agreement on trade on Friday."
        let a = Extracted(text, published: "2025-10-02")
        #expect(a.relation(.signed, "person:carl-lund", "treaty:agreement-on-trade-of-2025-09-26")?.date == "2025-09-26")
    }

    @Test func oneWhoMeetsAGuestOnAVisitToAStateHoldsHisPostOfIt() {
        let a = Extracted("Foreign Minister Carl Lund held talks with Foreign Minister of Peru Tomas Berg, who is on an official visit to Ecuador, in Quito.")
        #expect(a.relation(.holdsOffice, "person:carl-lund", "state:ecuador")?.title == "Foreign Minister")
        #expect(!a.has(.holdsOffice, "person:tomas-berg", "state:ecuador"))
        // One who travels himself is no host.
        let b = Extracted("Foreign Minister Carl Lund, on his first trip to Ecuador, held talks with Foreign Minister of Peru Tomas Berg, who is on an official visit to Ecuador.")
        #expect(b.has(.visited, "person:carl-lund", "state:ecuador"))
        #expect(!b.has(.holdsOffice, "person:carl-lund", "state:ecuador"))
    }

    @Test func aCityAloneOnALineIsNoByline() {
        let a = Extracted("Visit of the Foreign Minister to Peru\n\nForeign Minister Carl Lund of Ecuador will visit Peru.\n\nBuenos Aires\nMay 4, 2025")
        #expect(!a.result.entities.contains { $0.id.rawValue == "person:buenos-aires" })
        // A reporter's name still is one.
        let b = Extracted("Visit of the Foreign Minister to Peru\n\nAna Rojas\n\nForeign Minister Carl Lund of Ecuador will visit Peru.")
        #expect(b.result.entities.contains { $0.id.rawValue == "person:ana-rojas" })
    }
}
