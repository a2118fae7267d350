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
