/// Makes text from files safe to draw: control characters (ESC included) become U+FFFD, tabs expand
/// to spaces, carriage returns are dropped, newlines are kept only when asked.
public enum Sanitizer {
    /// The replacement drawn for a control character.
    public static let replacement: Character = "\u{FFFD}"

    /// Cleans `text`; `keepNewlines` keeps `\n` (for multi-line prose), `tabWidth` sets tab stops.
    public static func clean(_ text: String, keepNewlines: Bool = false, tabWidth: Int = 4) -> String {
        var out = ""
        var column = 0
        for character in text {
            if character == "\n" || character == "\r\n" {
                if keepNewlines { out.append("\n"); column = 0 } else { out.append(" "); column += 1 }
                continue
            }
            if character == "\r" { continue }
            if character == "\t" {
                let spaces = tabWidth - column % tabWidth
                out += String(repeating: " ", count: spaces)
                column += spaces
                continue
            }
            if isControl(character) {
                out.append(replacement)
                column += 1
                continue
            }
            out.append(character)
            column += DisplayWidth.of(character)
        }
        return out
    }

    /// True when the cluster contains a C0/C1 control, DEL or a bidi override that could change how
    /// the terminal draws what follows.
    public static func isControl(_ character: Character) -> Bool {
        for scalar in character.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
            if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        }
        return false
    }
}
