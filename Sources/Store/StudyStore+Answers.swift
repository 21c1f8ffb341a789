import DLContent
import GRDB

extension StudyStore {
    /// Logs one answer (with a drill's numbers) and, when `schedule`, updates the item's FSRS review
    /// state, in one committed transaction. Returns the new review state.
    @discardableResult
    public func record(_ answer: AnswerRecord, schedule: Bool) throws -> ReviewRecord? {
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO answers (item_id, answered_at, given, correct, seconds) VALUES (?, ?, ?, ?, ?)",
                arguments: [answer.itemID, answer.answeredAt, answer.given, answer.correct, answer.seconds])
            if let drill = answer.drill { try Self.saveDrill(db, drill) }
            guard schedule else { return nil }
            let previous = try Self.review(db, itemID: answer.itemID)
            let next = previous.map { $0.updated(with: answer) } ?? .first(answer)
            try Self.save(db, next)
            return next
        }
    }

    /// Every answer (oldest first), every review state and every drill as last asked.
    public func history() throws -> StudyHistory {
        try queue.read { db in
            let answers = try Row.fetchAll(db, sql: "SELECT * FROM answers ORDER BY id").map { row in
                AnswerRecord(itemID: row["item_id"], answeredAt: row["answered_at"], given: row["given"],
                             correct: row["correct"], seconds: row["seconds"])
            }
            let reviews = try Row.fetchAll(db, sql: "SELECT * FROM review_state").map(Self.review(row:))
            return StudyHistory(answers: answers, reviews: Dictionary(reviews.map { ($0.itemID, $0) }, uniquingKeysWith: { a, _ in a }),
                                drills: try Self.drills(db))
        }
    }

    static func review(_ db: Database, itemID: String) throws -> ReviewRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM review_state WHERE item_id = ?", arguments: [itemID]).map(review(row:))
    }

    static func review(row: Row) -> ReviewRecord {
        let phase = FSRSPhase(rawValue: row["phase"]) ?? .learning
        let card = FSRSCard(phase: phase, step: row["step"], stability: row["stability"], difficulty: row["difficulty"],
                            due: row["due"], lastReview: row["last_review"])
        return ReviewRecord(itemID: row["item_id"], card: card, reps: row["reps"], lapses: row["lapses"], lastCorrect: row["last_correct"])
    }

    static func save(_ db: Database, _ r: ReviewRecord) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO review_state
              (item_id, phase, step, stability, difficulty, due, last_review, reps, lapses, last_correct)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [r.itemID, r.card.phase.rawValue, r.card.step, r.card.stability, r.card.difficulty,
                             r.card.due, r.card.lastReview, r.reps, r.lapses, r.lastCorrect])
    }
}
