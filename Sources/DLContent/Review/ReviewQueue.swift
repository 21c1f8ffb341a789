import DLEngine

/// Chooses bank items: filters by lecture/concept and shuffles with a seed. (What is due for
/// review is `ReviewBoard`'s job.)
public enum ReviewQueue {
    /// Items of `lecture` and/or tagged `concept` (nil = any), in bank order.
    public static func filter(_ items: [QuizItem], lecture: Int?, concept: String?) -> [QuizItem] {
        items.filter { item in
            (lecture.map { item.lecture == $0 } ?? true) && (concept.map { item.concepts.contains($0) } ?? true)
        }
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
