@testable import DLContent
import DLEngine
@testable import DLStudyApp
import Foundation
import TUIKit
import XCTest

/// Whole-screen tests of the Recurrent scenes (sequence models, RNN unrolled, gradients, LSTM, GRU)
/// and checks that every number they show is the engine's.
final class RecurrentSceneTests: XCTestCase {
    static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/recurrent-content").path
    }

    /// The fixture lesson opened on `page` (0-based: sequence, rnn, gradients, lstm, gru).
    static func state(page: Int, width: Int = 80, height: Int = 24, language: Language = .en, ascii: Bool = false) -> AppState {
        var state = TestApp.state(width: width, height: height, language: language, ascii: ascii, root: root)
        _ = App.openLesson(&state, id: "l7-recurrent-scenes", page: page, alone: true)
        return state
    }

    static func scene(_ state: AppState) -> (any LessonScene)? {
        if case .lesson(let viewer) = state.current { return viewer.scene }
        return nil
    }

    func testFixtureLessonIsValidAndEveryPageHasAScene() {
        let library = ContentLoader.load(root: Self.root)
        XCTAssertEqual(library.diagnostics.map(\.description), [])
        let lesson = library.lesson("l7-recurrent-scenes")
        XCTAssertEqual(lesson?.pages.count, 5)
        for page in lesson?.pages ?? [] {
            XCTAssertNotNil(page.scene.flatMap { try? SceneFactory.build($0).get() }, "page \(page.id ?? "?")")
        }
    }

    // MARK: LSTM

    func testLSTMScreens() {
        var state = Self.state(page: 3)
        ScreenAssert.assert(App.view(state), matches: "rnn-lstm-en-80x24")
        TestApp.press(Array(repeating: .char(" "), count: 5), &state)
        ScreenAssert.assert(App.view(state), matches: "rnn-lstm-step-h-en-80x24")
        var ko = Self.state(page: 3, width: 120, height: 40, language: .ko)
        TestApp.press(Array(repeating: .right, count: 9), &ko)
        ScreenAssert.assert(App.view(ko), matches: "rnn-lstm-ko-120x40")
        ScreenAssert.assert(App.view(Self.state(page: 3, width: 160, height: 40)), matches: "rnn-lstm-en-160x40")
        ScreenAssert.assert(App.view(Self.state(page: 3, ascii: true)), matches: "rnn-lstm-ascii-80x24")
    }

    // MARK: GRU

    func testGRUScreens() {
        var state = Self.state(page: 4)
        TestApp.press([.right, .right], &state)
        ScreenAssert.assert(App.view(state), matches: "rnn-gru-en-80x24")
        ScreenAssert.assert(App.view(Self.state(page: 4, width: 120, height: 40, language: .ko)), matches: "rnn-gru-ko-120x40")
    }
}

extension RecurrentSceneTests {
    func testGradientScreens() {
        var state = Self.state(page: 2)
        ScreenAssert.assert(App.view(state), matches: "rnn-gradients-en-80x24")
        TestApp.press([.char("3")], &state)
        ScreenAssert.assert(App.view(state), matches: "rnn-gradients-exploding-en-80x24")
        var ko = Self.state(page: 2, width: 120, height: 40, language: .ko)
        TestApp.press([.char("2"), .char("f")], &ko)
        ScreenAssert.assert(App.view(ko), matches: "rnn-gradients-ko-120x40")
    }
}

extension RecurrentSceneTests {
    func testUnrolledRNNScreens() {
        var state = Self.state(page: 1)
        TestApp.press([.right], &state)
        ScreenAssert.assert(App.view(state), matches: "rnn-unrolled-en-80x24")
        var ko = Self.state(page: 1, width: 120, height: 40, language: .ko)
        TestApp.press([.right, .right, .right], &ko)
        ScreenAssert.assert(App.view(ko), matches: "rnn-unrolled-ko-120x40")
    }
}

extension RecurrentSceneTests {
    func testSequenceModelsScreens() {
        var state = Self.state(page: 0)
        ScreenAssert.assert(App.view(state), matches: "rnn-sequence-en-80x24")
        TestApp.press([.down, .down, .down, .right], &state)
        ScreenAssert.assert(App.view(state), matches: "rnn-sequence-latent-en-80x24")
        var ko = Self.state(page: 0, width: 120, height: 40, language: .ko)
        TestApp.press([.down, .char("+")], &ko)
        ScreenAssert.assert(App.view(ko), matches: "rnn-sequence-ko-120x40")
    }
}

