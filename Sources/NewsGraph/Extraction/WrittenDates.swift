import Foundation

/// A date as an article writes it: "November 9, 2020", "9 November", "Jan. 11",
/// "October 2020". Ranges are UTF-16 ranges of the text.
struct WrittenDate {
    let range: NSRange
    /// The month's first three letters.
    let month: NSRange
    let day: NSRange?
    let year: NSRange?
}

extension ScalarText {
    /// The walk that finds written dates as the pattern
    /// `\b(?:(MONTH)[a-z]*\.?\s+(\d{1,2})(?:ORD)?\b(?:,?\s+(\d{4}))?|(\d{1,2})(?:ORD)?\s+(MONTH)[a-z]*\.?(?:,?\s+(\d{4}))?|(MONTH)[a-z]*\s+(\d{4}))\b`
    /// would, MONTH being the months' abbreviations ("Jan" … "Dec", "Sept") and
    /// ORD an ordinal's ending ("5th December", "December 5th").
    func writtenDates() -> [WrittenDate] {
        leftToRight { start in
            // A date starts with a digit or a month's capital: most positions are neither.
            guard isDigit(start) || Self.monthInitials.contains(scalars[start]), isBoundary(start) else { return nil }
            return monthFirst(at: start) ?? dayFirst(at: start) ?? monthAndYear(at: start)
        }
    }

    /// "November 9, 2020", "Jan. 11".
    private func monthFirst(at start: Int) -> (WrittenDate, end: Int)? {
        guard let monthEnd = monthEnd(at: start) else { return nil }
        var at = skip(from: monthEnd, while: isLowercaseASCII)
        if at < count, scalars[at] == "." { at += 1 }
        guard let day = spaces(at: at), let digits = digitsEnd(at: day, most: 2), case let dayEnd = ordinalEnd(at: digits), isBoundary(dayEnd) else { return nil }
        if let (year, yearEnd) = year(after: dayEnd), isBoundary(yearEnd) {
            return (WrittenDate(range: range(start, yearEnd), month: range(start, start + 3), day: range(day, digits), year: range(year, yearEnd)), yearEnd)
        }
        return (WrittenDate(range: range(start, dayEnd), month: range(start, start + 3), day: range(day, digits), year: nil), dayEnd)
    }

    /// "9 November 2020", "9 Nov.".
    private func dayFirst(at start: Int) -> (WrittenDate, end: Int)? {
        guard let dayEnd = digitsEnd(at: start, most: 2), let month = spaces(at: ordinalEnd(at: dayEnd)), let monthEnd = monthEnd(at: month) else { return nil }
        let letters = skip(from: monthEnd, while: isLowercaseASCII)
        // With the dot, then without; with the year, then without; a boundary after.
        var ends = [letters]
        if letters < count, scalars[letters] == "." { ends.insert(letters + 1, at: 0) }
        for end in ends {
            if let (year, yearEnd) = year(after: end), isBoundary(yearEnd) {
                return (WrittenDate(range: range(start, yearEnd), month: range(month, month + 3), day: range(start, dayEnd), year: range(year, yearEnd)), yearEnd)
            }
            if isBoundary(end) {
                return (WrittenDate(range: range(start, end), month: range(month, month + 3), day: range(start, dayEnd), year: nil), end)
            }
        }
        return nil
    }

    /// "October 2020".
    private func monthAndYear(at start: Int) -> (WrittenDate, end: Int)? {
        guard let monthEnd = monthEnd(at: start), let year = spaces(at: skip(from: monthEnd, while: isLowercaseASCII)),
              let yearEnd = digitsEnd(at: year, least: 4, most: 4), isBoundary(yearEnd) else { return nil }
        return (WrittenDate(range: range(start, yearEnd), month: range(start, start + 3), day: nil, year: range(year, yearEnd)), yearEnd)
    }

    /// Where an ordinal's ending after a day's digits ends ("5th", "1st", "22nd",
    /// "3rd"): `position` itself when there is none.
    private func ordinalEnd(at position: Int) -> Int {
        Self.ordinalEndings.contains { holds($0, at: position) } ? position + 2 : position
    }

    private static let ordinalEndings = ["st", "nd", "rd", "th"].map { Array($0.unicodeScalars) }

    /// `,?\s+(\d{4})` at `position`: the year's start and end.
    private func year(after position: Int) -> (start: Int, end: Int)? {
        guard let year = spaces(at: position < count && scalars[position] == "," ? position + 1 : position),
              let end = digitsEnd(at: year, least: 4, most: 4) else { return nil }
        return (year, end)
    }

    /// Where a month's abbreviation at `position` ends.
    private func monthEnd(at position: Int) -> Int? {
        Self.monthAbbreviations.contains { holds($0, at: position) } ? position + 3 : nil
    }

    /// Where `least` to `most` digits at `position` end, taking as many as there are;
    /// nil when fewer than `least`.
    private func digitsEnd(at position: Int, least: Int = 1, most: Int) -> Int? {
        var end = position
        while end < count, end - position < most, isDigit(end) { end += 1 }
        return end - position >= least ? end : nil
    }

    private func isLowercaseASCII(_ position: Int) -> Bool {
        scalars[position].value >= 0x61 && scalars[position].value <= 0x7A
    }

    private static let monthInitials: Set<Unicode.Scalar> = Set(monthAbbreviations.map { $0[0] })
    private static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map { Array($0.unicodeScalars) }
}
