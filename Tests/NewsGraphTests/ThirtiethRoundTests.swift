import Foundation
@testable import NewsGraph
import Testing

/// Rules found wanting on a thirtieth round of articles of my own: calls received
/// or made, courtesy calls on a visitor, names of fathers and of airports, ministers
/// of state and foreign secretaries, talks hosted for guests and dinners joined,
/// posts received, the sides and the treaties they sign in a list, a second verb
/// after a time, monarchs called by one name, a party named by its people, treaties
/// named in capitals, the party of a dateline's own official abroad, topics after
/// "discuss", ambassadors set off by commas, datelines that name their state, posts
/// joined by "and", a trip's purpose, and messages a visiting delegation brings.
@Suite struct ThirtiethRoundTests {
    @Test func aCallReceivedMadeOrTakenIsACall() {
        for verb in ["received a call from", "also received a call from", "took a call from", "had a brief call with"] {
            let a = Extracted("Headline\nPresident Ana Rojas \(verb) Spanish Foreign Minister Tomas Berg.")
            #expect(a.has(.phoned, "person:ana-rojas", "person:tomas-berg"), "\(verb)")
        }
        // A courtesy call is a visit in person.
        let b = Extracted("Headline\nPresident Ana Rojas received a courtesy call from Spanish Foreign Minister Tomas Berg.")
        #expect(!b.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // A call for something is no call to anyone.
        let c = Extracted("Headline\nPresident Ana Rojas made a call for calm, and Foreign Minister Tomas Berg agreed.")
        #expect(!c.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func callingOnTheVisitingLeaderMeetsThem() {
        let a = Extracted("""
            Headline
            Chilean President Ana Rojas arrived in Lima on Sunday on a state visit to Peru. Peruvian Foreign Minister Tomas Berg called on the visiting leader later in the day.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aNameAfterBinIsTheFathersAndABuildingNamedForSomeoneMentionsNoOne() {
        let a = Extracted("""
            Headline
            Prime Minister Ana Rojas was received at Hamad International Airport by Minister Tomas Berg. She will call on Emir Sheikh Tamim bin Hamad Al Thani.
            """)
        #expect(a.names(of: "person:tamim-bin-hamad-al-thani") == ["Tamim bin Hamad Al Thani"])
        // Met only where the text says so: the call to come.
        #expect(a.relation(.met, "person:ana-rojas", "person:tamim-bin-hamad-al-thani")?.evidence.map(\.sentence) == [2])
        #expect(a.relation(.met, "person:ana-rojas", "person:tamim-bin-hamad-al-thani")?.status == .planned)
        // A building named for someone named before is no mention of them either.
        let b = Extracted("""
            Headline
            President Carl Lund met Foreign Minister Ana Rojas. She later landed at Carl Lund International Airport.
            """)
        #expect(b.names(of: "person:carl-lund") == ["Carl Lund"])
        // The father's name alone is no mention of the son.
        let d = Extracted("Headline\nEmir Tamim bin Hamad Al Thani met President Ana Rojas. Hamad ruled until 2013.")
        #expect(d.names(of: "person:tamim-bin-hamad-al-thani") == ["Tamim bin Hamad Al Thani"])
        // An inner name that is no father's still calls the person.
        let c = Extracted("Headline\nPresident Luis Tomas Berg Rojas met Foreign Minister Omar Diallo. Tomas said the talks went well.")
        #expect(c.names(of: "person:luis-tomas-berg-rojas").contains("Tomas"))
    }

    @Test func aMinisterOfStateForAPortfolioIsAPost() {
        let a = Extracted("""
            Headline
            President Ana Rojas arrived in Doha on a visit to Qatar. She was received by Qatar's Minister of State for Foreign Affairs Tomas Berg.
            """)
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:qatar")?.title == "Minister of State for Foreign Affairs")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("Headline\nHe met the Minister of State for External Affairs of India, Carl Lund.")
        #expect(b.relation(.holdsOffice, "person:carl-lund", "state:india")?.title == "Minister of State for External Affairs")
    }

    @Test func talksHostedAndAttendedByOthersMeetTheHost() {
        let a = Extracted("""
            Headline
            Egyptian intelligence chief Omar Diallo hosted the talks, which were attended by US envoy Tomas Berg and Qatari Prime Minister Carl Lund.
            """)
        #expect(a.has(.met, "person:omar-diallo", "person:tomas-berg"))
        #expect(a.has(.met, "person:omar-diallo", "person:carl-lund"))
        let b = Extracted("Headline\nEgyptian Foreign Minister Omar Diallo chaired a meeting attended by US envoy Tomas Berg.")
        #expect(b.has(.met, "person:omar-diallo", "person:tomas-berg"))
        // A gathering with a name is attended, which the rules for gatherings read.
        let c = Extracted("Headline\nEgyptian Foreign Minister Omar Diallo hosted the summit, attended by US envoy Tomas Berg.")
        #expect(!c.has(.met, "person:omar-diallo", "person:tomas-berg"))
    }

    @Test func joiningSomeoneForADinnerOrTalksMeetsThem() {
        let a = Extracted("""
            Headline
            Norwegian Prime Minister Tomas Berg and Swedish Prime Minister Carl Lund joined Prime Minister Ana Rojas for a working dinner.
            """)
        #expect(a.has(.met, "person:tomas-berg", "person:ana-rojas"))
        #expect(a.has(.met, "person:carl-lund", "person:ana-rojas"))
        // Joining talks by video link is no meeting, nor joining a body.
        let b = Extracted("Headline\nPrime Minister Ana Rojas joined the talks with President Carl Lund by video link.")
        #expect(!b.has(.met, "person:ana-rojas", "person:carl-lund"))
        let c = Extracted("Headline\nPrime Minister Ana Rojas said Peru joined the bloc, as President Carl Lund had asked, for a stronger voice.")
        #expect(!c.has(.met, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func receivingAPostTheArticleGaveSomeoneMeetsThem() {
        let a = Extracted("""
            Headline
            German Chancellor Tomas Berg travelled to Warsaw on Thursday. Polish President Carl Lund also received the chancellor at the palace.
            """)
        #expect(a.has(.met, "person:carl-lund", "person:tomas-berg"))
        // Receiving something of the post's is no meeting.
        let b = Extracted("""
            Headline
            German Chancellor Tomas Berg travelled to Warsaw on Thursday. Polish President Carl Lund received the chancellor's letter.
            """)
        #expect(!b.has(.met, "person:carl-lund", "person:tomas-berg"))
    }

    @Test func theSidesAreTheTwoNamedAndSignEveryTreatyOfAList() {
        let a = Extracted("""
            Headline
            Turkish President Tomas Berg received Azerbaijani President Carl Lund in Ankara. The sides signed an agreement on defence, a memorandum on energy and a protocol on trade.
            """)
        for treaty in ["treaty:agreement-on-defence", "treaty:memorandum-on-energy", "treaty:protocol-on-trade"] {
            #expect(a.has(.signed, "person:tomas-berg", treaty), "\(treaty)")
            #expect(a.has(.signed, "person:carl-lund", treaty), "\(treaty)")
        }
        let b = Extracted("""
            Headline
            Turkish President Tomas Berg received Azerbaijani President Carl Lund in Ankara. The two countries signed eight documents, including an agreement on defence and a memorandum on energy.
            """)
        #expect(b.has(.signed, "state:turkey", "treaty:memorandum-on-energy"))
        #expect(b.has(.signed, "state:azerbaijan", "treaty:agreement-on-defence"))
        // Sides are sides whatever their posts.
        let e = Extracted("""
            Headline
            Turkish President Tomas Berg received Azerbaijani Foreign Minister Carl Lund in Ankara. The sides signed an agreement on defence.
            """)
        #expect(e.has(.signed, "person:carl-lund", "treaty:agreement-on-defence"))
        // With three named, "the sides" are no pair.
        let c = Extracted("""
            Headline
            President Tomas Berg, President Carl Lund and President Omar Diallo met in Ankara. The sides signed an agreement on defence.
            """)
        #expect(!c.has(.signed, "person:tomas-berg", "treaty:agreement-on-defence"))
        // A list whose items name no treaty is something else.
        let d = Extracted("""
            Headline
            Turkish President Tomas Berg received Azerbaijani President Carl Lund in Ankara. The two countries signed off on trade, energy and a memorandum on ports.
            """)
        #expect(!d.has(.signed, "state:turkey", "treaty:memorandum-on-ports"))
    }

    @Test func aSecondVerbAfterAnObjectAndATimeIsTheSubjects() {
        let a = Extracted("Headline\nPresident Ana Rojas is due to hold talks with President Carl Lund on Thursday and will travel to Lima on Friday.")
        #expect(a.has(.visited, "person:ana-rojas", "place:lima"))
        #expect(!a.has(.visited, "person:carl-lund", "place:lima"))
        // With a subject of its own, the second verb is that subject's.
        let b = Extracted("Headline\nPresident Ana Rojas met President Carl Lund on Thursday and President Carl Lund travelled to Lima on Friday.")
        #expect(b.has(.visited, "person:carl-lund", "place:lima"))
        #expect(!b.has(.visited, "person:ana-rojas", "place:lima"))
    }

    @Test func aMonarchCalledByOneNameIsNoOneElseOfThatSurname() {
        let a = Extracted("""
            Headline
            Indonesian President Ana Rojas was welcomed by Prime Minister Anwar Ibrahim. She also had an audience with Sultan Ibrahim at the palace.
            """)
        #expect(a.names(of: "person:anwar-ibrahim") == ["Anwar Ibrahim"])
        #expect(a.has(.met, "person:ana-rojas", "person:ibrahim"))
        #expect(a.relation(.met, "person:ana-rojas", "person:anwar-ibrahim")?.evidence.map(\.sentence) == [1])
        // A monarch's given name known before still calls the monarch.
        let b = Extracted("Headline\nEmir Sheikh Tamim bin Hamad Al Thani met President Ana Rojas. Later Emir Tamim hosted a dinner.")
        #expect(b.names(of: "person:tamim-bin-hamad-al-thani").contains("Tamim"))
        #expect(!b.ids.contains("person:tamim"))
        // Also where another's surname is that name.
        let c = Extracted("Headline\nEmir Sheikh Tamim bin Hamad Al Thani met Foreign Minister Carl Tamim. Later Emir Tamim hosted a dinner.")
        #expect(c.names(of: "person:tamim-bin-hamad-al-thani").contains("Tamim"))
        #expect(c.names(of: "person:carl-tamim") == ["Carl Tamim"])
        // A commoner's given name is no monarch's.
        let d = Extracted("Headline\nPrime Minister Carl Berg met Foreign Minister Ana Rojas. Later King Carl hosted them.")
        #expect(d.names(of: "person:carl-berg") == ["Carl Berg"])
        #expect(d.ids.contains("person:carl"))
    }

    @Test func aPartyNamedByItsPeopleIsThePartyOfThatState() {
        let a = Extracted("""
            Headline
            Vietnamese Party chief Tomas Berg arrived in Vientiane. Berg, General Secretary of the Communist Party of Vietnam, met Lao President Carl Lund.
            """)
        #expect(a.names(of: "organization:communist-party-of-vietnam").contains("Vietnamese Party"))
        let b = Extracted("""
            Headline
            General Secretary of the Communist Party of China Tomas Berg met Lao President Carl Lund. The Chinese Communist Party has 99 million members.
            """)
        #expect(b.names(of: "organization:communist-party-of-china").contains("Chinese Communist Party"))
        #expect(!b.ids.contains("organization:chinese-communist-party"))
        #expect(!a.ids.contains("organization:vietnamese-party"))
        // Another state's party, or another body of the state, is another.
        let c = Extracted("""
            Headline
            General Secretary of the Communist Party of China Tomas Berg met Lao President Carl Lund. The Chinese Foreign Ministry said the talks went well.
            """)
        #expect(c.ids.contains("organization:communist-party-of-china"))
        #expect(!c.names(of: "organization:communist-party-of-china").contains("Chinese Foreign Ministry"))
        // A body whose name ends in the same noun but holds other words is another.
        let d = Extracted("""
            Headline
            Governor of the People's Bank of China Tomas Berg met Lao President Carl Lund. The Chinese Development Bank said the talks went well.
            """)
        #expect(d.ids.contains("organization:chinese-development-bank"))
    }

    @Test func aTreatyNamedInCapitalsIsWrittenWhole() {
        let a = Extracted("""
            Headline
            Russian Foreign Minister Tomas Berg held talks with Foreign Minister Carl Lund. They discussed the Treaty on Comprehensive Strategic Partnership. They also signed the Treaty of Friendship and Cooperation.
            """)
        #expect(a.names(of: "treaty:treaty-on-comprehensive-strategic-partnership") == ["the Treaty on Comprehensive Strategic Partnership"])
        #expect(a.name(of: "treaty:treaty-on-comprehensive-strategic-partnership") == "Treaty on Comprehensive Strategic Partnership")
        #expect(a.names(of: "treaty:treaty-of-friendship-and-cooperation") == ["the Treaty of Friendship and Cooperation"])
        #expect(a.name(of: "treaty:treaty-of-friendship-and-cooperation") == "Treaty of Friendship and Cooperation")
        // A treaty's topic in small letters keeps the noun small.
        let b = Extracted("Headline\nForeign Minister Tomas Berg and Foreign Minister Carl Lund signed a treaty on trade.")
        #expect(b.name(of: "treaty:treaty-on-trade") == "treaty on trade")
    }

    @Test func whoAccompaniesTheDatelinesOwnOfficialAbroadHoldsPostsOfThatState() {
        let a = Extracted("""
            Headline
            ISLAMABAD: Pakistani Prime Minister Ana Rojas arrived in Doha on Sunday on a visit to Qatar. Deputy Prime Minister and Foreign Minister Tomas Berg is accompanying the prime minister. Pakistan seeks investment.
            """)
        let posts = a.result.relations.filter { $0.type == .holdsOffice && $0.source.rawValue == "person:tomas-berg" && $0.target.rawValue == "state:pakistan" }
        #expect(Set(posts.compactMap(\.title)) == ["Deputy Prime Minister", "Foreign Minister"])
        // Two posts after the name go to the dateline's state as well.
        let c = Extracted("""
            Headline

            ABU DHABI (WAM) -- President Carl Lund received King Omar of Jordan. The meeting was attended by Tomas Berg, Deputy Prime Minister and Foreign Minister. The UAE welcomed him.
            """)
        let after = c.result.relations.filter { $0.type == .holdsOffice && $0.source.rawValue == "person:tomas-berg" && $0.target.rawValue == "state:united-arab-emirates" }
        #expect(Set(after.compactMap(\.title)) == ["Deputy Prime Minister", "Foreign Minister"])
        // One who accompanies a guest to the dateline's state is of the guest's.
        let b = Extracted("""
            Headline
            DOHA - Pakistani Prime Minister Ana Rojas arrived in Doha on Sunday on a visit to Qatar. Foreign Minister Tomas Berg is accompanying the prime minister.
            """)
        #expect(!b.has(.holdsOffice, "person:tomas-berg", "state:qatar"))
    }

    @Test func aStateAfterDiscussIsWhatWasDiscussedNotWhereTheyMet() {
        let a = Extracted("Headline\nDuring the visit, Prime Minister Ana Rojas will call on Emir Tomas Berg and discuss investment in Pakistan.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.place == nil)
        // A city there may still be where they met.
        let b = Extracted("Headline\nPrime Minister Ana Rojas met Emir Tomas Berg to discuss trade in Doha.")
        #expect(b.relation(.met, "person:ana-rojas", "person:tomas-berg")?.place == "place:doha")
    }

    @Test func aTreatysSubjectGoesOnAfterANounThatTakesTo() {
        let a = Extracted("Headline\nPresident Tomas Berg and President Carl Lund signed a declaration on the transition to comprehensive strategic partnership.")
        #expect(a.ids.contains("treaty:declaration-on-the-transition-to-comprehensive-strategic-partnership"))
        // Any other noun's "to" ends it: a purpose.
        let b = Extracted("Headline\nPresident Tomas Berg and President Carl Lund signed an agreement on trade to boost ties.")
        #expect(b.ids.contains("treaty:agreement-on-trade"))
    }

    @Test func anAmbassadorToAPlaceSetOffByACommaIsOfTheirPeoplesState() {
        let a = Extracted("Headline\nThe meeting was attended by the UK ambassador to the Kingdom, Carl Lund.")
        #expect(a.relation(.holdsOffice, "person:carl-lund", "state:united-kingdom")?.title == "ambassador")
        let b = Extracted("Headline\nThe meeting was attended by the British ambassador in Riyadh, Carl Lund.")
        #expect(b.has(.holdsOffice, "person:carl-lund", "state:united-kingdom"))
    }

    @Test func aCallWithAWordInQuotesBeforeItIsACall() {
        let a = Extracted("Headline\nPresident Ana Rojas said she had a \"productive\" call with U.S. President Carl Lund.")
        #expect(a.has(.phoned, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func aCityTheDatelineGivesItsStateDatesTheArticleThere() {
        let a = Extracted("""
            Headline

            GYEONGJU, South Korea (Yonhap) -- President Ana Rojas held a summit with Chinese President Tomas Berg on Saturday. South Korea hosted the meeting.
            """)
        #expect(a.has(.holdsOffice, "person:ana-rojas", "state:south-korea"))
        // A city alone, not a capital, gives no state.
        let b = Extracted("""
            Headline

            GYEONGJU (Yonhap) -- President Ana Rojas held a summit with Chinese President Tomas Berg on Saturday. South Korea hosted the meeting.
            """)
        #expect(!b.has(.holdsOffice, "person:ana-rojas", "state:south-korea"))
    }

    @Test func twoJoinedPostsBeforeTheSecondNameStillJoinTheTwo() {
        let a = Extracted("Headline\nThai Foreign Minister Tomas Berg and Cambodian Deputy Prime Minister and Foreign Minister Carl Lund met on Friday.")
        #expect(a.has(.met, "person:tomas-berg", "person:carl-lund"))
    }

    @Test func aTripsPurposeMayStandAfterAFewWordsOfWhoseAndWhich() {
        let a = Extracted("Headline\nPrime Minister Tomas Berg will travel to Washington next week for his fifth meeting with US President Carl Lund this year.")
        #expect(a.relation(.met, "person:tomas-berg", "person:carl-lund")?.status == .planned)
        let b = Extracted("Headline\nPrime Minister Tomas Berg travelled to Washington last week for his first meeting with US President Carl Lund.")
        #expect(b.relation(.met, "person:tomas-berg", "person:carl-lund")?.status == nil)
    }

    @Test func aForeignSecretaryIsAPost() {
        let a = Extracted("Headline\nIndia's foreign secretary Tomas Berg told reporters that defence was discussed.")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:india")?.title == "Foreign Secretary")
    }

    @Test func aMonarchsStateMayFollowHisFathersName() {
        let a = Extracted("Headline\nKing Tomas II bin Al Berg of Jordan arrived in Cairo.")
        #expect(a.relation(.holdsOffice, "person:tomas-ii", "state:jordan")?.title == "King")
    }

    @Test func thoseWhoMeetAPostWithNoNameDoNotMeetEachOther() {
        let a = Extracted("""
            Rojas, Berg meet Chinese premier in Brussels
            President Ana Rojas and President Tomas Berg hosted Chinese Premier Carl Lund.
            """)
        #expect(!a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
        // With the name after the post, the post is no object alone.
        let b = Extracted("Headline\nPresident Ana Rojas and President Tomas Berg met Chinese Premier Carl Lund.")
        #expect(b.has(.met, "person:tomas-berg", "person:carl-lund"))
    }

    @Test func aMessageAVisitingDelegationDeliversIsFromNoOfficialOfTheDatelinesState() {
        let a = Extracted("""
            Headline

            ADDIS ABABA (ENA) - Prime Minister Ana Rojas on Tuesday received an Eritrean delegation led by Foreign Minister Tomas Berg at his office. The delegation delivered a message from President Carl Lund. Ethiopia welcomed the visit.
            """)
        #expect(a.has(.holdsOffice, "person:ana-rojas", "state:ethiopia"))
        #expect(!a.has(.holdsOffice, "person:carl-lund", "state:ethiopia"))
        // A message the dateline's own official hands over is still of that state.
        let b = Extracted("""
            Headline

            ADDIS ABABA (ENA) - Prime Minister Ana Rojas on Tuesday received an Eritrean delegation. She handed over a message from President Carl Lund. Ethiopia welcomed the visit.
            """)
        #expect(b.has(.holdsOffice, "person:carl-lund", "state:ethiopia"))
    }

    @Test func talksAlsoAttendedByOthersMeetTheHost() {
        let a = Extracted("Headline\nEgyptian Foreign Minister Omar Diallo hosted the talks, which were also attended by US envoy Tomas Berg.")
        #expect(a.has(.met, "person:omar-diallo", "person:tomas-berg"))
    }
}
