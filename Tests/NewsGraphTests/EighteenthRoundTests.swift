import Foundation
import NewsGraph
import Testing

/// Rules found wanting on an eighteenth round of articles of my own: datelines
/// with a region, name particles before a body, styles of address, invitations,
/// co-mediators, lists of attendees, acronyms with numbers and signings to come.
@Suite struct EighteenthRoundTests {
    @Test func aDatelineWithItsRegionDatesTheArticlesRelativeDays() {
        // Friday 15 August 2025: "on Monday" to come is the 18th, not a day after publication.
        let a = Extracted("""
            QUITO, Pichincha, Aug 15 (Wire) - President Ana Rojas met President Tomas Berg of Chile in Quito on Friday.
            Rojas will travel to Lima on Monday.
            """, published: "2025-11-23")
        #expect(a.relation(.visited, "person:ana-rojas", "place:lima")?.date == "2025-08-18")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.date == "2025-08-15")
    }

    @Test func aNamesParticleBeforeABodyLeavesThePersonTheirName() {
        let a = Extracted("European Commission President Ana von der Berg and European Council President Carl Lund met President Omar Diallo of Senegal.")
        #expect(a.names(of: "person:ana-von-der-berg") == ["Ana von der Berg"])
        #expect(a.relation(.holdsOffice, "person:ana-von-der-berg", "organization:european-commission")?.title == "President")
        #expect(a.relation(.holdsOffice, "person:carl-lund", "organization:european-council")?.title == "President")
        #expect(!a.ids.contains { $0.hasPrefix("organization:berg") })
        #expect(a.has(.met, "person:ana-von-der-berg", "person:omar-diallo"))
    }

    @Test func aRankInAnAppositionIsNoPartOfTheName() {
        let a = Extracted("Peru's army chief, Field Marshal Tomas Berg, attended the ceremony.")
        #expect(a.names(of: "person:tomas-berg") == ["Tomas Berg"])
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:peru")?.title == "army chief")
    }

    @Test func aPostInAnAppositionStartsAfterItsPossessive() {
        let a = Extracted("Peru recalled its ambassador to Chile, Tomas Berg.")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:peru")?.title == "ambassador")
    }

    @Test func theOneWhoAcceptsAnInvitationToVisitGoes() {
        let a = Extracted("""
            President Ana Rojas met President Tomas Berg of Chile.
            Rojas said she had accepted an invitation from Berg to visit Chile next year.
            """)
        #expect(a.relation(.visited, "person:ana-rojas", "state:chile")?.status == .planned)
        #expect(!a.has(.visited, "person:tomas-berg", "state:chile"))
        let b = Extracted("President Ana Rojas met President Tomas Berg of Chile. Rojas accepted Berg's invitation to visit Chile.")
        #expect(b.has(.visited, "person:ana-rojas", "state:chile"))
        #expect(!b.has(.visited, "person:tomas-berg", "state:chile"))
    }

    @Test func oneAMediatorActsAlongsideMediatesToo() {
        let a = Extracted("Peru has long been a key mediator, alongside Chile, in talks between Bolivia and Ecuador.")
        for mediator in ["state:peru", "state:chile"] {
            #expect(a.has(.mediates, mediator, "state:bolivia"))
            #expect(a.has(.mediates, mediator, "state:ecuador"))
        }
        #expect(!a.has(.mediates, "state:chile", "state:peru"))
        #expect(!a.has(.mediates, "state:peru", "state:chile"))
    }

    @Test func whoReportsAnAttackIsNoSideOfIt() {
        let a = Extracted("Carl Lund expressed regret for the death of a Chilean officer in the attack, a White House readout said.")
        #expect(a.count(.conflictWith) == 0)
        // The sides named before it still are: the reporter is no third.
        let b = Extracted("Carl Lund spoke of the attack by Peru on Chile, the Kremlin said.")
        #expect(b.has(.conflictWith, "state:peru", "state:chile"))
        #expect(b.count(.conflictWith) == 1)
    }

