import Foundation
@testable import NewsGraph
import Testing

/// Rules found wanting on a twenty-seventh round of articles of my own: a stand-in
/// "on behalf of" a leader, Malaysia's honours, the grand duke, long portfolios,
/// courtesy calls received, welcomes on the day of a video conference, guests who
/// come as one state's officials, gatherings named with "for", no visit home, "the
/// pope", a surname that is a state's name, "called X 'a friend'", events opened by
/// video link, leaving a city at the end of a visit, dialogues and co-chaired
/// summits, field marshals, messages conveyed and audiences, the day of saying,
/// "the visitor", trips begun in a city, unknown datelines, "His Highness" alone
/// and visiting a leader.
@Suite struct TwentySeventhRoundTests {
    @Test func oneOnWhoseBehalfAnotherStatesOfficialComesIsNotTheDatelines() {
        let a = Extracted("""
            Ministers meet in Lima

            LIMA - Foreign Minister Ana Rojas met Chinese Foreign Minister Tomas Berg on Friday.

            Berg is representing China at the summit on behalf of President Carl Lund.

            Rojas said Peru valued the visit.
            """)
        #expect(a.has(.holdsOffice, "person:ana-rojas", "state:peru"))
        #expect(!a.has(.holdsOffice, "person:carl-lund", "state:peru"))
    }

    @Test func malaysiasHonoursStandBeforeTheNameAndACourtesyCallReceivedIsAMeeting() {
        let a = Extracted("""
            Leaders meet

            KUALA LUMPUR, Dec 3 (Wire) -- Prime Minister Datuk Seri Ana Rojas today received a courtesy call from Thai Prime Minister Tomas Berg at her office.
            """, published: "2025-12-06")
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:malaysia")?.title == "Prime Minister")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.date == "2025-12-03")
        #expect(!a.ids.contains { $0.contains("seri") })
    }

    @Test func theGrandDukeIsLuxembourgs() {
        let a = Extracted("King Carl Lund of Belgium welcomed Grand Duke Tomas Berg to the palace on Monday.")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:luxembourg")?.title == "Grand Duke")
        #expect(a.has(.met, "person:carl-lund", "person:tomas-berg"))
    }

    @Test func aPortfolioOfSeveralWordsJoinedByAndIsAllThePosts() {
        let a = Extracted("""
            Ministers meet

            PRETORIA - International Relations and Cooperation Minister Ana Rojas met Foreign Minister Tomas Berg of China in Pretoria on Friday.

            South Africa welcomed the visit.
            """)
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:south-africa")?.title == "International Relations and Cooperation Minister")
    }

