import DLContent
import DLEngine
@testable import DLStudyApp
import Foundation
import TUIKit
import XCTest

/// Every gate value the LSTM and GRU scenes display equals the engine's (rounded as shown), and the
/// engine's values for the scenes' example cells equal PyTorch's (fixture from gen_recurrent_cells.py).
final class RecurrentGateValueTests: XCTestCase {
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/recurrent-cells")
    }

    /// The numbers after the last "= " on the screen line where `symbol` (e.g. `f₁`) is marked ▶.
    static func shownValues(_ frame: Frame, marked symbol: String) -> [Double]? {
        guard let line = frame.lines().first(where: { $0.contains("▶ " + symbol) }),
              let eq = line.range(of: "= ", options: .backwards) else { return nil }
        let tail = line[eq.upperBound...]
        let cleaned = String(tail.unicodeScalars.map { ("0"..."9").contains($0) || $0 == "." || $0 == "-" ? Character($0) : " " })
        return cleaned.split(separator: " ").compactMap { Double($0) }
    }

    /// Steps through every stage of every time step and compares the shown numbers with the engine.
    func checkScene(page: Int, keys: [Key], weights: RecurrentWeights?, kind: RecurrentKind, file: StaticString = #filePath, line: UInt = #line) throws {
        var state = RecurrentSceneTests.state(page: page)
        TestApp.press(keys, &state)
        let w = try XCTUnwrap(weights)
        let run = try runRecurrent(w, input: Tensor(shape: [3, 1], data: [1, 0.5, -1]))
        let stages = GateStage.stages(kind)
        var checked = 0
        for step in run.steps {
            for stage in stages {
                let shown = try XCTUnwrap(Self.shownValues(App.view(state), marked: stage.symbol + VectorText.sub(step.t)), "no marked line", file: file, line: line)
                let expected = stage.values(step).map { (($0 * 100).rounded()) / 100 }
                XCTAssertEqual(shown, expected, "t=\(step.t) \(stage.symbol)", file: file, line: line)
                checked += 1
                TestApp.press([.right], &state)
            }
        }
        XCTAssertEqual(checked, 3 * stages.count)
    }

    func testLSTMSceneShowsTheEngineGates() throws {
        try checkScene(page: 3, keys: [], weights: ExampleCells.lstm(.normal), kind: .lstm)
        try checkScene(page: 3, keys: [.char("f")], weights: ExampleCells.lstm(.forget), kind: .lstm)
        try checkScene(page: 3, keys: [.char("m")], weights: ExampleCells.lstm(.remember), kind: .lstm)
    }

    func testGRUSceneShowsTheEngineGates() throws {
        try checkScene(page: 4, keys: [], weights: ExampleCells.gru(), kind: .gru)
    }

    func testPresetsReallyForgetAndRemember() throws {
        let input = try Tensor(shape: [3, 1], data: [1, 0.5, -1])
        let forget = try runRecurrent(try XCTUnwrap(ExampleCells.lstm(.forget)), input: input)
        let remember = try runRecurrent(try XCTUnwrap(ExampleCells.lstm(.remember)), input: input)
        for step in forget.steps { XCTAssertTrue(step.gate("f")?.activation.allSatisfy { $0 < 0.01 } ?? false) }
        for step in remember.steps { XCTAssertTrue(step.gate("f")?.activation.allSatisfy { $0 > 0.99 } ?? false) }
    }

    func testExampleCellsMatchPyTorch() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("scenes_torch.json"))
        let reference = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: [[String: [Double]]]])
        let input = try Tensor(shape: [3, 1], data: [1, 0.5, -1])
        let cells: [(String, RecurrentWeights?)] = [("lstm-normal", ExampleCells.lstm(.normal)), ("lstm-forget", ExampleCells.lstm(.forget)),
                                                    ("lstm-remember", ExampleCells.lstm(.remember)), ("gru", ExampleCells.gru())]
        for (name, weights) in cells {
            let run = try runRecurrent(try XCTUnwrap(weights), input: input)
            let torch = try XCTUnwrap(reference[name])
            XCTAssertEqual(torch.count, run.steps.count)
            for (step, ref) in zip(run.steps, torch) {
                for (key, values) in ref {
                    let mine = key == "h" ? step.h : (key == "c" ? (step.c ?? []) : (step.gate(key)?.activation ?? []))
                    XCTAssertEqual(mine.count, values.count, "\(name) t=\(step.t) \(key)")
                    for (a, b) in zip(mine, values) { XCTAssertEqual(a, b, accuracy: 1e-12, "\(name) t=\(step.t) \(key)") }
                }
            }
        }
    }

    func testEditingTheInputAndStateReruns() throws {
        var state = RecurrentSceneTests.state(page: 3)
        TestApp.press([.char("e")] + Array(repeating: .backspace, count: 20) + "2; -2".map { .char($0) } + [.enter], &state)
        TestApp.press([.char("s")] + Array(repeating: .backspace, count: 40) + "0.5 0; 1 -1".map { .char($0) } + [.enter], &state)
        guard case .lesson(let viewer) = state.current, let scene = viewer.scene as? GateFlowScene else { return XCTFail("no LSTM scene") }
        XCTAssertEqual(scene.setup.input, [[2], [-2]])
        XCTAssertEqual(scene.setup.h0, [0.5, 0])
        XCTAssertEqual(scene.setup.c0, [1, -1])
        let expected = try runRecurrent(try XCTUnwrap(ExampleCells.lstm(.normal)), input: Tensor(shape: [2, 1], data: [2, -2]), h0: [0.5, 0], c0: [1, -1])
        XCTAssertEqual(scene.run, expected)
        XCTAssertEqual(Self.shownValues(App.view(state), marked: "f₁"), expected.steps[0].gate("f")?.activation.map { ($0 * 100).rounded() / 100 })
        // A bad edit keeps the editor open with a message and changes nothing.
        TestApp.press([.char("e"), .char("e"), .enter], &state)  // "2; -2e": not a number
        guard case .lesson(let v2) = state.current, let s2 = v2.scene as? GateFlowScene else { return XCTFail("no LSTM scene") }
        XCTAssertNotNil(s2.editor)
        XCTAssertNotNil(s2.problem)
        XCTAssertEqual(s2.setup.input, [[2], [-2]])
    }

    func testGradientSceneShowsTheEngineNorms() throws {
        var state = RecurrentSceneTests.state(page: 2)
        for (key, scale) in [(Key.char("1"), 0.5), (.char("2"), 1.0), (.char("3"), 1.5)] {
            TestApp.press([key], &state)
            let w = try XCTUnwrap(ExampleCells.rnn(scale: scale, bias: false))
            let input = try Tensor(shape: [10, 1], data: (0..<10).map { $0 % 2 == 0 ? 0.01 : -0.01 })
            let norms = backpropThroughTime(try runRecurrent(w, input: input), weights: w).hiddenNorms
            let lines = App.view(state).lines()
            for t in 1...10 {
                let row = try XCTUnwrap(lines.first { $0.hasPrefix(" t=\(t) ") }, "row t=\(t)")
                let shown = row.split(separator: " ")[1]
                XCTAssertEqual(String(shown), GradientScene.format(norms[t]), "scale \(scale) t=\(t)")
            }
        }
        // Below 1 the gradient vanishes, above 1 it explodes (from the engine's numbers).
        let small = GradientScene(scale: 0.5, steps: 10), big = GradientScene(scale: 1.5, steps: 10)
        XCTAssertLessThan(small.rnnNorms[1], small.rnnNorms[10] / 100)
        XCTAssertGreaterThan(big.rnnNorms[1], big.rnnNorms[10] * 10)
        XCTAssertGreaterThan(small.lstmNorms[1], small.lstmNorms[10] / 10, "forget ≈ 1 keeps the LSTM gradient")
    }

    /// The `step` limit of `lstm-gates` / `gru-gates` (DLContent) counts the stages this scene shows.
    func testStepLimitCountsTheScenesStages() {
        XCTAssertEqual(GateStage.stages(.lstm).map(\.symbol), ["f", "i", "C\u{303}", "C", "o", "h"])
        XCTAssertEqual(GateStage.stages(.lstm).count, RecurrentSceneSizes.lstmStages)
        XCTAssertEqual(GateStage.stages(.gru).map(\.symbol), ["r", "z", "h\u{303}", "h"])
        XCTAssertEqual(GateStage.stages(.gru).count, RecurrentSceneSizes.gruStages)
    }
}
