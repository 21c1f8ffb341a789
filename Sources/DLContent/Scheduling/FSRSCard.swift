/// How well an item was recalled (FSRS ratings; a quiz maps wrong → again, right → good).
public enum FSRSRating: Int, Sendable, Codable, CaseIterable {
    case again = 1, hard = 2, good = 3, easy = 4
}

/// The learning phase of a card (FSRS states, same numbers as the reference implementation).
public enum FSRSPhase: Int, Sendable, Codable {
    case learning = 1, review = 2, relearning = 3
}

/// The review state of one quiz item: FSRS memory model plus when it is due.
public struct FSRSCard: Equatable, Sendable, Codable {
    public var phase: FSRSPhase
    /// Index into the (re)learning steps; nil in the review phase.
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    /// Seconds since 1970 (UTC).
    public var due: Double
    public var lastReview: Double?

    /// A new card, due at `now`.
    public init(now: Double) {
        phase = .learning; step = 0; stability = nil; difficulty = nil; due = now; lastReview = nil
    }

    public init(phase: FSRSPhase, step: Int?, stability: Double?, difficulty: Double?, due: Double, lastReview: Double?) {
        self.phase = phase; self.step = step; self.stability = stability
        self.difficulty = difficulty; self.due = due; self.lastReview = lastReview
    }
}
