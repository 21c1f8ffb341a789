import DLContent
import DLStudyApp

/// Anki's plain-text import format: header lines (`#separator:tab`, `#html:true`, `#tags column:3`),
/// then one note per line: front (prompt and choices), back (answer and explanation), tags.
enum AnkiTSV {
    static func render(_ items: [QuizItem], text: QuizText) -> String {
        var out = "#separator:tab\n#html:true\n#tags column:3\n"
        for item in items {
            var front = escape(text.prompt(item))
            if item.kind != .numeric {
                front += "<br>" + text.options(item).enumerated()
                    .map { "\(item.kind == .truefalse ? "" : QuizItem.letter($0.offset) + ") ")" + escape($0.element) }
                    .joined(separator: "<br>")
            }
            let back = "<b>" + escape(text.correctAnswer(item)) + "</b><br>" + escape(text.text(item.explanation))
            let tags = (["dlstudy", "lecture\(item.lecture)", item.id] + item.concepts).joined(separator: " ")
            out += [front, back, tags].joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Tabs and newlines would split fields; `<`, `>`, `&` would be read as HTML.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\t", with: " ")
            .replacingOccurrences(of: "\n", with: "<br>")
    }
}
