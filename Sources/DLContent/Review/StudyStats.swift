/// Answers and accuracy per lecture and concept, answers per day, the due forecast and the weakest
/// concepts, computed from the history (pure, so screens and `dlstudy stats` show the same numbers).
public struct StudyStats: Equatable, Sendable {
    /// Answers and how many were right.
    public struct Tally: Equatable, Sendable, Codable {
        public var answers = 0
        public var correct = 0
        public init(answers: Int = 0, correct: Int = 0) { self.answers = answers; self.correct = correct }
        /// Right answers as a fraction (0 with no answers).
        public var accuracy: Double { answers == 0 ? 0 : Double(correct) / Double(answers) }
        mutating func add(_ right: Bool) { answers += 1; if right { correct += 1 } }
    }

    public var total = Tally()
    public var byLecture: [Int: Tally] = [:]
    public var byConcept: [String: Tally] = [:]
    /// Answers per day, oldest first; the last entry is today.
    public var perDay: [Int] = []
    /// Scheduled questions by the day they fall due: today (including those due now and those
    /// coming back later today) then the next 6 days.
    public var dueForecast: [Int] = []
    /// Due now, and last answered wrong but not due yet (the same `ReviewBoard` as every screen).
    public var dueNow = 0
    public var missedWaiting = 0
    /// When the next question that is not due yet falls due.
    public var nextDue: Double?
    /// Per concept, in syllabus order: recall, answers, due.
    public var concepts: [ConceptMastery] = []
    /// Concept ids with the lowest accuracy (at least one answer), weakest first.
    public var weakest: [String] = []
    /// Items in the review queue and how many were last answered wrong.
    public var scheduled = 0
    public var missed = 0

    /// Statistics at `now` over `days` days of history; `utcOffset` (seconds) sets where days begin.
    public init(history: StudyHistory, items: [QuizItem], now: Double, days: Int = 28, utcOffset: Double = 0) {
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let today = Self.day(now, utcOffset)
        perDay = Array(repeating: 0, count: max(1, days))
        for answer in history.answers {
            total.add(answer.correct)
            let (lecture, concepts) = Self.tags(answer.itemID, byID, history.drills)
            if let lecture { byLecture[lecture, default: Tally()].add(answer.correct) }
            for concept in concepts { byConcept[concept, default: Tally()].add(answer.correct) }
            let index = perDay.count - 1 - (today - Self.day(answer.answeredAt, utcOffset))
            if perDay.indices.contains(index) { perDay[index] += 1 }
        }
        let board = ReviewBoard(items: items, history: history, now: now)
        dueNow = board.due.count
        missedWaiting = board.missed.count
        nextDue = board.nextDue
        concepts = ConceptMastery.all(items: items, history: history, board: board)
        dueForecast = Array(repeating: 0, count: 7)
        for entry in board.all {
            let offset = max(0, Self.day(entry.record.card.due, utcOffset) - today)
            if offset < 7 { dueForecast[offset] += 1 }
        }
        scheduled = history.reviews.count
        missed = history.reviews.values.filter { !$0.lastCorrect }.count
        weakest = byConcept.filter { $0.value.answers > 0 && $0.value.correct < $0.value.answers }
            .sorted { ($0.value.accuracy, -$0.value.answers, $0.key) < ($1.value.accuracy, -$1.value.answers, $1.key) }
            .prefix(5).map(\.key)
    }

    static func day(_ time: Double, _ offset: Double) -> Int { Int(((time + offset) / 86_400).rounded(.down)) }

    /// Lecture and concepts of a bank item, or of a generated drill (stored, or read from its id
    /// `gen-SEED-N-KIND`).
    static func tags(_ id: String, _ byID: [String: QuizItem], _ drills: [String: DrillSpec]) -> (Int?, [String]) {
        if let item = byID[id] { return (item.lecture, item.concepts) }
        if let kind = drills[id]?.kind { return (kind.lecture, [kind.concept]) }
        if id.hasPrefix("gen-") {
            let parts = id.dropFirst(4).split(separator: "-", maxSplits: 2)
            if parts.count == 3, let kind = DrillKind(rawValue: String(parts[2])) { return (kind.lecture, [kind.concept]) }
        }
        return (nil, [])
    }
}
