import Foundation
@testable import NewsGraph
import Testing

/// Rules found wanting on a thirty-third round of articles of my own: a post after
/// "and" taken for a name, posts in capitals (Chief Justice, Head of Government,
/// Director General, Empress), a round of a dialogue held with someone, a state's
/// possessive name before a negated verb or after "and with", a pair received as
/// guests, "the pair", which two "the two sides" are, verbs and counts taken for a
/// treaty's words, a post joined to one held, a purpose that ends the objects of a
/// meeting, the next gathering of a series, a treaty dated by its participle, a
/// surname after the Arabic article, an agency after a dateline's date, ministers
/// who accompany a leader "including" some, a counterpart "from" a state, farewells,
/// meals, joint press conferences and views exchanged with someone, negotiators
/// led by someone, two who talk it over in a report from a place, one who opens a
/// summit, members of a guest's delegation, and a monarch's name after his number.
@Suite struct ThirtyThirdRoundTests {
    @Test func aPostAfterAndIsNoPersonsName() {
        let a = Extracted("""
            Headline
            LIMA (Andina) - Foreign Minister Carl Lund also met Commerce Minister Ana Rojas and National Security Adviser Tomas Berg.
            """)
        #expect(!a.ids.contains("person:national-security-adviser"))
        #expect(a.has(.met, "person:carl-lund", "person:tomas-berg"))
        #expect(!a.has(.met, "person:ana-rojas", "person:national-security-adviser"))
        // Nor are the first words of a longer run of capitals a name.
        let b = Extracted("Headline\nForeign Minister Carl Lund met Trade Minister Ana Rojas and Maria Jose Lopez Berg.")
        #expect(!b.ids.contains("person:maria-jose-lopez"))
        // A title of the lexicon in lower case, capitalised, is no word of a name.
        let c = Extracted("Headline\nChile's Special Envoy said the talks went well. Peru's Chief Negotiator agreed.")
        #expect(!c.ids.contains("person:special-envoy"))
        #expect(!c.ids.contains("person:chief-negotiator"))
    }

    @Test func postsWrittenInCapitals() {
        let a = Extracted("""
            Headline
            RABAT (MAP) - Chilean President Carl Lund and Moroccan Head of Government Ana Rojas met in Rabat on Friday. Lund also called on Chief Justice Tomas Berg.
            """)
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:morocco")?.title == "Head of Government")
        #expect(a.has(.met, "person:carl-lund", "person:ana-rojas"))
        #expect(a.ids.contains("person:tomas-berg"))
        #expect(!a.ids.contains("person:justice-tomas-berg"))
        // A lower-case title of the lexicon in capitals, every word: "Director General".
        for written in ["Director General", "Director-General"] {
            let b = Extracted("Headline\nForeign Minister Carl Lund met IAEA \(written) Tomas Berg in Vienna.")
            #expect(b.result.relations.contains { $0.type == .holdsOffice && $0.source.rawValue == "person:tomas-berg" && $0.title == written })
        }
        // Only Japan has an empress.
        let c = Extracted("Headline\nEmperor Tomas and Empress Eva hosted a state banquet in honour of President Carl Lund of Chile.")
        #expect(c.has(.holdsOffice, "person:eva", "state:japan"))
        #expect(c.has(.met, "person:eva", "person:carl-lund"))
    }