extension RecurrentSceneTests {
    func testEveryRecurrentSceneInKoreanAt80x24() {
        let names = ["sequence", "unrolled", "gradients", "lstm", "gru"]
        for (page, name) in names.enumerated() {
            var state = Self.state(page: page, language: .ko)
            TestApp.press([.right, .right], &state)
            ScreenAssert.assert(App.view(state), matches: "rnn-\(name)-ko-80x24")
        }
    }

    func testEditorOnScreenAndPlainLines() {
        var state = Self.state(page: 3)
        TestApp.press([.char("e"), .char(";"), .char("x")], &state)
        ScreenAssert.assert(App.view(state), matches: "rnn-lstm-editing-en-80x24")
        // Every scene prints its steps for `lesson --plain`.
        let library = ContentLoader.load(root: Self.root)
        guard let lesson = library.lesson("l7-recurrent-scenes") else { return XCTFail("no fixture lesson") }
        let text = PlainLesson.render(lesson, language: .en, evaluate: { _ in nil }).text
        XCTAssertTrue(text.contains("  f₁ = σ(W_f·[h₀, x₁] + b_f)"), text)
        XCTAssertTrue(text.contains("‖∂h_T/∂h_t‖ of a tanh RNN, W_hh = 0.5 × rotation, T = 10:"), text)
        XCTAssertTrue(text.contains("  latent AR: p(x₆ | h₆), h₆ = g(h₅, x₅)"), text)
        XCTAssertTrue(text.contains("  naive: p(x₆ | x₅, …, x₁)"), text)
        XCTAssertTrue(text.contains("  autoregressive: p(x₆ | x₅, x₄, x₃)  τ=3"), text)
        XCTAssertTrue(text.contains("Same weights at every step: W_hh=["), text)
        XCTAssertTrue(text.contains("  h̃₁ = tanh(W_in·x₁ + b_in + r₁⊙(W_hn·h₀ + b_hn))"), text)
    }
}

extension RecurrentSceneTests {
    func testValidatorsReportBadParameters() {
        func problems(_ type: String, _ params: [String: ContentValue]) -> [String] {
            SceneCatalog.validate(SceneSpec(type: type, params: params, line: 1))
        }
        XCTAssertEqual(problems("lstm-gates", ["input": .string("1; 0.5; -1"), "preset": .string("remember"), "h0": .string("0 0")]), [])
        XCTAssertEqual(problems("lstm-gates", ["preset": .string("sometimes")]), ["'preset' must be one of normal, forget, remember, got \"sometimes\""])
        XCTAssertEqual(problems("lstm-gates", ["input": .string("1; x")]), ["'input' row 2: 'x' is not a number"])
        XCTAssertEqual(problems("gru-gates", ["h0": .string("1 2 3")]), ["'h0' needs 2 numbers (the hidden size), got 3"])
        XCTAssertEqual(problems("rnn-gradients", ["scale": .number(3)]), ["'scale' must be a number from 0.1 to 2, got 3"])
        XCTAssertEqual(problems("rnn-gradients", ["steps": .number(1)]), ["'steps' must be a whole number from 2 to 30, got 1"])
        XCTAssertEqual(problems("sequence-models", ["model": .string("full"), "colour": .string("red")]),
                       ["unknown parameter 'colour' (known: sequence, model, tau)"])
        XCTAssertEqual(problems("rnn-unrolled", ["input": .string("1 2; 3 4")]), ["'input': each step is 1 number (the input size), got 2"])
    }

    func testScenesSurviveTinyAreasAndAnyKeys() {
        let library = ContentLoader.load(root: Self.root)
        let keys: [Key] = [.right, .left, .up, .down, .enter, .tab, .backspace, .char("e"), .char("9"), .char(";"), .enter,
                           .char("s"), .char("-"), .enter, .tab, .char("f"), .char("m"), .char("0"), .char("a"), .char("+"),
                           .char("-"), .char("1"), .char("3"), .char("r"), .home, .function(5)]
        for page in library.lesson("l7-recurrent-scenes")?.pages ?? [] {
            guard let spec = page.scene, var scene = try? SceneFactory.build(spec).get() else { return XCTFail("no scene on \(page.id ?? "?")") }
            for key in keys + keys { _ = scene.handle(key) }
            for _ in 0..<50 { _ = scene.tick() }
            for (w, h) in [(0, 0), (1, 1), (10, 3), (40, 5), (78, 11)] {
                var frame = Frame(size: Size(width: 80, height: 24))
                scene.draw(into: &frame, area: Rect(x: 1, y: 1, width: w, height: h), context: SceneContext(language: .ko, ascii: true, color: false))
                XCTAssertEqual(frame.size, Size(width: 80, height: 24))
            }
        }
    }
}
