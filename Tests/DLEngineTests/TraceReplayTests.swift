import DLEngine
import Foundation
import XCTest

/// Replaying any trace reproduces the op's output exactly, and each step is internally consistent.
final class TraceReplayTests: XCTestCase {
    private func requests(_ file: String) throws -> [(String, ComputeRequest)] {
        try Fixtures.load(file).map { ($0.label, try ComputeRequest.parse($0.request)) }
    }

    func testConv2dTraceReplays() throws {
        for (label, request) in try requests("conv2d") {
            guard case let .conv2d(input, weight, bias, options) = request else { return XCTFail(label) }
            let (out, trace) = try conv2dTraced(input, weight: weight, bias: bias, options: options)
            XCTAssertEqual(out, try conv2d(input, weight: weight, bias: bias, options: options), label)
            XCTAssertEqual(trace.replay(), out, label)
            XCTAssertEqual(trace.cells.count, out.count, label)
            for cell in trace.cells {
                var sum = 0.0
                for term in cell.terms {
                    XCTAssertEqual(term.product, term.inputValue * term.weight)
                    sum += term.product
                    XCTAssertEqual(term.runningSum, sum)
                    if term.isPadding { XCTAssertEqual(term.inputValue, 0) }
                    XCTAssertEqual(weight.value(at: [cell.outChannel, term.kernelChannel, term.kernelY, term.kernelX]), term.weight)
                }
                XCTAssertEqual(cell.value, sum + (cell.bias ?? 0), label)
            }
        }
    }

    func testConv2dTraceFlagsThePaddingRing() throws {
        let x = try Tensor(shape: [1, 2, 2], data: [1, 2, 3, 4])
        let w = try Tensor(shape: [1, 1, 3, 3], data: Array(repeating: 1, count: 9))
        let (_, trace) = try conv2dTraced(x, weight: w, options: Conv2DOptions(padding: .int(1)))
        let first = trace.cells[0]
        XCTAssertEqual(first.terms.filter(\.isPadding).count, 5)
        XCTAssertEqual(first.terms[0].inputY, -1)
        XCTAssertEqual(first.terms[0].inputX, -1)
        XCTAssertEqual(first.value, 10)
    }

    func testConvTranspose2dTraceReplays() throws {
        for (label, request) in try requests("conv_transpose2d") {
            guard case let .convTranspose2d(input, weight, bias, options) = request else { return XCTFail(label) }
            let (out, trace) = try convTranspose2dTraced(input, weight: weight, bias: bias, options: options)
            XCTAssertEqual(out, try convTranspose2d(input, weight: weight, bias: bias, options: options), label)
            XCTAssertEqual(trace.replay(), out, label)
            XCTAssertEqual(trace.inputs.count, input.count, label)
            for cell in trace.inputs {
                for s in cell.stamps { XCTAssertEqual(s.contribution, cell.inputValue * s.weight) }
            }
        }
    }

    func testMaxPoolTraceReplays() throws {
        for (label, request) in try requests("max_pool2d") {
            guard case let .maxPool2d(input, options, _) = request else { return XCTFail(label) }
            let (result, trace) = try maxPool2dTraced(input, options: options)
            XCTAssertEqual(result, try maxPool2d(input, options: options), label)
            XCTAssertEqual(trace.replay(), result.output, label)
            XCTAssertEqual(trace.cells.map(\.winner), result.indices.map { Optional($0) }, label)
            for cell in trace.cells {
                XCTAssertEqual(cell.reads.last?.running, cell.value, label)
                for r in cell.reads where !r.isPadding { XCTAssertLessThanOrEqual(r.value, cell.value) }
            }
        }
    }

    func testAvgPoolTraceReplays() throws {
        for (label, request) in try requests("avg_pool2d") {
            guard case let .avgPool2d(input, options) = request else { return XCTFail(label) }
            let (out, trace) = try avgPool2dTraced(input, options: options)
            XCTAssertEqual(out, try avgPool2d(input, options: options), label)
            XCTAssertEqual(trace.replay(), out, label)
            for cell in trace.cells {
                XCTAssertNotNil(cell.divisor)
                XCTAssertEqual(cell.value, (cell.reads.last?.running ?? 0) / Double(cell.divisor ?? 1), label)
            }
        }
    }

    func testRoIPoolTraceReplays() throws {
        for (label, request) in try requests("roi_pool") {
            guard case let .roiPool(input, boxes, size, scale) = request else { return XCTFail(label) }
            let (out, trace) = try roiPoolTraced(input, boxes: boxes, outputSize: size, spatialScale: scale)
            XCTAssertEqual(trace.replay(), out, label)
            XCTAssertEqual(trace.bins.count, out.count, label)
            XCTAssertEqual(trace.boxes.count, boxes.count, label)
            for bin in trace.bins {
                XCTAssertEqual(bin.reads.count, max(0, bin.hend - bin.hstart) * max(0, bin.wend - bin.wstart), label)
                if bin.isEmpty { XCTAssertEqual(bin.value, 0); XCTAssertEqual(bin.argmax, -1) }
            }
        }
    }

    func testRoIPoolEmptyBinIsZero() throws {
        let x = try Tensor(shape: [1, 4, 4], data: (0..<16).map { -Double($0) - 1 })
        let (out, trace) = try roiPoolTraced(x, boxes: [RoIBox(x1: 6, y1: 6, x2: 9, y2: 9)], outputSize: .square(2))
        XCTAssertEqual(out.data, [0, 0, 0, 0])
        XCTAssertTrue(trace.bins.allSatisfy(\.isEmpty))
    }

    func testRecurrentReplayReproducesStates() throws {
        for file in ["rnn", "lstm", "gru"] {
            for (label, request) in try requests(file) {
                guard case let .recurrent(weights, input, h0, c0, _, _) = request else { return XCTFail(label) }
                let run = try runRecurrent(weights, input: input, h0: h0, c0: c0)
                let replay = run.replayStates()
                XCTAssertEqual(replay.h, run.steps.map(\.h), label)
                XCTAssertEqual(replay.c, weights.kind == .lstm ? run.steps.compactMap(\.c) : nil, label)
                for step in run.steps {
                    XCTAssertEqual(step.gates.map(\.name), weights.kind.gateNames, label)
                }
            }
        }
    }
}