    @Test func aStyleOfAddressMakesAPerson() {
        let a = Extracted("Ana Rojas apologised to Sheikh Omar bin Tomas Al Diallo on Monday. Sir Carl Lund met Dr. Tomas Berg in London.")
        #expect(a.names(of: "person:omar-bin-tomas-al-diallo") == ["Omar bin Tomas Al Diallo"])
        #expect(a.has(.met, "person:carl-lund", "person:tomas-berg"))
        // "Mr President" addresses a post; "the Sheikh X government" names a body.
        let b = Extracted("Carl Lund: Thank you, Mr President. We spoke of the fall of the Sheikh Ana Rojas government.")
        #expect(!b.ids.contains("person:president"))
        #expect(!b.ids.contains("person:ana-rojas"))
        // A name the article knows stays that person's.
        let c = Extracted("President Carl Lund arrived. Mr Lund met Dr Tomas Berg on Monday.")
        #expect(c.has(.met, "person:carl-lund", "person:tomas-berg"))
        #expect(!c.ids.contains("person:lund"))
    }

    @Test func coChairsAfterThePlaceHostTheGathering() {
        let a = Extracted("Leaders met on Monday at a summit in Lima co-chaired by Peruvian President Ana Rojas and Chilean President Tomas Berg.")
        #expect(a.has(.hosted, "person:ana-rojas", "summit:lima-summit"))
        #expect(a.has(.hosted, "person:tomas-berg", "summit:lima-summit"))
        #expect(a.has(.heldIn, "summit:lima-summit", "place:lima"))
    }

    @Test func listsOfThoseWhoAttendedOrWerePresent() {
        let a = Extracted("The summit opened in Lima on Monday. More than 20 leaders attended, including French President Carl Lund and Italian Prime Minister Omar Diallo.")
        let b = Extracted("The summit opened in Lima on Monday. French President Carl Lund and Italian Prime Minister Omar Diallo were among those present.")
        let c = Extracted("The summit opened in Lima on Monday. French President Carl Lund and Italian Prime Minister Omar Diallo were also in attendance.")
        for article in [a, b, c] {
            #expect(article.has(.attended, "person:carl-lund", "summit:lima-summit"))
            #expect(article.has(.attended, "person:omar-diallo", "summit:lima-summit"))
        }
        let d = Extracted("The summit opened in Lima on Monday. French President Carl Lund was not present.")
        #expect(!d.has(.attended, "person:carl-lund", "summit:lima-summit"))
    }

    @Test func anAcronymWithANumberIsTheGroupOfThatNumber() {
        let a = Extracted("""
            G20 summit opens in Lima

            LIMA, Nov 22 (Wire) - President Ana Rojas opened the first Group of 20 summit held in Peru on Saturday.
            """)
        #expect(a.names(of: "organization:group-of-20").sorted() == ["G20", "Group of 20"])
        #expect(a.names(of: "summit:group-of-20-summit").sorted() == ["G20 summit", "Group of 20 summit"])
        let b = Extracted("Leaders of the Group of Seven met in Lima. The G7 leaders adopted a statement.")
        #expect(b.names(of: "organization:group-of-seven").sorted() == ["G7", "Group of Seven"])
        // A number the name does not end with is another body.
        let c = Extracted("Leaders of the Group of Seven met in Lima. The G20 leaders adopted a statement.")
        #expect(c.names(of: "organization:group-of-seven") == ["Group of Seven"])
    }

    @Test func aPlannedGatheringIsNamedWithoutTheWord() {
        let a = Extracted("President Ana Rojas had offered to host a planned Lima summit, which was shelved last month.")
        #expect(a.ids.contains("summit:lima-summit"))
        #expect(!a.ids.contains("summit:planned-lima-summit"))
    }

