import Foundation

/// Checks the numbers in content against the engine: every `{{...}}` placeholder in lessons and
/// quizzes evaluates, and every numeric quiz answer equals its `verify:` expression.
public enum CalcValidator {
    /// Diagnostics for placeholders that do not evaluate and answers that disagree with the engine.
    public static func check(lessons: [Lesson], items: [QuizItem]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for lesson in lessons {
            for text in [lesson.title.en, lesson.title.ko] {
                out += placeholders(in: text, file: lesson.file, line: lesson.titleLine, what: "lesson title")
            }
            for (index, page) in lesson.pages.enumerated() {
                for text in [page.title.en, page.title.ko] {
                    out += placeholders(in: text, file: lesson.file, line: page.titleLine, what: "page \(index + 1) title")
                }
                for text in [page.body.en, page.body.ko] {
                    out += placeholders(in: text, file: lesson.file, line: page.line, what: "page \(index + 1)")
                }
            }
        }
        for item in items {
            var texts = [item.prompt.en, item.prompt.ko, item.explanation.en, item.explanation.ko]
            texts += item.choices.flatMap { [$0.en, $0.ko] }
            for text in texts {
                out += placeholders(in: text, file: item.file, line: item.line, what: "item '\(item.id)'")
            }
            if case .number(let answer) = item.answer, let verify = item.verify {
                do {
                    let value = try CalcEvaluator.evaluate(verify).value
                    let tolerance = item.tolerance ?? 0
                    if abs(value - answer) > tolerance + 1e-9 {
                        out.append(Diagnostic(file: item.file, line: item.line, column: 1,
                                              message: "item '\(item.id)': answer \(number(answer)) differs from the engine's \(number(value)) for '\(verify)' (tolerance \(number(tolerance)))"))
                    }
                } catch {
                    out.append(Diagnostic(file: item.file, line: item.line, column: 1,
                                          message: "item '\(item.id)': verify '\(verify)': \(error)"))
                }
            }
        }
        return out
    }

    static func number(_ v: Double) -> String {
        v.rounded() == v && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    static func placeholders(in text: String, file: String, line: Int, what: String) -> [Diagnostic] {
        // Most texts have no placeholder at all; without a '{' there is nothing to check.
        guard Placeholders.mayHavePlaceholder(text) else { return [] }
        let expressions = Placeholders.expressions(in: text)
        var out: [Diagnostic] = expressions.compactMap { expression in
            do {
                _ = try CalcEvaluator.render(expression)
                return nil
            } catch {
                return Diagnostic(file: file, line: line, column: 1, message: "\(what): {{\(expression)}}: \(error)")
            }
        }
        if openings(in: text) > expressions.count {
            out.append(Diagnostic(file: file, line: line, column: 1, message: "\(what): a '{{' placeholder is not closed"))
        }
        return out
    }

    /// How many `{{` the text holds, counted left to right without overlaps (`{{{{` is two).
    static func openings(in text: String) -> Int {
        Placeholders.withUTF8(text) { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var count = 0
            var i = 0
            while i < bytes.count, let p = memchr(base + i, Int32(UInt8(ascii: "{")), bytes.count - i) {
                let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
                if at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "{") { count += 1; i = at + 2 } else { i = at + 1 }
            }
            return count
        }
    }
}
