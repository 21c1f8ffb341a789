/// One answer the student gave: the history row the store keeps for every question.
public struct AnswerRecord: Equatable, Sendable, Codable {
    public var itemID: String
    /// Seconds since 1970 (UTC).
    public var answeredAt: Double
    /// The answer as typed (`a,c`, `true`, `27`).
    public var given: String
    public var correct: Bool
    public var seconds: Double
    /// For a generated drill: the question as asked, so review rebuilds exactly it.
    public var drill: DrillSpec?

    public init(itemID: String, answeredAt: Double, given: String, correct: Bool, seconds: Double, drill: DrillSpec? = nil) {
        self.itemID = itemID; self.answeredAt = answeredAt; self.given = given; self.correct = correct; self.seconds = seconds
        self.drill = drill
    }
}

/// The review state of one question-bank item: its FSRS card and answer counts.
public struct ReviewRecord: Equatable, Sendable, Codable {
    public var itemID: String
    public var card: FSRSCard
    public var reps: Int
    public var lapses: Int
    public var lastCorrect: Bool

    public init(itemID: String, card: FSRSCard, reps: Int = 0, lapses: Int = 0, lastCorrect: Bool = true) {
        self.itemID = itemID; self.card = card; self.reps = reps; self.lapses = lapses; self.lastCorrect = lastCorrect
    }

    /// The state after `answer`: a wrong answer rates "again", a right one "good" (FSRS-6).
    public func updated(with answer: AnswerRecord, scheduler: FSRSScheduler = FSRSScheduler()) -> ReviewRecord {
        var next = self
        next.card = scheduler.review(card, rating: answer.correct ? .good : .again, at: answer.answeredAt)
        next.reps += 1
        if !answer.correct { next.lapses += 1 }
        next.lastCorrect = answer.correct
        return next
    }

    /// A new record for `itemID` (due now) updated with its first answer.
    public static func first(_ answer: AnswerRecord) -> ReviewRecord {
        ReviewRecord(itemID: answer.itemID, card: FSRSCard(now: answer.answeredAt)).updated(with: answer)
    }
}

/// Everything the screens need from the store: the answer log, the review state per item and the
/// last-asked form of every generated drill.
public struct StudyHistory: Equatable, Sendable {
    public var answers: [AnswerRecord]
    public var reviews: [String: ReviewRecord]
    /// Generated drills by item id, as last asked.
    public var drills: [String: DrillSpec]

    /// The drills' questions, built once from `drills` (screens read the review queue every frame).
    var drillQuestions: [String: QuizItem] = [:]

    public init(answers: [AnswerRecord] = [], reviews: [String: ReviewRecord] = [:], drills: [String: DrillSpec] = [:]) {
        self.answers = answers; self.reviews = reviews; self.drills = drills
        for (id, spec) in drills { drillQuestions[id] = DrillGenerator.item(spec) }
    }

    /// Adds an answer, updates the item's review state (when `schedule`) and keeps a drill's numbers.
    public mutating func record(_ answer: AnswerRecord, schedule: Bool) {
        answers.append(answer)
        if let drill = answer.drill {
            drills[answer.itemID] = drill
            drillQuestions[answer.itemID] = DrillGenerator.item(drill)
        }
        guard schedule else { return }
        reviews[answer.itemID] = reviews[answer.itemID].map { $0.updated(with: answer) } ?? .first(answer)
    }
}

extension ReviewRecord {
    /// THE meaning of "due": the item's next review time has come. Every count of due items (home,
    /// quiz menu, review, `review --list`, stats) goes through `ReviewBoard`, which uses this.
    public func isDue(at now: Double) -> Bool { card.due <= now }
}
