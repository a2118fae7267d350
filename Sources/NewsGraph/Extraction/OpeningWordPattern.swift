import Foundation

/// A pattern whose every match opens with one of a few words: it is tried only
/// where those words stand, not at every position of the sentence.
///
/// ICU tries a pattern at every position of the text, and a pattern that opens
/// with many alternatives or a look-behind cannot skip any: for the triggers of
/// events that was the largest single cost of a sentence. The opening words must
/// be every word a match can open with: the tests check each pattern so searched
/// against the same pattern searched everywhere.
struct OpeningWordPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and safe to share; Foundation does not say so.
    let regex: NSRegularExpression

    /// Where a match can start.
    enum Opening: Sendable {
        /// At one of these words, whole: no ASCII letter right before or after it
        /// (lower case, ASCII letters; the text's may be in any case).
        case word([String])
        /// Right after one of these words and one space: a look-behind's words.
        case afterWord([String])
    }

    /// The pattern, case-insensitive as `Extractor.pattern` makes them unless
    /// `options` say otherwise.
    init(_ pattern: String, options: NSRegularExpression.Options = [.caseInsensitive], opening: Opening) {
        regex = try! NSRegularExpression(pattern: pattern, options: options)
        let words: [String]
        switch opening {
        case .word(let list): (words, startsAfterWord) = (list, false)
        case .afterWord(let list): (words, startsAfterWord) = (list, true)
        }
        var byInitial = [[[UInt8]]](repeating: [], count: 26)
        for word in Set(words).sorted() {
            let bytes = Array(word.utf8)
            precondition(bytes.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, "an opening word is lower-case ASCII letters: \(word)")
            byInitial[Int(bytes[0] - 0x61)].append(bytes)
        }
        openingsByInitial = byInitial
    }

    /// The opening words as bytes, by their first letter: a word of the text is
    /// compared with the few that start as it does, without making a string of it.
    private let openingsByInitial: [[[UInt8]]]
    /// True when a match starts after its opening word and a space.
    // Kept as a flag, not as the `Opening` it was made from: a payload behind an
    // enum's tag bits is a pointer the leak checker cannot follow.
    private let startsAfterWord: Bool

    /// The first match that starts at or after the UTF-16 offset `from`, in the
    /// text up to `end` (the whole when nil): the text before `from` is seen by
    /// look-behinds and boundaries, as with transparent bounds, and the text is
    /// seen as if it stopped at `end`, as with opaque ones.
    func firstMatch(in sentence: Sentence, from: Int = 0, upTo end: Int? = nil) -> NSTextCheckingResult? {
        let text = sentence.scalars
        let length = text.range(0, text.count).length
        let end = end ?? length
        let string = end == length ? sentence.text : UTF16Text(sentence.text).substring(to: end)
        // A few places are each tried alone; past that one search from the first of
        // them costs less than handing the text to ICU again for each.
        var starts: [Int] = []
        forEachStart(in: text, upTo: end) { start in
            if start >= from { starts.append(start) }
            return starts.count <= Self.placesTriedAlone
        }
        guard let first = starts.first else { return nil }
        if starts.count > Self.placesTriedAlone {
            return regex.firstMatch(in: string, options: .withTransparentBounds, range: NSRange(location: first, length: end - first))
        }
        for start in starts {
            if let match = regex.firstMatch(in: string, options: [.anchored, .withTransparentBounds], range: NSRange(location: start, length: end - start)) {
                return match
            }
        }
        return nil
    }

    private static let placesTriedAlone = 3

    /// Every match, left to right, none overlapping the one before.
    func matches(in sentence: Sentence) -> [NSTextCheckingResult] {
        var found: [NSTextCheckingResult] = []
        var from = 0
        while let match = firstMatch(in: sentence, from: from) {
            found.append(match)
            from = max(NSMaxRange(match.range), match.range.location + 1)
        }
        return found
    }

    /// Calls `body` with the UTF-16 offset of each place a match may start, left
    /// to right, until it returns false; the text is read as if it stopped at the
    /// UTF-16 offset `end`. A place where a match cannot start may be among them
    /// (the pattern tells), but none where one can is left out.
    private func forEachStart(in text: ScalarText, upTo end: Int, _ body: (Int) -> Bool) {
        let scalars = text.scalars
        // Scalars before the UTF-16 offset `end`.
        func inText(_ position: Int) -> Bool { position < scalars.count && text.range(position, position).location < end }
        var position = 0
        while inText(position) {
            guard Self.isASCIILetter(scalars[position]) else { position += 1; continue }
            var wordEnd = position + 1
            while inText(wordEnd), Self.isASCIILetter(scalars[wordEnd]) { wordEnd += 1 }
            if isOpening(scalars[position..<wordEnd]) {
                let start = startsAfterWord ? wordEnd + 1 : position
                if start <= scalars.count, !body(text.range(start, start).location) { return }
            }
            position = wordEnd
        }
    }

    /// True when a run of ASCII letters is an opening word, in any case.
    private func isOpening(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        openingsByInitial[Int((word.first!.value | 0x20) - 0x61)].contains { opening in
            opening.count == word.count && zip(opening, word).allSatisfy { UInt32($0) == $1.value | 0x20 }
        }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.isLetterCategory
    }
}
