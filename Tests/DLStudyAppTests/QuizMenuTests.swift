import DLContent
import DLEngine
import DLStudyApp
import TUIKit
import XCTest

/// The quiz menu, the one meaning of "due", the concept-mastery grid and the session summary:
/// keys, counts at an injected instant, and whole screens at 80×24 and 120×40 in both languages.
final class QuizMenuTests: XCTestCase {
    static let now = 1_780_000_000.0

    func state(_ language: Language = .en, width: Int = 80, height: Int = 24) -> AppState {
        var s = TestApp.state(width: width, height: height, language: language, root: QuizScreenTests.repository)
        s.clock = { QuizMenuTests.now }
        return s
    }

    func item(_ id: String, _ s: AppState) throws -> QuizItem { try XCTUnwrap(s.library.quizItems.first { $0.id == id }, id) }

    /// A history at `now` with, by FSRS-6's 60-second learning step after a miss (hand-derived):
    /// due now — a bank item missed 2 min ago, a drill missed 90 s ago, a bank item missed 2 days
    /// ago; missed but not due — a bank item missed 30 s ago (due in 30 s); not due — a bank item
    /// answered right 100 s ago (next step 10 min).
    func mixedHistory(_ s: AppState) throws -> StudyHistory {
        let now = Self.now
        var h = StudyHistory()
        func add(_ item: QuizItem, _ correct: Bool, _ at: Double) {
            h.record(AnswerRecord(itemID: item.id, answeredAt: at, given: "a", correct: correct, seconds: 2, drill: item.drill), schedule: true)
        }
        add(try item("l4-conv-elementwise-what", s), false, now - 2 * 86_400)
        add(try item("l5-relu-sigmoid-tf", s), false, now - 120)
        add(DrillGenerator.make(seed: 12, count: 1, kinds: [.convOut])[0], false, now - 90)
        add(try item("l4-conv-elementwise-mults", s), true, now - 100)
        add(try item("l7-seq-naive-difficulty", s), false, now - 30)
        return h
    }

    func testOneDueCountOnHomeMenuReviewListAndStatsJSON() throws {
        var s = state()
        s.history = try mixedHistory(s)
        TestApp.press([.home], &s)
        let home = App.view(s).lines().joined(separator: "\n")
        XCTAssertTrue(home.contains("Quiz · \(s.library.quizItems.count) questions · 3 due · 1 missed"), home)
        TestApp.press([.enter], &s)
        let menuRow = App.view(s).lines()[2]
        XCTAssertTrue(menuRow.contains("3 due now · 1 missed, back in 1 min"), menuRow)
        let board = ReviewBoard(items: s.library.quizItems, history: s.history, now: Self.now)
        let listing = ReviewListing.lines(board, limit: nil)
        XCTAssertEqual(listing.filter { $0.contains("\tdue\t") }.count, 3, listing.joined(separator: "\n"))
        XCTAssertEqual(listing.filter { $0.contains("\tmissed\t") }.map { $0.split(separator: "\t")[0] }, ["l7-seq-naive-difficulty"])
        XCTAssertTrue(listing.contains { $0.hasPrefix("gen-12-1-conv-out\tdue\t") }, "the missed drill is listed")
        let stats = StudyStats(history: s.history, items: s.library.quizItems, now: Self.now)
        guard case .object(let json) = StatsText.json(stats, database: "db", integrity: "ok") else { return XCTFail() }
        XCTAssertEqual(json["due_now"], .number(3))
        XCTAssertEqual(json["missed_waiting"], .number(1))
        XCTAssertEqual(json["next_due"], .string("2026-05-28T20:27:10Z"), "the missed item, 30 s after now")
        // The stats screen says the same.
        _ = App.openStats(&s)
        XCTAssertTrue(App.view(s).lines()[2].contains("3 due now · 1 missed"), App.view(s).lines()[2])
    }

    func testEmptyReviewSaysSoAndNamesTheNextDueTime() throws {
        var s = state()
        var h = StudyHistory()
        h.record(AnswerRecord(itemID: try item("l4-conv-elementwise-what", s).id, answeredAt: Self.now - 100, given: "b", correct: true, seconds: 1), schedule: true)
        s.history = h
        let board = ReviewBoard(items: s.library.quizItems, history: s.history, now: Self.now)
        XCTAssertEqual(ReviewListing.lines(board, limit: nil), [])
        XCTAssertEqual(ReviewListing.nothing(board).en,
                       "Nothing to review now: the next question falls due in 9 min (2026-05-28T20:35:00Z).")
        _ = App.openQuizMenu(&s)
        TestApp.press([.enter], &s)
        guard case .quizMenu = s.current else { return XCTFail("no session when nothing is due") }
        XCTAssertEqual(s.status, "Nothing to review now · nothing due · next in 9 min")
    }

