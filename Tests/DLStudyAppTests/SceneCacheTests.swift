import DLContent
import DLStudyApp
import TUIKit
import XCTest

/// Scenes keep what they compute from their network (analyses, built lines) between draws; a key
/// that changes the network must show the new network's numbers (derived by hand below).
final class SceneCacheTests: XCTestCase {
    func state(page: Int, language: Language = .en) -> AppState {
        var state = TestApp.state(width: 120, height: 40, language: language, root: ModernCNNSceneTests.fixtureRoot)
        _ = App.openLesson(&state, id: "l5-modern-scenes", page: page, alone: true)
        return state
    }

    func text(_ state: AppState) -> String { App.view(state).text }

    func testReceptiveFieldShowsTheEditedNetwork() {
        var s = state(page: 0)  // two 3×3 on 7×7: 7 → 5 → 3, r 5
        XCTAssertTrue(text(s).contains("3×3 → 3×3"))
        XCTAssertFalse(text(s).contains("r7"))
        TestApp.press([.char("c")], &s)  // a third 3×3: 3 → 1, r = 5 + 2 = 7
        XCTAssertTrue(text(s).contains("3×3 → 1×1"), text(s))
        XCTAssertTrue(text(s).contains("r7 j1 p0"), text(s))
        XCTAssertTrue(text(s).contains("(3·3 + 3·3 + 3·3)·C² = 27C²"), text(s))
        TestApp.press([.char("z")], &s)  // padding 1: every map 7×7, p = 1, 2, 3
        XCTAssertTrue(text(s).contains("(padding on)"), text(s))
        XCTAssertTrue(text(s).contains("3×3 → 7×7"), text(s))
        XCTAssertTrue(text(s).contains("r7 j1 p3"), text(s))
        TestApp.press([.char("x")], &s)  // back to two: r 5, p 2
        XCTAssertTrue(text(s).contains("r5 j1 p2"), text(s))
        XCTAssertFalse(text(s).contains("r7"), text(s))
    }

    func testBlockDiagramShowsTheChosenBlockAndLanguage() {
        var s = state(page: 4)
        // Inception (3a) with reductions: 192·64 + 192·96 + 96·128·9 + 192·16 + 16·32·25 + 192·32 = 163,328.
        XCTAssertTrue(text(s).contains("163,328"), text(s))
        XCTAssertTrue(text(s).contains("without: 387,072 (2.37× more)"), text(s))
        TestApp.press([.char("t")], &s)  // naive: 192·64 + 192·128·9 + 192·32·25 = 387,072
        XCTAssertTrue(text(s).contains("Naive inception"), text(s))
        TestApp.press([.tab], &s)  // ResNet basic block: 2·(3·3·64·64) + 2 batch norms of 2·64 = 73,984
        XCTAssertTrue(text(s).contains("parameters: 73,984"), text(s))
        TestApp.press([.char("L")], &s)
        XCTAssertTrue(text(s).contains("파라미터 73,984개"), text(s))
    }
}
