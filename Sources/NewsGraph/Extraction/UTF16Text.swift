import Foundation

/// A sentence's text addressed by UTF-16 offsets, as pattern matches report them.
///
/// It answers what the rules asked of `NSString` (length, substrings, a code unit,
/// a search) straight from the Swift string: on Linux every `NSString` call
/// converted the string again, and that was a tenth of the extraction time.
struct UTF16Text {
    let string: String
    /// The length in UTF-16 code units.
    let length: Int

    init(_ string: String) {
        self.string = string
        length = string.utf16.count
    }

    /// The string index at a UTF-16 offset.
    func index(_ offset: Int) -> String.Index {
        // As `String.Index(utf16Offset:in:)`, without its generic, unspecialised path.
        string.utf16.index(string.utf16.startIndex, offsetBy: offset)
    }

    /// The text of a UTF-16 range.
    func substring(with range: NSRange) -> String {
        String(string[index(range.location)..<index(NSMaxRange(range))])
    }

    /// The text before a UTF-16 offset.
    func substring(to offset: Int) -> String {
        String(string[..<index(offset)])
    }

    /// The text from a UTF-16 offset on.
    func substring(from offset: Int) -> String {
        String(string[index(offset)...])
    }

    /// The UTF-16 code unit at an offset.
    func character(at offset: Int) -> unichar {
        string.utf16[index(offset)]
    }

    /// The number of Unicode scalars before a UTF-16 offset.
    func scalarCount(to offset: Int) -> Int {
        string.unicodeScalars.distance(from: string.startIndex, to: index(offset))
    }

    /// The first place of `needle` within `range` (the whole text when nil),
    /// compared byte by byte, ASCII letters in either case with `.caseInsensitive`;
    /// `location` is `NSNotFound` when it is not there.
    func range(of needle: String, options: NSString.CompareOptions = [], range: NSRange? = nil) -> NSRange {
        let foldsCase = options.contains(.caseInsensitive)
        func folded(_ byte: UInt8) -> UInt8 { foldsCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        let haystack = string.utf8
        let pattern = needle.utf8.map(folded)
        let range = range ?? NSRange(location: 0, length: length)
        guard let first = pattern.first else { return NSRange(location: NSNotFound, length: 0) }
        var position = index(range.location)
        let end = index(NSMaxRange(range))
        while position < end {
            guard let start = haystack[position..<end].firstIndex(where: { folded($0) == first }) else { break }
            if let stop = haystack.index(start, offsetBy: pattern.count, limitedBy: end),
               haystack[start..<stop].lazy.map(folded).elementsEqual(pattern) {
                let location = string.utf16.distance(from: string.startIndex, to: start)
                return NSRange(location: location, length: string.utf16.distance(from: start, to: stop))
            }
            position = haystack.index(after: start)
        }
        return NSRange(location: NSNotFound, length: 0)
    }
}