    @Test func postsListedBeforeOnTheSideAreThatStates() {
        let a = Extracted("""
            The two leaders were joined by Secretary of State Ana Rojas and special envoy Tomas Berg on the American side, \
            and by Foreign Minister Carl Lund and aide Omar Diallo on the Russian side.
            """)
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:united-states")?.title == "Secretary of State")
        #expect(a.relation(.holdsOffice, "person:carl-lund", "state:russia")?.title == "Foreign Minister")
        #expect(!a.has(.holdsOffice, "person:carl-lund", "state:united-states"))
        #expect(!a.has(.holdsOffice, "person:ana-rojas", "state:russia"))
        // A side in another clause is another's.
        let b = Extracted("Foreign Minister Ana Rojas attended the talks; officials on the Chilean side declined to comment.")
        #expect(!b.has(.holdsOffice, "person:ana-rojas", "state:chile"))
    }

    @Test func aSigningToComeIsPlanned() {
        let a = Extracted("Prime Minister Ana Rojas is expected to sign a security pact with Vanuatu's Prime Minister Tomas Berg on the sidelines.")
        #expect(a.relation(.signed, "person:ana-rojas", "treaty:security-pact")?.status == .planned)
        #expect(a.relation(.signed, "person:tomas-berg", "treaty:security-pact")?.status == .planned)
        // One only offered or asked for is no signing.
        let b = Extracted("Peru and Chile are ready to sign a trade pact, officials said. Rojas urged Berg to sign the pact.")
        #expect(b.count(.signed) == 0)
        // Nor is one neither announced nor in a headline's present.
        let c = Extracted("Talks went on. Whether Peru and Chile sign a trade pact is unclear.")
        #expect(c.count(.signed) == 0)
    }

    @Test func anAcronymsGatheringIsTheGatheringOfTheBodyItStandsFor() {
        let a = Extracted("""
            Rojas hosts Berg at SCO summit in Lima

            LIMA, Sept 1 (Wire) - President Ana Rojas welcomed leaders to Lima on Monday for a summit of the Shanghai Cooperation Organization.
            """)
        #expect(a.names(of: "summit:summit-of-the-shanghai-cooperation-organization").sorted() == ["SCO summit", "a summit of the Shanghai Cooperation Organization"])
        #expect(!a.ids.contains("summit:sco-summit"))
    }

    @Test func whoSatDownWithAnotherOnTheMarginsAttended() {
        let a = Extracted("President Ana Rojas sat down with President Tomas Berg on Friday on the margins of the Asia-Pacific Economic Cooperation summit, their first formal meeting.")
        #expect(a.has(.attended, "person:ana-rojas", "summit:asia-pacific-economic-cooperation-summit"))
        #expect(a.has(.attended, "person:tomas-berg", "summit:asia-pacific-economic-cooperation-summit"))
    }

