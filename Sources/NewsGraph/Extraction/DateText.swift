import Foundation

/// Dates written in articles and metadata, normalised to ISO 8601.
public enum DateText {
    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]

    /// The month number of a month name or its abbreviation ("Sept.", "Jan").
    public static func month(_ word: String) -> Int? {
        let w = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        guard w.count >= 3 else { return nil }
        if w == "sept" { return 9 }
        return months.firstIndex { $0 == w || ($0.hasPrefix(w) && w.count <= 4) }.map { $0 + 1 }
    }

    /// "November 9, 2020", "Jan. 11", "9 November 2020", "November 2020".
    static let writtenDate = try! NSRegularExpression(
        pattern: #"\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b(?:,?\s+(\d{4}))?|(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(\d{4}))?|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s+(\d{4}))\b"#)

    /// The dates written in a text, in order: ISO when the year is known (a date
    /// without one takes the year of the next date in the list that has one:
    /// "November 9, 2020 and January 11 and November 26, 2021"), else the text as written.
    public static func dates(in text: String) -> [(text: String, iso: String?)] {
        let ns = text as NSString
        var found: [(text: String, month: Int, day: Int?, year: Int?, range: NSRange)] = []
        for match in writtenDate.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            func group(_ i: Int) -> String? { match.range(at: i).location == NSNotFound ? nil : ns.substring(with: match.range(at: i)) }
            if let m = group(1).flatMap(month) {
                found.append((ns.substring(with: match.range), m, group(2).flatMap { Int($0) }, group(3).flatMap { Int($0) }, match.range))
            } else if let m = group(5).flatMap(month) {
                found.append((ns.substring(with: match.range), m, group(4).flatMap { Int($0) }, group(6).flatMap { Int($0) }, match.range))
            } else if let m = group(7).flatMap(month) {
                found.append((ns.substring(with: match.range), m, nil, group(8).flatMap { Int($0) }, match.range))
            }
        }
        var year: Int?
        var next: NSRange?
        var result: [(text: String, iso: String?)] = []
        for date in found.reversed() {
            // The year carries back only through a list: "May 5 and June 6, 2020".
            if let following = next {
                let gap = ns.substring(with: NSRange(location: NSMaxRange(date.range), length: following.location - NSMaxRange(date.range)))
                if gap.range(of: #"^\s*(?:,|and|,\s*and)\s*$"#, options: .regularExpression) == nil { year = nil }
            }
            if let own = date.year { year = own }
            next = date.range
            let y = date.year ?? year
            let iso = y.map { y in date.day.map { String(format: "%04d-%02d-%02d", y, date.month, $0) } ?? String(format: "%04d-%02d", y, date.month) }
            result.insert((date.text, iso), at: 0)
        }
        return result
    }

    /// An ISO date (`2021-01-11`, `2021-01`, `2021`) from metadata text such as
    /// `2021-01-11T09:00:00Z`, `2021-01-11` or `January 11, 2021`; nil when unreadable.
    public static func isoDate(_ text: String) -> String? {
        let s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let match = s.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) { return String(s[match]) }
        if let match = s.range(of: #"^\d{4}-\d{2}$"#, options: .regularExpression) { return String(s[match]) }
        if s.range(of: #"^\d{4}$"#, options: .regularExpression) != nil { return s }
        let words = s.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var day: Int?, month: Int?, year: Int?
        for word in words {
            if let m = Self.month(word) { month = m } else if let n = Int(word) {
                if n > 31 { year = n } else if day == nil { day = n }
            }
        }
        guard let year else { return nil }
        guard let month else { return String(format: "%04d", year) }
        guard let day else { return String(format: "%04d-%02d", year, month) }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
