import Foundation

/// Dates written in articles and metadata, normalised to ISO 8601.
public enum DateText {
    /// True when an ISO date ("2025-07", "2025-07-14") is later than another at the
    /// first one's precision: July 2025 is later than June 1, 2025, not than July 3.
    /// A date as precise as the other or less compares as text: "2025-07" is a
    /// prefix of "2025-07-03", so it sorts before it.
    static func isLater(_ date: String?, than published: String?) -> Bool {
        guard let date, let published, [4, 7, 10].contains(date.count), published.count >= date.count,
              date.allSatisfy({ $0.isNumber || $0 == "-" }) else { return false }
        return date > published
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]
    /// What stands between the dates of a list: a comma, "and", or both.
    private static let listGap = try! NSRegularExpression(pattern: #"^\s*(?:,|and|,\s*and)\s*$"#)

    /// True for a weekday's whole name, in any case: "Tuesday".
    static func isWeekday(_ word: String) -> Bool {
        weekdays.contains(word.lowercased())
    }

    /// True for a month's or a weekday's whole name, in any case: "OCTOBER".
    static func isMonthOrDay(_ word: String) -> Bool {
        let w = word.lowercased()
        return months.contains(w) || weekdays.contains(w)
    }

    /// The month number of a month name or its abbreviation ("Sept.", "Jan").
    public static func month(_ word: String) -> Int? {
        let w = word.lowercased().trimmingEnds(in: CharacterSet(charactersIn: "."))
        guard w.count >= 3 else { return nil }
        if w == "sept" { return 9 }
        return months.firstIndex { $0 == w || ($0.hasPrefix(w) && w.count <= 4) }.map { $0 + 1 }
    }

    /// The dates written in a text, in order: ISO when the year is known (a date
    /// without one takes the year of the next date in the list that has one:
    /// "November 9, 2020 and January 11 and November 26, 2021"), else the text as written.
    public static func dates(in text: String) -> [(text: String, iso: String?)] {
        guard mayNameMonth(text) else { return [] }
        let ns = UTF16Text(text)
        var found: [(text: String, month: Int, day: Int?, year: Int?, range: NSRange)] = []
        for written in ScalarText(text).writtenDates() {
            guard let m = month(ns.substring(with: written.month)) else { continue }
            let number = { (range: NSRange?) in range.flatMap { Int(ns.substring(with: $0)) } }
            found.append((ns.substring(with: written.range), m, number(written.day), number(written.year), written.range))
        }
        var year: Int?
        var next: NSRange?
        var result: [(text: String, iso: String?)] = []
        for date in found.reversed() {
            // The year carries back only through a list: "May 5 and June 6, 2020".
            if let following = next {
                let gap = ns.substring(with: NSRange(location: NSMaxRange(date.range), length: following.location - NSMaxRange(date.range)))
                if !Extractor.matches(listGap, gap, anchored: true) { year = nil }
            }
            if let own = date.year { year = own }
            next = date.range
            let y = date.year ?? year
            let iso = y.map { y in date.day.map { String(format: "%04d-%02d-%02d", y, date.month, $0) } ?? String(format: "%04d-%02d", y, date.month) }
            result.insert((date.text, iso), at: 0)
        }
        return result
    }

    /// False when no month's abbreviation stands anywhere in the text, so it writes
    /// no date and the pattern need not run; byte by byte, as most sentences have none.
    private static func mayNameMonth(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for start in 0...(bytes.count - 3) {
                let second = bytes[start + 1], third = bytes[start + 2]
                let opens: Bool
                switch bytes[start] {
                case UInt8(ascii: "J"): opens = second == UInt8(ascii: "a") && third == UInt8(ascii: "n") || second == UInt8(ascii: "u") && (third == UInt8(ascii: "n") || third == UInt8(ascii: "l"))
                case UInt8(ascii: "F"): opens = second == UInt8(ascii: "e") && third == UInt8(ascii: "b")
                case UInt8(ascii: "M"): opens = second == UInt8(ascii: "a") && (third == UInt8(ascii: "r") || third == UInt8(ascii: "y"))
                case UInt8(ascii: "A"): opens = second == UInt8(ascii: "p") && third == UInt8(ascii: "r") || second == UInt8(ascii: "u") && third == UInt8(ascii: "g")
                case UInt8(ascii: "S"): opens = second == UInt8(ascii: "e") && third == UInt8(ascii: "p")
                case UInt8(ascii: "O"): opens = second == UInt8(ascii: "c") && third == UInt8(ascii: "t")
                case UInt8(ascii: "N"): opens = second == UInt8(ascii: "o") && third == UInt8(ascii: "v")
                case UInt8(ascii: "D"): opens = second == UInt8(ascii: "e") && third == UInt8(ascii: "c")
                default: opens = false
                }
                if opens { return true }
            }
            return false
        }
    }

