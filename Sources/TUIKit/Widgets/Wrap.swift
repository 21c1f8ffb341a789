/// Word wrapping by display width: breaks at spaces, and inside a word only when the word alone is
/// wider than the line. Works for Korean (spaces between words) and for mixed scripts.
public enum Wrap {
    /// Wraps plain text (one paragraph, no newlines) into lines of at most `width` columns.
    public static func lines(_ text: String, width: Int) -> [String] {
        spans([Span(text)], width: width).map { $0.map(\.text).joined() }
    }

    /// Wraps styled text into lines of at most `width` columns, keeping each piece's role.
    /// `indent` is prepended to every line after the first (hanging indent for list items).
    public static func spans(_ input: [Span], width: Int, indent: String = "") -> [[Span]] {
        guard width > 0 else { return [] }
        // Split into words and spaces, keeping roles.
        var tokens: [(text: String, role: StyleRole, isSpace: Bool)] = []
        for span in input {
            let scalars = span.text.unicodeScalars
            if scalars.allSatisfy({ DisplayWidth.standaloneWidth($0.value) > 0 }) {
                // Every scalar is a cluster of its own: cut the text at scalar positions, no
                // character-by-character building (the same tokens as below).
                var start = scalars.startIndex, i = start
                var startIsSpace: Bool? = nil
                while i != scalars.endIndex {
                    let isSpace = scalars[i] == " "
                    if let c = startIsSpace, c != isSpace {
                        tokens.append((String(span.text[start..<i]), span.role, c))
                        start = i
                    }
                    startIsSpace = isSpace
                    scalars.formIndex(after: &i)
                }
                if let c = startIsSpace, start != scalars.endIndex { tokens.append((String(span.text[start...]), span.role, c)) }
                continue
            }
            var current = ""
            var currentIsSpace: Bool? = nil
            for ch in span.text {
                let isSpace = ch == " "
                if let c = currentIsSpace, c != isSpace {
                    tokens.append((current, span.role, c))
                    current = ""
                }
                current.append(ch)
                currentIsSpace = isSpace
            }
            if let c = currentIsSpace, !current.isEmpty { tokens.append((current, span.role, c)) }
        }
        var lines: [[Span]] = []
        var line: [Span] = []
        var used = 0
        let indentWidth = min(DisplayWidth.of(indent), max(0, width - 1))
        func newLine() {
            lines.append(line)
            line = indentWidth > 0 ? [Span(String(repeating: " ", count: indentWidth))] : []
            used = indentWidth
        }
        func append(_ text: String, _ role: StyleRole) {
            if let last = line.last, last.role == role {
                line[line.count - 1].text += text
            } else {
                line.append(Span(text, role))
            }
            used += DisplayWidth.of(text)
        }
        for token in tokens {
            let w = DisplayWidth.of(token.text)
            if token.isSpace {
                if used == 0 || used == indentWidth && !lines.isEmpty { continue }
                if used + w <= width { append(token.text, token.role) } else { newLine() }
                continue
            }
            if used + w <= width {
                append(token.text, token.role)
                continue
            }
            // Drop trailing spaces of the full line before breaking.
            if let last = line.last, last.text.hasSuffix(" ") {
                var t = last.text
                while t.hasSuffix(" ") { t.removeLast(); used -= 1 }
                if t.isEmpty { line.removeLast() } else { line[line.count - 1].text = t }
            }
            if used > indentWidth || (used > 0 && indentWidth == 0) { newLine() }
            var rest = token.text
            while DisplayWidth.of(rest) > width - used {
                let room = width - used
                let head = DisplayWidth.prefix(rest, fitting: room)
                if head.isEmpty { break }
                append(head, token.role)
                rest = String(rest.dropFirst(head.count))
                newLine()
            }
            if !rest.isEmpty { append(rest, token.role) }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        // Trim trailing spaces on every line.
        return lines.map { l in
            var l = l
            while let last = l.last, last.text.hasSuffix(" ") {
                var t = last.text
                while t.hasSuffix(" ") { t.removeLast() }
                if t.isEmpty { l.removeLast() } else { l[l.count - 1].text = t; break }
            }
            return l
        }
    }
}
