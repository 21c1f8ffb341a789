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

    /// Cleans text for a line-oriented output stream (standard output or error, not a curses
    /// screen): newlines and tabs stay, every other control character becomes U+FFFD.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControlScalar($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        var out = ""
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\t" {
                out.append(character == "\t" ? "\t" : "\n")
            } else if isControl(character) {
                out.append(replacement)
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// True when the cluster contains a C0/C1 control, DEL or a bidi override that could change how
    /// the terminal draws what follows.
    public static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains(where: isControlScalar)
    }

    /// A C0/C1 control, DEL, a bidi embedding/override/isolate, or a line/paragraph separator.
    public static func isControlScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x2028 || v == 0x2029
    }
}
