import DLContent
import DLStudyApp
import TUIKit
import XCTest

/// The quiz and stats screens: whole-screen text at 80×24 in English and Korean, and the keys
/// (letters, arrows, Space, the edit field, Enter, `o` and back, the summary).
final class QuizScreenTests: XCTestCase {
    static let now = 1_780_000_000.0
    static var repository: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    func state(_ language: Language = .en, width: Int = 80, height: Int = 24) -> AppState {
        var s = TestApp.state(width: width, height: height, language: language, root: Self.repository)
        s.clock = { QuizScreenTests.now }
        return s
    }

    func bank(_ ids: [String], in s: AppState) throws -> [QuizItem] {
        try ids.map { id in try XCTUnwrap(s.library.quizItems.first { $0.id == id }, id) }
    }

    func open(_ items: [QuizItem], _ s: inout AppState) {
        _ = App.openQuiz(&s, QuizSession(items: items, title: LocalizedText(en: "Quiz · seed 1", ko: "퀴즈 · seed 1"), seed: 1, now: Self.now))
    }

    func session(_ s: AppState) -> QuizSession? {
        if case .quiz(let q) = s.current { return q }
        return nil
    }

    func testSingleChoiceQuestionEnglish() throws {
        var s = state()
        open(try bank(["l4-conv-elementwise-what"], in: s), &s)
        TestApp.press([.down], &s)
        ScreenAssert.assert(App.view(s), matches: "quiz-question-en-80x24")
    }

    func testWrongAnswerFeedbackKorean() throws {
        var s = state(.ko)
        open(try bank(["l4-conv-elementwise-what", "l4-conv-activation-relu-multi"], in: s), &s)
        let effects = TestApp.press([.char("a"), .enter], &s)
        guard case .recordAnswer(let record, let scheduled)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(record.itemID, "l4-conv-elementwise-what")
        XCTAssertEqual(record.given, "a")
        XCTAssertFalse(record.correct)
        XCTAssertTrue(scheduled)
        XCTAssertEqual(s.history.reviews["l4-conv-elementwise-what"]?.lastCorrect, false)
        ScreenAssert.assert(App.view(s), matches: "quiz-feedback-ko-80x24")
    }

    func testMultipleAnswersWithSpaceAndLetters() throws {
        var s = state()
        let item = try bank(["l4-conv-activation-relu-multi"], in: s)[0]
        open([item], &s)
        guard case .choices(let right) = item.answer else { return XCTFail() }
        // Check the right ones: the first with Space at the cursor, the rest with letters.
        var keys: [Key] = Array(repeating: .down, count: right[0]) + [.char(" ")]
        keys += right.dropFirst().map { .char(Character(QuizItem.letter($0))) }
        TestApp.press(keys, &s)
        XCTAssertEqual(session(s)?.checked, Set(right))
        ScreenAssert.assert(App.view(s), matches: "quiz-multiple-en-80x24")
        let effects = TestApp.press([.enter], &s)
        XCTAssertEqual(effects.count, 1)
        if case .recordAnswer(let record, _)? = effects.first { XCTAssertTrue(record.correct) }
    }

    func testNumericEditFieldWithCursorAndBackspace() throws {
        var s = state()
        let items = DrillGenerator.make(seed: 3, count: 2, kinds: [.convOut])
        open(items, &s)
        TestApp.press([.char("1"), .char("x"), .char("2"), .char("9"), .backspace, .left, .char("0")], &s)
        XCTAssertEqual(session(s)?.field.text, "102")
        XCTAssertEqual(session(s)?.field.cursor, 2)
        ScreenAssert.assert(App.view(s), matches: "quiz-numeric-en-80x24")
        guard case .number(let value) = items[0].answer else { return XCTFail() }
        TestApp.press([.ctrl("u")] + QuizNumber.format(value).map { Key.char($0) }, &s)
        let effects = TestApp.press([.enter], &s)
        if case .recordAnswer(let record, let scheduled)? = effects.first {
            XCTAssertTrue(record.correct)
            XCTAssertTrue(scheduled, "generated drills are scheduled for review too")
            XCTAssertEqual(record.drill, items[0].drill, "the answer carries the drill's numbers")
            XCTAssertNotNil(record.drill)
        } else { XCTFail("\(effects)") }
    }

