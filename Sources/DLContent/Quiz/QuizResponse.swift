import DLEngine
import Foundation

/// What the student answered to one item: choice indexes, true/false, or a number.
public enum QuizResponse: Equatable, Sendable {
    case choices([Int])
    case truth(Bool)
    case number(Double)

    /// The answer as typed in plain mode and stored in the history: `a`, `a,c`, `true`, `27`.
    public var text: String {
        switch self {
        case .choices(let list): return list.sorted().map(QuizItem.letter).joined(separator: ",")
        case .truth(let value): return value ? "true" : "false"
        case .number(let value): return QuizNumber.format(value)
        }
    }

    /// Reads a typed answer for `item`; nil with a hint when it does not fit the item's kind.
    public static func parse(_ raw: String, for item: QuizItem) -> Result<QuizResponse, QuizInputProblem> {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty else { return .failure(.empty) }
        switch item.kind {
        case .truefalse:
            if ["true", "t", "yes", "y", "o", "참", "맞음"].contains(text) { return .success(.truth(true)) }
            if ["false", "f", "no", "n", "x", "거짓", "틀림"].contains(text) { return .success(.truth(false)) }
            return .failure(.expectedTruth)
        case .numeric:
            guard let value = QuizNumber.parse(text) else { return .failure(.expectedNumber) }
            return .success(.number(value))
        case .single, .multiple, .falseStatement:
            let letters = text.split(whereSeparator: { $0 == "," || $0 == " " })
            var picks: [Int] = []
            for letter in letters {
                guard letter.count == 1, let scalar = letter.unicodeScalars.first, scalar.value >= 97,
                      Int(scalar.value) - 97 < item.choices.count else {
                    return .failure(item.kind == .multiple ? .expectedLetters(item.choices.count) : .expectedOneLetter(item.choices.count))
                }
                let index = Int(scalar.value) - 97
                if !picks.contains(index) { picks.append(index) }
            }
            if item.kind != .multiple && picks.count != 1 { return .failure(.expectedOneLetter(item.choices.count)) }
            return .success(.choices(picks.sorted()))
        }
    }
}

/// Why a typed answer could not be read.
public enum QuizInputProblem: Error, Equatable, Sendable {
    case empty, expectedTruth, expectedNumber
    case expectedLetters(Int)
    case expectedOneLetter(Int)

    /// A short hint in both languages.
    public var message: LocalizedText {
        switch self {
        case .empty: return LocalizedText(en: "type an answer", ko: "답을 입력하세요")
        case .expectedTruth: return LocalizedText(en: "answer true or false", ko: "true 또는 false로 답하세요")
        case .expectedNumber: return LocalizedText(en: "answer with a number", ko: "숫자로 답하세요")
        case .expectedLetters(let n):
            return LocalizedText(en: "answer with letters a–\(QuizItem.letter(n - 1)), e.g. a,c",
                                 ko: "a–\(QuizItem.letter(n - 1)) 중 맞는 글자를 모두 적으세요 (예: a,c)")
        case .expectedOneLetter(let n):
            return LocalizedText(en: "answer with one letter a–\(QuizItem.letter(n - 1))",
                                 ko: "a–\(QuizItem.letter(n - 1)) 중 한 글자로 답하세요")
        }
    }
}

extension QuizInputProblem {
    /// The rejected input echoed with the reason: `'b' is not a number — answer with a number`.
    public func rejection(of input: String) -> LocalizedText {
        let shown = input.trimmingCharacters(in: .whitespaces)
        let quoted = "'\(shown)'"
        let what: LocalizedText
        switch self {
        case .empty: return message
        case .expectedTruth: what = LocalizedText(en: "\(quoted) is not true or false", ko: "입력 \(quoted): true/false가 아니에요")
        case .expectedNumber: what = LocalizedText(en: "\(quoted) is not a number", ko: "입력 \(quoted): 숫자가 아니에요")
        case .expectedLetters(let n), .expectedOneLetter(let n):
            let range = "a–\(QuizItem.letter(n - 1))"
            what = LocalizedText(en: "\(quoted) is not a letter \(range)", ko: "입력 \(quoted): \(range) 사이의 글자가 아니에요")
        }
        return LocalizedText(en: "\(what.en) — \(message.en)", ko: "\(what.ko) — \(message.ko)")
    }
}

/// Reading and writing numbers in answers (thousands separators allowed, integers without `.0`).
public enum QuizNumber {
    /// `73,728` / `1.39` / `-2` → a number.
    public static func parse(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: ""))
    }

    /// An integer without decimals, else up to 4 decimals, ASCII minus (as a student types it):
    /// the one number formatter's `text`.
    public static func format(_ value: Double) -> String { NumberFormat.text(value, ascii: true) }
}

extension QuizItem {
    /// Whether `response` is right: the exact set of choices, the truth value, or a number within tolerance.
    public func isCorrect(_ response: QuizResponse) -> Bool {
        switch (answer, response) {
        case (.choices(let right), .choices(let given)): return Set(right) == Set(given)
        case (.truth(let right), .truth(let given)): return right == given
        case (.number(let right), .number(let given)): return abs(right - given) <= (tolerance ?? 0) + 1e-9
        default: return false
        }
    }

    /// The correct answer written as a student would type it.
    public var answerText: String {
        switch answer {
        case .choices(let list): return QuizResponse.choices(list).text
        case .truth(let value): return QuizResponse.truth(value).text
        case .number(let value): return QuizResponse.number(value).text
        }
    }
}
