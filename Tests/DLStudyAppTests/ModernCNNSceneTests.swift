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

/// The other ModernCNN scenes: network table, AlexNet walkthrough, block diagrams, skip gradient.
final class ModernCNNOtherSceneTests: XCTestCase {
    func state(page: Int, width: Int = 80, height: Int = 24, language: Language = .en, ascii: Bool = false) -> AppState {
        var state = TestApp.state(width: width, height: height, language: language, ascii: ascii, root: ModernCNNSceneTests.fixtureRoot)
        _ = App.openLesson(&state, id: "l5-modern-scenes", page: page, alone: true)
        return state
    }

    func check(_ page: Int, _ name: String, keys: [Key] = [], width: Int = 80, height: Int = 24, language: Language = .en, ascii: Bool = false) {
        var s = state(page: page, width: width, height: height, language: language, ascii: ascii)
        TestApp.press(keys, &s)
        ScreenAssert.assert(App.view(s), matches: name)
    }

    func testNetworkTable() { check(2, "modern-table-en-80x24") }
    func testNetworkTableSearchKorean() { check(2, "modern-table-search-ko-120x40", keys: [.char("/"), .char("c"), .char("l"), .char("a"), .char("s"), .char("s"), .char("i"), .char("f"), .char("i"), .char("e"), .char("r"), .char("."), .char("4")], width: 120, height: 40, language: .ko) }
    func testAlexNetWalkthrough() { check(3, "modern-alexnet-conv2-en-80x24", keys: [.right]) }
    func testAlexNetFC6Large() { check(3, "modern-alexnet-fc6-en-120x40", keys: Array(repeating: .right, count: 5), width: 120, height: 40) }
    func testAlexNetTotalsKorean() { check(3, "modern-alexnet-total-ko-120x40", keys: Array(repeating: .right, count: 8), width: 120, height: 40, language: .ko) }
    func testInception() { check(4, "modern-inception-en-80x24") }
    func testInceptionNaiveKorean() { check(4, "modern-inception-naive-ko-120x40", keys: [.char("t")], width: 120, height: 40, language: .ko) }
    func testResNetBasic() { check(5, "modern-resnet-basic-en-80x24") }
    func testResNetBottleneckAscii() { check(6, "modern-resnet-bottleneck-ascii-80x24", ascii: true) }
    func testDenseNet() { check(7, "modern-densenet-ko-80x24", language: .ko) }
    func testTransition() { check(8, "modern-transition-en-120x40", width: 120, height: 40) }
    func testSkipGradient() { check(9, "modern-skip-en-80x24") }
    func testSkipGradientLarge() { check(9, "modern-skip-ko-120x40", width: 120, height: 40, language: .ko) }
    func testDerivatives() { check(10, "modern-derivatives-en-120x40", width: 120, height: 40) }
    func testDerivatives80x24() { check(10, "modern-derivatives-en-80x24") }
}
