import Foundation
@testable import NewsGraph
import Testing

/// Rules found wanting on a thirty-fourth round of articles of my own: a name with
/// an apostrophe inside, one received by someone named bare, a second post or "of
/// the Republic" between a title and the name, portfolios listed before the name,
/// "then" of a sequence before a post, two leaders a headline names in the plural,
/// the prime ministers of a list of states, the guests of a meal hosted the
/// sentence before, meetings on the margins of a summit, a gathering "chaired by"
/// someone in the passive, a second verb of a future, a treaty brought in unnamed
/// and named next, a plan dated from a dateline's day, a tête-à-tête, the head of a
/// body received, a reception refused, "Chief Adviser" and a body's "Secretary
/// General", a pair welcomed at a place, a ministry of African integration, the
/// greetings of a sender conveyed by a guest, a cleric's style before a name, a
/// headline pair whose first people is the counterpart's, discussions held with
/// someone, and a building named by a title.
@Suite struct ThirtyFourthRoundTests {
    @Test func aNameWithAnApostropheInside() {
        let a = Extracted("""
            Headline
            NAIROBI (KNA) - Principal Secretary Korir Sing'oei met Foreign Minister Ana Rojas of Peru. Sing'oei's office said the talks went well.
            """)
        #expect(a.ids.contains("person:korir-singoei"))
        #expect(a.has(.met, "person:ana-rojas", "person:korir-singoei"))
        // A possessive's or a contraction's apostrophe ends the name.
        let b = Extracted("Headline\nPresident Tomas Berg's plan won't pass, Minister Ana Rojas'll say.")
        #expect(a.names(of: "person:korir-singoei").contains("Sing'oei"))
        #expect(b.ids.contains("person:tomas-berg"))
        #expect(b.ids.contains("person:ana-rojas"))
        // So in a name with no title, met by one named before.
        let c = Extracted("Headline\nForeign Minister Ana Rojas of Peru also met Omar Ng'ang'a in Lima.")
        #expect(c.has(.met, "person:ana-rojas", "person:omar-nganga"))
    }

