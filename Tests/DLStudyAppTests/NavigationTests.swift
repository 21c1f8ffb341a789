import DLContent
import DLStudyApp
import TUIKit
import XCTest

final class NavigationTests: XCTestCase {
    func testMoveOpenPageBackAndQuit() {
        var state = TestApp.state()
        guard case .home(let home0) = state.current else { return XCTFail("not home") }
        XCTAssertEqual(home0.rows[home0.selected], .lesson("l4-convolution"))
        TestApp.press([.char("j")], &state)
        guard case .home(let home1) = state.current else { return XCTFail("not home") }
        XCTAssertEqual(home1.rows[home1.selected], .lesson("l5-vgg"), "j skips the lecture header")
        TestApp.press([.char("k"), .enter], &state)
        guard case .lesson(let viewer) = state.current else { return XCTFail("lesson not opened") }
        XCTAssertEqual(viewer.page, 0)
        let effects = TestApp.press([.char("n")], &state)
        guard case .lesson(let viewer2) = state.current else { return XCTFail("lesson closed") }
        XCTAssertEqual(viewer2.page, 1)
        XCTAssertEqual(state.progress.lessons["l4-convolution"]?.furthestPage, 1)
        XCTAssertEqual(effects, [.saveProgress(state.progress)])
        TestApp.press([.char("n")], &state)  // already on the last page
        guard case .lesson(let viewer3) = state.current else { return XCTFail("lesson closed") }
        XCTAssertEqual(viewer3.page, 1)
        TestApp.press([.char("q")], &state)
        guard case .home = state.current else { return XCTFail("q did not go back") }
        XCTAssertFalse(state.done)
        XCTAssertEqual(TestApp.press([.escape], &state), [.quit])
        XCTAssertTrue(state.done)
    }

    func testReopeningResumesAtLastPageAndMarksProgress() {
        var state = TestApp.state()
        TestApp.press([.enter, .char("n"), .char("q")], &state)
        XCTAssertTrue(App.view(state).lines().contains { $0.contains("✓ 1. Convolution, cell by cell") })
        TestApp.press([.enter], &state)
        guard case .lesson(let viewer) = state.current else { return XCTFail("lesson not opened") }
        XCTAssertEqual(viewer.page, 1)
    }

    func testLanguageToggleIsLive() {
        var state = TestApp.state()
        XCTAssertTrue(App.view(state).text.contains("Lecture 4"))
        TestApp.press([.char("L")], &state)
        XCTAssertEqual(state.language, .ko)
        XCTAssertTrue(App.view(state).text.contains("4강"))
    }

    func testHomeScrollsToKeepSelectionVisible() {
        var state = TestApp.state(width: 80, height: 8)
        state.options.minimumSize = Size(width: 10, height: 5)
        TestApp.press(Array(repeating: .down, count: 10), &state)
        let lines = App.view(state).lines()
        XCTAssertTrue(lines.contains { $0.contains("LSTM gates") }, lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains("Quiz") }, lines.joined(separator: "\n"))
        TestApp.press([.home], &state)
        XCTAssertTrue(App.view(state).lines().contains { $0.contains("Quiz") })
    }

    func testKeysIgnoredWhileTooSmallExceptQuit() {
        var state = TestApp.state(width: 30, height: 10)
        TestApp.press([.enter], &state)
        guard case .home = state.current else { return XCTFail("opened while too small") }
        XCTAssertEqual(TestApp.press([.char("q")], &state), [.quit])
    }
}

final class DirectLessonTests: XCTestCase {
    func testLessonOpenedAloneQuitsOnBack() {
        var state = TestApp.state()
        _ = App.openLesson(&state, id: "l7-lstm", page: nil, alone: true)
        XCTAssertEqual(state.stack.count, 1)
        XCTAssertEqual(TestApp.press([.char("q")], &state), [.quit])
        XCTAssertTrue(state.done)
    }
}

final class MarkdownTests: XCTestCase {
    func testListItemContinuationKeepsHangingIndent() {
        let lines = Markdown.render("- one two\n  three four\nafter", width: 9).map { $0.map(\.text).joined() }
        XCTAssertEqual(lines, ["• one two", "  three", "  four", "after"])
    }

    func testHeadingsQuotesAndInlineStyles() {
        let lines = Markdown.render("## Title\n\n**bold** and `x` and $h_{t-1}$\n> note", width: 40)
        XCTAssertEqual(lines.map { $0.map(\.text).joined() }, ["Title", "", "bold and x and hₜ₋₁", "│ note"])
        XCTAssertEqual(lines[0].first?.role, .heading)
        XCTAssertEqual(lines[2].first?.role, .strong)
        XCTAssertTrue(lines[2].contains { $0.role == .code && $0.text == "x" })
    }

    func testFormulaAloneOnALineIsDisplayed() {
        let lines = Markdown.render("Forget gate:\n$f_t = \\sigma(x)$\nthen more", width: 40).map { $0.map(\.text).joined() }
        XCTAssertEqual(lines, ["Forget gate:", "  fₜ = σ(x)", "then more"])
    }

    func testMathConversion() {
        XCTAssertEqual(MathText.render("f_t = \\sigma(W_f \\cdot [h_{t-1}, x_t] + b_f)"), "fₜ = σ(W_f · [hₜ₋₁, xₜ] + b_f)")
        XCTAssertEqual(MathText.render("\\tilde{C}_t \\to k^2 \\times 3"), "C̃ₜ → k² × 3")
        XCTAssertEqual(MathText.render("\\mathbb{tanh}(C_t)"), "tanh(Cₜ)")
    }
}

final class QuizTextTests: XCTestCase {
    func testQuizTextComputesPlaceholdersAndRendersMath() {
        let text = QuizText(language: .en, evaluate: CalcEvaluator.placeholder)
        let raw = LocalizedText(en: "$C_t = f_t \\cdot C_{t-1}$ and {{conv-out i=7 k=3}} **cells**\u{1B}", ko: "-")
        XCTAssertEqual(text.text(raw), "Cₜ = fₜ · Cₜ₋₁ and 5 cells\u{FFFD}")
    }
}
