import DLContent
import DLStudyApp
import TUIKit
import XCTest

/// The AlexNet walkthrough shows the notes' figures of the content it was loaded with
/// (Lessons/notes-figures.yaml), never figures of its own.
final class AlexNetFiguresSceneTests: XCTestCase {
    func testTheSceneShowsTheFiguresOfItsContent() throws {
        var figures = ContentLoader.load(root: ConvolutionSceneSupport.repositoryRoot).notesFigures
        let fc6 = try XCTUnwrap(figures.all.firstIndex { $0.id == "alexnet-fc6" })
        figures.all[fc6].quote = "a quote from another file"
        figures.all[fc6].explanation = LocalizedText(en: "FC6 has {{fc-params in=9216 out=4096 bias=0}} weights.",
                                                     ko: "FC6의 weight는 {{fc-params in=9216 out=4096 bias=0}}개예요.")
        let spec = SceneSpec(type: "alexnet-walkthrough", params: ["step": .number(6)], line: 1, figures: figures)
        let scene = try SceneFactory.build(spec).get()
        let en = scene.plainLines(SceneContext(language: .en, ascii: false, color: false), width: 120)
        XCTAssertTrue(en.contains("  notes: a quote from another file  (off)"), en.joined(separator: "\n"))
        // 9216·4096 = 37,748,736, by hand.
        XCTAssertTrue(en.contains("  FC6 has 37,748,736 weights."), en.joined(separator: "\n"))
        let ko = scene.plainLines(SceneContext(language: .ko, ascii: false, color: false), width: 120)
        XCTAssertTrue(ko.contains("  노트: a quote from another file  (다름)"), ko.joined(separator: "\n"))
        XCTAssertTrue(ko.contains("  FC6의 weight는 37,748,736개예요."), ko.joined(separator: "\n"))
    }

    func testWithoutTheFiguresTheSceneIsRefusedWithTheReason() {
        let spec = SceneSpec(type: "alexnet-walkthrough", params: [:], line: 1)
        guard case .failure(let problems) = SceneFactory.build(spec) else { return XCTFail("built without figures") }
        XCTAssertEqual(problems.messages.count, 1)
        XCTAssertTrue(problems.summary.hasPrefix("needs the notes' figures (alexnet-conv1, alexnet-conv2"), problems.summary)
    }

    /// The FC6 step in Korean, where the notes are off: the quote, 다름, and the kind explanation.
    func testFC6InKorean() {
        var state = TestApp.state(width: 120, height: 40, language: .ko, ascii: false, root: ModernCNNSceneTests.fixtureRoot)
        _ = App.openLesson(&state, id: "l5-modern-scenes", page: 3, alone: true)
        TestApp.press(Array(repeating: .right, count: 5), &state)
        ScreenAssert.assert(App.view(state), matches: "modern-alexnet-fc6-ko-120x40")
    }
}
