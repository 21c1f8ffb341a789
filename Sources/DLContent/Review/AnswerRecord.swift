/// One answer the student gave: the history row the store keeps for every question.
public struct AnswerRecord: Equatable, Sendable, Codable {
    public var itemID: String
    /// Seconds since 1970 (UTC).
    public var answeredAt: Double
    /// The answer as typed (`a,c`, `true`, `27`).
    public var given: String
    public var correct: Bool
    public var seconds: Double

    public init(itemID: String, answeredAt: Double, given: String, correct: Bool, seconds: Double) {
        self.itemID = itemID; self.answeredAt = answeredAt; self.given = given; self.correct = correct; self.seconds = seconds
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

/// Everything the screens need from the store: the answer log and the review state per item.
public struct StudyHistory: Equatable, Sendable {
    public var answers: [AnswerRecord]
    public var reviews: [String: ReviewRecord]

    public init(answers: [AnswerRecord] = [], reviews: [String: ReviewRecord] = [:]) {
        self.answers = answers; self.reviews = reviews
    }

    /// Adds an answer and updates the item's review state (generated drills are logged, not scheduled).
    public mutating func record(_ answer: AnswerRecord, schedule: Bool) {
        answers.append(answer)
        guard schedule else { return }
        reviews[answer.itemID] = reviews[answer.itemID].map { $0.updated(with: answer) } ?? .first(answer)
    }

    /// Ids of items due at `now`.
    public func dueIDs(at now: Double) -> [String] {
        reviews.values.filter { $0.card.due <= now }.sorted { $0.card.due < $1.card.due }.map(\.itemID)
    }
}