    @Test func negotiationsWithSomeoneAreAMeeting() {
        let a = Extracted("President Ana Rojas held negotiations with President Tomas Berg of Chile, who arrived in Lima on a state visit.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aSecondVerbAfterTheFirstObjectsTimeAndPlaceIsTheSubjects() {
        let a = Extracted("""
            President Ana Rojas held talks with President Tomas Berg and President Carl Lund this week.
            Rojas met Berg in Quito on Tuesday and spoke with Lund by telephone on Wednesday.
            """)
        #expect(a.has(.phoned, "person:ana-rojas", "person:carl-lund"))
        #expect(!a.has(.phoned, "person:tomas-berg", "person:carl-lund"))
        let b = Extracted("President Ana Rojas met President Tomas Berg in Quito on Tuesday and spoke by telephone with President Carl Lund on Wednesday.")
        #expect(b.has(.phoned, "person:ana-rojas", "person:carl-lund"))
        #expect(!b.has(.phoned, "person:tomas-berg", "person:carl-lund"))
    }

    @Test func aSecretaryOfStatesCounterpartIsAForeignMinister() {
        let a = Extracted("US Secretary of State Ana Rojas met her Chinese counterpart Tomas Berg on Friday.")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:china")?.title == "Foreign Minister")
        let b = Extracted("Chilean Prime Minister Ana Rojas met her Peruvian counterpart Tomas Berg on Friday.")
        #expect(b.relation(.holdsOffice, "person:tomas-berg", "state:peru")?.title == "Prime Minister")
    }

    @Test func namesSetOffAfterAPluralPostArePeople() {
        let a = Extracted("The two leaders met in Lima. The foreign ministers, Carl Lund and Omar Diallo, initialed the text.")
        #expect(a.ids.contains("person:carl-lund"))
        #expect(a.ids.contains("person:omar-diallo"))
    }

    @Test func theAgreementPointsBackAtAnAgreementNotALaterDeclaration() {
        let a = Extracted("""
            President Ana Rojas and President Tomas Berg initialed a peace agreement in Lima on Friday.
            Rojas and Berg also signed a joint declaration with President Carl Lund.
            The agreement grants Peru transit rights.
            """)
        #expect(a.names(of: "treaty:peace-agreement").contains("The agreement"))
        #expect(!a.names(of: "treaty:joint-declaration").contains("The agreement"))
        // With no agreement before, the text named last is meant.
        let b = Extracted("Peru and Chile signed a joint declaration on Friday. The agreement grants Peru transit rights.")
        #expect(b.names(of: "treaty:joint-declaration").contains("The agreement"))
    }

    @Test func noPlansToMeetIsNoMeeting() {
        let a = Extracted("A spokesman said President Ana Rojas had no plans to meet envoy Tomas Berg this week.")
        #expect(a.count(.met) == 0)
    }

    @Test func whatTheirMinistersWouldDoNextMonthDatesNoSigning() {
        let a = Extracted("""
            Chilean President Ana Rojas and Argentine President Tomas Berg met on Saturday.
            The two leaders signed a declaration on mining and agreed that their foreign ministers, Carl Lund and Omar Diallo, would meet in Lima next month.
            """, published: "2025-11-23")
        #expect(a.relation(.signed, "person:ana-rojas", "treaty:declaration-on-mining")?.date == nil)
        #expect(a.relation(.met, "person:carl-lund", "person:omar-diallo")?.status == .planned)
    }

    @Test func whoAccompaniesACounterpartTakesTheCounterpartsState() {
        let a = Extracted("""
            Prime Minister Ana Rojas and her Papua New Guinea counterpart Carl Lund have signed a treaty.
            Lund arrived in Lima on Sunday accompanied by Foreign Minister Tomas Berg.
            """)
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:papua-new-guinea")?.title == "Foreign Minister")
    }

    @Test func theVenueIsThePlaceItsOwnerOwns() {
        let a = Extracted("President Ana Rojas received letters of credence from 28 ambassadors at a ceremony in the Kremlin's Alexander Hall.")
        #expect(a.has(.heldIn, "summit:alexander-hall-ceremony", "place:alexander-hall"))
        #expect(!a.result.relations.contains { $0.type == .heldIn && $0.target.rawValue == "state:russia" })
    }

    @Test func talksAfterFiveWordsOfTheirOwnAreStillTheVerbs() {
        let a = Extracted("Foreign Minister Tomas Berg of Chile, who is on a three-day visit, will also hold the 24th round of boundary talks with National Security Adviser Carl Lund of Peru on Tuesday.")
        #expect(a.relation(.met, "person:tomas-berg", "person:carl-lund")?.status == .planned)
    }

    @Test func aMeetingOfTwoPeopleIsNoGatheringAndItsPlaceIsAttended() {
        let a = Extracted("The meeting of President Ana Rojas and President Tomas Berg took place on the fringes of the Asia-Pacific Economic Cooperation forum.")
        #expect(!a.ids.contains { $0.hasPrefix("summit:meeting-of") })
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.has(.attended, "person:ana-rojas", "summit:asia-pacific-economic-cooperation-forum"))
        #expect(a.has(.attended, "person:tomas-berg", "summit:asia-pacific-economic-cooperation-forum"))
        // A meeting of a body still is one.
        let b = Extracted("Ministers attended a meeting of the Andean Community in Lima.")
        #expect(b.ids.contains("summit:meeting-of-the-andean-community"))
    }
}
