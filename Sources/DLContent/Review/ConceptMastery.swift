/// How well one syllabus concept is known: the FSRS recall of its questions, answers and accuracy,
/// and how many of its questions are due. `recall` is nil when none of its questions was answered,
/// so "unseen" is told apart from "weak".
public struct ConceptMastery: Equatable, Sendable {
    public var concept: String
    public var lecture: Int
    /// Bank questions tagged with the concept.
    public var questions: Int
    /// Scheduled questions of the concept (bank items and drills answered at least once).
    public var seen: Int
    public var answers = StudyStats.Tally()
    /// Mean probability of recall now over the seen questions; a question last answered wrong
    /// counts 0 until it is answered right again. nil when unseen.
    public var recall: Double?
    public var dueNow = 0

    /// One entry per syllabus concept, in syllabus order.
    public static func all(items: [QuizItem], history: StudyHistory, board: ReviewBoard,
                           scheduler: FSRSScheduler = FSRSScheduler()) -> [ConceptMastery] {
        var byConcept: [String: ConceptMastery] = [:]
        for concept in Syllabus.concepts {
            byConcept[concept.id] = ConceptMastery(concept: concept.id, lecture: concept.lecture,
                                                   questions: items.filter { $0.concepts.contains(concept.id) }.count, seen: 0)
        }
        var sums: [String: Double] = [:]
        let dueIDs = Set(board.due.map(\.item.id))
        for entry in board.all {
            let r = entry.record.lastCorrect ? scheduler.recall(entry.record.card, at: board.now) : 0
            for concept in entry.item.concepts where byConcept[concept] != nil {
                byConcept[concept]?.seen += 1
                sums[concept, default: 0] += r
                if dueIDs.contains(entry.item.id) { byConcept[concept]?.dueNow += 1 }
            }
        }
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for answer in history.answers {
            for concept in StudyStats.tags(answer.itemID, byID, history.drills).1 {
                byConcept[concept]?.answers.add(answer.correct)
            }
        }
        return Syllabus.concepts.compactMap { concept in
            guard var m = byConcept[concept.id] else { return nil }
            if m.seen > 0 { m.recall = (sums[concept.id] ?? 0) / Double(m.seen) }
            return m
        }
    }

    /// Weakest first: seen concepts by recall (then accuracy), then the unseen ones in syllabus order.
    public static func weakestFirst(_ list: [ConceptMastery]) -> [ConceptMastery] {
        let seen = list.enumerated().filter { $0.element.recall != nil }
            .sorted { ($0.element.recall ?? 0, $0.element.answers.accuracy, $0.offset) < ($1.element.recall ?? 0, $1.element.answers.accuracy, $1.offset) }
            .map(\.element)
        return seen + list.filter { $0.recall == nil }
    }
}
