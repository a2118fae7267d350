import Foundation
@testable import NewsGraph
import Testing

/// Rules found wanting on a twenty-second round of articles of my own: a post in
/// a lower-case noun between two subjects, a treaty's name in capitals past its
/// first word, the pair "the two leaders" of their own sentence, others owned as
/// the subject of a meeting, a visit named by its day, talks about a place, a meal
/// hosted for guests, the head of a body, a department's secretary as a minister,
/// ministries of other affairs, continents, a state's possessive body, a guest of
/// honour, a host "is hosting", days before publication, "whose country", posts in
/// the plural, a visit by a guest, a long body's post between two subjects and a
/// participle after a summit.
@Suite struct TwentySecondRoundTests {
    @Test func aPostInALowerCaseNounJoinsTwoSubjects() {
        let a = Extracted("Peruvian President Ana Rojas and Chilean leader Tomas Berg held talks in Quito on Wednesday.")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("President Ana Rojas and Chilean opposition leader Tomas Berg met in Quito.")
        #expect(b.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aTreatyNamedInCapitalsGoesOnInCapitals() {
        let a = Extracted("Peru and Chile marked the anniversary of the Treaty of Good Neighbourship on Tuesday.")
        #expect(a.ids.contains("treaty:treaty-of-good-neighbourship"))
        let b = Extracted("Peru and Chile signed the Treaty of Friendship and Cooperation in Lima.")
        #expect(b.ids.contains("treaty:treaty-of-friendship-and-cooperation"))
        #expect(b.has(.signed, "state:peru", "treaty:treaty-of-friendship-and-cooperation"))
        let c = Extracted("Peru and Chile signed the Treaty of Good-Neighbourliness in Lima.")
        #expect(c.ids.contains("treaty:treaty-of-good-neighbourliness"))
        // "and" and a name is no more of it, nor is a month, nor a possessive.
        let d = Extracted("Peru signed the Treaty of Lima and President Ana Rojas spoke. Chile signed the Treaty of Quito January 5. Chile cited the Treaty of Lima Peru's way.")
        #expect(d.ids.filter { $0.hasPrefix("treaty:") }.sorted() == ["treaty:treaty-of-lima", "treaty:treaty-of-quito"])
        // A treaty in lower case keeps its one word.
        let e = Extracted("Peru and Chile signed a treaty of Friendship Cooperation in Lima.")
        #expect(e.ids.contains("treaty:treaty-of-friendship"))
    }

