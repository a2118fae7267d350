import Foundation
import NewsGraph
import Testing

/// Rules found wanting on a fifth round of articles of my own, in the style of
/// wire services and national agencies: posts set off by commas, hosts of talks,
/// mediators named together.
@Suite struct WireStyleTests {
    @Test func aPostInLowerCaseBeforeItsStateAndACommaIsAnOffice() {
        let a = Extracted("The emir of Peru, Sheikh Omar bin Carl Al Lund, met on Sunday with Chile's foreign minister, Ana Rojas.")
        #expect(a.has(.holdsOffice, "person:omar-bin-carl-al-lund", "state:peru"))
        #expect(a.has(.met, "person:ana-rojas", "person:omar-bin-carl-al-lund"))
        let b = Extracted("The president of Chile, Tomas Berg, arrived in Lima.")
        #expect(b.relation(.holdsOffice, "person:tomas-berg", "state:chile")?.title == "President")
        // In lower case, with no comma before the name, the name may begin a clause
        // of its own: the minister is the one Berg appointed.
        #expect(!Extracted("The minister of Chile Tomas Berg appointed last year resigned.").result.relations.contains { $0.type == .holdsOffice })
        #expect(!Extracted("The former president of Chile, Tomas Berg, arrived in Lima.").result.relations.contains { $0.type == .holdsOffice })
    }

    @Test func mediatorsJoinedBeforeTheWordMediateBetweenTheStatesAfterIt() {
        let a = Extracted("Peru, along with Chile and the United States, has served as a key mediator between Ecuador and Bolivia.")
        for mediator in ["state:peru", "state:chile", "state:united-states"] {
            #expect(a.has(.mediates, mediator, "state:ecuador"))
            #expect(a.has(.mediates, mediator, "state:bolivia"))
        }
        // A party after "between" is never the mediator.
        #expect(!a.result.relations.contains { $0.type == .mediates && $0.source == EntityID(rawValue: "state:ecuador") })
        // "along with" joins the people of a meeting too.
        let b = Extracted("Peruvian President Ana Rojas, along with Foreign Minister Tomas Berg, met Chilean President Carl Lund.")
        #expect(b.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(b.has(.met, "person:tomas-berg", "person:carl-lund"))
    }

    @Test func aPactThatAllowsTroopsToDeployIsNoDeployment() {
        let a = Extracted("Peru and Chile signed a pact that allows each country to deploy troops to the Atacama region.")
        #expect(a.count(.deployedTo) == 0)
        #expect(a.count(.signed) == 2)
        // Nor is an offer; a deployment that took place is one.
        #expect(Extracted("Peru said it was ready to deploy troops to Haiti.").count(.deployedTo) == 0)
        #expect(Extracted("Peru deployed 500 troops to Haiti in May.").has(.deployedTo, "state:peru", "state:haiti"))
    }