    @Test func oneMetOrReceivedBySomeoneNamedBare() {
        let a = Extracted("""
            Headline
            MINSK (BelTA) - Foreign Minister Ana Rojas of Peru held talks with Foreign Minister Carl Lund of Belarus on Thursday.

            Rojas was also received by Tomas Berg at the Palace of Independence.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // A surname alone that opens the sentence is its subject, though found only later.
        let b = Extracted("""
            Headline
            MINSK (BelTA) - Foreign Minister Ana Rojas of Peru held talks with Foreign Minister Carl Lund of Belarus on Thursday.

            Rojas also met Omar Diallo.
            """)
        #expect(b.has(.met, "person:ana-rojas", "person:omar-diallo"))
        // A capital's name opening it is no one.
        let c = Extracted("""
            Headline
            MINSK (BelTA) - Foreign Minister Ana Rojas of Peru held talks with Foreign Minister Carl Lund of Belarus on Thursday.

            Lima also met Omar Diallo.
            """)
        #expect(!c.ids.contains("person:omar-diallo"))
    }

    @Test func aSecondPostOrTheRepublicBeforeTheName() {
        let a = Extracted("""
            Headline
            ALGIERS (APS) - President of the Republic Carl Lund received Peruvian Foreign Minister Ana Rojas on Monday, in the presence of Minister of State, Minister of Foreign Affairs Tomas Berg. Algeria and Peru signed two accords.
            """)
        #expect(a.relation(.holdsOffice, "person:carl-lund", "state:algeria")?.title == "President")
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
        #expect(a.ids.contains("person:tomas-berg"))
        #expect(!a.ids.contains(where: { $0.hasPrefix("person:minister") }))
        // The republic of a state named after it is that state's.
        let b = Extracted("Headline\nPresident of the Republic of Chile Tomas Berg met Ana Rojas.")
        #expect(b.relation(.holdsOffice, "person:tomas-berg", "state:chile")?.title == "President")
    }

    @Test func portfoliosListedBeforeTheName() {
        let a = Extracted("""
            Headline
            ALGIERS (APS) - Peruvian Minister of Foreign Affairs, Migration and Peruvians Abroad Ana Rojas met Chilean Minister for Foreign Affairs and Andean Integration Tomas Berg.
            """)
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:peru")?.title == "Minister of Foreign Affairs")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:chile")?.title == "Minister for Foreign Affairs")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(a.count(.holdsOffice) == 2)
        // A post and the name after "and" are no portfolio: "Affairs and" ends none.
        let b = Extracted("Headline\nChilean Minister for Foreign Affairs and Trade Minister Tomas Berg met Ana Rojas.")
        #expect(!b.ids.contains(where: { $0.hasPrefix("person:trade") }))
    }

    @Test func thenOfASequenceBeforeAPost() {
        let a = Extracted("""
            Headline
            BEIRUT (AFP) - French Foreign Minister Ana Rojas arrived in Beirut on Sunday. Rojas met President Tomas Berg, then Prime Minister Carl Lund. Lebanon welcomed the visit.
            """)
        #expect(a.relation(.holdsOffice, "person:carl-lund", "state:lebanon")?.title == "Prime Minister")
        // "the then prime minister" held the post once.
        let b = Extracted("""
            Headline
            BEIRUT (AFP) - French Foreign Minister Ana Rojas arrived in Beirut on Sunday. The accord was signed by then Prime Minister Carl Lund. Lebanon welcomed the visit.
            """)
        #expect(b.relation(.holdsOffice, "person:carl-lund", "state:lebanon") == nil)
    }

    @Test func twoLeadersAHeadlineNamesInThePlural() {
        let a = Extracted("""
            Kenyan, Tanzanian presidents open border post
            NAMANGA (KNA) - President Tomas Berg and his Tanzanian counterpart Ana Rojas on Friday opened a border post.
            """)
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:kenya")?.title == "President")
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:tanzania")?.title == "President")
        let b = Extracted("""
            Malaysian and Singaporean foreign ministers meet
            PUTRAJAYA (Bernama) - Foreign Minister Tomas Berg received his Singaporean counterpart Ana Rojas on Friday.
            """)
        #expect(b.relation(.holdsOffice, "person:tomas-berg", "state:malaysia")?.title == "Foreign Minister")
        // Not where two hold the bare post: which is whose?
        let c = Extracted("""
            Kenyan, Tanzanian presidents open border post
            NAMANGA (KNA) - President Tomas Berg and President Ana Rojas on Friday opened a border post.
            """)
        #expect(c.relation(.holdsOffice, "person:tomas-berg", "state:kenya") == nil)
    }

    @Test func thePrimeMinistersOfAListOfStates() {
        let a = Extracted("""
            Headline
            BERLIN (dpa) - Chancellor Tomas Berg hosted the prime ministers of Denmark, Sweden and Norway at the Chancellery on Friday.

            Danish Prime Minister Ana Rojas, Swedish Prime Minister Carl Lund and Norwegian Prime Minister Eva Lind attended.
            """)
        for guest in ["person:ana-rojas", "person:carl-lund", "person:eva-lind"] {
            #expect(a.has(.met, "person:tomas-berg", guest), "\(guest)")
        }
        #expect(a.meant(by: "the prime ministers of Denmark, Sweden and Norway").count == 3)
        // A state of the list whose prime minister the article never names: no one.
        let b = Extracted("""
            Headline
            BERLIN (dpa) - Chancellor Tomas Berg hosted the prime ministers of Denmark, Sweden and Norway on Friday.

            Danish Prime Minister Ana Rojas and Swedish Prime Minister Carl Lund attended.
            """)
        #expect(!b.has(.met, "person:tomas-berg", "person:ana-rojas"))
    }

    @Test func theGuestsOfAMealHostedTheSentenceBefore() {
        let a = Extracted("""
            Headline
            BERLIN (dpa) - Chancellor Tomas Berg hosted a dinner on Arctic security at the Chancellery on Friday.

            Danish Prime Minister Ana Rojas and Swedish Prime Minister Carl Lund attended the dinner.
            """)
        #expect(a.has(.met, "person:tomas-berg", "person:ana-rojas"))
        #expect(a.has(.met, "person:tomas-berg", "person:carl-lund"))
        let b = Extracted("""
            Headline
            BERLIN (dpa) - Chancellor Tomas Berg will host a working lunch at the Chancellery on Friday.

            The lunch will be attended by Danish Prime Minister Ana Rojas.
            """)
        #expect(b.relation(.met, "person:tomas-berg", "person:ana-rojas") == nil)
        let c = Extracted("""
            Headline
            BERLIN (dpa) - Chancellor Tomas Berg will host a working lunch at the Chancellery on Friday.

            The lunch was attended by Danish Prime Minister Ana Rojas.
            """)
        #expect(c.relation(.met, "person:tomas-berg", "person:ana-rojas")?.status == .planned)
        // Another noun is another event; one said to attend may not have.
        let d = Extracted("""
            Headline
            BERLIN (dpa) - Chancellor Tomas Berg hosted a dinner at the Chancellery on Friday.

            Danish Prime Minister Ana Rojas attended the reception.
            """)
        let e = Extracted("""
            Headline
            BERLIN (dpa) - Chancellor Tomas Berg hosted a dinner at the Chancellery on Friday.

            Carl Lund said Swedish Prime Minister Eva Lind attended the dinner.
            """)
        #expect(!d.has(.met, "person:tomas-berg", "person:ana-rojas"))
        #expect(!e.has(.met, "person:tomas-berg", "person:eva-lind"))
    }

    @Test func meetingsOnTheMarginsOfASummit() {
        let a = Extracted("""
            Headline
            ASTANA (Montsame) - President of Mongolia Ana Rojas attended the Steppe summit in Astana on Friday.

            On the margins of the summit, Rojas held bilateral meetings with President of Kyrgyzstan Tomas Berg and President of Turkmenistan Carl Lund.
            """)
        #expect(a.has(.attended, "person:tomas-berg", "summit:steppe-summit"))
        #expect(a.has(.attended, "person:carl-lund", "summit:steppe-summit"))
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func aGatheringChairedBySomeoneInThePassive() {
        let a = Extracted("""
            Headline
            BISHKEK (Kabar) - Foreign Minister Ana Rojas of Peru arrived to attend the Andean ministerial meeting.

            The Andean ministerial meeting was chaired by Foreign Minister Tomas Berg of Chile.
            """)
        #expect(a.has(.hosted, "person:tomas-berg", "summit:andean-ministerial-meeting"))
        let b = Extracted("""
            Headline
            BISHKEK (Kabar) - Foreign Minister Ana Rojas of Peru arrived to attend the Andean ministerial meeting.

            The Andean ministerial meeting has been also chaired by Foreign Minister Tomas Berg of Chile.
            """)
        #expect(b.has(.hosted, "person:tomas-berg", "summit:andean-ministerial-meeting"))
    }

    @Test func aSecondVerbOfAFuture() {
        let a = Extracted("""
            Headline
            LUANDA (Lusa) - President Ana Rojas of Peru began a state visit to Angola on Wednesday. Rojas will also address the National Assembly and visit the province of Benguela.
            """)
        #expect(a.relation(.visited, "person:ana-rojas", "region:benguela")?.status == .planned)
        // A past verb after "and" tells of what took place.
        let b = Extracted("""
            Headline
            LUANDA (Lusa) - President Ana Rojas of Peru began a state visit to Angola on Wednesday. Rojas will return in March and visited the province of Benguela on Thursday.
            """)
        #expect(b.has(.visited, "person:ana-rojas", "region:benguela"))
        #expect(b.relation(.visited, "person:ana-rojas", "region:benguela")?.status == nil)
    }

    @Test func aTreatyBroughtInUnnamedAndNamedNext() {
        let a = Extracted("""
            Headline
            MANILA (Kyodo) -- Peru and Chile on Tuesday signed an agreement allowing their troops to train on each other's soil.

            The Reciprocal Access Agreement was signed by Foreign Minister Ana Rojas of Peru and Defense Secretary Tomas Berg of Chile.
            """, published: "2026-12-06")
        #expect(!a.ids.contains("treaty:agreement"))
        #expect(a.has(.signed, "state:peru", "treaty:reciprocal-access-agreement"))
        #expect(a.has(.signed, "person:ana-rojas", "treaty:reciprocal-access-agreement"))
        // A treaty of another kind, or one the article speaks of again, stays apart.
        let b = Extracted("""
            Headline
            MANILA (Kyodo) -- Peru and Chile on Tuesday signed an agreement on visas.

            The Lima Treaty was signed by Foreign Minister Ana Rojas of Peru and Defense Secretary Tomas Berg of Chile.
            """, published: "2026-12-06")
        #expect(b.ids.contains("treaty:lima-treaty"))
        #expect(b.ids.contains(where: { $0.hasPrefix("treaty:agreement") }))
        let c = Extracted("""
            Headline
            MANILA (Kyodo) -- Peru and Chile on Tuesday signed a visa agreement.

            The Andes Agreement was signed by Foreign Minister Ana Rojas of Peru and Defense Secretary Tomas Berg of Chile. The visa agreement takes effect in May.
            """, published: "2026-12-06")
        #expect(c.ids.contains("treaty:andes-agreement"))
        #expect(c.has(.signed, "state:peru", "treaty:visa-agreement"))
        // The kind is the noun that opens the description: "an agreement on defence".
        let d = Extracted("""
            Headline
            MANILA (Kyodo) -- Peru and Chile on Tuesday signed an agreement on defence cooperation.

            The Andes Defence Agreement was signed by Foreign Minister Ana Rojas of Peru and Defense Secretary Tomas Berg of Chile.
            """, published: "2026-12-06")
        #expect(d.has(.signed, "state:peru", "treaty:andes-defence-agreement"))
        #expect(d.count(.signed) == 4)
    }

    @Test func aPlanDatedFromTheDatelinesDay() {
        let a = Extracted("""
            Headline
            MOSCOW, Dec 2 (TASS) - Foreign Minister Ana Rojas of Peru will hold talks with Foreign Minister Tomas Berg of Chile in Moscow on Friday.
            """, published: "2026-12-07")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.date == "2026-12-04")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.status == .planned)
        // The dateline's day is no plan's date of its own.
        let b = Extracted("""
            Headline
            MOSCOW, Dec 2 (TASS) - Foreign Minister Ana Rojas of Peru will hold talks with Foreign Minister Tomas Berg of Chile in Moscow next week.
            """, published: "2026-12-07")
        #expect(b.relation(.met, "person:ana-rojas", "person:tomas-berg")?.status == .planned)
        #expect(b.relation(.met, "person:ana-rojas", "person:tomas-berg")?.date != "2026-12-02")
    }

    @Test func aTeteATeteIsAMeeting() {
        let a = Extracted("""
            Headline
            NOUAKCHOTT (APS) - President Ana Rojas of Peru arrived in Nouakchott on Thursday at the invitation of President Tomas Berg of Chile.

            The two heads of state held a tête-à-tête followed by an enlarged meeting with their delegations.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("Headline\nPresident Ana Rojas of Peru had a brief tete-a-tete with President Tomas Berg of Chile.")
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func oneReceivesTheHeadOfABody() {
        let a = Extracted("""
            Headline
            BAGHDAD (INA) - Prime Minister Ana Rojas of Peru received on Tuesday the head of Chile's National Intelligence Agency, Tomas Berg, and his delegation.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func oneWhoDidNotReceiveSomeone() {
        let a = Extracted("""
            Headline
            DHAKA (BSS) - Foreign Minister Ana Rojas of Peru met Foreign Secretary Tomas Berg of India on Tuesday. Prime Minister Carl Lund of Peru did not receive the Indian diplomat.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(!a.has(.met, "person:carl-lund", "person:tomas-berg"))
        let b = Extracted("Headline\nPrime Minister Carl Lund of Peru refused to welcome President Tomas Berg of India.")
        #expect(!b.has(.met, "person:carl-lund", "person:tomas-berg"))
    }

    @Test func aTitleOfTwoWordsAfterOneOfTheLexicon() {
        // "Chief" is a title alone; "Chief Adviser" is one post, and no name opens with "Adviser".
        let a = Extracted("Headline\nChief Adviser Ana Rojas met Foreign Secretary Tomas Berg of India on Monday.")
        #expect(a.ids.contains("person:ana-rojas"))
        #expect(!a.ids.contains("person:adviser-ana-rojas"))
        // "Secretary General" after a body's name is the post, not "States Secretary".
        let b = Extracted("Headline\nOrganization of American States Secretary General Ana Rojas met Tomas Berg in Lima.")
        #expect(b.relation(.holdsOffice, "person:ana-rojas", "organization:organization-of-american-states")?.title == "Secretary General")
        #expect(!b.has(.holdsOffice, "person:ana-rojas", "state:united-states"))
    }

    @Test func aPairWelcomedAtAPlaceBySomeone() {
        let a = Extracted("""
            Headline
            REYKJAVIK (RUV) - King Tomas Berg of Denmark and Queen Ana Rojas arrived in Reykjavik on Tuesday for a state visit.

            They were welcomed at Bessastadir by President Carl Lund of Iceland.
            """)
        #expect(a.has(.met, "person:tomas-berg", "person:carl-lund"))
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func aMinistryOfARegionsAffairs() {
        let a = Extracted("""
            Headline
            DAKAR (APS) - Senegal's Minister of African Integration and Foreign Affairs Ana Rojas met Tomas Berg of Chile.
            """)
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:senegal")?.title == "Minister of African Integration and Foreign Affairs")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func greetingsOfASenderConveyedByAGuest() {
        let a = Extracted("""
            Kuwait crown prince receives Bahraini foreign minister

            KUWAIT, Dec 6 (KUNA) -- His Highness the Crown Prince Sheikh Carl Lund received at Bayan Palace on Sunday Bahrain's Foreign Minister Ana Rojas.

            The meeting was attended by Foreign Minister Omar Diallo.

            Rojas conveyed the greetings of King Tomas Berg.
            """)
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:bahrain")?.title == "King")
        #expect(!a.has(.holdsOffice, "person:tomas-berg", "state:kuwait"))
        #expect(a.relation(.holdsOffice, "person:omar-diallo", "state:kuwait")?.title == "Foreign Minister")
    }

    @Test func aClericsStyleBeforeAName() {
        let a = Extracted("""
            Headline
            TEHRAN (IRNA) - The Emir of Qatar, Sheikh Ana Rojas, arrived in Tehran on Wednesday. The emir also met with Ayatollah Seyyed Tomas Berg.
            """)
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        #expect(!a.ids.contains("person:seyyed-tomas-berg"))
    }

    @Test func aHeadlinePairWhoseFirstPeopleIsTheCounterparts() {
        // The bare post is the other state's: his counterpart is of the first.
        let a = Extracted("""
            Nepal, India prime ministers hold talks

            NEW DELHI (ANI) - Prime Minister Tomas Berg on Thursday held talks with his Nepalese counterpart Ana Rojas.
            """)
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "state:india")?.title == "Prime Minister")
        #expect(!a.has(.holdsOffice, "person:tomas-berg", "state:nepal"))
    }

    @Test func discussionsHeldWithSomeone() {
        let a = Extracted("Headline\nPresident Ana Rojas of Peru held bilateral discussions with President Tomas Berg of Chile on Tuesday.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aBuildingNamedByATitle() {
        let a = Extracted("Headline\nForeign Minister Ana Rojas of Peru later called on Prime Minister Tomas Berg of Chile at the PM House.")
        #expect(!a.ids.contains("person:house"))
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }
}
