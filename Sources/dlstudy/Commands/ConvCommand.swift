import ArgumentParser
import DLContent
import DLEngine
import DLStudyApp
import Foundation

/// `dlstudy conv`: steps a convolution cell by cell on the student's numbers (or prints it).
struct ConvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conv",
        abstract: "Step a convolution cell by cell on your own numbers (or print every product with --plain).",
        discussion: """
            Example: dlstudy conv --input "1 2 3; 4 5 6; 7 8 9" --kernel "1 0; 0 -1" --padding 1 --bias 1. \
            Rows are separated by ';', numbers by spaces. --input-file takes JSON {"input": C×H×W, \
            "weight": O×C×kH×kW, "bias": [O]}. Keys: Space/→ step, ← back, a play, +/- speed, r reset, \
            Tab output cursor, q quit.
            """)

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The input, rows separated by ';'.", valueName: "ROWS"))
    var input: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The kernel, rows separated by ';'.", valueName: "ROWS"))
    var kernel: String?

    @Option(name: .customLong("input-file"), parsing: .unconditional, help: ArgumentHelp("JSON with input (C×H×W), weight (O×C×kH×kW), bias.", valueName: "F"))
    var inputFile: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Stride: S or SHxSW.", valueName: "S"))
    var stride: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Zero padding per side: P, PHxPW, same or valid.", valueName: "P"))
    var padding: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Dilation: D or DHxDW.", valueName: "D"))
    var dilation: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("A bias added to every output cell (one output channel).", valueName: "B"))
    var bias: String?

    @OptionGroup var output: TraceOutputOptions

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let (x, w, b) = try tensors()
        let options = Conv2DOptions(
            stride: try stride.map { try GridArguments.pair($0, flag: "--stride", minimum: 1) } ?? .square(1),
            padding: try GridArguments.convPadding(padding),
            dilation: try dilation.map { try GridArguments.pair($0, flag: "--dilation", minimum: 1) } ?? .square(1))
        try checkSize(x, w, options)
        let scene: ConvStepperScene
        do {
            scene = try ConvStepperScene(input: x, weight: w, bias: b, options: options)
        } catch {
            throw usageError(error.message)
        }
        try SceneCommandOutput.show(
            scene, output, command: "dlstudy conv",
            note: LocalizedText(en: "Your numbers, one output cell per step. q quits.", ko: "직접 넣은 숫자로, 한 단계에 출력 한 칸씩. q로 끝냅니다."),
            global: global
        ) {
            let traced: (Tensor, Conv2DTrace)
            do throws(EngineError) { traced = try conv2dTraced(x, weight: w, bias: b, options: options) } catch { throw usageError(error.message) }
            return Self.json(traced.0, traced.1)
        }
    }

    func tensors() throws -> (Tensor, Tensor, Tensor?) {
        let given = try GridArguments.input(input, file: inputFile, example: "1 2 3; 4 5 6; 7 8 9")
        let x = given.input
        var w = given.weight, b = given.bias
        if let kernel {
            guard w == nil else { throw usageError("the --input-file has a weight; leave out --kernel") }
            let rows = try GridArguments.matrix(kernel, flag: "--kernel")
            let channels = x.shape[0]
            // One kernel plane applied to every input channel (summed), as one filter.
            w = try GridArguments.tensor(shape: [1, channels, rows.count, rows[0].count], data: Array(repeating: rows.flatMap { $0 }, count: channels).flatMap { $0 })
        }
        guard let weight = w else { throw usageError("--kernel is required (e.g. --kernel \"1 0; 0 -1\"), or a weight in --input-file") }
        if let bias {
            guard b == nil else { throw usageError("the --input-file has a bias; leave out --bias") }
            let v = try GridArguments.number(bias, flag: "--bias")
            b = try GridArguments.tensor(shape: [weight.shape[0]], data: Array(repeating: v, count: weight.shape[0]))
        }
        return (x, weight, b)
    }

    /// Refuses traces that would be too large before computing them.
    func checkSize(_ x: Tensor, _ w: Tensor, _ o: Conv2DOptions) throws {
        guard w.rank == 4 else { return }
        let (h, wd) = (x.shape[x.rank - 2], x.shape[x.rank - 1])
        // Total padding per axis (a guard only: the engine computes the real sizes).
        var padH = 0, padW = 0
        switch o.padding {
        case .valid: break
        case .same: (padH, padW) = (o.dilation.h * (w.shape[2] - 1), o.dilation.w * (w.shape[3] - 1))
        case .symmetric(let p): (padH, padW) = (2 * p.h, 2 * p.w)
        case .sides(let s): (padH, padW) = (s.top + s.bottom, s.left + s.right)
        }
        let outH = max(0, (h + padH - o.dilation.h * (w.shape[2] - 1) - 1) / o.stride.h + 1)
        let outW = max(0, (wd + padW - o.dilation.w * (w.shape[3] - 1) - 1) / o.stride.w + 1)
        let (products, overflow) = [w.shape[0], outH, outW, w.shape[1], w.shape[2], w.shape[3]].reduce((1, false)) { acc, f in
            let (p, o) = acc.0.multipliedReportingOverflow(by: f)
            return (p, acc.1 || o)
        }
        try GridArguments.checkTrace(products: overflow ? Int.max : products, what: "this convolution")
    }

    /// The output and the trace as JSON values.
    static func json(_ out: Tensor, _ trace: Conv2DTrace) -> JSONValue {
        func int(_ n: Int) -> JSONValue { .number(Double(n)) }
        let cells: [JSONValue] = trace.cells.map { cell in
            var c: [String: JSONValue] = [
                "out_channel": int(cell.outChannel), "y": int(cell.y), "x": int(cell.x), "value": .number(cell.value),
                "terms": .array(cell.terms.map { t in
                    .object(["input": .array([int(t.inputChannel), int(t.inputY), int(t.inputX)]), "padding": .bool(t.isPadding),
                             "kernel": .array([int(t.kernelChannel), int(t.kernelY), int(t.kernelX)]), "input_value": .number(t.inputValue),
                             "weight": .number(t.weight), "product": .number(t.product), "running_sum": .number(t.runningSum)])
                }),
            ]
            if let b = cell.bias { c["bias"] = .number(b) }
            return .object(c)
        }
        let p = trace.padding
        return .object(["output": GridArguments.json(out), "shape": .array(out.shape.map(int)),
                        "trace": .object(["padding": .object(["top": int(p.top), "bottom": int(p.bottom), "left": int(p.left), "right": int(p.right)]),
                                          "cells": .array(cells)])])
    }
}
