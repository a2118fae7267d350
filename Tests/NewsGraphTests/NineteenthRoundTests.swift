import Foundation
import NewsGraph
import Testing

/// Rules found wanting on a nineteenth round of articles of my own: leaders named
/// by their state's possessive, calls "on the phone", summits held with someone,
/// modifiers joined by "and", posts only one state has, counterparts of a pronoun,
/// pairs of companions, tours, and clauses of time with no subject.
@Suite struct NineteenthRoundTests {
    @Test func aLeaderNamedByTheStatesPossessiveIsAPersonAlsoAsTheObject() {
        let a = Extracted("Peru's Ana Maria Rojas de la Vega and Chile's Tomas Berg held talks in Lima on Tuesday. Rojas said trade would grow.")
        #expect(a.names(of: "person:ana-maria-rojas-de-la-vega").contains("Ana Maria Rojas de la Vega"))
        #expect(a.has(.met, "person:ana-maria-rojas-de-la-vega", "person:tomas-berg"))
        let b = Extracted("Peru's Ana Rojas met Chile's Tomas Berg in Lima on Tuesday.")
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let c = Extracted("Foreign Minister Ana Rojas held talks with Chile's Tomas Berg in Lima.")
        #expect(c.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // Nobody before and the last word never named again: no person.
        let d = Extracted("The ministry held talks with Chile's Codelco Norte on copper.")
        #expect(!d.ids.contains { $0.hasPrefix("person:") })
    }