    @Test func aWelcomeOnTheDayOfAVideoConferenceIsAMeeting() {
        let a = Extracted("President Ana Rojas welcomed Peruvian President Tomas Berg to the palace on Thursday, hours before a video conference of the coalition.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(!a.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func guestsWhoComeAsOneStatesOfficialsDoNotMeetEachOther() {
        let a = Extracted("Foreign Minister Ana Rojas of Chile hosted Foreign Minister Tomas Berg of Peru and Defence Minister Carl Lund of Peru in Santiago on Friday.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(!a.has(.met, "person:tomas-berg", "person:carl-lund"))
        // Guests of two states, hosted together, met each other.
        let b = Extracted("President Ana Rojas of Chile hosted President Tomas Berg of Peru and President Carl Lund of Bolivia in Santiago on Friday.")
        #expect(b.has(.met, "person:tomas-berg", "person:carl-lund"))
    }

    @Test func aGatheringWhoseNameGoesOnWithForIsAttendedByThoseWhoHoldIt() {
        let a = Extracted("Peru and Chile held the fifth meeting of the Working Group for Border Affairs in Lima on Wednesday.")
        let meeting = a.result.entities.first { $0.type == .summit }?.id.rawValue ?? ""
        #expect(a.has(.attended, "state:peru", meeting))
        #expect(a.has(.attended, "state:chile", meeting))
        #expect(!a.has(.hosted, "state:peru", meeting))
        // A ceremony held for a guest is hosted.
        let b = Extracted("Peru held a welcome ceremony for President Tomas Berg of Chile in Lima on Wednesday.")
        let ceremony = b.result.entities.first { $0.type == .summit }?.id.rawValue ?? ""
        #expect(b.has(.hosted, "state:peru", ceremony))
    }

    @Test func noOneVisitsTheStateWhoseOfficeTheyHold() {
        let a = Extracted("""
            Rojas meets the pope

            VATICAN CITY - Pope Carl Lund received President Ana Rojas of Peru in a private audience on Monday, ahead of a planned papal trip to Peru.

            The pope is expected to visit Lima later this month.
            """, published: "2025-12-06")
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(!a.has(.visited, "person:ana-rojas", "state:peru"))
        // "The pope" is the article's one pope.
        #expect(a.relation(.visited, "person:carl-lund", "place:lima")?.status == .planned)
    }

    @Test func aStatesNameAfterAGivenNameIsASurname() {
        let a = Extracted("""
            Visit to Lisbon

            She later met Prime Minister Ana Montenegro in Lisbon.
            """)
        #expect(a.ids.contains("person:ana-montenegro"))
        #expect(!a.ids.contains("state:montenegro"))
    }

    @Test func aTextsNameWithOfIsNoBody() {
        let a = Extracted("Foreign Minister Ana Rojas of Peru and Foreign Minister Tomas Berg of Chile signed a Status of Visiting Forces Agreement in Lima.")
        #expect(!a.result.entities.contains { $0.type == .organization })
    }

    @Test func callingSomeoneSomethingIsNoCall() {
        let a = Extracted("""
            Rojas praises Berg

            Prime Minister Ana Rojas of Peru called President Tomas Berg of Chile "a great friend" on Monday.
            """)
        #expect(!a.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("""
            Rojas praises Berg

            Prime Minister Ana Rojas of Peru called President Tomas Berg of Chile a true partner.
            """)
        #expect(!b.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        let c = Extracted("""
            Rojas calls Berg

            Prime Minister Ana Rojas of Peru called President Tomas Berg of Chile on Monday.
            """)
        #expect(c.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        // A time after the name is the call's.
        let d = Extracted("""
            Rojas calls Berg

            Prime Minister Ana Rojas of Peru called President Tomas Berg of Chile a day after the summit.
            """)
        #expect(d.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func anEventOpenedByVideoLinkIsNoCallBetweenThoseWhoOpenedIt() {
        let a = Extracted("President Ana Rojas of Peru and President Tomas Berg of Chile inaugurated a new bridge by video link on Monday.")
        #expect(!a.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("President Ana Rojas of Peru held talks with President Tomas Berg of Chile by video link on Monday.")
        #expect(b.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func leavingACityAtTheEndOfAVisitIsAVisitToIt() {
        let a = Extracted("""
            Rojas ends visit

            President Ana Rojas of Peru left Cairo on Tuesday, concluding a two-day visit.
            """)
        #expect(a.has(.visited, "person:ana-rojas", "place:cairo"))
        // Leaving for a city is going there, not having been there.
        let b = Extracted("""
            Rojas travels

            President Ana Rojas of Peru left Cairo for Amman on Tuesday.
            """)
        #expect(!b.has(.visited, "person:ana-rojas", "place:cairo"))
    }

    @Test func thoseWhoHoldADialogueOrCochairASummitMeet() {
        let a = Extracted("Foreign Minister Ana Rojas of Peru and Foreign Minister Tomas Berg of Chile held the annual strategic dialogue in Geneva on Saturday.")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.place == "place:geneva")
        let b = Extracted("Prime Minister Ana Rojas of Peru and President Tomas Berg of Chile co-chaired the fifth Peru-Chile intergovernmental summit.")
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // Each chair hosts it, not the state of the first one's title.
        let summit = b.result.entities.first { $0.type == .summit }?.id.rawValue ?? ""
        #expect(b.has(.hosted, "person:ana-rojas", summit))
        #expect(b.has(.hosted, "person:tomas-berg", summit))
        #expect(!b.has(.hosted, "state:peru", summit))
        // A dialogue by phone is a call.
        let c = Extracted("Foreign Minister Ana Rojas of Peru and Foreign Minister Tomas Berg of Chile held a phone dialogue on Saturday.")
        #expect(!c.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aFieldMarshalIsAPerson() {
        let a = Extracted("""
            Readout

            The President met today with Prime Minister Ana Rojas of Peru and Field Marshal Tomas Berg at the palace.
            """)
        #expect(a.ids.contains("person:tomas-berg"))
    }

    @Test func oneWhoConveysAMessageToAnotherMeetsThem() {
        let a = Extracted("""
            Envoy in Lima

            LIMA, Dec 2 (Wire) -- Foreign Minister Tomas Berg of Chile conveyed a message from President Ana Rojas of Chile to President Carl Lund of Peru on Tuesday.
            """, published: "2025-12-06")
        #expect(a.relation(.met, "person:tomas-berg", "person:carl-lund")?.date == "2025-12-02")
        #expect(!a.has(.met, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func anAudienceWithAMonarchIsAMeetingOfTheSentencesSubject() {
        let a = Extracted("""
            Rojas visits Thimphu

            THIMPHU - Prime Minister Ana Rojas of Peru arrived in Thimphu on Monday.

            She was received at the airport by Prime Minister Tomas Berg of Bhutan and will have an audience with King Carl Lund of Bhutan on Tuesday.
            """, published: "2025-12-06")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.relation(.met, "person:ana-rojas", "person:carl-lund")?.status == .planned)
        // The passive's agent is no subject of the second verb.
        #expect(!a.has(.met, "person:tomas-berg", "person:carl-lund"))
    }

    @Test func aDelegationHeadWithAShortenedRankIsAPerson() {
        let a = Extracted("The army delegation was led by Lt. Gen. Omar Diallo, while the other side sent its adviser.")
        #expect(a.ids.contains("person:omar-diallo"))
    }

    @Test func theDayOfSayingDatesNoPlan() {
        let a = Extracted("""
            Rojas to meet Berg

            LIMA - President Ana Rojas of Peru said on Friday she would meet President Tomas Berg of Chile in Arica on Sunday.
            """, published: "2025-12-06")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.date == "2025-12-07")
        // A visit announced on a day, for a month ahead.
        let b = Extracted("""
            Treaty concluded

            LIMA, Nov 12 - President Tomas Berg of Chile and President Ana Rojas of Peru announced on Wednesday that their countries had concluded negotiations on a new treaty, to be signed when Berg visits Lima in January.
            """, published: "2025-11-12")
        #expect(b.relation(.visited, "person:tomas-berg", "place:lima")?.date == "2026-01")
    }

    @Test func theVisitorIsTheOneWhoVisited() {
        let a = Extracted("""
            Rojas visits Santiago

            SANTIAGO - Foreign Minister Ana Rojas of Peru met Foreign Minister Tomas Berg of Chile in Santiago on Saturday, on her first visit to Chile.

            The visitor also paid a courtesy call on President Carl Lund of Chile.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func aTripBegunInACityOrLeftForOneOnADayVisitsIt() {
        let a = Extracted("""
            Rojas tours Gulf

            RIYADH - Foreign Minister Ana Rojas of Peru began a Gulf tour in Riyadh on Sunday, where she met Foreign Minister Tomas Berg of Saudi Arabia.
            """, published: "2025-12-06")
        #expect(a.has(.visited, "person:ana-rojas", "place:riyadh"))
        let b = Extracted("""
            Rojas travels

            LIMA - President Ana Rojas of Peru left Lima on Tuesday for Quito, where she will hold talks with President Tomas Berg of Ecuador.
            """, published: "2025-12-06")
        #expect(b.has(.visited, "person:ana-rojas", "place:quito"))
        #expect(!b.has(.visited, "person:ana-rojas", "place:lima"))
    }

    @Test func aDatelinesUnknownPlaceBeforeADashIsAPlace() {
        let a = Extracted("""
            Summit held

            TUMBES — President Ana Rojas of Peru hosted a summit on Monday.
            """)
        #expect(a.ids.contains("place:tumbes"))
        #expect(!a.result.entities.contains { $0.type == .organization })
    }

    @Test func aFormOfAddressAloneIsTheOnePersonTheArticleNamedWithIt() {
        let a = Extracted("""
            Leaders discuss region

            ABU DHABI - President His Highness Sheikh Omar Diallo and King Tomas Berg of Jordan today discussed the situation in the region.

            His Highness welcomed King Tomas Berg and conveyed his wishes for Jordan's progress.
            """)
        #expect(a.has(.met, "person:omar-diallo", "person:tomas-berg"))
        #expect(a.meant(by: "His Highness") == ["person:omar-diallo"])
        // Two so named: the form alone names neither.
        let b = Extracted("""
            Leaders meet

            His Highness Sheikh Omar Diallo received His Highness Sheikh Carl Lund on Monday.

            His Highness welcomed King Tomas Berg of Jordan.
            """)
        #expect(!b.has(.met, "person:omar-diallo", "person:tomas-berg"))
        #expect(!b.has(.met, "person:carl-lund", "person:tomas-berg"))
        // "His Majesty" is another's form.
        let c = Extracted("""
            Leaders meet

            His Majesty King Omar Diallo of Bahrain received His Highness Sheikh Carl Lund of Kuwait on Monday.

            His Majesty welcomed the guest and praised relations.
            """)
        #expect(c.meant(by: "His Majesty") == ["person:omar-diallo"])
    }

    @Test func visitingALeaderIsMeetingThem() {
        let a = Extracted("""
            Rojas in Bratislava

            BRATISLAVA - Prime Minister Ana Rojas of Peru held talks with Prime Minister Tomas Berg of Slovakia on Thursday.

            Rojas also visited President Carl Lund of Slovakia.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(!a.has(.visited, "person:ana-rojas", "person:carl-lund"))
    }
}
