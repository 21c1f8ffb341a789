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

    /// Pages of the fixture lesson.
    enum Page: Int { case segmentation, convolutionalization, transposed, roi, yolo, family }

    func screen(_ page: Page, _ name: String, _ keys: [Key] = [], width: Int = 80, height: Int = 24, language: Language = .en,
                ascii: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        var s = state(page: page.rawValue, width: width, height: height, language: language, ascii: ascii)
        TestApp.press(keys, &s)
        ScreenAssert.assert(App.view(s), matches: name, file: file, line: line)
    }

    static let space = Key.char(" ")

    // MARK: Segmentation vs classification vs detection

    func testSegmentationViews() {
        screen(.segmentation, "vision-segmentation-en-80x24")
        screen(.segmentation, "vision-segmentation-pixels-en-80x24", [Self.space, Self.space])
        screen(.segmentation, "vision-segmentation-boxes-ko-120x40", [Self.space], width: 120, height: 40, language: .ko)
        screen(.segmentation, "vision-segmentation-boxes-ascii-80x24", [.char("2")], ascii: true)
    }

    // MARK: Convolutionalization

    func testConvolutionalization() {
        screen(.convolutionalization, "vision-fcn-en-80x24")
        screen(.convolutionalization, "vision-fcn-ko-120x40", [.right, .right, .right], width: 120, height: 40, language: .ko)
        screen(.convolutionalization, "vision-fcn-largest-en-80x24", Array(repeating: Key.right, count: 9))
    }

    // MARK: Transposed convolution

    func testTransposedConvScatter() {
        screen(.transposed, "vision-convT-scatter-step2-en-80x24", [Self.space, Self.space])
        screen(.transposed, "vision-convT-scatter-done-ko-120x40", [Self.space, Self.space, Self.space, Self.space], width: 120, height: 40, language: .ko)
        screen(.transposed, "vision-convT-scatter-side-en-160x40", [Self.space, Self.space, Self.space], width: 160, height: 40)
    }

    func testTransposedConvZeroInsertionAndNotInverse() {
        screen(.transposed, "vision-convT-zero-step7-en-80x24", [.char("v")] + Array(repeating: Self.space, count: 7))
        screen(.transposed, "vision-convT-zero-done-ko-120x40", [.char("2"), .char("e")], width: 120, height: 40, language: .ko)
        screen(.transposed, "vision-convT-not-inverse-en-80x24", [.char("3"), Self.space, Self.space])
        screen(.transposed, "vision-convT-not-inverse-ko-120x40", [.char("3"), Self.space, Self.space], width: 120, height: 40, language: .ko)
        screen(.transposed, "vision-convT-scatter-ascii-80x24", [Self.space, Self.space], ascii: true)
    }

    // MARK: RoI pooling

    func testRoIPooling() {
        screen(.roi, "vision-roi-step3-en-80x24", [Self.space, Self.space, Self.space])
        screen(.roi, "vision-roi-moved-en-80x24", [.right, .char("]"), .char("}"), .char("b")])
        screen(.roi, "vision-roi-done-ko-120x40", [.char("e")], width: 120, height: 40, language: .ko)
        screen(.roi, "vision-roi-side-en-150x30", [.char("b"), Self.space], width: 150, height: 30)
    }

    // MARK: YOLO

    func testYOLO() {
        screen(.yolo, "vision-yolo-en-80x24")
        screen(.yolo, "vision-yolo-ko-120x40", [Self.space, .char("S"), .char("B"), .char("c")], width: 120, height: 40, language: .ko)
    }

    // MARK: Detection family

    func testDetectionFamily() {
        screen(.family, "vision-family-rcnn-en-80x24")
        screen(.family, "vision-family-sppnet-en-80x24", [Self.space])
        screen(.family, "vision-family-fast-ko-120x40", [Self.space, Self.space], width: 120, height: 40, language: .ko)
        screen(.family, "vision-family-faster-ascii-80x24", [Self.space, Self.space, Self.space], ascii: true)
    }

    // MARK: Behaviour

    func testScenesUseTheirKeysAndLeaveNAndPToThePage() {
        var s = state(page: Page.transposed.rawValue)
        TestApp.press([Self.space, .right], &s)
        guard case .lesson(let viewer) = s.current else { return XCTFail("not in a lesson") }
        XCTAssertEqual(viewer.page, Page.transposed.rawValue, "Space and → step the scene, not the page")
        TestApp.press([.char("n")], &s)
        guard case .lesson(let next) = s.current else { return XCTFail("not in a lesson") }
        XCTAssertEqual(next.page, Page.roi.rawValue)
    }

    func testEveryVisionSceneHasPlainLinesInBothLanguages() {
        let library = ContentLoader.load(root: Self.root)
        for page in library.lessons.first?.pages ?? [] {
            guard let spec = page.scene, let scene = try? SceneFactory.build(spec).get() else { return XCTFail("no scene on \(page.id ?? "")") }
            for language in [Language.en, .ko] {
                let lines = scene.plainLines(SceneContext(language: language, ascii: false, color: false), width: 78)
                XCTAssertFalse(lines.isEmpty, "\(spec.type) \(language)")
            }
        }
    }

    func testBadParametersAreReportedByCheckAndBuildNoScene() {
        let (lesson, problems) = LessonParser.parse("""
            id: bad
            lecture: 6
            order: 1
            title: {en: Bad, ko: Bad}
            concepts: [transposed-conv]
            pages:
              - id: a
                concepts: [transposed-conv]
                title: {en: A, ko: A}
                body: {en: a, ko: a}
                scene: {type: transposed-conv, input: "1 2; 3", stride: 9, colour: red}
              - id: b
                title: {en: B, ko: B}
                body: {en: b, ko: b}
                scene: {type: roi-pool, box: [5, 5, 1, 1]}
              - id: c
                title: {en: C, ko: C}
                body: {en: c, ko: c}
                scene: {type: yolo-grid, s: 0}
            """, file: "bad.yaml")
        let messages = problems.map(\.message).joined(separator: "\n")
        XCTAssertTrue(messages.contains("row 2 has"), messages)
        XCTAssertTrue(messages.contains("'stride' must be a whole number from 1 to 4"), messages)
        XCTAssertTrue(messages.contains("unknown parameter 'colour'"), messages)
        XCTAssertTrue(messages.contains("x1 ≤ x2"), messages)
        XCTAssertTrue(messages.contains("'s' must be a whole number from 2 to 9"), messages)
        for page in lesson?.pages ?? [] {
            if let spec = page.scene { XCTAssertNil(try? SceneFactory.build(spec).get(), spec.type) }
        }
    }

}