    @Test func aRoundOfADialogueHeldWithSomeoneIsAMeeting() {
        let a = Extracted("""
            Headline
            LIMA (Andina) - Peruvian Foreign Minister Ana Rojas held the sixth round of Peru-Chile foreign ministers' strategic dialogue with Chilean Foreign Minister Tomas Berg in Lima on Wednesday.
            """, published: "2026-11-26")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.date == "2026-11-25")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.place == "place:lima")
    }

    @Test func aStatesPossessiveNameBeforeANegatedVerbOrAfterAndWith() {
        let a = Extracted("Headline\nLund will attend the summit in Quito. Chile's Tomas Berg has not confirmed his attendance.")
        #expect(a.ids.contains("person:tomas-berg"))
        let b = Extracted("""
            Headline
            QUITO (EFE) - Foreign Minister Carl Lund held bilateral talks with Chilean Foreign Minister Ana Rojas and with Peru's Tomas Berg.
            """)
        #expect(b.has(.met, "person:carl-lund", "person:tomas-berg"))
        #expect(b.has(.met, "person:carl-lund", "person:ana-rojas"))
    }

    @Test func aPairReceivedAsGuestsMetTheirHosts() {
        let lead = "Headline\nQUITO (EFE) - Chilean Foreign Minister Ana Rojas and her Peruvian counterpart Tomas Berg arrived in Quito on Sunday.\n"
        let a = Extracted(lead + "They were received by President Carl Lund and Foreign Minister Omar Diallo.")
        for guest in ["person:ana-rojas", "person:tomas-berg"] {
            #expect(a.has(.met, guest, "person:carl-lund"))
            #expect(a.has(.met, guest, "person:omar-diallo"))
        }
        let b = Extracted(lead + "Both were warmly welcomed by President Carl Lund.")
        #expect(b.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(b.has(.met, "person:tomas-berg", "person:carl-lund"))
        // Without the passive, "they" of a verb not of meeting stays no one.
        let c = Extracted(lead + "They were told by President Carl Lund that the talks would wait.")
        #expect(!c.has(.met, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func thePairAndTheTwoSidesAreThoseWhoMet() {
        let a = Extracted("""
            Headline
            QUITO (EFE) - President Carl Lund welcomed his Chilean counterpart Ana Rojas to Quito on Tuesday. The pair issued a joint statement on trade.
            """)
        #expect(a.meant(by: "The pair") == ["person:ana-rojas", "person:carl-lund"])
        // "The two sides" after "A, on a visit at the invitation of C, met with B" are
        // A and B, though C is named again after them.
        let b = Extracted("""
            Headline
            President of Chile Ana Rojas, who is paying a state visit to Peru at the invitation of President Tomas Berg, met with Prime Minister Carl Lund on Friday.
            The two sides signed an action plan.
            President Tomas Berg hosted a state banquet in honour of President Rojas.
            """)
        #expect(b.meant(by: "The two sides") == ["person:ana-rojas", "person:carl-lund"])
        // Of three who fit, the two named most before the description, whoever the
        // text goes on to name after it.
        let c = Extracted("""
            Headline
            Chilean President Ana Rojas arrived in Lima on Monday. Rojas praised Prime Minister Carl Lund. Lund thanked Rojas; President Tomas Berg agreed.
            The two leaders later toured the port.
            Berg said the visit went well. Berg added that trade would grow. Berg left for Quito.
            """)
        #expect(c.meant(by: "The two leaders") == ["person:ana-rojas", "person:carl-lund"])
    }

    @Test func verbsAndCountsAreNoWordsOfATreatysName() {
        let a = Extracted("""
            Headline
            Foreign Minister Ana Rojas and Foreign Minister Tomas Berg met in Lima on Wednesday. The meeting produced agreements on fisheries. The two leaders oversaw the signing of a dozen agreements.
            """)
        #expect(!a.ids.contains { $0.hasPrefix("treaty:meeting") })
        #expect(!a.ids.contains { $0.hasPrefix("treaty:dozen") })
    }

    @Test func aPostJoinedToOneHeldIsOfTheSameState() {
        let a = Extracted("""
            Saudi crown prince receives Chilean minister
            RIYADH (SPA) - Crown Prince and Prime Minister Omar Diallo received Chile's Defence Minister Tomas Berg in Riyadh on Friday.
            """)
        #expect(a.result.relations.contains { $0.type == .holdsOffice && $0.source.rawValue == "person:omar-diallo" && $0.target.rawValue == "state:saudi-arabia" && $0.title == "Prime Minister" })
        // The guest's post stays his own state's.
        #expect(!a.result.relations.contains { $0.type == .holdsOffice && $0.source.rawValue == "person:tomas-berg" && $0.target.rawValue == "state:saudi-arabia" })
        // A state's post beside a body's is not the body's.
        let b = Extracted("""
            Headline
            NATO Secretary General Tomas Berg met President Ana Rojas of Peru in Lima. Secretary General and Foreign Minister Tomas Berg also met Carl Lund.
            """)
        #expect(b.has(.holdsOffice, "person:tomas-berg", "organization:nato"))
        #expect(!b.result.relations.contains { $0.type == .holdsOffice && $0.target.rawValue == "organization:nato" && $0.title == "Foreign Minister" })
    }

    @Test func aPurposeAheadEndsTheObjectsOfAMeeting() {
        let a = Extracted("""
            Headline
            WASHINGTON (Reuters) - Secretary of State Ana Rojas will meet Chilean Foreign Minister Tomas Berg in Vienna next week to prepare for a possible summit between President Carl Lund and President Omar Diallo, the State Department said.
            """)
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.status == .planned)
        #expect(!a.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(!a.has(.met, "person:ana-rojas", "person:omar-diallo"))
        // With no "and" in the sentence too.
        let b = Extracted("""
            Headline
            WASHINGTON (Reuters) - Secretary of State Ana Rojas will meet Chilean Foreign Minister Tomas Berg in Vienna next week to prepare for a visit by President Carl Lund.
            """)
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(!b.has(.met, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func theNextGatheringOfASeriesIsNotTheOneHeld() {
        let a = Extracted("""
            Headline
            LIMA (Andina) - The foreign ministers of Peru, Chile and Bolivia held a trilateral meeting in Lima on Thursday.
            The next trilateral meeting will be held in La Paz.
            """)
        #expect(a.has(.heldIn, "summit:trilateral-meeting", "place:lima"))
        #expect(!a.has(.heldIn, "summit:trilateral-meeting", "place:la-paz"))
    }

    @Test func aTreatyIsDatedByTheParticipleAfterIt() {
        let a = Extracted("""
            Headline
            LIMA, Dec 2 (Andina) - Prime Minister Ana Rojas and President Tomas Berg on Tuesday held a virtual summit and reviewed the implementation of the Chile-Peru Trade Agreement signed in July.
            """, published: "2026-12-02")
        #expect(a.ids.contains("treaty:chile-peru-trade-agreement-of-2026-07"))
        // The summit is Tuesday's, not the participle's.
        #expect(a.relation(.attended, "person:ana-rojas", "summit:virtual-summit")?.date == "2026-12-01")
        // Without the participle, the sentence's making verb still dates it.
        let b = Extracted("Headline\nLIMA, Dec 2 (Andina) - Rojas and Berg on Tuesday signed a trade agreement.", published: "2026-12-02")
        #expect(b.ids.contains("treaty:trade-agreement-of-2026-12-01"))
    }

    @Test func aSurnameAfterTheArabicArticleIsWrittenAlone() {
        let a = Extracted("""
            Headline
            CAIRO (MENA) - President Omar El-Diallo received Emir Tomas Berg of Qatar in Cairo on Monday. Diallo and Berg witnessed the signing of a memorandum.
            """)
        #expect(a.names(of: "person:omar-el-diallo").contains("Diallo"))
        #expect(!a.ids.contains("person:diallo"))
        // A surname of two joined by a hyphen, the first no article, is written whole.
        let b = Extracted("Headline\nPresident Ana Lund-Berg met King Tomas Diallo of Jordan. Berg said the talks went well.")
        #expect(!b.names(of: "person:ana-lund-berg").contains("Berg"))
    }

    @Test func anAgencyAfterADatelinesDateNamesNoState() {
        let a = Extracted("""
            Headline
            STOCKHOLM, Dec 4 (TT) - Prime Minister Carl Lund hosted Finnish President Ana Rojas for talks on Thursday.
            """)
        #expect(!a.ids.contains("state:trinidad-and-tobago"))
        #expect(a.has(.holdsOffice, "person:carl-lund", "state:sweden"))
    }

    @Test func ministersWhoAccompanyALeaderIncludingSomeAreOfHisState() {
        let a = Extracted("""
            Headline
            QUITO (EFE) - Chilean President Carl Lund and Ecuadorian President Omar Diallo co-chaired a meeting of their cabinets in Quito on Saturday.
            Ten ministers accompanied Lund, including Foreign Minister Ana Rojas and Interior Minister Tomas Berg.
            """)
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:chile")?.title == "Foreign Minister")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:chile")?.title == "Interior Minister")
        // One named in a clause after the list is not of it.
        let b = Extracted("""
            Headline
            Chilean President Carl Lund visited Quito. Ten ministers accompanied Lund, including Foreign Minister Ana Rojas, while Interior Minister Tomas Berg stayed home.
            """)
        #expect(b.has(.holdsOffice, "person:ana-rojas", "state:chile"))
        #expect(!b.has(.holdsOffice, "person:tomas-berg", "state:chile"))
    }

    @Test func aCounterpartFromAState() {
        let a = Extracted("Headline\nForeign Minister Ana Rojas met with her counterpart from Peru, Tomas Berg, in Lima on Monday.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:peru")?.title == "Foreign Minister")
    }

    @Test func biddingFarewellIsAMeeting() {
        let a = Extracted("Headline\nPresident Ana Rojas bid farewell to President Tomas Berg of Peru at the airport.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("Headline\nPresident Ana Rojas of Chile was seen off at the airport by Vice President Tomas Berg.")
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // Bidding farewell to an office is none.
        let c = Extracted("Headline\nPresident Ana Rojas met President Tomas Berg, who bid farewell to office on Monday.")
        #expect(c.count(.met) == 1)
        let d = Extracted("Headline\nFormer President Ana Rojas bid farewell to politics in a speech heard by President Tomas Berg.")
        #expect(!d.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aMealAJointPressConferenceAndViewsExchangedAreMeetings() {
        let lead = "Headline\nLIMA (Andina) - "
        let a = Extracted(lead + "President Ana Rojas held a working lunch with Chilean President Tomas Berg on Monday.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted(lead + "President Ana Rojas and Chilean President Tomas Berg held a joint press conference on Monday.")
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let c = Extracted(lead + "President Ana Rojas exchanged views with Chilean President Tomas Berg on Monday.")
        #expect(c.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // By phone, views exchanged are a call's.
        let d = Extracted(lead + "In a phone call, President Ana Rojas exchanged views with Chilean President Tomas Berg on Monday.")
        #expect(d.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        #expect(!d.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // A press conference of one's own meets no one.
        let e = Extracted(lead + "President Ana Rojas held a press conference after Chilean President Tomas Berg left.")
        #expect(!e.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func negotiatorsLedBySomeone() {
        let a = Extracted("""
            Headline
            DOHA (QNA) - Prime Minister Carl Lund met separately with a delegation led by Ana Rojas and with negotiators led by Tomas Berg.
            """)
        #expect(a.has(.met, "person:carl-lund", "person:ana-rojas"))
        #expect(a.has(.met, "person:carl-lund", "person:tomas-berg"))
        let b = Extracted("Headline\nDOHA (QNA) - Prime Minister Carl Lund met rebel negotiators led by Tomas Berg on Monday.")
        #expect(b.has(.met, "person:carl-lund", "person:tomas-berg"))
    }

    @Test func twoWhoTalkItOverInAReportFromAPlaceMet() {
        let a = Extracted("""
            Headline
            QUITO (EFE) - Ecuadorian Foreign Minister Ana Rojas and her Peruvian counterpart Tomas Berg on Saturday discussed the border and trade.
            The ministers also laid flowers at a memorial.
            """, published: "2026-12-06")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.date == "2026-12-05")
        // Not where the article tells of a call.
        let b = Extracted("""
            Headline
            QUITO (EFE) - Ecuadorian Foreign Minister Ana Rojas and her Peruvian counterpart Tomas Berg discussed the border and trade.
            The call lasted an hour.
            """)
        #expect(!b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // Nor when the two are objects of a verb of another's.
        let c = Extracted("""
            Headline
            QUITO (EFE) - President Carl Lund said Foreign Minister Ana Rojas and her Peruvian counterpart Tomas Berg discussed the border.
            """)
        #expect(!c.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // Nor in a text filed from nowhere, which may sum up talks held anyhow.
        let d = Extracted("Headline\nEcuadorian Foreign Minister Ana Rojas and her Peruvian counterpart Tomas Berg discussed the border.")
        #expect(!d.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func whoOpensASummitAttendsIt() {
        let a = Extracted("""
            Headline
            LIMA (Andina) - The President of Peru, Ana Rojas, opened the 46th Andean Community summit in Lima on Saturday. King Tomas Berg of Spain was among those attending.
            """)
        #expect(a.has(.attended, "person:ana-rojas", "summit:46th-andean-community-summit"))
        #expect(a.has(.attended, "person:tomas-berg", "summit:46th-andean-community-summit"))
        // Opening a building is no gathering's.
        let b = Extracted("Headline\nPresident Ana Rojas opened a new embassy in Lima.")
        #expect(b.count(.attended) == 0)
    }

    @Test func membersOfAGuestsDelegationAreOfTheGuestsState() {
        let a = Extracted("""
            Headline
            LIMA (Andina) - Chilean President Carl Lund concluded his two-day visit to Peru on Saturday after talks with President Omar Diallo.
            He was seen off at the airport by Interior Minister Jan Holm.
            Foreign Minister Ana Rojas and Finance Minister Tomas Berg were part of the delegation.
            """)
        #expect(a.has(.holdsOffice, "person:ana-rojas", "state:chile"))
        #expect(a.has(.holdsOffice, "person:tomas-berg", "state:chile"))
        #expect(!a.has(.holdsOffice, "person:ana-rojas", "state:peru"))
        // The host's officials stay the dateline's.
        #expect(a.has(.holdsOffice, "person:jan-holm", "state:peru"))
        // Only those named before the words are members.
        let c = Extracted("""
            Headline
            LIMA (Andina) - Chilean President Carl Lund concluded his two-day visit to Peru on Saturday after talks with President Omar Diallo.
            Foreign Minister Ana Rojas was part of the delegation that met Trade Minister Eva Lind.
            """)
        #expect(c.has(.holdsOffice, "person:ana-rojas", "state:chile"))
        #expect(!c.has(.holdsOffice, "person:eva-lind", "state:chile"))
        // Guests of two states: whose delegation is not told.
        let d = Extracted("""
            Headline
            LIMA (Andina) - Chilean President Carl Lund and Bolivian President Omar Diallo concluded a visit to Peru on Saturday.
            Foreign Minister Ana Rojas was part of the delegation.
            """)
        #expect(!d.has(.holdsOffice, "person:ana-rojas", "state:chile"))
        #expect(!d.has(.holdsOffice, "person:ana-rojas", "state:bolivia"))
        // The party of the dateline's own traveller is of the dateline's state.
        let b = Extracted("""
            Headline
            SANTIAGO (EFE) - President Carl Lund of Chile left for Peru on Saturday for a two-day visit.
            Foreign Minister Ana Rojas and Finance Minister Tomas Berg were part of the delegation.
            """)
        #expect(b.has(.holdsOffice, "person:ana-rojas", "state:chile"))
    }

    @Test func aMonarchsSecondNameMayFollowHisNumber() {
        let a = Extracted("Headline\nPresident Ana Rojas of Chile also met King Tomas IV Gustaf at the Royal Palace.")
        #expect(a.ids.contains("person:tomas-iv-gustaf"))
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-iv-gustaf"))
        // A day after the number is no name.
        let b = Extracted("Headline\nPresident Ana Rojas of Chile met King Tomas IV Monday at the Royal Palace.")
        #expect(b.ids.contains("person:tomas-iv"))
    }
}
