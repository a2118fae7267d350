import Foundation

/// Who a sentence reports its news from, and whether it announces an event
/// rather than reports one.
enum Attribution {
    /// "according to the TASS news agency", "according to Ana Rojas".
    private static let accordingTo = try! NSRegularExpression(
        pattern: #"\baccording to\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*(?:['’]s\s+\p{Ll}+)?|(?:a|an)\s+(?:\p{L}+\s+){0,2}(?:statement|source|sources|readout|report)(?:\s+of\s+the\s+\p{L}+)?)"#,
        options: [.caseInsensitive])
    /// "..., the Kremlin said." or "Mudavadi told reporters": a capitalised name, its
    /// words perhaps joined by "of" ("India's Ministry of External Affairs said") and
    /// "press service" and such after it, before a verb of saying.
    private static let saidBy = try! NSRegularExpression(
        pattern: #"(?<![\p{L}])(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*(?:['’]s)?\s+(?:(?:of|for|on)\s+(?:the\s+)?)?){0,4}\p{Lu}[\p{L}-]*(?:['’]s)?(?:\s+(?:press service|press office|spokesperson|spokesman|spokeswoman|office|website))?)\s+(?:has\s+|have\s+)?(?:said|says|reported|reports|announced|stated|confirmed|told|claimed|noted)\b"#)
    /// Words that start a sentence or clause but name nobody.
    private static let notSources: Set<String> = ["He", "She", "It", "They", "We", "I", "This", "That", "The", "A", "An", "Officials", "Sources"]

    /// The source a sentence attributes its content to, as written; nil when it names none.
    static func reporter(in sentence: Sentence) -> String? {
        guard sentence.has(["according", "said", "says", "reported", "reports", "announced", "stated", "confirmed", "told", "claimed", "noted"]) else { return nil }
        let text = UTF16Text(sentence.text)
        let whole = NSRange(location: 0, length: text.length)
        if let match = accordingTo.firstMatch(in: sentence.text, range: whole) {
            return text.substring(with: match.range(at: 1))
        }
        for match in saidBy.matches(in: sentence.text, range: whole) {
            let name = text.substring(with: match.range(at: 1))
            if let first = name.split(separator: " ").first, !notSources.contains(String(first)) { return name }
        }
        return nil
    }

    /// Modal verbs that announce the verb after them (one adverb may come between:
    /// "will also visit").
    private static let modals: Set<String> = ["will", "shall", "would", "ll"]
    /// Words that announce the verb after "to": "is expected to meet", "plans to
    /// sign", "agreed to hold", "is due to visit".
    private static let beforeTo: Set<String> = ["plans", "plan", "planned", "planning", "expected", "scheduled", "due", "set",
                                                "intends", "intend", "going", "agreed", "is", "are", "hopes", "wants"]
    /// Words before "to" that offer or question an event rather than announce it:
    /// "ready to meet", "whether to attend", "offered to host".
    private static let offers: Set<String> = ["ready", "willing", "prepared", "whether", "offered", "offers", "proposed", "proposes", "eager", "keen", "able", "unable"]
    /// Verbs that ask someone else to do it: "invited him to visit", "urged Baku to sign".
    private static let requests: Set<String> = ["invited", "invites", "urged", "urges", "asked", "asks", "pressed", "encouraged", "called"]

    /// True when a clause holds an announcing word anywhere ("she will travel to
    /// Rome next week"), for a verb of purpose at its end.
    static func announces(_ clause: String) -> Bool {
        let words = clause.split { !$0.isLetter }.map { $0.lowercased() }
        return words.indices.contains { i in
            modals.contains(words[i]) || (words[i] == "to" && i > 0 && beforeTo.contains(words[i - 1]) && words[i - 1] != "is" && words[i - 1] != "are")
        }
    }

    /// True when the words just before an event's trigger offer or ask for it
    /// rather than report or announce it; see `offers` and `requests`.
    static func isUnreal(before text: String) -> Bool {
        let words = text.split { !$0.isLetter }.suffix(4).map { $0.lowercased() }
        guard words.last == "to", words.count >= 2 else { return false }
        if offers.contains(words[words.count - 2]) { return true }
        // The one asked stands between the verb and "to", in one or two words, or
        // is the subject of a passive: "was invited to attend".
        return words.dropLast().suffix(3).contains(where: requests.contains)
    }

    /// True when the words just before an event's trigger announce it ("will
    /// visit", "is expected to meet"); earlier words of the clause do not count, so
    /// "who agreed on a ceasefire, met" is a meeting that took place.
    static func isPlanned(before text: String) -> Bool {
        let words = text.split { !$0.isLetter }.suffix(3).map { $0.lowercased() }
        guard let last = words.last else { return false }
        if modals.contains(last) { return true }
        if words.count >= 2, modals.contains(words[words.count - 2]), last.hasSuffix("ly") || last == "also" || last == "then" { return true }
        if last == "to", words.count >= 2 { return beforeTo.contains(words[words.count - 2]) }
        return false
    }
}