    @Test func speakingWithSomeoneOnThePhoneIsACall() {
        let a = Extracted("Peruvian President Ana Rojas spoke with U.S. President Tomas Berg on the phone on Monday at the latter's request.")
        #expect(a.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("Peruvian President Ana Rojas met Chilean President Tomas Berg on the sidelines of the summit.")
        #expect(!b.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aSummitHeldWithSomeoneOrByTwoIsTheirMeeting() {
        let a = Extracted("President Ana Rojas held a summit with Chilean President Tomas Berg on the sidelines of the APEC meeting in Lima on Saturday.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.has(.attended, "person:ana-rojas", "summit:apec-meeting"))
        #expect(a.has(.attended, "person:tomas-berg", "summit:apec-meeting"))
        let b = Extracted("Peruvian President Ana Rojas and Chilean President Tomas Berg held a summit in Lima on Tuesday.")
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let c = Extracted("Peruvian President Ana Rojas held a summit of Andean leaders in Lima on Tuesday, Chilean President Tomas Berg said.")
        #expect(!c.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func modifiersJoinedByAndNameOneTreaty() {
        let a = Extracted("Peruvian President Ana Rojas and Chilean President Tomas Berg signed a friendship and bilateral cooperation treaty in Lima.")
        let treaty = "treaty:friendship-and-bilateral-cooperation-treaty"
        #expect(a.has(.signed, "person:ana-rojas", treaty))
        #expect(a.has(.signed, "person:tomas-berg", treaty))
        // A noun before "and" ends a treaty's name: two texts, not one.
        let b = Extracted("Peru and Chile signed the joint statement and agreements on trade.")
        #expect(!b.ids.contains { $0.hasPrefix("treaty:joint-statement-and") })
    }

    @Test func aPostOnlyOneStateHasIsHeldForIt() {
        let a = Extracted("Pope Ana I received President Tomas Berg of Chile on Wednesday.")
        #expect(a.relation(.holdsOffice, "person:ana-i", "state:holy-see")?.title == "Pope")
        // A post many states have gets no state from its title.
        let b = Extracted("President Tomas Berg received Prime Minister Ana Rojas on Wednesday.")
        #expect(!b.result.relations.contains { $0.type == .holdsOffice })
    }

    @Test func aCardinalIsAStyleBeforeTheName() {
        let a = Extracted("President Tomas Berg of Chile met Cardinal Ana Rojas on Tuesday.")
        #expect(a.names(of: "person:ana-rojas") == ["Ana Rojas"])
        #expect(a.has(.met, "person:tomas-berg", "person:ana-rojas"))
        // So before a post in apposition.
        let b = Extracted("Cardinal Ana Rojas, the Vatican's Secretary of State, met President Tomas Berg of Chile.")
        #expect(b.names(of: "person:ana-rojas") == ["Ana Rojas"])
        #expect(b.relation(.holdsOffice, "person:ana-rojas", "state:holy-see")?.title == "Secretary of State")
    }

    @Test func aCounterpartAfterAPronounIsThePronounsPersons() {
        let a = Extracted("""
            Peru's Foreign Minister Ana Rojas met Chilean President Carl Lund in Santiago.
            She also held talks with her Chilean counterpart, Tomas Berg.
            """)
        #expect(a.has(.counterpartOf, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:chile")?.title == "Foreign Minister")
        #expect(!a.has(.counterpartOf, "person:carl-lund", "person:tomas-berg"))
    }

    @Test func aCounterpartNamedWithAStyleIsNotSomeoneNamedBefore() {
        let a = Extracted("""
            Peru's Foreign Minister Ana Rojas met Chilean Crown Prince Carl Lund in Santiago.
            She also held talks with her Chilean counterpart, Prince Tomas Berg.
            """)
        #expect(!a.names(of: "person:carl-lund").contains("her Chilean counterpart"))
        #expect(a.relation(.met, "person:ana-rojas", "person:carl-lund")?.evidence.map(\.sentence) == [0])
        #expect(a.has(.counterpartOf, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func companionsOfAPairHoldTheirPostsInTheOrderNamed() {
        let a = Extracted("""
            Peruvian President Ana Rojas and Chilean President Carl Lund met in Lima.
            Rojas and Lund were accompanied by their foreign ministers, Tomas Berg and Omar Diallo.
            """)
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:peru")?.title == "Foreign Minister")
        #expect(a.relation(.holdsOffice, "person:omar-diallo", "state:chile")?.title == "Foreign Minister")
        // Two leaders of one state tell nothing of which companion is whose.
        let b = Extracted("""
            Peruvian President Ana Rojas and Peruvian Prime Minister Carl Lund met in Lima.
            Rojas and Lund were accompanied by their foreign ministers, Tomas Berg and Omar Diallo.
            """)
        #expect(!b.has(.holdsOffice, "person:omar-diallo", "state:peru"))
    }

    @Test func aTourThatWillTakeSomeoneSomewhereIsAPlannedVisit() {
        let a = Extracted("Prime Minister Ana Rojas of Peru embarked on a three-nation tour that will take her to Ghana, Brazil and Namibia.")
        for state in ["state:ghana", "state:brazil", "state:namibia"] {
            #expect(a.relation(.visited, "person:ana-rojas", state)?.status == .planned)
        }
        let b = Extracted("Prime Minister Ana Rojas of Peru said the talks would take her to the limit of her patience in Ghana.")
        #expect(!b.has(.visited, "person:ana-rojas", "state:ghana"))
    }

    @Test func anOfficialWhoGoesAbroadIsTheDatelinesOfficial() {
        let a = Extracted("""
            QUITO, April 22 (Wire) - President Ana Rojas arrived in Lima on Tuesday for a state visit to Peru at the invitation of President Tomas Berg.
            Ecuador hopes to sign a trade deal.
            """)
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:ecuador")?.title == "President")
        #expect(!a.has(.holdsOffice, "person:tomas-berg", "state:ecuador"))
    }

    @Test func aDelegationNamedByAnAbbreviationGivesItsLeaderTheState() {
        let a = Extracted("The U.S. delegation was led by Secretary of State Ana Rojas.")
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:united-states")?.title == "Secretary of State")
    }

    @Test func aClauseOfTimeWithNoSubjectIsTheSentenceSubjects() {
        let a = Extracted("""
            President Ana Rojas of Peru met Cardinal Tomas Berg, the Vatican's Secretary of State, before travelling to Rome for a conference on trade.
            """)
        let conference = a.ids.first { $0.hasPrefix("summit:") }
        #expect(conference != nil)
        if let conference {
            #expect(a.has(.attended, "person:ana-rojas", conference))
            #expect(!a.has(.attended, "person:tomas-berg", conference))
        }
    }

    @Test func aStatesNameIsWholeAfterSixCapitalisedWords() {
        let a = Extracted("Foreign Minister Ana Rojas and United Arab Emirates officials signed a treaty.")
        #expect(a.names(of: "state:united-arab-emirates") == ["United Arab Emirates"])
        let b = Extracted("Prime Minister Ana Rojas and Papua New Guinea Prime Minister Tomas Berg signed a treaty.")
        #expect(b.names(of: "state:papua-new-guinea") == ["Papua New Guinea"])
        #expect(!b.ids.contains("state:guinea"))
    }

    @Test func aWarBetweenAStateAndABodyHasNoStateAsItsOtherSide() {
        let a = Extracted("Peru, together with Chile and the United States, has been trying to broker a humanitarian truce in the war between the Bolivian army and the paramilitary Andean Liberation Front.")
        #expect(a.count(.conflictWith) == 0)
        let b = Extracted("Peru has tried to broker a truce in the war between Bolivia and Paraguay.")
        #expect(b.has(.conflictWith, "state:bolivia", "state:paraguay"))
    }

    @Test func anInvitationToVisitIsNoVisitHoweverLongTheGuestsName() {
        let a = Extracted("Prime Minister Ana Rojas of Peru invited President Tomas Berg of Chile to visit Peru later this year.")
        #expect(!a.has(.visited, "person:tomas-berg", "state:peru"))
        let b = Extracted("Prime Minister Ana Rojas of Peru said President Tomas Berg of Chile was expected to visit Peru later this year.")
        #expect(b.relation(.visited, "person:tomas-berg", "state:peru")?.status == .planned)
    }

    @Test func aReportedWouldHostIsAHostingToCome() {
        let a = Extracted("Rojas said the Netherlands would host the summit in June.")
        #expect(a.relation(.hosted, "state:netherlands", "summit:summit")?.status == .planned)
        let b = Extracted("The Netherlands would host the summit if the members agreed.")
        #expect(!b.has(.hosted, "state:netherlands", "summit:summit"))
    }

    @Test func aTripToACityAndItsStateForAGatheringIsAttendance() {
        let a = Extracted("President Ana Rojas of Peru later travelled to Quito, Ecuador, for the Andean Community summit.")
        #expect(a.has(.attended, "person:ana-rojas", "summit:andean-community-summit"))
        #expect(a.has(.heldIn, "summit:andean-community-summit", "place:quito"))
    }

    @Test func anOfficialNameOpeningWithThePeoplesAdjectiveGivesADemonym() {
        // "Lao People's Democratic Republic": "Lao" names Laos's people.
        let a = Extracted("Peruvian President Ana Rojas met Lao Prime Minister Tomas Berg in Vientiane.")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:laos")?.title == "Prime Minister")
        #expect(Lexicon.shared.state(namedOrDemonym: "Lao")?.code == "LAO")
        // "United Republic of Tanzania" opens with no adjective of its people.
        #expect(Lexicon.shared.state(namedOrDemonym: "United") == nil)
    }

    @Test func aChiefOfStaffIsAPost() {
        let a = Extracted("White House Chief of Staff Tomas Berg met Prime Minister Ana Rojas of Peru.")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:united-states")?.title == "Chief of Staff")
        let b = Extracted("President Ana Rojas of Peru was accompanied by his chief of staff, Tomas Berg, and Foreign Minister Carl Lund.")
        #expect(b.ids.contains("person:tomas-berg"))
    }

    @Test func aPronounJoinedToANameIsOneOfThoseWhoMeet() {
        let a = Extracted("President Ana Rojas said she and President Tomas Berg of Chile would meet in Quito.")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.status == .planned)
        let b = Extracted("""
            President Ana Rojas met President Carl Lund.
            She and President Tomas Berg of Chile will hold talks in Quito.
            """)
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(!b.has(.met, "person:carl-lund", "person:tomas-berg"))
        // A pronoun of another clause joins no one: "Lund and Berg will meet, she said".
        let c = Extracted("President Ana Rojas met President Carl Lund. Lund and President Tomas Berg of Chile will meet in Quito, she said.")
        #expect(!c.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aStatesOtherSideThatSpeaksIsABody() {
        let a = Extracted("""
            Lima talks between Chile and Sendero open

            Peru is mediating the Lima talks between Chile and Sendero.
            Sendero is represented by Tomas Berg, and Chile by Foreign Minister Ana Rojas.
            """)
        #expect(a.ids.contains("organization:sendero"))
        // A body is no attendee: the ontology lets only people and states attend.
        #expect(!a.result.relations.contains { $0.type == .attended && $0.source.rawValue.hasPrefix("organization:") })
        // One side named alone that never speaks is left alone.
        let b = Extracted("Peru is mediating talks between Chile and Sendero in Lima.")
        #expect(!b.ids.contains("organization:sendero"))
    }