    /// An ISO date (`2021-01-11`, `2021-01`, `2021`) from metadata text such as
    /// `2021-01-11T09:00:00Z`, `2021-01-11` or `January 11, 2021`; nil when unreadable.
    public static func isoDate(_ text: String) -> String? {
        let s = text.trimmingEnds(in: .whitespacesAndNewlines)
        if let match = s.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) { return String(s[match]) }
        if let match = s.range(of: #"^\d{4}-\d{2}$"#, options: .regularExpression) { return String(s[match]) }
        if s.range(of: #"^\d{4}$"#, options: .regularExpression) != nil { return s }
        let words = s.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var day: Int?, month: Int?, year: Int?
        for word in words {
            if let m = Self.month(word) { month = m } else if let n = dayOrYear(word) {
                if n > 31 { year = n } else if day == nil { day = n }
            }
        }
        guard let year else { return nil }
        guard let month else { return String(format: "%04d", year) }
        guard let day else { return String(format: "%04d-%02d", year, month) }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    // MARK: The date a sentence speaks of

    /// When a sentence's event happened (or will): its first written date, else a
    /// relative one ("on Monday", "last Friday", "a day earlier") resolved
    /// against the article's publication date. `iso` is nil when the date cannot be
    /// resolved (no year and no publication date); `text` is the phrase as written.
    ///
    /// `written` is `dates(in: sentence)` when the caller has it already.
    ///
    /// With `relativeClauses` false, a date in a relative clause (`relativeClauses(in:)`)
    /// is passed over: it tells of another event than one of the main clause.
    public static func eventDate(in sentence: String, published: String?, planned: Bool = false,
                                 written: [(text: String, iso: String?)]? = nil, relativeClauses: Bool = true) -> (text: String, iso: String?)? {
        let anchor = published.flatMap(day(fromISO:))
        // "signed a memorandum and agreed to hold a summit in August": an event that
        // took place takes no date from a clause about what is to come.
        // "said on Friday he would meet X on Sunday": the day of saying dates no plan.
        let original = sentence
        let sentence = planned ? withoutDayOfSaying(sentence) : withoutClausesToCome(sentence)
        let lower = sentence.lowercased()
        // "since taking office in June 2025": where a period starts (or ends) dates no event.
        if let written = (written ?? dates(in: sentence)).first(where: { (sentence.holds($0.text) || planned && !original.holds($0.text)) && !isBoundOfPeriod($0.text, in: sentence) && (relativeClauses || !isInRelativeClause($0.text, of: sentence)) }) {
            if let iso = written.iso { return (written.text, iso) }
            // No year: the article's, or last year's for a past event dated well after publication.
            guard let anchor, let (month, dayOfMonth) = monthAndDay(written.text) else { return (written.text, nil) }
            var year = anchor.year
            if lower.holds("last year") { year -= 1 } else if !planned, let date = components(year, month, dayOfMonth),
                                                              date.timeIntervalSince(anchor.date) > 31 * 86_400 { year -= 1 }
            return (written.text, dayOfMonth.map { String(format: "%04d-%02d-%02d", year, month, $0) } ?? String(format: "%04d-%02d", year, month))
        }
        guard let (phrase, resolve) = relativePhrase(in: lower, of: sentence, planned: planned) else { return nil }
        // The phrase as the sentence writes it ("on Monday", not "on monday").
        let found = sentence.range(of: phrase, options: .caseInsensitive)
        let written = found.map { String(sentence[$0]) } ?? phrase
        // "since the start of the war in February": no more the event's than a full date there.
        guard !isBoundOfPeriod(written, in: sentence), relativeClauses || !isInRelativeClause(written, of: sentence) else { return nil }
        let iso = anchor.flatMap(resolve)
        // "on his second visit this year, met X in May": a month of that year later on says more.
        if let year = iso, year.count == 4, let found, let anchor, case let rest = String(sentence[found.upperBound...]),
           let (finer, resolveFiner) = relativePhrase(in: rest.lowercased(), of: rest, planned: planned),
           let month = resolveFiner(anchor), month.hasPrefix(year + "-"),
           let at = rest.range(of: finer, options: .caseInsensitive), case let text = String(rest[at]),
           !isBoundOfPeriod(text, in: sentence), relativeClauses || !isInRelativeClause(text, of: sentence) {
            return (text, month)
        }
        return (written, iso)
    }

    /// The sentence without its clauses about what is to come, each up to the next
    /// comma or a word that opens another clause ("when", "but"): "who will visit
    /// Lima in May", "and agreed to hold a summit in August", "that their ministers
    /// would meet next month".
    static func withoutClausesToCome(_ sentence: String) -> String {
        guard sentence.holds(" to ") || sentence.holds("will ") || sentence.holds("Will ") || sentence.holds(" would ") else { return sentence }
        let text = NSMutableString(string: sentence)
        let clauses = clauseToCome.matches(in: sentence, range: NSRange(location: 0, length: text.length))
        for clause in clauses.reversed() { text.replaceCharacters(in: clause.range, with: "") }
        return String(text)
    }

    /// The sentence without the day a verb of saying gives: "said on Friday",
    /// "told reporters on Friday".
    static func withoutDayOfSaying(_ sentence: String) -> String {
        // "SEOUL, Dec 5 (Yonhap) -- X will visit": the dateline's day is the report's.
        var sentence = sentence
        if let first = sentence.unicodeScalars.first, first.properties.isUppercase, sentence.prefix(48).holds(", "),
           let dateline = datelineDate.firstMatch(in: sentence, range: NSRange(location: 0, length: (sentence as NSString).length)) {
            sentence = (sentence as NSString).replacingCharacters(in: dateline.range(at: 1), with: "")
        }
        guard sentence.holds("said ") || sentence.holds("told ") || sentence.holds("announced ") else { return sentence }
        let text = NSMutableString(string: sentence)
        for match in dayOfSaying.matches(in: sentence, range: NSRange(location: 0, length: text.length)).reversed() {
            text.replaceCharacters(in: match.range(at: 1), with: "")
        }
        return String(text)
    }

    /// A dateline's place and date: "SEOUL, Dec 5", "YEREVAN, December 3.",
    /// "ABU DHABI, 4th December, 2025".
    private static let datelineDate = try! NSRegularExpression(
        pattern: #"^\p{Lu}[\p{L} .'’-]{1,40},\s+((?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?)(?![\p{L}\p{N}])"#)

    private static let dayOfSaying = try! NSRegularExpression(
        pattern: #"\b(?:said|told\s+(?:\p{Ll}+\s+){1,2}|announced)(\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday))\b"#, options: [.caseInsensitive])

    private static let clauseToCome = try! NSRegularExpression(
        pattern: #"\b(?:will|shall|would|(?:agreed|agrees?|plans?|planned|planning|intends?|intended|expected|scheduled|set|is|are)\s+to(?=\s+\p{Ll}))\b[^,;]*?(?=[,;]|\s+(?:when|while|but|because|although|whereas)\b|$)"#, options: [.caseInsensitive])

    /// The relative clauses after a comma, each up to the next comma, as UTF-16
    /// ranges: "who took office in May" in "met B, who took office in May, in Lima",
    /// "which A said would consolidate the truce reached in July". A "which" with
    /// no subject of its own may tell of the event itself ("talks, which opened on
    /// Monday"), so only one with its own subject is taken.
    static func relativeClauses(in sentence: String) -> [NSRange] {
        guard sentence.holds(", wh") else { return [] }
        let text = UTF16Text(sentence)
        var clauses: [NSRange] = []
        var from = 0
        while case let comma = text.range(of: ", wh", range: NSRange(location: from, length: text.length - from)), comma.location != NSNotFound {
            from = NSMaxRange(comma)
            let start = comma.location + 2
            let words = text.substring(from: start).split(separator: " ", maxSplits: 2)
            guard let first = words.first?.lowercased() else { continue }
            let ownSubject = words.count > 1 && (words[1].first?.isUppercase == true || ["he", "she", "they", "the", "it", "both"].contains(words[1].lowercased()))
            guard first == "who" || first == "whose" || first == "which" && ownSubject else { continue }
            let rest = NSRange(location: start, length: text.length - start)
            let end = [",", ";"].map { text.range(of: $0, range: rest).location }.filter { $0 != NSNotFound }.min() ?? text.length
            clauses.append(NSRange(location: start, length: end - start))
        }
        return clauses
    }

    /// True when a date stands in one of the sentence's relative clauses.
    private static func isInRelativeClause(_ date: String, of sentence: String) -> Bool {
        let clauses = relativeClauses(in: sentence)
        guard !clauses.isEmpty else { return false }
        let found = UTF16Text(sentence).range(of: date)
        return found.location != NSNotFound && clauses.contains { NSIntersectionRange($0, found).length > 0 }
    }

    /// True when "since" stands before a date in its clause: "since taking office in
    /// June 2025", "since January 2024", "since the start of the conflict in
    /// Ukraine in February 2022"; or "through", "until" right before it.
    private static func isBoundOfPeriod(_ date: String, in sentence: String) -> Bool {
        guard let range = sentence.range(of: date) else { return false }
        let before = sentence[..<range.lowerBound]
        let clause = before.lastIndex { ",;—(".contains($0) }.map { before[before.index(after: $0)...] } ?? before
        let words = clause.lowercased().split { !$0.isLetter }
        // "on a state visit through Friday": where a period ends dates no event either.
        return words.contains("since") || words.last.map { ["through", "until", "till"].contains(String($0)) } == true
    }

    /// Words before a month named without a day or year: "last July", "in March".
    private static let monthBefore: Set<String> = ["last", "next", "in", "early", "late", "mid"]

    /// The counts of days before "days earlier" or "days ago".
    private static let daysCounted = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6]

    private static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// A relative date phrase of a lower-cased sentence and how to resolve it.
    private static func relativePhrase(in lower: String, of sentence: String, planned: Bool) -> (String, (Anchor) -> String?)? {
        let words = lower.letterRuns().map(String.init)
        for (index, word) in words.enumerated() {
            let previous = index > 0 ? words[index - 1] : ""
            if words[max(0, index - 4)..<index].contains("since") { continue }
            if let month = months.firstIndex(of: word).map({ $0 + 1 }), monthBefore.contains(previous),
               sentence.letterRuns().dropFirst(index).first?.first?.isUppercase == true {
                return ("\(previous) \(word)", { anchor in
                    let year: Int
                    switch previous {
                    case "last": year = month < anchor.month ? anchor.year : anchor.year - 1
                    case "next": year = month > anchor.month ? anchor.year : anchor.year + 1
                    // "in July": the coming one for an announced event, else the latest.
                    default: year = planned ? (month >= anchor.month ? anchor.year : anchor.year + 1) : (month <= anchor.month ? anchor.year : anchor.year - 1)
                    }
                    return String(format: "%04d-%02d", year, month)
                })
            }
            if let weekday = weekdays.firstIndex(of: word) {
                // "last Friday" is the one before; "next Friday" and a planned event's
                // "on Friday" lie ahead; otherwise the latest on or before publication.
                let direction = previous == "last" ? -2 : previous == "next" || planned ? 1 : -1
                let phrase = ["last", "next", "on", "this"].contains(previous) ? "\(previous) \(word)" : word
                return (phrase, { anchor in anchor.weekday(weekday + 1, direction: direction) })
            }
            switch word {
            case "yesterday": return (word, { $0.shifted(days: -1) })
            case "today": return (word, { $0.shifted(days: 0) })
            case "tomorrow": return (word, { $0.shifted(days: 1) })
            default: break
            }
            guard index + 1 < words.count else { continue }
            let next = words[index + 1]
            switch (word, next) {
            case ("this", "month"): return ("this month", { String(format: "%04d-%02d", $0.year, $0.month) })
            case ("last", "month"): return ("last month", { $0.month == 1 ? String(format: "%04d-12", $0.year - 1) : String(format: "%04d-%02d", $0.year, $0.month - 1) })
            case ("this", "year"): return ("this year", { String(format: "%04d", $0.year) })
            case ("last", "year"): return ("last year", { String(format: "%04d", $0.year - 1) })
            case ("next", "month"): return ("next month", { $0.month == 12 ? String(format: "%04d-01", $0.year + 1) : String(format: "%04d-%02d", $0.year, $0.month + 1) })
            case ("next", "year"): return ("next year", { String(format: "%04d", $0.year + 1) })
            // A week is no calendar date: for an announced event the phrase stays text.
            case ("next", "week") where planned, ("this", "week") where planned: return ("\(word) week", { _ in nil })
            // "a day earlier", "two days ago", "the previous day": days before publication.
            case ("day", "earlier"), ("day", "ago"), ("days", "earlier"), ("days", "ago"):
                guard let count = daysCounted[previous], (count == 1) == (word == "day") else { continue }
                return ("\(previous) \(word) \(next)", { $0.shifted(days: -count) })
            case ("previous", "day") where previous == "the": return ("the previous day", { $0.shifted(days: -1) })
            default: continue
            }
        }
        return nil
    }

    /// The month and (if written) day of a date as written ("Jan. 11", "11 January").
    private static func monthAndDay(_ text: String) -> (Int, Int?)? {
        let words = text.letterRuns(digits: true).map(String.init)
        guard let month = words.lazy.compactMap(Self.month).first else { return nil }
        return (month, words.lazy.compactMap(dayOrYear).first { $0 <= 31 })
    }

    /// A number as a date writes it, an ordinal's ending dropped: "5th" → 5.
    private static func dayOrYear(_ word: String) -> Int? {
        Int(word) ?? (["st", "nd", "rd", "th"].contains(String(word.suffix(2))) ? Int(word.dropLast(2)) : nil)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static func components(_ year: Int, _ month: Int, _ day: Int?) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: day ?? 1))
    }

    /// A publication day to resolve relative dates against.
    struct Anchor {
        var date: Date
        var year: Int { DateText.calendar.component(.year, from: date) }
        var month: Int { DateText.calendar.component(.month, from: date) }

        func shifted(days: Int) -> String? {
            DateText.calendar.date(byAdding: .day, value: days, to: date).map(DateText.iso)
        }

        /// The weekday (1 = Sunday) on or before the anchor (-1), strictly before
        /// it (-2), or on or after it (1).
        func weekday(_ weekday: Int, direction: Int) -> String? {
            let today = DateText.calendar.component(.weekday, from: date)
            switch direction {
            case 1: return shifted(days: (weekday - today + 7) % 7)
            case -2: return shifted(days: -((today - weekday + 6) % 7 + 1))
            default: return shifted(days: -((today - weekday + 7) % 7))
            }
        }
    }

    private static func day(fromISO iso: String) -> Anchor? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = components(parts[0], parts[1], parts[2]) else { return nil }
        return Anchor(date: date)
    }

    private static func iso(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
