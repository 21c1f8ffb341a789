/// The kinds of quiz item a file may hold.
public enum QuizKind: String, Sendable, CaseIterable, Codable {
    case single, multiple, truefalse, numeric
    case falseStatement = "false-statement"
}

/// The correct answer of a quiz item.
public enum QuizAnswer: Equatable, Sendable {
    /// Choice indexes (0-based): one for single and false-statement, one or more for multiple.
    case choices([Int])
    case truth(Bool)
    case number(Double)
}

/// One question from a quiz file.
public struct QuizItem: Equatable, Sendable {
    public var id: String
    public var set: String
    public var lecture: Int
    public var kind: QuizKind
    public var concepts: [String]
    /// `lesson-id` or `lesson-id#page-id`.
    public var lesson: String?
    public var source: String?
    public var prompt: LocalizedText
    public var choices: [LocalizedText]
    public var answer: QuizAnswer
    public var tolerance: Double?
    public var unit: LocalizedText?
    /// A calc expression whose value must equal a numeric answer.
    public var verify: String?
    public var explanation: LocalizedText
    public var file: String
    public var line: Int
    /// For a generated drill: how to rebuild it exactly (generator, seed, numbers).
    public var drill: DrillSpec? = nil
}

extension QuizItem {
    /// The letter shown for choice `index` (a, b, c, ...).
    public static func letter(_ index: Int) -> String {
        guard index >= 0, index < 26, let scalar = Unicode.Scalar(97 + index) else { return "?" }
        return String(Character(scalar))
    }
}
