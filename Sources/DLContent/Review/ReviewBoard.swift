/// The review queue at one instant: which questions are due now, which were missed and come back
/// later (FSRS learning steps), and when the next one falls due. Home, the quiz menu, `review`,
/// `review --list` and `stats` all read it, so they agree at the same time `now`.
public struct ReviewBoard: Sendable {
    /// A scheduled question with its review state.
    public struct Entry: Sendable {
        public var item: QuizItem
        public var record: ReviewRecord
    }

    public let now: Double
    /// Due now (`ReviewRecord.isDue(at:)`), earliest due first.
    public private(set) var due: [Entry] = []
    /// Last answered wrong, not due yet (waiting for the learning step), earliest first.
    public private(set) var missed: [Entry] = []
    /// Every other scheduled question, earliest first.
    public private(set) var later: [Entry] = []

    /// The review state of every question in `history` that still exists (a bank item, or a drill
    /// rebuilt from its stored numbers), sorted into due / missed / later at `now`.
    public init(items: [QuizItem], history: StudyHistory, now: Double) {
        self.now = now
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let records = history.reviews.values.sorted { ($0.card.due, $0.itemID) < ($1.card.due, $1.itemID) }
        for record in records {
            guard let item = Self.question(record, byID: byID, history: history) else { continue }
            let entry = Entry(item: item, record: record)
            switch Self.place(of: record, at: now) {
            case .due: due.append(entry)
            case .missed: missed.append(entry)
            case .later: later.append(entry)
            }
        }
    }

    /// Where a scheduled question stands at one instant.
    public enum Place: Sendable { case due, missed, later }

    /// Due now when its time has come; else missed when last answered wrong; else later.
    public static func place(of record: ReviewRecord, at now: Double) -> Place {
        if record.isDue(at: now) { return .due }
        return record.lastCorrect ? .later : .missed
    }

    /// Every scheduled question, due first.
    public var all: [Entry] { due + missed + later }

    /// What a review session asks: due questions, then missed ones, at most `limit`.
    public func queue(limit: Int?) -> [QuizItem] {
        let items = (due + missed).map(\.item)
        return limit.map { Array(items.prefix($0)) } ?? items
    }

    /// When the next question that is not due yet falls due (nil when none is waiting).
    public var nextDue: Double? { (missed + later).map(\.record.card.due).min() }

    /// The question a review record stands for. A drill is rebuilt from its stored numbers; once it
    /// has been missed twice (then every two misses) it comes back with fresh numbers instead, so
    /// the answer is worked out again rather than remembered.
    static func question(_ record: ReviewRecord, byID: [String: QuizItem], history: StudyHistory) -> QuizItem? {
        if let item = byID[record.itemID] { return item }
        guard var spec = history.drills[record.itemID] else { return nil }
        let variant = record.lapses / 2
        if variant > spec.variant { spec = DrillGenerator.variant(of: spec, variant) }
        if let built = history.drillQuestions[record.itemID], built.drill == spec { return built }
        return DrillGenerator.item(spec)
    }
}
