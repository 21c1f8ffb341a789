import DLContent

/// One answered question of a session.
public struct QuizResult: Equatable, Sendable {
    public var itemID: String
    public var concepts: [String]
    public var given: String
    public var correct: Bool
}

/// Score, results by concept and what to review at the end of a session.
public struct QuizSummary: Equatable, Sendable {
    public var correct: Int
    public var answered: Int
    /// (concept id, right, asked) in order of first appearance.
    public var byConcept: [(concept: String, correct: Int, total: Int)]
    /// Ids of the items answered wrong.
    public var toReview: [String]
    /// Concepts of the items answered wrong, in order of first appearance ("practise these").
    public var missedConcepts: [String]

    public static func == (a: QuizSummary, b: QuizSummary) -> Bool {
        a.correct == b.correct && a.answered == b.answered && a.toReview == b.toReview
            && a.byConcept.map { "\($0.concept) \($0.correct)/\($0.total)" } == b.byConcept.map { "\($0.concept) \($0.correct)/\($0.total)" }
    }

    public init(_ results: [QuizResult]) {
        correct = results.filter(\.correct).count
        answered = results.count
        var order: [String] = []
        var tally: [String: (Int, Int)] = [:]
        for result in results {
            for concept in result.concepts {
                if tally[concept] == nil { order.append(concept) }
                let old = tally[concept] ?? (0, 0)
                tally[concept] = (old.0 + (result.correct ? 1 : 0), old.1 + 1)
            }
        }
        byConcept = order.map { ($0, tally[$0]?.0 ?? 0, tally[$0]?.1 ?? 0) }
        toReview = results.filter { !$0.correct }.map(\.itemID)
        var missed: [String] = []
        for result in results where !result.correct {
            for concept in result.concepts where !missed.contains(concept) { missed.append(concept) }
        }
        missedConcepts = missed
    }
}

/// A quiz in progress: the items, where the student is, the input being composed and the results.
/// Pure: answering returns the `AnswerRecord` the runner stores.
public struct QuizSession: Equatable, Sendable {
    /// What the screen shows now.
    public enum Phase: Equatable, Sendable {
        case question
        case feedback(correct: Bool)
        case summary
    }

    public var items: [QuizItem]
    public var title: LocalizedText
    public var seed: UInt64?
    /// The plan the questions come from (nil for a review); an endless plan grows on `advance`.
    public var plan: QuizPlan?
    /// The bank the plan draws from (kept for growing an endless session).
    var bank: [QuizItem] = []
    public var index = 0
    public var phase: Phase = .question
    public var results: [QuizResult] = []
    /// The highlighted choice.
    public var cursor = 0
    /// Checked choices of a multiple-answer item.
    public var checked: Set<Int> = []
    /// The numeric answer being typed.
    public var field = EditField()
    /// The hint shown when an answer cannot be read.
    public var problem: LocalizedText?
    /// When the current question was shown (seconds since 1970).
    public var shownAt: Double
    /// Scroll offset of the question/explanation text.
    public var scroll = 0

    public init(items: [QuizItem], title: LocalizedText, seed: UInt64? = nil, now: Double) {
        self.items = items; self.title = title; self.seed = seed; self.shownAt = now
        if items.isEmpty { phase = .summary }
    }

    /// A session of `plan`'s questions from `bank`.
    public init(plan: QuizPlan, bank: [QuizItem], now: Double) {
        self.init(items: plan.questions(bank: bank), title: plan.title, seed: plan.seed, now: now)
        self.plan = plan
        self.bank = bank
    }

    /// Whether the session goes on until the student stops.
    public var isEndless: Bool { plan != nil && plan?.count == nil }

    /// The item on screen (nil on the summary).
    public var current: QuizItem? { phase == .summary || !items.indices.contains(index) ? nil : items[index] }

    public var summary: QuizSummary { QuizSummary(results) }

    /// Grades `response` to the current item, moves to feedback and returns the answer to store.
    public mutating func answer(_ response: QuizResponse, now: Double) -> AnswerRecord? {
        guard let item = current, phase == .question else { return nil }
        let correct = item.isCorrect(response)
        results.append(QuizResult(itemID: item.id, concepts: item.concepts, given: response.text, correct: correct))
        phase = .feedback(correct: correct)
        problem = nil
        scroll = 0
        return AnswerRecord(itemID: item.id, answeredAt: now, given: response.text, correct: correct,
                            seconds: max(0, now - shownAt), drill: item.drill)
    }

    /// From feedback to the next question (or the summary after the last).
    public mutating func advance(now: Double) {
        guard case .feedback = phase else { return }
        index += 1
        cursor = 0; checked = []; field = EditField(); problem = nil; scroll = 0
        shownAt = now
        if index >= items.count, isEndless, let plan {
            items += plan.questions(bank: bank, first: items.count + QuizPlan.batch).dropFirst(items.count)
        }
        phase = index < items.count ? .question : .summary
    }

    /// The response the current input stands for, or the problem with it.
    public func composedResponse() -> Result<QuizResponse, QuizInputProblem> {
        guard let item = current else { return .failure(.empty) }
        switch item.kind {
        case .numeric: return QuizResponse.parse(field.text, for: item)
        case .truefalse: return .success(.truth(cursor == 0))
        case .single, .falseStatement: return .success(.choices([cursor]))
        case .multiple:
            return checked.isEmpty ? .failure(.expectedLetters(item.choices.count)) : .success(.choices(checked.sorted()))
        }
    }

    /// Number of selectable rows for the current item (choices, or true/false).
    public var optionCount: Int {
        guard let item = current else { return 0 }
        switch item.kind {
        case .truefalse: return 2
        case .numeric: return 0
        default: return item.choices.count
        }
    }
}