    @Test func bothMinistersAreTheCounterpartsAndTheHostReceivesEach() {
        let a = Extracted("""
            Peruvian Foreign Minister Ana Rojas and her Chilean counterpart Tomas Berg held talks in Quito, hosted by \
            Ecuadorian Foreign Minister Carl Lund. Rojas thanked Lund for hosting them. President Omar Diallo received both ministers.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:omar-diallo"))
        #expect(a.has(.met, "person:omar-diallo", "person:tomas-berg"))
        #expect(!a.has(.met, "person:carl-lund", "person:omar-diallo"))
    }

    @Test func theTopDiplomatOfAStateNamedWithDotsIsItsForeignMinister() {
        let a = Extracted("U.S. Secretary of State Ana Rojas arrived in Lima on Tuesday. The top U.S. diplomat is due to travel to Quito on Wednesday.")
        #expect(a.names(of: "person:ana-rojas").contains("The top U.S. diplomat"))
        #expect(a.relation(.visited, "person:ana-rojas", "place:quito")?.status == .planned)
        // The state's name inside the description is still a mention of the state.
        #expect(a.names(of: "state:united-states") == ["U.S.", "U.S."])
    }

    @Test func aPostThatOpensTheNextNameOfAListIsNotThePostOfTheNameBefore() {
        let a = Extracted("Chilean President Ana Maria Lund da Silva, Peruvian President Tomas Berg and Bolivian President Carl Lund attended the summit.")
        #expect(a.result.relations.filter { $0.type == .holdsOffice && $0.source == EntityID(rawValue: "person:ana-maria-lund-da-silva") }.map(\.target.rawValue) == ["state:chile"])
        #expect(a.has(.holdsOffice, "person:tomas-berg", "state:peru"))
        // A post after the comma that no name follows is still the name's.
        #expect(Extracted("Ana Rojas, Chile's ambassador, met Tomas Berg.").has(.holdsOffice, "person:ana-rojas", "state:chile"))
    }

    @Test func aHeadlineAnnouncesAnEventByNamesAndTo() {
        let a = Extracted("Rojas to visit Lima next week for talks with Berg\n\nChilean President Ana Rojas will travel to Lima to meet Peruvian President Tomas Berg.")
        #expect(a.relation(.visited, "person:ana-rojas", "place:lima")?.status == .planned)
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.status == .planned)
        // A headline's verb before "to" reports the trip.
        let b = Extracted("Rojas travels to Lima to meet Berg\n\nChilean President Ana Rojas met Peruvian President Tomas Berg in Lima on Monday.")
        #expect(b.relation(.met, "person:ana-rojas", "person:tomas-berg")?.status == nil)
    }

    @Test func anInitialWithoutADotOpensAName() {
        let a = Extracted("NEW DELHI (PTI) External Affairs Minister S Rajan met Peruvian Foreign Minister Ana Rojas.")
        #expect(a.names(of: "person:s-rajan") == ["S Rajan"])
        #expect(a.has(.met, "person:ana-rojas", "person:s-rajan"))
    }

    @Test func aGroupNamedByANumberIsOneBodyAndItsSummitIsNamedWhole() {
        let a = Extracted("""
            Leaders of the Group of Seven met in Rome. The Group of Seven summit opened on Friday. \
            Peru hosted the Group of 20 summit in Lima. Chile is a member of the Group of 20.
            """)
        #expect(a.result.entities.filter { $0.type == .organization }.map(\.name) == ["Group of 20", "Group of Seven"])
        #expect(a.ids.contains("summit:group-of-seven-summit"))
        #expect(a.has(.hosted, "state:peru", "summit:group-of-20-summit"))
        #expect(a.has(.memberOf, "state:chile", "organization:group-of-20"))
    }

    @Test func theSummitOfABodyIsTheBodysSummitNamedBefore() {
        let a = Extracted("""
            African Union summit opens in Lima

            Leaders gathered in Lima on Saturday for the annual summit of the African Union, with conflicts in Sudan on the agenda.
            """)
        #expect(a.result.entities.filter { $0.type == .summit }.map(\.name) == ["African Union summit"])
        // A place after a comma and "with" is no venue.
        #expect(!a.has(.heldIn, "summit:african-union-summit", "state:sudan"))
        #expect(a.has(.heldIn, "summit:african-union-summit", "place:lima"))
        // A summit of another body is another summit.
        let b = Extracted("The African Union summit opened in Lima. Peru spoke at the summit of the Andean Community.")
        #expect(b.result.entities.filter { $0.type == .summit }.count == 2)
    }

    @Test func aDatelineInCapitalsIsAPlaceThoughTheLexiconDoesNotKnowIt() {
        let a = Extracted("Leaders meet at a lodge\n\nPINE RIDGE LODGE, Maryland — Peruvian President Ana Rojas hosted the summit.")
        #expect(a.names(of: "place:pine-ridge-lodge") == ["PINE RIDGE LODGE"])
        #expect(!a.result.entities.contains { $0.type == .organization })
        // Words in capitals elsewhere in a sentence are still acronyms.
        #expect(Extracted("Peru joined the ABC DEF, the bloc said.").result.entities.contains { $0.type == .organization })
    }

    @Test func aMeetingOnTheSidelinesOfASummitNamedFirstIsAttendance() {
        let a = Extracted("The Andean summit opened in Lima. On the sidelines of the summit, Peruvian President Ana Rojas met Chilean President Tomas Berg.")
        #expect(a.has(.attended, "person:ana-rojas", "summit:andean-summit"))
        #expect(a.has(.attended, "person:tomas-berg", "summit:andean-summit"))
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // A clause that only speaks of the summit is no attendance.
        let b = Extracted("The Andean summit opened in Lima. On the sidelines of the summit, protesters marched past Peruvian President Ana Rojas.")
        #expect(!b.has(.attended, "person:ana-rojas", "summit:andean-summit"))
    }

    @Test func aRankCutShortIsNoName() {
        let a = Extracted("Peruvian army chief Gen. Carl Lund arrived in Quito on Tuesday for talks with Ecuadorian President Ana Rojas.")
        #expect(a.has(.holdsOffice, "person:carl-lund", "state:peru"))
        #expect(a.has(.visited, "person:carl-lund", "place:quito"))
        #expect(!a.result.entities.contains { $0.name == "Gen" })
    }

    @Test func aConflictToBeEndedIsTheOneTheArticleSpokeOf() {
        let a = Extracted("Peru hosted a summit of Chile's neighbours in July aimed at ending the conflict.")
        #expect(a.count(.conflictWith) == 0)
        // After a war between two states, "ending the conflict" is more evidence of it.
        let b = Extracted("Ecuador and Bolivia fought a war in 2020. Peru hosted talks aimed at ending the conflict.")
        #expect(b.relation(.conflictWith, "state:bolivia", "state:ecuador")?.evidence.map(\.sentence) == [0, 1])
    }

    @Test func talksHeldWithSeveralWordsBeforeThemAreAMeeting() {
        let a = Extracted("Peruvian President Ana Rojas and Chilean President Tomas Berg held their first face-to-face talks on the fringes of the Andean forum in Lima.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.has(.attended, "person:tomas-berg", "summit:andean-forum"))
    }

    @Test func postsAfterNamesOfStatesOfTwoWordsAndTopDiplomats() {
        let a = Extracted("Ana Rojas, Costa Rica's national security adviser, met Tomas Berg, Chile's top diplomat, in Lima.")
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:costa-rica")?.title == "national security adviser")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:chile")?.title == "Foreign Minister")
    }

    @Test func aStateJoinedToBrokeredMediatesBetweenTheOthers() {
        let a = Extracted("Peru, Chile agree to restore ties in Brazil-brokered deal")
        #expect(a.has(.mediates, "state:brazil", "state:peru"))
        #expect(a.has(.mediates, "state:brazil", "state:chile"))
        let b = Extracted("Peru and Chile fought a war in 2020. The two countries signed a Brazilian-brokered agreement in May.")
        #expect(b.has(.mediates, "state:brazil", "state:peru"))
        #expect(b.has(.mediates, "state:brazil", "state:chile"))
    }

    @Test func aLeaderWhoLeftForAStateVisitsIt() {
        let a = Extracted("Chilean President Ana Rojas left for Peru on Saturday for a three-day trip.")
        #expect(a.has(.visited, "person:ana-rojas", "state:peru"))
        #expect(Extracted("Chilean President Ana Rojas flew to Lima on Monday.").has(.visited, "person:ana-rojas", "place:lima"))
    }

    @Test func theSidesOfAConflictAreNotItsMediators() {
        let a = Extracted("Peru and Chile agreed to an immediate ceasefire on Sunday after a week of deadly border clashes, following talks in Quito mediated by Ecuador and Brazil.")
        #expect(a.result.relations.filter { $0.type == .conflictWith }.map { [$0.source.rawValue, $0.target.rawValue] } == [["state:chile", "state:peru"]])
        #expect(a.has(.mediates, "state:ecuador", "state:peru"))
        // "between the two neighbours" after the word is the pair named before.
        let b = Extracted("Peru and Chile signed a border treaty. Clashes between the two neighbours ended in May.")
        #expect(b.has(.conflictWith, "state:chile", "state:peru"))
    }

    @Test func aDatelinesPlaceOfOneWordInCapitalsIsAPlace() {
        let a = Extracted("Talks open\n\nPINEVALE, Ontario, Nov 15 (Reuters) - Peruvian President Ana Rojas arrived.")
        #expect(a.names(of: "place:pinevale") == ["PINEVALE"])
        // An acronym before a comma and no date stays an acronym.
        #expect(Extracted("ECOWAS, the regional bloc, met in Lima.").ids.contains("organization:ecowas"))
    }

    @Test func aMullahIsCalledByHisName() {
        let a = Extracted("Afghanistan's acting Defense Minister Mullah Omar Lund met Pakistan's Defense Minister Tomas Berg.")
        #expect(a.has(.holdsOffice, "person:omar-lund", "state:afghanistan"))
    }

    @Test func aVisitNamedByItsVisitorsPronounIsTheSubjects() {
        let a = Extracted("Chilean President Ana Rojas also met with President Tomas Berg and Prime Minister Carl Lund during her state visit to Peru.")
        #expect(a.has(.visited, "person:ana-rojas", "state:peru"))
        #expect(!a.has(.visited, "person:carl-lund", "state:peru"))
        // Whom the subject received is the guest whose visit it is.
        let b = Extracted("Peruvian President Tomas Berg welcomed Chilean President Ana Rojas during her state visit to Peru.")
        #expect(b.has(.visited, "person:ana-rojas", "state:peru"))
    }

    @Test func aCounterpartHoldsThePostFoundLaterForItsState() {
        let a = Extracted("LIMA, Oct 3 - President Tomas Berg received on Thursday his Chilean counterpart Ana Rojas at the palace. Peru and Chile signed a pact.")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:peru")?.title == "President")
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:chile")?.title == "President")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func theTwoLeadersAreThePairJoinedByAndThoughAHostWasNamedSince() {
        let a = Extracted("""
            Peruvian President Ana Rojas and Chilean President Tomas Berg met in Quito, at the invitation of the President of Ecuador, Carl Lund. \
            The two leaders signed the Quito Declaration.
            """)
        #expect(a.has(.signed, "person:ana-rojas", "treaty:quito-declaration"))
        #expect(a.has(.signed, "person:tomas-berg", "treaty:quito-declaration"))
        #expect(!a.has(.signed, "person:carl-lund", "treaty:quito-declaration"))
    }

    @Test func aTitleAloneIsTheOnePersonWhoHoldsIt() {
        let a = Extracted("Sultan Omar bin Carl of Peru arrived in Chile on Tuesday. The Sultan also held talks with Chilean Prime Minister Ana Rojas.")
        #expect(a.names(of: "person:omar-bin-carl").contains("The Sultan"))
        #expect(a.has(.met, "person:ana-rojas", "person:omar-bin-carl"))
        // With two who hold it, or with a name or "of" after it, it is no one's.
        let b = Extracted("President Ana Rojas of Peru met President Tomas Berg of Chile. The president said the talks went well.")
        #expect(!b.result.entities.contains { $0.mentions.contains { $0.text == "The president" } })
        let c = Extracted("Peruvian President Ana Rojas spoke. The President of Chile said nothing.")
        #expect(!c.names(of: "person:ana-rojas").contains("The President"))
    }

    @Test func aLeaderWhoDialledAnotherPhonedHim() {
        let a = Extracted("Peruvian President Ana Rojas on Friday dialled Chilean President Tomas Berg.")
        #expect(a.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aPostponedVisitIsNoVisit() {
        let a = Extracted("Peruvian President Ana Rojas has postponed a planned visit to Chile. She visited Quito in May.")
        #expect(!a.has(.visited, "person:ana-rojas", "state:chile"))
        #expect(a.has(.visited, "person:ana-rojas", "place:quito"))
    }

    @Test func aReadoutOfACallSaysWhoSpokeWithWhom() {
        let a = Extracted("""
            Readout of the Minister's Call with Chilean Foreign Minister

            Peruvian Foreign Minister Ana Rojas spoke today with Chilean Foreign Minister Tomas Berg. The Foreign Minister of Chile thanked her.
            """)
        #expect(a.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        // Without a call in the headline, "spoke with" may be a meeting: no edge.
        let b = Extracted("Talks in Lima\n\nPeruvian Foreign Minister Ana Rojas spoke today with Chilean Foreign Minister Tomas Berg.")
        #expect(b.count(.phoned) == 0 && b.count(.met) == 0)
    }

    @Test func aCabinetPostIsTheStatesAndBothOpensNoName() {
        let a = Extracted("Peruvian Cabinet Secretary for Foreign Affairs Ana Rojas met Chilean Foreign Minister Tomas Berg.")
        #expect(a.has(.holdsOffice, "person:ana-rojas", "state:peru"))
        #expect(!a.result.entities.contains { $0.type == .organization })
        #expect(Extracted("Both United Nations officials declined to comment.").names(of: "organization:united-nations") == ["United Nations"])
    }

    @Test func aSummitsNameEndsBeforeItsVerbAndItsChairFollowsIt() {
        let a = Extracted("The 11th summit of the Andean Community opened in Lima on Wednesday, chaired by Peruvian President Ana Rojas.")
        #expect(a.ids.contains("summit:11th-summit-of-the-andean-community"))
        #expect(a.has(.hosted, "person:ana-rojas", "summit:11th-summit-of-the-andean-community"))
    }

    @Test func aVisitorIsNoOfficialOfTheDatelinesState() {
        let a = Extracted("""
            LIMA, Nov 6 - Prime Minister Tomas Berg has arrived in Lima for the first visit to Peru by a Chilean leader in years. \
            Trade Minister Carl Lund, who is travelling with Berg, spoke. He will meet President Ana Rojas on Monday.
            """)
        #expect(a.has(.holdsOffice, "person:ana-rojas", "state:peru"))
        #expect(!a.has(.holdsOffice, "person:tomas-berg", "state:peru"))
        #expect(!a.has(.holdsOffice, "person:carl-lund", "state:peru"))
    }

    @Test func theLeadersWithNoNumberAreThePairOnlyWhereTwoWereNamed() {
        let a = Extracted("Peruvian President Ana Rojas arrived in Quito at the invitation of Ecuadorian President Tomas Berg. The heads of state held talks.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("Peruvian President Ana Rojas, Chilean President Tomas Berg and Bolivian President Carl Lund arrived. The leaders signed the Lima Declaration.")
        #expect(b.count(.signed) == 0)
    }

    @Test func leadersJoinedByAndArriveTogether() {
        let a = Extracted("Peruvian President Ana Rojas, Chilean President Tomas Berg and Bolivian President Carl Lund arrived in Quito by train on Saturday.")
        for person in ["person:ana-rojas", "person:tomas-berg", "person:carl-lund"] { #expect(a.has(.visited, person, "place:quito")) }
        // Not across a clause.
        let b = Extracted("The pact was signed by President Ana Rojas and President Tomas Berg in April when the Chilean leader visited Lima.")
        #expect(b.has(.visited, "person:tomas-berg", "place:lima"))
        #expect(!b.has(.visited, "person:ana-rojas", "place:lima"))
    }

    @Test func theVerbHostAfterAModalIsNoHostNoun() {
        let a = Extracted("President Ana Rojas will host Chilean Prime Minister Tomas Berg at the palace on Thursday for a summit of the two countries.")
        #expect(a.result.relations.filter { $0.type == .hosted }.map(\.source.rawValue) == ["person:ana-rojas"])
    }

    @Test func aTitleAloneIsNoOnesWhereAnotherIsNamedWithItAndNoState() {
        let a = Extracted("President Ana Rojas will host Chilean President Tomas Berg on Thursday. The president said the ties were strong.")
        #expect(!a.result.entities.contains { $0.mentions.contains { $0.text == "The president" } })
    }

    @Test func aTripInAClauseOfTimeIsTheSubjectsAndPlacesJoinedByAndAreEachVisited() {
        let a = Extracted("Peruvian President Ana Rojas will visit Chile and Bolivia next week. She will hold talks with Chilean President Tomas Berg in Santiago before travelling to La Paz.")
        #expect(a.relation(.visited, "person:ana-rojas", "state:chile")?.status == .planned)
        #expect(a.relation(.visited, "person:ana-rojas", "state:bolivia")?.status == .planned)
        #expect(a.relation(.visited, "person:ana-rojas", "place:la-paz")?.status == .planned)
        #expect(!a.has(.visited, "person:tomas-berg", "place:la-paz"))
        #expect(Extracted("Peruvian President Ana Rojas arrives in Quito on Tuesday.").has(.visited, "person:ana-rojas", "place:quito"))
    }

    @Test func toHostIsPlannedWhereItIsAnnouncedAndNothingWhereItIsOffered() {
        let a = Extracted("Peru is set to host the Andean summit in Lima next month.")
        #expect(a.relation(.hosted, "state:peru", "summit:andean-summit")?.status == .planned)
        #expect(Extracted("Peru said it was ready to host the Andean summit.").count(.hosted) == 0)
    }
}