    func testMenuPagesKeysLengthAndBack() throws {
        var s = state()
        _ = App.openQuizMenu(&s)
        // Session length: ← from 10 goes to 5 and asks the runner to remember it.
        let effects = TestApp.press([.char("G"), .left], &s)
        XCTAssertEqual(effects, [.savePreferences(QuizPreferences(length: 5, difficulty: .lecture))])
        // By lecture → 5: five questions, all of lecture 5.
        TestApp.press([.char("g"), .down, .enter, .down, .enter], &s)
        guard case .quiz(let session) = s.current else { return XCTFail("no session") }
        XCTAssertEqual(session.items.count, 5)
        XCTAssertTrue(session.items.allSatisfy { $0.lecture == 5 })
        XCTAssertEqual(session.plan?.arguments, ["--lecture", "5", "--seed", "0", "--count", "5"])
        TestApp.press([.escape], &s)
        guard case .quizMenu(let menu) = s.current else { return XCTFail("leaving an unanswered quiz returns to the menu") }
        XCTAssertEqual(menu.page, .lectures)
        XCTAssertEqual(menu.selected, 1)
        TestApp.press([.char("q")], &s)
        guard case .quizMenu(let main) = s.current else { return XCTFail() }
        XCTAssertEqual(main.page, .main)
        XCTAssertEqual(main.selected, 1, "back on the row it came from")
        // Drills → difficulty ← → , then Output size: endless, and it grows past its first batch.
        TestApp.press([.down, .down, .down, .enter, .right], &s)
        XCTAssertEqual(s.quizPreferences.difficulty, .real)
        TestApp.press([.down, .down, .enter], &s)
        guard case .quiz(var drills) = s.current else { return XCTFail("no drill session") }
        XCTAssertTrue(drills.isEndless)
        XCTAssertTrue(drills.items.allSatisfy { $0.drill?.kind == .convOut && $0.drill?.difficulty == .real })
        for _ in 0..<QuizPlan.batch {
            _ = drills.answer(.number(0), now: Self.now)
            drills.advance(now: Self.now)
        }
        XCTAssertEqual(drills.phase, .question)
        XCTAssertEqual(drills.items.count, 2 * QuizPlan.batch)
        TestApp.press([.escape, .char("q"), .char("q"), .char("q")], &s)
        if case .home = s.current {} else { XCTFail("q from the menu's main page goes home") }
    }

    func testHelpOverlaysListTheKeyTablesInBothLanguages() {
        var s = state(.ko)
        _ = App.openQuizMenu(&s)
        TestApp.press([.char("?")], &s)
        let menuHelp = App.view(s).lines().joined(separator: "\n")
        XCTAssertTrue(menuHelp.contains("← →") && menuHelp.contains("문항 수나 난이도 바꾸기") && menuHelp.contains("PgUp PgDn"), menuHelp)
        TestApp.press([.char("x"), .char("q")], &s)
        if case .home = s.current {} else { XCTFail("a key closes the help, then q leaves the menu") }
        _ = App.openStats(&s)
        TestApp.press([.char("L"), .char("?")], &s)
        let statsHelp = App.view(s).lines().joined(separator: "\n")
        XCTAssertTrue(statsHelp.contains("open its lesson (q returns)") && statsHelp.contains("practise the concept"), statsHelp)
    }

    func testSummaryPractiseTheseStartsASessionOfTheMissedConcepts() throws {
        var s = state()
        _ = App.openQuiz(&s, QuizSession(items: [try item("l4-conv-elementwise-what", s), try item("l5-relu-sigmoid-tf", s)],
                                         title: LocalizedText(en: "Quiz", ko: "퀴즈"), now: Self.now))
        TestApp.press([.char("a"), .enter, .enter, .char("t"), .enter, .enter], &s)
        guard case .quiz(let done) = s.current, done.phase == .summary else { return XCTFail() }
        XCTAssertEqual(done.summary.missedConcepts, ["conv-elementwise"])
        TestApp.press([.char("p")], &s)
        guard case .quiz(let again) = s.current else { return XCTFail() }
        XCTAssertEqual(again.phase, .question)
        XCTAssertTrue(again.items.allSatisfy { $0.concepts.contains("conv-elementwise") })
        XCTAssertEqual(again.plan?.source, .concepts(["conv-elementwise"]))
    }

    func testStatsGridMovesPractisesAndOpensTheLesson() throws {
        var s = state()
        _ = App.openStats(&s)
        TestApp.press([.down, .right], &s)
        guard case .stats(let grid) = s.current else { return XCTFail() }
        let concept = try XCTUnwrap(grid.concept)
        XCTAssertEqual(concept.lecture, 5)
        XCTAssertEqual(concept.id, Syllabus.concepts.filter { $0.lecture == 5 }[1].id)
        TestApp.press([.char("o")], &s)
        guard case .lesson(let viewer) = s.current else { return XCTFail("o opens the concept's lesson") }
        XCTAssertTrue(viewer.lesson.concepts.contains(concept.id))
        TestApp.press([.char("q"), .enter], &s)
        guard case .quiz(let session) = s.current else { return XCTFail("Enter practises the concept") }
        XCTAssertTrue(session.items.allSatisfy { $0.concepts.contains(concept.id) })
    }

    /// Recorded screens (DLSTUDY_RECORD=1 rewrites them; read them before committing).
    func testScreens() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            for language in [Language.en, .ko] {
                let name = "\(language.rawValue)-\(width)x\(height)"
                var s = state(language, width: width, height: height)
                s.history = try mixedHistory(s)
                _ = App.openQuizMenu(&s)
                ScreenAssert.assert(App.view(s), matches: "quiz-menu-\(name)")
                TestApp.press([.down, .down, .down, .enter], &s)
                ScreenAssert.assert(App.view(s), matches: "quiz-menu-concepts-\(name)")
                s.stack = [s.stack[0]]
                _ = App.openStats(&s)
                TestApp.press([.right, .right, .right, .right, .right, .right, .right, .right], &s)
                ScreenAssert.assert(App.view(s), matches: "stats-grid-\(name)")
                s.stack = [s.stack[0]]
                let plan = QuizPlan(.concepts(["output-size"]), seed: 4, count: 3)
                _ = App.openQuiz(&s, QuizSession(plan: plan, bank: s.library.quizItems, now: Self.now))
                TestApp.press([.char("0"), .enter, .enter, .char("0"), .enter, .enter, .char("0"), .enter, .enter], &s)
                ScreenAssert.assert(App.view(s), matches: "quiz-session-summary-\(name)")
            }
        }
    }
}
