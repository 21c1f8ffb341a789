import DLContent
import DLStudyApp
import TUIKit
import XCTest

final class ScreenTests: XCTestCase {
    func testHomeEnglish80x24() {
        ScreenAssert.assert(App.view(TestApp.state()), matches: "home-en-80x24")
    }

    func testHomeKorean80x24() {
        ScreenAssert.assert(App.view(TestApp.state(language: .ko)), matches: "home-ko-80x24")
    }

    func testHomeEnglish120x40() {
        ScreenAssert.assert(App.view(TestApp.state(width: 120, height: 40)), matches: "home-en-120x40")
    }

    func testHomeKorean120x40() {
        ScreenAssert.assert(App.view(TestApp.state(width: 120, height: 40, language: .ko)), matches: "home-ko-120x40")
    }

    func testHomeAscii() {
        var state = TestApp.state(ascii: true)
        TestApp.press([.down], &state)
        ScreenAssert.assert(App.view(state), matches: "home-ascii-80x24")
    }

    func testHelpOverlayOnHome() {
        var state = TestApp.state()
        TestApp.press([.char("?")], &state)
        XCTAssertTrue(state.helpVisible)
        ScreenAssert.assert(App.view(state), matches: "help-home-en-80x24")
        TestApp.press([.char("x")], &state)
        XCTAssertFalse(state.helpVisible)
    }

    func testHelpOverlayInLessonKorean() {
        var state = TestApp.state(language: .ko)
        TestApp.press([.enter, .char("?")], &state)
        ScreenAssert.assert(App.view(state), matches: "help-lesson-ko-80x24")
    }

    func testTooSmall40x12AndRecovery() {
        var state = TestApp.state(width: 40, height: 12)
        ScreenAssert.assert(App.view(state), matches: "too-small-en-40x12")
        _ = App.update(&state, .resize(Size(width: 100, height: 30)))
        XCTAssertFalse(state.isTooSmall)
        XCTAssertEqual(App.view(state).lines()[0].contains("dlstudy"), true)
    }

    func testTooSmallKoreanAndDegenerateSizes() {
        ScreenAssert.assert(App.view(TestApp.state(width: 40, height: 12, language: .ko)), matches: "too-small-ko-40x12")
        for (w, h) in [(1, 1), (0, 0), (2, 1), (79, 24), (80, 5)] {
            let frame = App.view(TestApp.state(width: w, height: h))
            XCTAssertEqual(frame.size, Size(width: w, height: h))
        }
    }

    func testLessonViewerPage() {
        var state = TestApp.state()
        let effects = TestApp.press([.enter], &state)
        XCTAssertEqual(effects.count, 1)
        ScreenAssert.assert(App.view(state), matches: "lesson-en-80x24")
        TestApp.press([.char("L")], &state)
        ScreenAssert.assert(App.view(state), matches: "lesson-ko-80x24")
    }

    func testLessonWithControlCharactersNeverDrawsThem() {
        let root = URL(fileURLWithPath: TestApp.contentRoot).deletingLastPathComponent().appendingPathComponent("broken-content").path
        var state = TestApp.state(root: root)
        // The home marks the broken lesson.
        XCTAssertTrue(App.view(state).lines().contains { $0.contains("! 2. ") })
        // "good" has an ESC sequence in its body: it is drawn as U+FFFD, never as ESC.
        TestApp.press([.enter], &state)
        let frame = App.view(state)
        XCTAssertFalse(frame.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
        XCTAssertTrue(frame.text.contains("Steps of the window.\u{FFFD}[2J"))
    }
}
