import Foundation
import Testing
@testable import NewsGraph

/// The patterns searched only where their opening words start find what the same
/// patterns find searched at every position.
@Suite struct OpeningWordPatternTests {
    static let patterns: [(name: String, pattern: OpeningWordPattern)] = [
        ("meetTrigger", Extractor.meetTrigger), ("phoneTrigger", Extractor.phoneTrigger), ("spokeWith", Extractor.spokeWith),
        ("signVerb", Extractor.signVerb), ("hostVerb", Extractor.hostVerb), ("heldAt", Extractor.heldAt),
        ("attendedBy", Extractor.attendedBy), ("toAttend", Extractor.toAttend), ("meetingAt", Extractor.meetingAt),
        ("meetingFor", Extractor.meetingFor),
        ("heldConsultations", Extractor.heldConsultations), ("pairDescription", Extractor.pairDescription),
        ("demonymPost", Extractor.demonymPost), ("pluralDescription", Extractor.pluralDescription),
        ("compassRegion", Extractor.compassRegion), ("accordingTo", Attribution.accordingTo), ("groupThenName", Extractor.groupThenName),
        ("twoHalvesOfStates", Extractor.twoHalvesOfStates), ("compassAlone", Extractor.compassAlone),
        ("dayAhead", Attribution.dayAhead),
    ]

    static func sentences() throws -> [String] {
        let written = [
            "President Ana Rojas met Prime Minister Tomas Berg in Lima.", "The so-called call was CALLED off; she Called him, then phoned.",
            "Rojas held indirect talks with Berg, then held two rounds of talks.", "During the talks between them, after long talks with Lund",
            "He handed over a letter from President Lund to his counterpart Berg.", "She paid a courtesy call on the Emir and called on Berg to act.",
            "Berg was warmly received by Rojas, who will be hosted in Quito; she is to be welcomed.",
            "Rojas received the newly appointed Ambassador and hosted a delegation led by Berg.",
            "2met meeting2 meet_ mete\u{301} e\u{301}met \u{200B}met videocall video call videoconference telephoned dialled dials.",
            "Rojas spoke today with Berg; Lund speaks on Monday with Diallo.",
            "The two leaders signed the Lima Accord, which Peru hosted; the Andean Forum summit was attended by both.",
            "Peru's Foreign Ministry and the Ministry of Foreign Affairs of Chile, with Chile's Ministry for Trade, and the Chilean foreign ministry.",
            "The Andean Community (CAN) and CAN (Comunidad Andina de Naciones) Office held political consultations.",
            "According to the Quito News Agency, the Lima Front, a rebel group, and the group Red Dawn spoke at the summit.",
            "The Peruvian president, Ana Rojas, and Chile's foreign minister Tomas Berg met in Northern Andes and the South Pacific Sea.",
            "The leaders of the Chaco war and the Essequibo issue; both presidents agreed; The presidents of the two sides.",
        ]
        let pieces = ["met", "Met", "MEETS", "meeting", "held", "talks", "with", "indirect", "between", "during", "after", "the", "The", "two",
                      "sat", "handed", "over", "a", "letter", "from", "to", "his", "paid", "courtesy", "call", "on", "called", "so-called",
                      "was", "will", "be", "received", "hosted", "chaired", "in", "at", "took", "place", "phone", "video", "spoke", "speaks",
                      "signed", "initialled", "adopted", "attended", "by", "participants", "included", "join", "co-chair", "preside", "over",
                      "consultations", "political", "summit", "forum", "conference", "Summit", "Forum", "Andean", "Lima", "Peru", "Peru's",
                      "Chile’s", "Ministry", "ministry", "of", "for", "Foreign", "Affairs", "news", "agency", "News", "Agency", "(CAN)", "(Andean",
                      "Community)", "group", "militia", "rebels", "leaders", "presidents", "both", "heads", "state", "war", "conflict", "issue",
                      "North", "Northern", "Sea", "according", "sources", "Ana", "Rojas", "Berg", "Peruvian", "president", "foreign", "minister",
                      ",", ".", ";", "—", "2", "_", "é", "É", "e\u{301}", "\u{200B}", "  ", "-",
                      // Phrases each pattern matches, to be cut and joined with the rest.
                      "spoke today with", "speaks with", "held in", "took place at", "attended by", "participants included",
                      "met Berg on the sidelines of", "signed the deal at", "held political consultations", "hold consultations",
                      "The Peruvian foreign minister Ana Rojas", "the Chilean president Tomas Berg", "The leaders", "the presidents",
                      "Quito news agency", "Lima News Service", "according to the Lima Times", "according to officials",
                      "Chile's Ministry of Trade", "Peru Ministry for Energy", "Ministry of Trade of Chile", "Ministry of Energy of the Andes",
                      "Andean Community (CAN)", "Lima Group for Peace (LGP)", "CAN (Comunidad Andina)", "LGP (Lima Group for Peace) Office",
                      "Red Dawn, the rebel group,", "Red Dawn, an armed militia.", "Lima's foreign minister Ana Rojas", "Quito's envoy Carl Lund",
                      "North and South Korea", "East and West", "the North's", "the South", "the West Bank", "began talks", "resumed two rounds of talks",
                      "greeted", "represented Ana Rojas at", "each leader", "each of the two presidents", "the trade bloc Mercosur", "bloc",
                      "sat down with Berg on the margins of", "sits down", "shook hands with", "shaking hands",
                      "hosting the summit", "put their signatures to", "will also be received by", "at talks in", "at their talks", "delivered the keynote address at", "deliver a speech to", "during their summit in", "after their first summit",
                      "met Berg in Lima on Monday for the", "met to prepare for the", "meets Lund for",
                      "next week", "later this month", "Tomorrow", "on Friday", "last Friday", "said on Sunday", "told reporters on Monday", "this weekend"]
        return written + (try seedSentences()) + builtSentences(from: pieces, seed: 7, glued: true).prefix(1_500)
    }

