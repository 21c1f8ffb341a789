import DLEngine

/// Chooses which bank items to ask: filters by lecture/concept and orders review sessions.
public enum ReviewQueue {
    /// Items of `lecture` and/or tagged `concept` (nil = any), in bank order.
    public static func filter(_ items: [QuizItem], lecture: Int?, concept: String?) -> [QuizItem] {
        items.filter { item in
            (lecture.map { item.lecture == $0 } ?? true) && (concept.map { item.concepts.contains($0) } ?? true)
        }
    }

    /// A review session: due items first (earliest due first), then items last answered wrong that
    /// are not yet due, then (when `fill`) never-answered items, up to `limit`.
    public static func review(_ items: [QuizItem], history: StudyHistory, now: Double, limit: Int?, fill: Bool = false) -> [QuizItem] {
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ids = history.dueIDs(at: now)
        let missed = history.reviews.values
            .filter { !$0.lastCorrect && $0.card.due > now }
            .sorted { ($0.card.due, $0.itemID) < ($1.card.due, $1.itemID) }.map(\.itemID)
        ids += missed
        if fill { ids += items.map(\.id).filter { history.reviews[$0] == nil } }
        var seen = Set<String>()
        let picked = ids.filter { seen.insert($0).inserted }.compactMap { byID[$0] }
        return limit.map { Array(picked.prefix($0)) } ?? picked
    }

    /// `count` items from `items` in a seeded shuffled order (all when nil).
    public static func sample(_ items: [QuizItem], count: Int?, seed: UInt64) -> [QuizItem] {
        var rng = SeededGenerator(seed: seed)
        var pool = items
        for i in stride(from: pool.count - 1, to: 0, by: -1) {
            pool.swapAt(i, rng.int(in: 0...i))
        }
        return count.map { Array(pool.prefix($0)) } ?? pool
    }
}