    @Test func counterpartsOfAPairMatchThemInOrder() {
        let a = Extracted("""
            LIMA, July 8 (Wire) - Peru and Chile signed a defence pact in Lima on Monday.
            Foreign Minister Ana Rojas and Defence Minister Carl Lund signed the pact with their Peruvian counterparts, Tomas Berg and Omar Diallo.
            """)
        #expect(a.has(.counterpartOf, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.has(.counterpartOf, "person:carl-lund", "person:omar-diallo"))
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:peru")?.title == "Foreign Minister")
        #expect(a.relation(.holdsOffice, "person:omar-diallo", "state:peru")?.title == "Defence Minister")
        // Their counterparts are Peru's: they are not the dateline's officials.
        #expect(!a.has(.holdsOffice, "person:ana-rojas", "state:peru"))
        #expect(!a.has(.holdsOffice, "person:carl-lund", "state:peru"))
    }

    @Test func aLongNameAfterAStatesPossessiveIsAPersonWhateverFollows() {
        let a = Extracted("Peru handed the rotating presidency to Chile's Ana Maria Rojas Vega at a summit in Lima.")
        #expect(a.ids.contains("person:ana-maria-rojas-vega"))
        // Two words need a verb after them: "Chile's Atacama Desert" is no one.
        let b = Extracted("Peru handed the rotating presidency to Chile's Pacific Coast at a summit in Lima.")
        #expect(!b.ids.contains { $0.hasPrefix("person:") })
    }

