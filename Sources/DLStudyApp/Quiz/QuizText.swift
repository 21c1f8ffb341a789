import DLContent
import TUIKit

/// The texts of a quiz item in one language with placeholders expanded: shared by the quiz screen
/// and plain mode.
public struct QuizText: Sendable {
    public var language: Language
    public var evaluate: @Sendable (String) -> String?

    public init(language: Language, evaluate: @escaping @Sendable (String) -> String?) {
        self.language = language; self.evaluate = evaluate
    }

    /// The text in this language: placeholders computed, control characters made safe, and inline
    /// markup (`$math$`, `**strong**`, `` `code` ``) turned into plain Unicode text.
    public func text(_ t: LocalizedText) -> String {
        let expanded = Sanitizer.clean(Placeholders.expand(t.text(language), evaluate: evaluate), keepNewlines: true)
        return expanded.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Markdown.inline(String($0)).map(\.text).joined() }
            .joined(separator: "\n")
    }

    public func tr(_ en: String, _ ko: String) -> String { language == .en ? en : ko }

    public func prompt(_ item: QuizItem) -> String { text(item.prompt) }

    /// The choice rows (`a) …`), or `true` / `false` for a true/false item.
    public func options(_ item: QuizItem) -> [String] {
        if item.kind == .truefalse { return [tr("true", "참 (true)"), tr("false", "거짓 (false)")] }
        return item.choices.map(text)
    }

    /// How to answer in plain mode.
    public func howToAnswer(_ item: QuizItem) -> String {
        let last = QuizItem.letter(max(0, item.choices.count - 1))
        switch item.kind {
        case .single, .falseStatement: return tr("answer with one letter a–\(last)", "a–\(last) 중 한 글자로 답하세요")
        case .multiple: return tr("answer with every right letter, e.g. a,c", "맞는 답의 글자를 모두 적으세요 (예: a,c)")
        case .truefalse: return tr("answer true or false", "true 또는 false로 답하세요")
        case .numeric:
            let unit = item.unit.map { tr(", in \(text($0))", ", 단위: \(text($0))") } ?? ""
            return tr("answer with a number", "숫자로 답하세요") + unit
        }
    }

    /// The correct answer as shown after a wrong one: `b`, `a,c`, `true`, `27 multiplications`.
    public func correctAnswer(_ item: QuizItem) -> String {
        switch item.answer {
        case .truth(let value): return options(item)[value ? 0 : 1]
        case .number: return item.answerText + (item.unit.map { " " + text($0) } ?? "")
        case .choices: return item.answerText
        }
    }

    /// `Lecture 4 · Output size formula` for the header of a question.
    public func tags(_ item: QuizItem) -> String {
        let names = item.concepts.map { Syllabus.concept($0)?.name.text(language) ?? $0 }
        return tr("Lecture \(item.lecture)", "\(item.lecture)강") + " · " + names.joined(separator: ", ")
    }

    public func conceptName(_ id: String) -> String { Syllabus.concept(id)?.name.text(language) ?? id }
}
