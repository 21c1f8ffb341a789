import Foundation

/// A screen captured with `tmux capture-pane -e -p`, read into characters with their SGR state,
/// for comparing what two terminals show cell by cell, colours and attributes included.
struct StyledScreen: Equatable {
    /// The visible SGR state of one character.
    struct Style: Equatable, CustomStringConvertible {
        var bold = false, dim = false, italic = false, underline = false, blink = false, reverse = false
        /// Colours as written ("" = default, "5;16" = 256-colour 16, "31" = basic red, "2;r;g;b" direct).
        var fg = "", bg = ""
        var description: String {
            [bold ? "bold" : nil, dim ? "dim" : nil, italic ? "italic" : nil, underline ? "ul" : nil,
             blink ? "blink" : nil, reverse ? "rev" : nil, fg.isEmpty ? nil : "fg=\(fg)", bg.isEmpty ? nil : "bg=\(bg)"]
                .compactMap { $0 }.joined(separator: ",")
        }
    }
    /// One character of a line and its style.
    struct Glyph: Equatable, CustomStringConvertible {
        var text: Character
        var style: Style
        var description: String { "\(text)[\(style)]" }
    }

    var lines: [[Glyph]]

    /// Reads a capture: SGR sequences change the style, other characters are glyphs.
    init(capture: String) {
        var lines: [[Glyph]] = []
        var style = Style()
        for line in capture.split(separator: "\n", omittingEmptySubsequences: false) {
            var glyphs: [Glyph] = []
            var rest = Substring(line)
            while let c = rest.first {
                if c == "\u{1B}", rest.dropFirst().first == "[", let end = rest.firstIndex(of: "m") {
                    let body = rest[rest.index(rest.startIndex, offsetBy: 2)..<end]
                    Self.apply(String(body), to: &style)
                    rest = rest[rest.index(after: end)...]
                    continue
                }
                glyphs.append(Glyph(text: c, style: style))
                rest = rest.dropFirst()
            }
            lines.append(glyphs)
        }
        self.lines = lines
    }

    /// Applies the parameters of one `ESC [ … m` to `style` (ECMA-48 / xterm meanings).
    static func apply(_ parameters: String, to style: inout Style) {
        var p = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        if p.isEmpty { p = [0] }
        var i = 0
        while i < p.count {
            let n = p[i]
            switch n {
            case 0: style = Style()
            case 1: style.bold = true
            case 2: style.dim = true
            case 3: style.italic = true
            case 4: style.underline = true
            case 5: style.blink = true
            case 7: style.reverse = true
            case 22: style.bold = false; style.dim = false
            case 23: style.italic = false
            case 24: style.underline = false
            case 25: style.blink = false
            case 27: style.reverse = false
            case 30...37, 90...97: style.fg = "\(n)"
            case 39: style.fg = ""
            case 40...47, 100...107: style.bg = "\(n)"
            case 49: style.bg = ""
            case 38, 48:
                var colour = ""
                if i + 2 < p.count, p[i + 1] == 5 { colour = "5;\(p[i + 2])"; i += 2 }
                else if i + 4 < p.count, p[i + 1] == 2 { colour = "2;\(p[i + 2]);\(p[i + 3]);\(p[i + 4])"; i += 4 }
                if n == 38 { style.fg = colour } else { style.bg = colour }
            default: break
            }
            i += 1
        }
    }

    /// What a person sees: a space without underline or reverse video shows only its background
    /// (its foreground, intensity, italic and blink have no ink to show), and blank cells at the
    /// end of a line with the default background look like the empty rest of the line.
    var seen: StyledScreen {
        var copy = self
        copy.lines = lines.map { line in
            var glyphs = line.map { g -> Glyph in
                guard g.text == " ", !g.style.underline, !g.style.reverse else { return g }
                return Glyph(text: " ", style: Style(bg: g.style.bg))
            }
            while let last = glyphs.last, last.text == " ", last.style == Style() { glyphs.removeLast() }
            return glyphs
        }
        while let last = copy.lines.last, last.isEmpty { copy.lines.removeLast() }
        return copy
    }

    /// The first line where two screens differ, described, or nil when they are the same.
    func firstDifference(from other: StyledScreen) -> String? {
        for y in 0..<max(lines.count, other.lines.count) {
            let a = y < lines.count ? lines[y] : [], b = y < other.lines.count ? other.lines[y] : []
            guard a != b else { continue }
            let column = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let show = { (l: [Glyph]) in l.dropFirst(max(0, column - 2)).prefix(6).map(\.description).joined(separator: " ") }
            return "line \(y + 1), character \(column + 1): \(show(a)) | \(show(b))"
        }
        return nil
    }
}
