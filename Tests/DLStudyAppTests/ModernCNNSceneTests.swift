import DLContent
import DLEngine
import DLStudyApp
import Foundation
import TUIKit
import XCTest

/// Whole-screen tests of the ModernCNN scenes (issue 6) on the fixture lesson in
/// Tests/Fixtures/modern-cnn, in English and Korean, at 80×24 and larger.
final class ModernCNNSceneTests: XCTestCase {
    static var fixtureRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/modern-cnn").path
    }

    /// The fixture lesson opened at page `page` (0-based).
    func state(page: Int, width: Int = 80, height: Int = 24, language: Language = .en, ascii: Bool = false) -> AppState {
        var state = TestApp.state(width: width, height: height, language: language, ascii: ascii, root: Self.fixtureRoot)
        _ = App.openLesson(&state, id: "l5-modern-scenes", page: page, alone: true)
        return state
    }

    func screen(_ state: AppState) -> [String] { App.view(state).lines() }

    // MARK: receptive field

    func testReceptiveFieldTwoThreeByThree80x24() {
        let s = state(page: 0)
        ScreenAssert.assert(App.view(s), matches: "modern-rf-two-en-80x24")
    }

    func testReceptiveFieldOutputUnitLightsFiveByFive() {
        let lines = screen(state(page: 0, width: 120, height: 40))
        // The selected output unit (centre of the 3×3 map) sees a 5×5 block of the 7×7 input.
        XCTAssertEqual(lines.filter { $0.contains("██████████") && !$0.contains("████████████") }.count, 5 + 0)
        XCTAssertEqual(lines.filter { $0.contains("◆◆") }.count, 1)
        ScreenAssert.assert(App.view(state(page: 0, width: 120, height: 40)), matches: "modern-rf-two-en-120x40")
    }

    func testReceptiveFieldCornerUnitAfterMoving() {
        var s = state(page: 0, width: 120, height: 40)
        TestApp.press([.up, .left], &s)
        ScreenAssert.assert(App.view(s), matches: "modern-rf-two-corner-en-120x40")
    }

    func testReceptiveFieldKorean() {
        ScreenAssert.assert(App.view(state(page: 0, language: .ko)), matches: "modern-rf-two-ko-80x24")
    }

    func testReceptiveFieldVGGPresetIntermediateUnit() {
        var s = state(page: 1, width: 120, height: 40)
        TestApp.press([.backTab, .backTab], &s)
        ScreenAssert.assert(App.view(s), matches: "modern-rf-vgg-en-120x40")
    }

    func testReceptiveFieldEditingAndAscii() {
        var s = state(page: 0, ascii: true)
        TestApp.press([.char("s"), .char("d")], &s)
        ScreenAssert.assert(App.view(s), matches: "modern-rf-edited-ascii-80x24")
    }
}
