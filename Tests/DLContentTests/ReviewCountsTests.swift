import DLContent
import XCTest

/// The home screen's review counts come from the quiz items' ids in the content overview (no quiz
/// file parsed): they equal the review board's for the same history and time, drop questions that
/// no longer exist, keep drills, and say when the missed ones come back.
final class ReviewCountsTests: XCTestCase {
    let t0 = 1_780_000_000.0

    func testCountsFromTheOverviewsIDsAreTheBoardsCounts() throws {
        let library = ContentLoader.load(root: Fixtures.repository)
        let items = library.quizItems
        XCTAssertEqual(library.overview.quizItemIDs, Set(items.map(\.id)))
        let (a, b, c) = (items[0], items[1], items[2])
        let drill = DrillGenerator.make(seed: 77, count: 1, kinds: [.convOut])[0]
        var history = StudyHistory()
        func answer(_ id: String, _ correct: Bool, drill: DrillSpec? = nil) -> AnswerRecord {
            AnswerRecord(itemID: id, answeredAt: t0, given: "x", correct: correct, seconds: 3, drill: drill)
        }
        history.record(answer(a.id, false), schedule: true)
        history.record(answer(b.id, true), schedule: true)
        history.record(answer(c.id, false), schedule: true)
        history.record(answer(drill.id, false, drill: drill.drill), schedule: true)
        history.record(answer("an-item-since-deleted", false), schedule: true)
        // Missed questions come back after FSRS's one-minute learning step; a right answer in days.
        let expected: [(now: Double, due: Int, missed: Int)] = [(t0 + 30, 0, 3), (t0 + 61, 3, 0), (t0 + 30 * 86_400, 4, 0)]
        for (now, due, missed) in expected {
            let counts = ReviewCounts(itemIDs: library.overview.quizItemIDs, history: history, now: now)
            XCTAssertEqual(counts.due, due, "at +\(now - t0) s")
            XCTAssertEqual(counts.missed, missed, "at +\(now - t0) s")
            XCTAssertEqual(counts, ReviewCounts(ReviewBoard(items: items, history: history, now: now)), "at +\(now - t0) s")
        }
        let early = ReviewCounts(itemIDs: library.overview.quizItemIDs, history: history, now: t0 + 30)
        XCTAssertEqual(early.firstMissedDue, t0 + 60)
        XCTAssertEqual(ReviewCounts(itemIDs: [], history: StudyHistory(), now: t0), ReviewCounts(ReviewBoard(items: items, history: StudyHistory(), now: t0)))
    }
}
