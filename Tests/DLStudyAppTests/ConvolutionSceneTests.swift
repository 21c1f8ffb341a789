import DLContent
import DLEngine
import DLStudyApp
import TUIKit
import XCTest

/// Whole screens of the Convolution-family scenes on the real lecture-4 lessons, and checks that the
/// numbers they show are the engine's.
final class ConvolutionSceneTests: XCTestCase {
    typealias S = ConvolutionSceneSupport

    func screen(_ name: String, lesson: String, page: String, keys: [Key] = [], width: Int = 80, height: Int = 24,
                language: Language = .en, ascii: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        var state = S.state(lesson: lesson, page: page, width: width, height: height, language: language, ascii: ascii)
        XCTAssertNotNil(S.viewer(state)?.scene, "page \(page) of \(lesson) has a scene", file: file, line: line)
        TestApp.press(keys, &state)
        ScreenAssert.assert(App.view(state), matches: name, file: file, line: line)
    }

    // MARK: Whole screens

    func testStepperAfterThreeSteps80x24() {
        screen("conv-stepper-en-80x24", lesson: "l4-convolution", page: "conv-elementwise", keys: [.char(" "), .char(" "), .char(" ")])
    }

    func testStepperWithPaddingAndBias120x40() {
        screen("conv-stepper-padding-en-120x40", lesson: "l4-stride-padding", page: "padding",
               keys: [.char(" "), .char(" "), .char(" "), .char(" "), .char(" ")], width: 120, height: 40)
    }

    func testStepperKorean() {
        screen("conv-stepper-ko-80x24", lesson: "l4-stride-padding", page: "padding", keys: [.char(" ")], language: .ko)
    }

    func testStepperOutputCursor() {
        screen("conv-stepper-cursor-en-80x24", lesson: "l4-stride-padding", page: "padding", keys: [.tab, .down, .down, .right], ascii: true)
    }

    func testExplorerFloorCase() {
        screen("conv-explorer-floor-en-80x24", lesson: "l4-stride-padding", page: "output-size-floor")
        screen("conv-explorer-floor-en-120x40", lesson: "l4-stride-padding", page: "output-size-floor", width: 120, height: 40)
    }

    func testExplorerKeysAndPresets() {
        screen("conv-explorer-same-ko-120x40", lesson: "l4-stride-padding", page: "output-size", keys: [.char("K"), .char("m")],
               width: 120, height: 40, language: .ko)
    }

    func testPoolingMaxAndAverage() {
        screen("pool-max-en-80x24", lesson: "l4-pooling", page: "pooling", keys: [.char(" "), .char(" ")])
        screen("pool-overlap-ko-120x40", lesson: "l4-pooling", page: "pooling-average-overlap", keys: [.char(" ")],
               width: 120, height: 40, language: .ko)
        screen("pool-ceil-en-120x40", lesson: "l4-pooling", page: "pooling", keys: [.char("o"), .char("e"), .char(" ")],
               width: 120, height: 40)
    }

    func testChannels() {
        screen("conv-channels-en-80x24", lesson: "l4-channels", page: "filters-channels", keys: [.char(" ")])
        screen("conv-channels-en-120x40", lesson: "l4-parameters", page: "conv-params", keys: [.char("C"), .char("F")], width: 120, height: 40)
        screen("conv-channels-ko-80x24", lesson: "l4-channels", page: "filters-channels", language: .ko)
    }

    func testOneByOne() {
        screen("conv-1x1-en-80x24", lesson: "l4-one-by-one", page: "one-by-one-conv", keys: [.char(" "), .char(" ")])
        screen("conv-1x1-bottleneck-ko-120x40", lesson: "l4-one-by-one", page: "one-by-one-bottleneck", width: 120, height: 40, language: .ko)
    }

    func testFeatureMaps() {
        screen("feature-maps-en-80x24", lesson: "l4-convolution", page: "conv-activation-stack")
        screen("feature-maps-ascii-120x40", lesson: "l4-convolution", page: "conv-activation-stack", keys: [.char("k"), .char("k")],
               width: 120, height: 40, ascii: true)
        screen("feature-maps-ko-80x24", lesson: "l4-convolution", page: "conv-activation-stack", keys: [.char("u")], language: .ko)
    }

    // MARK: Behaviour and numbers

    func testStepperShowsTheEngineProductLineAtEveryStep() throws {
        // 120 columns: a 3×3 product line (nine terms and the bias) fits on one line.
        var state = S.state(lesson: "l4-stride-padding", page: "padding", width: 120, height: 40)
        // The page's example: a 5×5 input, a 3×3 kernel, padding 1 ("same"), bias 1.
        let x = try Tensor(shape: [1, 5, 5], data: (1...25).map(Double.init))
        let w = try Tensor(shape: [1, 1, 3, 3], data: [0, 1, 0, 1, -4, 1, 0, 1, 0])
        let (out, trace) = try conv2dTraced(x, weight: w, bias: Tensor(shape: [1], data: [1]), options: Conv2DOptions(padding: .int(1)))
        XCTAssertEqual(out.count, 25)
        for (i, cell) in trace.cells.enumerated() {
            let text = App.view(state).text
            XCTAssertTrue(text.contains(ConvTraceText.productLine(cell, channels: 1)), "step \(i + 1):\n\(text)")
            XCTAssertTrue(ConvTraceText.productLine(cell, channels: 1).hasSuffix("= " + NumberFormat.text(out.data[i])))
            TestApp.press([.char(" ")], &state)
        }
        // Past the end it stays on the last cell; r resets; ← from the start stays at 0.
        XCTAssertTrue(App.view(state).text.contains(ConvTraceText.productLine(trace.cells[24], channels: 1)))
        TestApp.press([.char("r"), .left], &state)
        XCTAssertTrue(App.view(state).text.contains("Press Space"))
    }

