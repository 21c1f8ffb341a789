/// The sizes of the review queue at one instant and when its next questions come back: what the
/// home screen says of it. Made from the ids of the bank's questions alone, so the first frame
/// needs no quiz file parsed; it agrees with the `ReviewBoard` of the same items, history and time.
public struct ReviewCounts: Equatable, Sendable {
    public let now: Double
    /// Questions due now.
    public var due = 0
    /// Questions last answered wrong and not due yet.
    public var missed = 0
    /// When the first missed question comes back (nil when none is missed).
    public var firstMissedDue: Double?
    /// When the next question that is not due yet falls due (nil when none is waiting).
    public var nextDue: Double?

    /// The counts of `ReviewBoard(items:history:now:)` for items with these ids: a record counts when
    /// its id is a bank question or a drill the history can rebuild.
    public init(itemIDs: Set<String>, history: StudyHistory, now: Double) {
        self.now = now
        for record in history.reviews.values {
            guard itemIDs.contains(record.itemID) || ReviewBoard.question(record, byID: [:], history: history) != nil else { continue }
            add(record)
        }
    }

    /// The counts of a board.
    public init(_ board: ReviewBoard) {
        now = board.now
        for entry in board.all { add(entry.record) }
    }

    private mutating func add(_ record: ReviewRecord) {
        let due = record.card.due
        switch ReviewBoard.place(of: record, at: now) {
        case .due:
            self.due += 1
        case .missed:
            missed += 1
            firstMissedDue = min(firstMissedDue ?? due, due)
            nextDue = min(nextDue ?? due, due)
        case .later:
            nextDue = min(nextDue ?? due, due)
        }
    }
}