    func testOpenLessonFromFeedbackAndComeBack() throws {
        var s = state()
        let item = try bank(["l4-conv-elementwise-what"], in: s)[0]
        open([item], &s)
        // The right letter as the quiz file gives it.
        TestApp.press([.char(Character(item.answerText)), .enter, .char("o")], &s)
        guard case .lesson(let viewer) = s.current else { return XCTFail("lesson not opened") }
        XCTAssertEqual(viewer.lesson.id, "l4-convolution")
        XCTAssertEqual(viewer.lesson.pages[viewer.page].id, "conv-elementwise")
        TestApp.press([.char("q")], &s)
        XCTAssertEqual(session(s)?.phase, .feedback(correct: true))
    }

    func testSummaryKorean() throws {
        var s = state(.ko)
        open(try bank(["l4-conv-elementwise-what", "l5-relu-sigmoid-tf", "l4-conv-elementwise-mults"], in: s), &s)
        TestApp.press([.char("b"), .enter, .enter, .char("t"), .enter, .enter], &s)
        TestApp.press([.char("9"), .enter, .enter], &s)
        XCTAssertEqual(session(s)?.phase, .summary)
        ScreenAssert.assert(App.view(s), matches: "quiz-summary-ko-80x24")
        TestApp.press([.enter], &s)
        if case .home = s.current {} else { XCTFail("closing the summary returns to the screen below") }
    }

    func history() -> StudyHistory {
        var h = StudyHistory()
        let ids = ["l4-conv-elementwise-what", "l4-conv-elementwise-mults", "l5-relu-sigmoid-tf", "l7-seq-naive-difficulty"]
        for day in 0..<20 where day % 3 != 1 {
            for (n, id) in ids.enumerated() where (day + n) % 2 == 0 {
                let t = Self.now - Double(day) * 86_400 - Double(n) * 60
                h.record(AnswerRecord(itemID: id, answeredAt: t, given: "a", correct: (day + n) % 3 != 0, seconds: 5), schedule: true)
            }
        }
        h.answers.sort { $0.answeredAt < $1.answeredAt }
        return h
    }

    func testStatsScreenEnglishAndKorean() {
        for language in [Language.en, .ko] {
            var s = state(language)
            s.history = history()
            _ = App.openStats(&s)
            ScreenAssert.assert(App.view(s), matches: "stats-\(language.rawValue)-80x24")
            TestApp.press([.char("q")], &s)
            if case .home = s.current {} else { XCTFail("q returns home") }
        }
    }

    func testHomeQuizEntryShowsDueAndOpensTheMenuWhoseReviewRowStartsThem() {
        var s = state()
        s.history = history()
        // Independently of ReviewBoard: the records whose due time has passed, earliest first.
        let due = s.history.reviews.values.filter { $0.card.due <= Self.now }.sorted { $0.card.due < $1.card.due }.map(\.itemID)
        XCTAssertFalse(due.isEmpty)
        TestApp.press([.home], &s)
        guard case .home(let home) = s.current else { return XCTFail() }
        XCTAssertEqual(home.rows[home.selected], .quiz)
        XCTAssertTrue(App.view(s).lines().joined().contains("\(due.count) due"))
        TestApp.press([.enter], &s)
        guard case .quizMenu = s.current else { return XCTFail("Enter on Quiz opens the quiz menu") }
        XCTAssertTrue(App.view(s).lines()[2].contains("\(due.count) due now"), App.view(s).lines()[2])
        TestApp.press([.enter], &s)
        XCTAssertEqual(session(s)?.items.first?.id, due.first)
    }

    /// Scrolling the feedback stops at its last line: after many ↓, one ↑ moves the text at once
    /// (it used to count on past the end, so it took as many ↑ to come back).
    func testFeedbackScrollStopsAtTheEnd() throws {
        var s = state(width: 60, height: 14)
        s.options.minimumSize = Size(width: 40, height: 10)
        open(try bank(["l4-conv-elementwise-what", "l4-conv-activation-relu-multi"], in: s), &s)
        TestApp.press([.char("a"), .enter], &s)
        let top = App.view(s).text
        TestApp.press(Array(repeating: .down, count: 40), &s)
        let bottom = App.view(s).text
        XCTAssertNotEqual(bottom, top, "the feedback must be long enough to scroll at 60×14")
        TestApp.press([.up], &s)
        XCTAssertNotEqual(App.view(s).text, bottom, "one ↑ after scrolling past the end moves the text")
        TestApp.press(Array(repeating: .up, count: 40), &s)
        XCTAssertEqual(App.view(s).text, top)
    }
}