    @Test func findWhatThePatternsFindEverywhere() throws {
        var matched: [String: Int] = [:]
        for text in try Self.sentences() {
            let sentence = Sentence(index: 0, start: 0, end: text.utf16.count, text: text)
            let length = text.utf16.count
            let utf16 = UTF16Text(text)
            for (name, pattern) in Self.patterns {
                let everywhere = pattern.regex.matches(in: text, range: NSRange(location: 0, length: length)).map(\.range)
                #expect(pattern.matches(in: sentence).map(\.range) == everywhere, "\(name): \(text)")
                matched[name, default: 0] += everywhere.count
                for offset in stride(from: 1, to: length, by: 17) {
                    // From an offset on, the text before it seen; up to one, the text cut there.
                    let from = pattern.regex.firstMatch(in: text, options: .withTransparentBounds, range: NSRange(location: offset, length: length - offset))
                    #expect(pattern.firstMatch(in: sentence, from: offset)?.range == from?.range, "\(name) from \(offset): \(text)")
                    let upTo = pattern.regex.firstMatch(in: text, range: NSRange(location: 0, length: offset))
                    #expect(pattern.firstMatch(in: sentence, upTo: offset)?.range == upTo?.range, "\(name) up to \(offset): \(text)")
                    let start = offset / 2
                    let window = pattern.regex.firstMatch(in: utf16.substring(to: offset), options: .withTransparentBounds, range: NSRange(location: start, length: offset - start))
                    #expect(pattern.firstMatch(in: sentence, from: start, upTo: offset)?.range == window?.range, "\(name) from \(start) up to \(offset): \(text)")
                }
            }
        }
        // Every pattern matched often, or the comparison shows little.
        for (name, _) in Self.patterns where !["meetingAt", "meetingFor"].contains(name) { #expect(matched[name, default: 0] >= 10, "\(name) matched \(matched[name, default: 0]) times") }
    }

    /// The meeting before a gathering is searched in the 200 units before it, with
    /// the text around seen: the pattern ends the window, so cutting the text there
    /// finds the same.
    @Test func meetingBeforeAGatheringAsInItsWindow() throws {
        var matched = 0
        for text in try Self.sentences() {
            let sentence = Sentence(index: 0, start: 0, end: text.utf16.count, text: text)
            for end in 0...text.utf16.count {
                let window = Extractor.lastUnits(200, before: end)
                for pattern in [Extractor.meetingAt, Extractor.meetingFor] {
                    let expected = pattern.regex.firstMatch(in: text, options: .withTransparentBounds, range: window)?.range
                    #expect(pattern.firstMatch(in: sentence, from: window.location, upTo: NSMaxRange(window))?.range == expected, "\(end): \(text)")
                    if expected != nil { matched += 1 }
                }
            }
        }
        #expect(matched >= 10)
    }
}
