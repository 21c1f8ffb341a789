import DLContent
import DLStudyApp
import Foundation
import TUIKit
import XCTest

/// Whole-screen tests of the Vision scenes (issue 7) on the fixture lesson in Tests/Fixtures/vision-content.
final class VisionSceneTests: XCTestCase {
    static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/vision-content").path
    }

    /// A state with the fixture lesson open at `page` (0-based).
    func state(page: Int, width: Int = 80, height: Int = 24, language: Language = .en, ascii: Bool = false) -> AppState {
        var state = TestApp.state(width: width, height: height, language: language, ascii: ascii, root: Self.root)
        _ = App.openLesson(&state, id: "l6-vision-scenes", page: page)
        return state
    }

    func testFixtureLoadsWithoutProblems() {
        let library = ContentLoader.load(root: Self.root)
        XCTAssertEqual(library.diagnostics, [])
        XCTAssertEqual(library.lessons.first?.pages.compactMap(\.scene).count, 6)
    }

    func testDumpForReview() throws {
        guard ProcessInfo.processInfo.environment["DLSTUDY_DUMP"] == "1" else { throw XCTSkip("dump only") }
        var out = ""
        for (w, h, lang) in [(80, 24, Language.en), (120, 40, .ko)] {
            for page in 0..<6 {
                var s = state(page: page, width: w, height: h, language: lang)
                out += App.view(s).text + "\n"
                TestApp.press([.char(" "), .char(" "), .char(" ")], &s)
                out += App.view(s).text + "\n"
            }
        }
        try out.write(toFile: "/tmp/vision-dump.txt", atomically: true, encoding: .utf8)
    }
}
