/// Text made safe for XML 1.0 and HTML, in content and in quoted attribute values:
/// markup characters as entities, line breaks and tabs kept as character references,
/// and the control characters XML forbids dropped.
func markupEscaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\n": out += "&#10;"
        case "\r": out += "&#13;"
        case "\t": out += "&#9;"
        case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
