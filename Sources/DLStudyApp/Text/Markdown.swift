import TUIKit

/// Renders the lesson Markdown subset into wrapped, styled lines: `#`/`##` headings, paragraphs,
/// `- ` and `1. ` lists, `> ` callouts, and inline `**strong**`, `*emphasis*`, `` `code` `` and
/// `$math$` (converted by `MathText`). Input is sanitised first.
public enum Markdown {
    /// Renders `source` into lines of at most `width` columns.
    public static func render(_ source: String, width: Int, ascii: Bool = false) -> [[Span]] {
        let text = Sanitizer.clean(source, keepNewlines: true)
        var out: [[Span]] = []
        var paragraph: [String] = []
        var item: (marker: String, text: String)? = nil
        func flush() {
            if let (marker, rest) = item {
                let indent = String(repeating: " ", count: DisplayWidth.of(marker))
                out += Wrap.spans([Span(marker, .accent)] + inline(rest), width: width, indent: indent)
                item = nil
            }
            guard !paragraph.isEmpty else { return }
            out += Wrap.spans(inline(paragraph.joined(separator: " ")), width: width)
            paragraph = []
        }
        func blank() {
            if let last = out.last, !last.isEmpty { out.append([]) }
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flush(); blank(); continue
            }
            if isDisplayMath(trimmed) {
                // A line that is only a formula stands on its own line, indented.
                flush()
                let latex = trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "$"))
                out += Wrap.spans([Span(MathText.render(latex), .accent)], width: max(1, width - 2)).map { [Span("  ")] + $0 }
                continue
            }
            if let heading = headingText(trimmed) {
                flush(); blank()
                out += Wrap.spans([Span(heading, .heading)], width: width)
                continue
            }
            if let (marker, rest) = listItem(trimmed, ascii: ascii) {
                flush()
                item = (marker, rest)
                continue
            }
            if item != nil, line.hasPrefix(" ") {
                // An indented line continues the list item above it.
                item?.text += " " + trimmed
                continue
            }
            if trimmed.hasPrefix(">") {
                flush()
                let rest = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
                let bar = ascii ? "| " : "│ "
                let wrapped = Wrap.spans(inline(rest).map { Span($0.text, $0.role == .normal ? .quote : $0.role) },
                                         width: max(1, width - 2))
                out += wrapped.map { [Span(bar, .quote)] + $0 }
                continue
            }
            paragraph.append(trimmed)
        }
        flush()
        while let last = out.last, last.isEmpty { out.removeLast() }
        return out
    }

    /// Whether a line is one `$...$` (or `$$...$$`) formula and nothing else.
    static func isDisplayMath(_ line: String) -> Bool {
        guard line.count > 2, line.hasPrefix("$"), line.hasSuffix("$") else { return false }
        let inner = line.trimmingCharacters(in: CharacterSet(charactersIn: "$"))
        return !inner.isEmpty && !inner.contains("$")
    }

    static func headingText(_ line: String) -> String? {
        guard line.hasPrefix("#") else { return nil }
        let rest = line.drop { $0 == "#" }
        guard rest.hasPrefix(" ") else { return nil }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    static func listItem(_ line: String, ascii: Bool) -> (String, String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") {
            return (ascii ? "- " : "• ", String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return ("\(digits). ", String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// Splits inline markup into styled spans.
    public static func inline(_ text: String) -> [Span] {
        var spans: [Span] = []
        var current = ""
        var role: StyleRole = .normal
        let chars = Array(text)
        var i = 0
        func emit() {
            if !current.isEmpty { spans.append(Span(current, role)); current = "" }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "`", let end = chars[(i + 1)...].firstIndex(of: "`") {
                emit()
                spans.append(Span(String(chars[(i + 1)..<end]), .code))
                i = end + 1
                continue
            }
            if c == "$", let end = chars[(i + 1)...].firstIndex(of: "$"), end > i + 1 {
                emit()
                spans.append(Span(MathText.render(String(chars[(i + 1)..<end])), .accent))
                i = end + 1
                continue
            }
            if c == "*", i + 1 < chars.count, chars[i + 1] == "*" {
                emit()
                role = role == .strong ? .normal : .strong
                i += 2
                continue
            }
            if c == "*", role != .strong, (role == .emphasis || chars[(i + 1)...].contains("*")) {
                emit()
                role = role == .emphasis ? .normal : .emphasis
                i += 1
                continue
            }
            current.append(c)
            i += 1
        }
        emit()
        return spans
    }
}

import Foundation
