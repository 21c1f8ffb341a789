import ArgumentParser
import DLContent
import DLEngine
import DLStudyApp
import Foundation

/// `dlstudy pool`: steps max or average pooling window by window (or prints it).
struct PoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pool",
        abstract: "Step max or average pooling window by window (or print every window with --plain).",
        discussion: """
            Example: dlstudy pool --mode max --input "1 3 2 1; 4 2 0 1; 5 1 3 8; 0 2 4 6" --kernel 2. \
            The stride defaults to the kernel size, as in PyTorch. --input-file takes JSON {"input": C×H×W}. \
            Keys: Space/→ step, ← back, m max/average, o 3×3 stride 2, e ceil mode, q quit.
            """)

    @Option(name: .long, parsing: .unconditional, help: "max or avg.")
    var mode: String = "max"

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The input, rows separated by ';'.", valueName: "ROWS"))
    var input: String?

    @Option(name: .customLong("input-file"), parsing: .unconditional, help: ArgumentHelp("JSON with input (C×H×W or H×W).", valueName: "F"))
    var inputFile: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Window size: K or KHxKW.", valueName: "K"))
    var kernel: String

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Stride: S or SHxSW (default: the kernel size).", valueName: "S"))
    var stride: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Padding per side: P or PHxPW (at most half the kernel).", valueName: "P"))
    var padding: String?

    @Flag(name: .long, help: "Round the output size up (ceil_mode).")
    var ceil = false

    @OptionGroup var output: TraceOutputOptions

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        guard let poolMode = PoolKind(rawValue: mode) else {
            throw usageError(RangeMessage.text("--mode", mustBe: "max or avg", got: mode))
        }
        let x = try inputTensor()
        let options = Pool2DOptions(
            kernelSize: try GridArguments.pair(kernel, flag: "--kernel", minimum: 1),
            stride: try stride.map { try GridArguments.pair($0, flag: "--stride", minimum: 1) },
            padding: try padding.map { try GridArguments.pair($0, flag: "--padding", minimum: 0) } ?? .square(0),
            ceilMode: ceil)
        let s = options.stride ?? options.kernelSize
        let (h, w) = (x.shape[1], x.shape[2])
        let reads = x.shape[0] * ((h + 2 * options.padding.h) / s.h + 1) * ((w + 2 * options.padding.w) / s.w + 1)
            * options.kernelSize.h * options.kernelSize.w
        try GridArguments.checkTrace(products: reads, what: "this pooling")
        let scene: PoolStepperScene
        do {
            scene = try PoolStepperScene(input: x, options: options, mode: poolMode)
        } catch {
            throw usageError(error.message)
        }
        try SceneCommandOutput.show(
            scene, output, command: "dlstudy pool",
            note: LocalizedText(en: "Your numbers, one window per step. q quits.", ko: "직접 넣은 숫자로, 한 단계에 창 하나씩. q로 끝냅니다."),
            global: global
        ) { try Self.json(x, options, poolMode) }
    }

    func inputTensor() throws -> Tensor {
        let given = try GridArguments.input(input, file: inputFile, example: "1 3; 4 2")
        guard given.weight == nil, given.bias == nil else { throw usageError("--input-file for pooling holds only \"input\"") }
        return given.input
    }

    /// The output and the trace as JSON values.
    static func json(_ x: Tensor, _ options: Pool2DOptions, _ mode: PoolKind) throws -> JSONValue {
        func int(_ n: Int) -> JSONValue { .number(Double(n)) }
        let out: Tensor, trace: Pool2DTrace
        do throws(EngineError) {
            switch mode {
            case .max: let r = try maxPool2dTraced(x, options: options); (out, trace) = (r.result.output, r.trace)
            case .avg: (out, trace) = try avgPool2dTraced(x, options: options)
            }
        } catch { throw usageError(error.message) }
        let cells: [JSONValue] = trace.cells.map { cell in
            var c: [String: JSONValue] = [
                "channel": int(cell.channel), "y": int(cell.y), "x": int(cell.x), "value": .number(cell.value),
                "reads": .array(cell.reads.map { .object(["y": int($0.y), "x": int($0.x), "padding": .bool($0.isPadding),
                                                          "value": .number($0.value), "running": .number($0.running)]) }),
            ]
            if let w = cell.winner { c["winner"] = .number(Double(w)) }
            if let d = cell.divisor { c["divisor"] = .number(Double(d)) }
            return .object(c)
        }
        return .object(["output": GridArguments.json(out), "shape": .array(out.shape.map(int)), "trace": .object(["cells": .array(cells)])])
    }
}