    @Test func thePairOfTheirOwnSentence() {
        let text = "Indian Prime Minister Ana Rojas met Chinese President Tomas Berg on Sunday in Lima. The two leaders agreed that their countries were partners. "
            + "Rojas also held a meeting with Russian President Carl Lund on Monday, and the two leaders rode together to the venue."
        let a = Extracted(text)
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.evidence.map(\.sentence) == [0])
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund"))
    }

    @Test func othersOwnedByTheSubjectMeetInItsStead() {
        let a = Extracted("President Ana Rojas spoke with President Tomas Berg. The two leaders agreed that their trade ministers would meet in Quito.")
        #expect(!a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("President Ana Rojas spoke with President Tomas Berg. The two leaders instructed their negotiators to meet in Quito.")
        #expect(!b.has(.met, "person:ana-rojas", "person:tomas-berg"))
        // The two themselves, or "their" with no owned plural, still meet.
        let c = Extracted("President Ana Rojas spoke with President Tomas Berg. The two leaders agreed that they would meet in Quito.")
        #expect(c.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let d = Extracted("President Ana Rojas spoke with President Tomas Berg. The two leaders and their delegations met in Quito.")
        #expect(d.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aVisitNamedByItsDayIsToTheDatelinesState() {
        let a = Extracted("LIMA, Oct 8 - President Ana Rojas of Peru received Chilean President Tomas Berg at the palace on Wednesday, on the second day of a state visit.")
        #expect(a.has(.visited, "person:tomas-berg", "state:peru"))
        let b = Extracted("LIMA, Oct 8 - President Ana Rojas of Peru thanked Chilean President Tomas Berg at the end of his visit.")
        #expect(b.has(.visited, "person:tomas-berg", "state:peru"))
        // "at a visit" with no day or end of it names no visit.
        let c = Extracted("LIMA, Oct 8 - President Ana Rojas of Peru spoke of Chilean President Tomas Berg at a visit.")
        #expect(!c.result.relations.contains { $0.type == .visited })
    }

    @Test func talksNamedByARegionAnotherStateHostsAreAboutIt() {
        let a = Extracted("Peru hosts Gaza talks with Arab envoys\n\nLIMA, Sept 2 - Peru's foreign minister chaired a meeting on the war in Gaza.")
        #expect(a.ids.contains("summit:gaza-talks") && a.ids.contains("region:gaza"))
        #expect(!a.result.relations.contains { $0.type == .heldIn })
        // Talks named by the hosting state, or by a city, are held there.
        let b = Extracted("Peru, Chile agree to truce at Ecuador talks\n\nPeru and Chile agreed to a truce on Monday. Ecuador hosted the talks.")
        #expect(b.has(.hosted, "state:ecuador", "summit:ecuador-talks"))
        #expect(b.has(.heldIn, "summit:ecuador-talks", "state:ecuador"))
        let c = Extracted("Peru hosts Quito talks with Arab envoys\n\nLIMA, Sept 2 - Peru's foreign minister chaired the meeting in Quito.")
        #expect(c.has(.heldIn, "summit:quito-talks", "place:quito"))
    }

    @Test func aMealHostedForGuestsIsAMeeting() {
        let text = "WASHINGTON - The foreign ministers of Peru and Chile, Ana Rojas and Tomas Berg, held a meeting. "
            + "Secretary of State Carl Lund hosted a working dinner for the two ministers in the evening."
        let a = Extracted(text)
        #expect(a.has(.met, "person:carl-lund", "person:ana-rojas"))
        #expect(a.has(.met, "person:carl-lund", "person:tomas-berg"))
        let b = Extracted("President Carl Lund hosted a state banquet in honour of President Omar Diallo.")
        #expect(b.has(.met, "person:carl-lund", "person:omar-diallo"))
        // A meal hosted for someone unnamed is no meeting.
        let c = Extracted("President Carl Lund hosted a dinner for business leaders, and President Omar Diallo spoke.")
        #expect(c.count(.met) == 0)
    }

    @Test func theHeadOfABodyIsItsOfficer() throws {
        let a = Extracted("Foreign Minister Ana Rojas also met the head of the International Atomic Energy Agency, Tomas Berg, in Lima.")
        #expect(a.relation(.holdsOffice, "person:tomas-berg", "organization:international-atomic-energy-agency")?.title == "head")
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
        let b = Extracted("Foreign Minister Ana Rojas met IAEA head Tomas Berg in Lima.")
        #expect(b.relation(.holdsOffice, "person:tomas-berg", "organization:iaea")?.title == "head")
        let c = Extracted("Foreign Minister Ana Rojas met the director general of the International Atomic Energy Agency, Tomas Berg, in Lima.")
        #expect(c.relation(.holdsOffice, "person:tomas-berg", "organization:international-atomic-energy-agency")?.title == "director general")
        // To head something is no title.
        let d = Extracted("Foreign Minister Ana Rojas will head Peru's delegation to Lima.")
        #expect(d.ids.filter { $0.hasPrefix("person:") } == ["person:ana-rojas"])
    }

    @Test func aSecretaryOfADepartmentIsAMinister() {
        let a = Extracted("Defence Secretary Ana Rojas met Defence Minister Tomas Berg in Lima. Both ministers will meet in Quito in August.")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.evidence.map(\.sentence) == [0, 1])
        #expect(Extractor.isDepartmentSecretary("Secretary of State") && Extractor.isDepartmentSecretary("Foreign Secretary"))
        #expect(!Extractor.isDepartmentSecretary("Press Secretary") && !Extractor.isDepartmentSecretary("Secretary General")
            && !Extractor.isDepartmentSecretary("Secretary") && !Extractor.isDepartmentSecretary("General Secretary"))
    }

    @Test func aMinistryOfOtherAffairsKeepsTheWord() {
        let a = Extracted("India's Ministry of External Affairs said so. India's External Affairs Ministry said so again.")
        #expect(a.ids.filter { $0.hasPrefix("organization:") } == ["organization:indian-external-affairs-ministry"])
        #expect(a.has(.partOf, "organization:indian-external-affairs-ministry", "state:india"))
        let b = Extracted("Peru's Ministry of Foreign Affairs said so. Peru's Foreign Affairs Ministry said so again.")
        #expect(b.ids.filter { $0.hasPrefix("organization:") } == ["organization:peruvian-foreign-ministry"])
    }

    @Test func continentsAreRegions() {
        let a = Extracted("President Ana Rojas will visit Africa next week. Peru's ties with Asia and South America grew.")
        #expect(a.has(.visited, "person:ana-rojas", "region:africa"))
        #expect(a.ids.isSuperset(of: ["region:asia", "region:south-america"]))
        let b = Extracted("The deal was witnessed by US special envoy for Africa Tomas Berg.")
        #expect(b.relation(.holdsOffice, "person:tomas-berg", "state:united-states")?.title == "special envoy for Africa")
        #expect(Lexicon.shared.territory(named: "Europe") == "Europe")
    }

    @Test func aStatesPossessiveBodyIsTheStates() {
        let a = Extracted("Peru's Parliament Speaker Ana Rojas met the delegation.")
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "organization:peruvian-parliament")?.title == "Speaker")
        #expect(a.has(.partOf, "organization:peruvian-parliament", "state:peru"))
        let b = Extracted("The deal was reached in talks between Ana Rojas, the secretary of Chile's Security Council, and Tomas Berg.")
        #expect(b.has(.holdsOffice, "person:ana-rojas", "organization:chilean-security-council"))
        // A cabinet's post is the state's, and a ministry is the ministries' rule's.
        let c = Extracted("Kenya's Cabinet Secretary for Foreign Affairs, Ana Rojas, said so. Kenya's Ministry of Trade agreed.")
        #expect(!c.ids.contains("organization:kenyan-cabinet"))
        #expect(c.ids.contains("organization:kenyan-trade-ministry"))
        // One who is no state owns no body so.
        let d = Extracted("Rojas's Parliament friends met.")
        #expect(!d.ids.contains { $0.hasPrefix("organization:") })
        let e = Extracted("Chile’s Senate voted on Monday.")
        #expect(e.has(.partOf, "organization:chilean-senate", "state:chile"))
    }

    @Test func aGuestOfHonourAttends() {
        let a = Extracted("President Ana Rojas arrived in Lima. Rojas was the guest of honour at the Andean Economic Forum on Friday.")
        #expect(a.has(.attended, "person:ana-rojas", "summit:andean-economic-forum"))
        let b = Extracted("President Ana Rojas arrived in Lima. Rojas was among the guests at the Andean Economic Forum on Friday.")
        #expect(b.has(.attended, "person:ana-rojas", "summit:andean-economic-forum"))
    }

    @Test func aHostIsHostingAndTheGatheringIsNamedWithoutItsArticle() {
        let a = Extracted("President Ana Rojas met President Tomas Berg on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit, which Peru is hosting this year.")
        let summit = "summit:asia-pacific-economic-cooperation-summit"
        #expect(a.has(.hosted, "state:peru", summit))
        #expect(a.has(.attended, "person:ana-rojas", summit) && a.has(.attended, "person:tomas-berg", summit))
    }

    @Test func daysBeforePublication() {
        let a = Extracted("LIMA, Oct 30 - A day earlier, President Ana Rojas had held talks with President Tomas Berg in Quito.", published: "2025-10-30")
        #expect(a.relation(.met, "person:ana-rojas", "person:tomas-berg")?.evidence.first?.date == "2025-10-29")
        let b = Extracted("LIMA, Oct 30 - Two days ago, President Ana Rojas held talks with President Tomas Berg.", published: "2025-10-30")
        #expect(b.relation(.met, "person:ana-rojas", "person:tomas-berg")?.evidence.first?.date == "2025-10-28")
        let c = Extracted("LIMA, Oct 30 - President Ana Rojas held talks with President Tomas Berg the previous day.", published: "2025-10-30")
        #expect(c.relation(.met, "person:ana-rojas", "person:tomas-berg")?.evidence.first?.date == "2025-10-29")
        // "days" needs a count above one, "day" one.
        let d = Extracted("LIMA, Oct 30 - A days earlier, President Ana Rojas held talks with President Tomas Berg.", published: "2025-10-30")
        #expect(d.relation(.met, "person:ana-rojas", "person:tomas-berg")?.evidence.first?.date == "2025-10-30")
    }

    @Test func aPostInThePluralIsEachNamesPost() {
        let a = Extracted("The deal was signed by trade ministers Ana Rojas and Tomas Berg in Lima.")
        #expect(a.ids.isSuperset(of: ["person:ana-rojas", "person:tomas-berg"]))
        // Their posts make them foreign ministers whom a counterpart's post fits.
        let text = "LIMA - Foreign Ministers Ana Rojas and Tomas Berg met in Lima on Monday. Rojas later received a call from her Chilean counterpart, Carl Lund."
        let b = Extracted(text)
        #expect(b.relation(.holdsOffice, "person:carl-lund", "state:chile")?.title == "Foreign Minister")
        // Those another rule gave their states keep them.
        let c = Extracted("Peruvian and Chilean Presidents Carl Lund and Omar Diallo met.")
        #expect(c.has(.holdsOffice, "person:carl-lund", "state:peru") && c.has(.holdsOffice, "person:omar-diallo", "state:chile"))
        // One name alone is no list, nor is a body's name a person's.
        let d = Extracted("The deal was signed by trade ministers Ana Rojas and Berg in Lima.")
        #expect(!d.ids.contains("person:ana-rojas"))
        let e = Extracted("The deal was signed by Presidents Ana Rojas and Andean Development Bank officials.")
        #expect(!e.ids.contains("person:andean-development-bank") && !e.ids.contains("person:ana-rojas"))
    }

    @Test func aVisitByAGuestIsToTheDatelinesState() {
        let a = Extracted("LIMA, July 24 - Peru and Chile signed a trade agreement on Thursday during a visit by President Ana Rojas, three years after talks began.")
        #expect(a.has(.visited, "person:ana-rojas", "state:peru"))
        #expect(a.relation(.holdsOffice, "person:ana-rojas", "state:chile")?.title == "President")
        // A visit that names where it goes is that rule's; the host's own people make none.
        let b = Extracted("LIMA, July 24 - Peru and Chile signed a trade agreement during a visit by President Ana Rojas to Quito.")
        #expect(!b.has(.visited, "person:ana-rojas", "state:peru"))
        let c = Extracted("LIMA, July 24 - Peru and Chile signed a deal during a visit by Peruvian President Ana Rojas.")
        #expect(!c.has(.visited, "person:ana-rojas", "state:peru"))
        #expect(c.relation(.holdsOffice, "person:ana-rojas", "state:peru")?.title == "President")
        // Someone named further on is no guest.
        let e = Extracted("LIMA, July 24 - Peru and Chile signed a deal during a visit by a delegation that President Ana Rojas sent.")
        #expect(!e.result.relations.contains { $0.type == .visited })
        // Three states name no one other state for the guest's post.
        let d = Extracted("LIMA, July 24 - Peru, Chile and Ecuador signed a deal during a visit by President Ana Rojas.")
        #expect(d.has(.visited, "person:ana-rojas", "state:peru"))
        #expect(!d.result.relations.contains { $0.type == .holdsOffice })
    }

    @Test func aLongBodysPostJoinsTwoSubjects() {
        let a = Extracted("Foreign Minister Ana Rojas and International Atomic Energy Agency chief Tomas Berg signed an agreement in Lima, in a meeting hosted by Foreign Minister Carl Lund.")
        #expect(a.has(.met, "person:ana-rojas", "person:carl-lund") && a.has(.met, "person:tomas-berg", "person:carl-lund"))
        #expect(a.has(.met, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func aRouteAgreedAtASummitIsNoAttendance() {
        let a = Extracted("President Ana Rojas said Peru had concerns about the route through southern Chile agreed at the Quito summit last month.")
        #expect(!a.result.relations.contains { $0.type == .attended })
        let b = Extracted("President Ana Rojas said Peru had concerns about the route agreed at the Quito summit last month.")
        #expect(!b.result.relations.contains { $0.type == .attended })
        // A state after "of" is a person's own: "President X of Chile agreed".
        let c = Extracted("President Ana Rojas of Peru and President Tomas Berg of Chile agreed to a truce on the margins of the Andean summit.")
        #expect(c.has(.attended, "person:ana-rojas", "summit:andean-summit") && c.has(.attended, "person:tomas-berg", "summit:andean-summit"))
        let d = Extracted("President Ana Rojas and President Tomas Berg signed a deal at the Andean summit.")
        #expect(d.has(.attended, "person:ana-rojas", "summit:andean-summit"))
        let e = Extracted("President Ana Rojas praised the accord signed at the Andean summit.")
        #expect(!e.result.relations.contains { $0.type == .attended })
    }

    @Test func twoSidesOfTheirOwnSentence() {
        let text = "Peruvian Prime Minister Ana Rojas held talks with Chilean President Tomas Berg on Tuesday. "
            + "Rojas also met Premier Carl Lund for the annual meeting, after which the two sides signed memorandums."
        let a = Extracted(text)
        #expect(a.meant(by: "the two sides") == ["person:ana-rojas", "person:carl-lund"])
        // Two known to be of one state are one side.
        let b = Extracted("Peruvian Prime Minister Ana Rojas held talks with Chilean President Tomas Berg on Tuesday. "
            + "Rojas also met Peruvian Foreign Minister Carl Lund, after which the two sides signed memorandums.")
        #expect(b.meant(by: "the two sides").contains("person:tomas-berg"))
    }

    @Test func thoseAttendingFollow() {
        let text = "President Ana Rojas hosted the leaders of three Andean states in Lima on Friday for a summit on trade. "
            + "Among those attending were Chilean President Tomas Berg and Ecuadorian President Carl Lund."
        let a = Extracted(text)
        #expect(a.has(.attended, "person:tomas-berg", "summit:lima-summit") && a.has(.attended, "person:carl-lund", "summit:lima-summit"))
        let b = Extracted("President Ana Rojas hosted a summit on trade in Lima on Friday. Attending were Chilean President Tomas Berg and Ecuadorian President Carl Lund.")
        #expect(b.count(.attended) >= 2 && b.result.relations.filter { $0.type == .attended }.allSatisfy { $0.target == b.result.relations.first { $0.type == .attended }!.target })
        #expect(b.has(.attended, "person:carl-lund", b.result.relations.first { $0.type == .attended }!.target.rawValue))
    }

    @Test func aWordOfTitlesIsNoPostAlone() {
        let a = Extracted("Foreign Minister Ana Rojas delivered a message from President Tomas Berg, Chilean state media reported.")
        #expect(!a.has(.holdsOffice, "person:tomas-berg", "state:chile"))
        // A post of one word that is a title is one.
        let b = Extracted("Foreign Minister Ana Rojas met Tomas Berg, Chilean envoy, in Lima.")
        #expect(b.relation(.holdsOffice, "person:tomas-berg", "state:chile")?.title == "envoy")
        #expect(Extractor.isTitleAlone("Representative", titles: []) && !Extractor.isTitleAlone("state", titles: ["Secretary of State"]))
    }

    @Test func aVisitInAClauseOfTimeAfterWhatIsToBeDone() {
        let a = Extracted("LIMA - Peru and Chile concluded talks on a security treaty, to be signed when President Ana Rojas visits Quito in January.")
        #expect(a.relation(.visited, "person:ana-rojas", "place:quito")?.status == .planned)
        let b = Extracted("LIMA - Peru and Chile signed a security treaty when President Ana Rojas visited Quito in January.")
        #expect(b.has(.visited, "person:ana-rojas", "place:quito") && b.relation(.visited, "person:ana-rojas", "place:quito")?.status == nil)
        // Only right before the clause: what is to be done earlier is another thing.
        let c = Extracted("LIMA - Peru and Chile agreed on a treaty to be signed in May, and the talks began when President Ana Rojas visited Quito.")
        #expect(c.has(.visited, "person:ana-rojas", "place:quito") && c.relation(.visited, "person:ana-rojas", "place:quito")?.status == nil)
    }

    @Test func spokenWithNearACallIsTheCall() {
        let text = "Rojas and Berg discuss trade\n\nLIMA - President Ana Rojas said she had spoken with President Tomas Berg for two hours. Her aide Carl Lund described the call as useful."
        let a = Extracted(text)
        #expect(a.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        // "call" as a verb is no call.
        let b = Extracted("Rojas and Berg discuss trade\n\nLIMA - President Ana Rojas said she had spoken with President Tomas Berg for two hours. Her aide said they call for calm.")
        #expect(!b.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
        let c = Extracted("Rojas and Berg discuss trade\n\nLIMA - President Ana Rojas spoke with President Tomas Berg. Aides met. Aides left. Her aide Carl Lund described the call as useful.")
        #expect(!c.has(.phoned, "person:ana-rojas", "person:tomas-berg"))
    }

    @Test func whoseCountryBrokeredIsThePersonsState() {
        let a = Extracted("The signing was witnessed by US special envoy Tomas Berg, whose country brokered a separate accord between Peru and Chile in June.")
        #expect(a.ids.contains("person:tomas-berg"))
        #expect(a.result.relations.filter { $0.type == .brokered }.map(\.source.rawValue) == ["state:united-states"])
        // A person who brokered it himself is the broker.
        let b = Extracted("US special envoy Tomas Berg brokered a separate accord between Peru and Chile in June.")
        #expect(b.result.relations.filter { $0.type == .brokered }.map(\.source.rawValue) == ["person:tomas-berg"])
    }
}