    @Test func aBodysDatelineInCapitalsIsTheBodyItsAcronymNames() {
        let a = Extracted("""
            UNITED NATIONS, Sept 24 (Wire) - UN Secretary-General Tomas Berg met President Ana Rojas of Peru.
            The UN chief urged a truce.
            """)
        #expect(a.names(of: "organization:united-nations") == ["UNITED NATIONS", "UN", "UN"])
        #expect(!a.ids.contains("organization:un"))
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "organization:united-nations")?.title == "Secretary-General")
    }

    @Test func aNameInsideADiscussedGatheringIsNoTopicOfItsOwn() {
        let a = Extracted("President Ana Rojas of Peru and President Tomas Berg of Chile discussed preparations for the Central Asia-China summit in Astana.")
        #expect(a.has(.discussed, "person:ana-rojas", "summit:central-asia-china-summit"))
        #expect(!a.has(.discussed, "person:ana-rojas", "region:central-asia"))
        // A region named on its own is one: "discussed Central Asia and the summit".
        let b = Extracted("President Ana Rojas of Peru discussed Central Asia and the Central Asia-China summit with President Tomas Berg of Chile.")
        #expect(b.has(.discussed, "person:ana-rojas", "region:central-asia"))
    }

    @Test func shakingHandsIsAMeeting() {
        let a = Extracted("Peruvian President Ana Rojas and Chilean President Tomas Berg shook hands in Lima on Monday.")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.place == "place:lima")
        let b = Extracted("Peruvian President Ana Rojas shook hands with Chilean President Tomas Berg.")
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // Those shaking hands meet each other, not one before whom they do it.
        let d = Extracted("Peruvian President Ana Rojas and Chilean President Tomas Berg shook hands in the presence of President Carl Lund of Ecuador.")
        #expect(d.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(!d.has(.met, "person:ana-rojas", "person:carl-lund"))
        let c = Extracted("Peruvian President Ana Rojas did not shake hands with Chilean President Tomas Berg.")
        #expect(!c.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }
}