    func testAutoPlayAdvancesOnTicksAndSpeedChangesTheRate() {
        var slow = S.state(lesson: "l4-convolution", page: "conv-elementwise")
        var fast = slow
        TestApp.press([.char("a"), .char("-"), .char("-")], &slow)
        TestApp.press([.char("a"), .char("+"), .char("+")], &fast)
        for _ in 0..<5 { _ = App.update(&slow, .tick); _ = App.update(&fast, .tick) }
        XCTAssertTrue(App.view(slow).text.contains("step 1/4 ▶"))
        XCTAssertTrue(App.view(fast).text.contains("step 4/4"), App.view(fast).text)
    }

    func testExplorerOutputSizeIsTheEngineAndTheFormulaAgrees() throws {
        var state = S.state(lesson: "l4-stride-padding", page: "stride")
        for key: Key in [.char("S"), .char("S"), .char("Z"), .char("D"), .char("I"), .char("s"), .char("K"), .char("f"), .char("v"), .char("d")] {
            TestApp.press([key], &state)
            let text = App.view(state).text
            guard let header = text.components(separatedBy: "\n").first(where: { $0.contains("n=") && $0.contains("k=") }) else {
                return XCTFail("no header:\n\(text)")
            }
            func value(_ name: String) -> Int? {
                header.components(separatedBy: "  ").first { $0.hasPrefix(" \(name)=") || $0.hasPrefix("\(name)=") }
                    .flatMap { Int($0.split(separator: "=")[1]) }
            }
            guard let n = value("n"), let k = value("k"), let s = value("s"), let p = value("p"), let d = value("d") else {
                return XCTFail("header \(header)")
            }
            let engine = try? conv2d(Tensor(zeros: [1, n, n]), weight: Tensor(shape: [1, 1, k, k], data: Array(repeating: 1, count: k * k)),
                                     options: Conv2DOptions(stride: .square(s), padding: .int(p), dilation: .square(d)))
            if let engine {
                XCTAssertTrue(header.hasSuffix("output \(engine.shape[1])×\(engine.shape[2])"), header)
                XCTAssertTrue(text.contains("⌋ + 1 = \(engine.shape[1])"), text)
            } else {
                XCTAssertTrue(text.contains("larger than the padded input"), text)
            }
        }
    }

    func testPoolSceneNumbersAreTheEngines() throws {
        var state = S.state(lesson: "l4-pooling", page: "pooling")
        let x = try Tensor(shape: [1, 4, 4], data: [1, 3, 2, 1, 4, 2, 0, 1, 5, 1, 3, 8, 0, 2, 4, 6])
        let (r, trace) = try maxPool2dTraced(x, options: Pool2DOptions(kernelSize: .square(2)))
        XCTAssertEqual(r.output.data, [4, 2, 5, 8])
        for cell in trace.cells {
            XCTAssertTrue(App.view(state).text.contains(ConvTraceText.poolLine(cell, channels: 1)))
            TestApp.press([.char(" ")], &state)
        }
        TestApp.press([.char("m")], &state)
        let avg = try avgPool2dTraced(x, options: Pool2DOptions(kernelSize: .square(2)))
        XCTAssertTrue(App.view(state).text.contains(ConvTraceText.poolLine(avg.trace.cells[3], channels: 1)))
    }

    func testLessonPlainPrintsEveryConvolutionScene() {
        let library = ContentLoader.load(root: S.repositoryRoot)
        for (id, expected) in [("l4-convolution", "out[1,1] = 5·1 + 6·0 + 8·0 + 9·(−1) = −4"),
                               ("l4-stride-padding", "out = ⌊(n + 2p − d(k−1) − 1) / s⌋ + 1"),
                               ("l4-pooling", "out[1,1] = max(3, 8, 4, 6) = 8"),
                               ("l4-channels", "parameters = k·k·C_in·C_out + C_out = 2·2·3·2 + 2 = 26"),
                               ("l4-one-by-one", "Saved: 520,192 weights (88.2%)")] {
            guard let lesson = library.lesson(id) else { return XCTFail("no lesson \(id)") }
            let text = PlainLesson.render(lesson, language: .en, evaluate: { _ in nil }).text
            XCTAssertTrue(text.contains(expected), "\(id) plain lacks \(expected)")
        }
    }

    func testEveryConvolutionSceneFitsSmallAndOddAreas() {
        let pages = [("l4-convolution", "conv-elementwise"), ("l4-stride-padding", "padding"), ("l4-stride-padding", "stride"),
                     ("l4-pooling", "pooling"), ("l4-channels", "filters-channels"), ("l4-one-by-one", "one-by-one-bottleneck"),
                     ("l4-convolution", "conv-activation-stack")]
        for (lesson, page) in pages {
            for (w, h) in [(80, 24), (81, 25), (100, 30), (140, 40), (200, 60)] {
                var state = S.state(lesson: lesson, page: page, width: w, height: h)
                TestApp.press([.char(" "), .tab, .right, .char("a")], &state)
                let frame = App.view(state)
                XCTAssertEqual(frame.size, Size(width: w, height: h))
                XCTAssertFalse(frame.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
            }
        }
    }
}
