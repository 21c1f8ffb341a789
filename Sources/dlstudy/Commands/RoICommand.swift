import ArgumentParser
import DLContent
import DLEngine
import DLStudyApp
import Foundation

/// `dlstudy roi`: RoI pooling of one box on your own feature map, stepped interactively, or printed
/// bin by bin with `--plain`, or as JSON with `--json`.
struct RoICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roi",
        abstract: "Step RoI pooling (torchvision.ops.roi_pool) of a box on your own feature map.",
        discussion: """
            Example: dlstudy roi --input "1 5 2 0; 6 2 9 1; 3 7 4 8; 0 1 5 3" --box 0,0,2,3 --output-size 2x2 --plain
            Keys: arrows move the box, [ ] change its width, { } its height, Space steps, b finishes a bin, a plays.
            """)

    @Option(name: .long, parsing: .unconditional, help: "Feature map, rows separated by ';' (default: an 8×7 example map).")
    var input: String?

    @Option(name: .long, parsing: .unconditional, help: "Box x1,y1,x2,y2 in input coordinates (whole numbers, inclusive).")
    var box: String

    @Option(name: .customLong("output-size"), parsing: .unconditional, help: "Output bins HxW, e.g. 2x2 (default 2x2).")
    var outputSize: String = "2x2"

    @Option(name: .customLong("spatial-scale"), parsing: .unconditional, help: "Scale from box coordinates to map cells (default 1).")
    var spatialScale: Double = 1

    @Flag(name: .long, help: "Print every bin (bounds, cells, max) and the output instead of opening the stepper.")
    var plain = false

    @Flag(name: .long, help: "Print the trace as JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let params = try parseParams()
        let scene: RoIPoolScene
        do { scene = try RoIPoolScene(params) } catch { throw usageError(error.message) }
        if json {
            Output.json(Self.json(scene.model).serialized)
            return
        }
        if plain {
            SceneCommandOutput.print(scene.plainLines(SceneCommandOutput.plainContext(global, language: global.language), width: 78))
            return
        }
        try SceneCommandOutput.openLesson(command: "dlstudy roi ...", global: global) {
            LessonViewerState(lesson: try Self.lesson(params), page: 0)
        }
    }

    /// Parses the flags into scene parameters, reporting the first problem (exit 2).
    func parseParams() throws -> RoIPoolParams {
        let map: Tensor
        switch MatrixText.tensor(input ?? RoIPoolParams.defaultInput, name: "--input") {
        case .success(let t): map = t
        case .failure(let e): throw usageError(e.message)
        }
        let parts = box.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 4, parts.allSatisfy({ $0 != nil }) else {
            throw usageError("--box must be four whole numbers x1,y1,x2,y2, e.g. 1,1,5,4 (got '\(box)')")
        }
        let size = outputSize.lowercased().replacingOccurrences(of: "×", with: "x").split(separator: "x").map { Int($0) }
        let hw: [Int]
        switch size.count {
        case 1 where size[0] != nil: hw = [size[0] ?? 0, size[0] ?? 0]
        case 2 where size.allSatisfy({ $0 != nil }): hw = size.compactMap { $0 }
        default: throw usageError("--output-size must be HxW such as 2x2, or one number (got '\(outputSize)')")
        }
        guard spatialScale.isFinite, spatialScale > 0, spatialScale <= 1000 else {
            throw usageError(RangeMessage.text("--spatial-scale", mustBe: "a positive number up to 1000", got: RangeMessage.show(spatialScale)))
        }
        let params = RoIPoolParams(input: map, box: parts.compactMap { $0 }, outputH: hw[0], outputW: hw[1], spatialScale: spatialScale)
        if let problem = params.problems().first { throw usageError(problem) }
        return params
    }

    /// A one-page lesson holding the RoI scene with these parameters (for the interactive stepper).
    static func lesson(_ p: RoIPoolParams) throws -> Lesson {
        let yaml = """
            id: roi-command
            lecture: 6
            order: 99
            title: {en: "dlstudy roi", ko: "dlstudy roi"}
            concepts: [fast-rcnn-roi-pooling]
            pages:
              - id: roi
                concepts: [fast-rcnn-roi-pooling]
                title: {en: "RoI pooling on your numbers", ko: "내 숫자로 RoI pooling"}
                body:
                  en: "Each bin of the box keeps its largest value; any box gives a \(p.outputH)×\(p.outputW) output."
                  ko: "상자의 bin마다 가장 큰 값을 남깁니다. 어떤 상자든 출력은 \(p.outputH)×\(p.outputW)입니다."
                scene: {type: roi-pool, input: "\(MatrixText.format(p.input))", box: [\(p.box.map(String.init).joined(separator: ", "))], output: [\(p.outputH), \(p.outputW)], spatial_scale: \(p.spatialScale)}
            """
        let (lesson, problems) = LessonParser.parse(yaml, file: "dlstudy roi")
        guard let lesson, problems.isEmpty, lesson.pages.first?.scene != nil else {
            for d in problems { printError("error: \(d.message)") }
            throw ExitCodeError.usage
        }
        return lesson
    }

    /// The trace as JSON: the box after scaling, the bin size, every bin with its reads, and the output.
    static func json(_ model: RoIPoolModel) -> JSONValue {
        func ints(_ v: [Int]) -> JSONValue { .array(v.map { .number(Double($0)) }) }
        func numbers(_ v: [Double]) -> JSONValue { .array(v.map { .number($0) }) }
        let p = model.params
        let box = model.trace.boxes.first
        let bins: [JSONValue] = model.trace.bins.map { bin in
            .object([
                "bin": ints([bin.binY, bin.binX]),
                "rows": ints([bin.hstart, bin.hend]), "cols": ints([bin.wstart, bin.wend]),
                "cells": .array(bin.reads.map {
                    .object(["y": .number(Double($0.y)), "x": .number(Double($0.x)), "value": .number($0.value), "running_max": .number($0.running)])
                }),
                "empty": .bool(bin.isEmpty),
                "max": .number(bin.value),
            ])
        }
        let w = p.outputW
        return .object([
            "input_shape": ints([p.input.shape[1], p.input.shape[2]]),
            "box": ints(p.box), "spatial_scale": .number(p.spatialScale),
            "scaled_box": ints(box.map { [$0.startX, $0.startY, $0.endX, $0.endY] } ?? []),
            "bin_size": numbers(box.map { [$0.binHeight, $0.binWidth] } ?? []),
            "output_size": ints([p.outputH, p.outputW]),
            "bins": .array(bins),
            "output": .array(stride(from: 0, to: model.output.data.count, by: w).map { numbers(Array(model.output.data[$0..<$0 + w])) }),
        ])
    }
}
