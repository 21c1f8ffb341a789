import DLEngine

/// A problem with a Vision scene parameter (shown by `dlstudy check` with file:line).
public struct VisionParamError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Reads typed parameters from a scene spec, collecting problems instead of failing on the first.
public struct SceneParamReader {
    public let spec: SceneSpec
    public private(set) var problems: [String] = []

    public init(_ spec: SceneSpec, allowed: Set<String>) {
        self.spec = spec
        for key in spec.params.keys.sorted() where !allowed.contains(key) {
            problems.append("unknown parameter '\(key)' (known: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    /// An integer in `range`, or `fallback` when absent.
    public mutating func int(_ key: String, _ fallback: Int, _ range: ClosedRange<Int>) -> Int {
        guard let value = spec.params[key] else { return fallback }
        guard let n = value.int, range.contains(n) else {
            problems.append("'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return fallback
        }
        return n
    }

    /// A positive number, or `fallback` when absent.
    public mutating func positive(_ key: String, _ fallback: Double) -> Double {
        guard let value = spec.params[key] else { return fallback }
        guard let n = value.number, n.isFinite, n > 0, n <= 1000 else {
            problems.append("'\(key)' must be a positive number up to 1000")
            return fallback
        }
        return n
    }

    /// A matrix string, or `fallback` when absent.
    public mutating func matrix(_ key: String, _ fallback: String) -> Tensor {
        let text = spec.params[key]?.string ?? fallback
        if let value = spec.params[key], value.string == nil {
            problems.append("'\(key)' must be a string of rows such as \"1 2; 3 4\"")
        }
        switch MatrixText.tensor(text, name: "'\(key)'") {
        case .success(let t): return t
        case .failure(let e):
            problems.append(e.message)
            if case .success(let t) = MatrixText.tensor(fallback, name: key) { return t }
            return Tensor(zeros: [1, 1, 1])
        }
    }

    /// A list of whole numbers of a fixed length, or `fallback` when absent.
    public mutating func ints(_ key: String, count: Int, _ fallback: [Int]) -> [Int] {
        guard let value = spec.params[key] else { return fallback }
        guard let list = value.list, list.count == count, list.allSatisfy({ $0.int != nil }) else {
            problems.append("'\(key)' must be a list of \(count) whole numbers, e.g. \(fallback)")
            return fallback
        }
        return list.compactMap(\.int)
    }

    /// One of `choices`, or `fallback` when absent.
    public mutating func choice(_ key: String, _ fallback: String, _ choices: [String]) -> String {
        guard let value = spec.params[key] else { return fallback }
        guard let s = value.string, choices.contains(s) else {
            problems.append("'\(key)' must be one of \(choices.joined(separator: ", "))")
            return fallback
        }
        return s
    }

    /// Records a problem found by a scene's own consistency checks.
    public mutating func report(_ problem: String) { problems.append(problem) }
}

/// Parameters of the `transposed-conv` scene: input, kernel, stride, padding, output padding, dilation,
/// and the `original` map used by the "conv then transposed conv is not an inverse" view.
public struct TransposedConvParams: Equatable, Sendable {
    public var input: Tensor
    public var kernel: Tensor
    public var stride: Int, padding: Int, outputPadding: Int, dilation: Int
    public var original: Tensor
    public var view: String

    public static let views = ["scatter", "zero-insertion", "not-inverse"]

    /// Parses and checks the parameters (the engine must accept them).
    public static func parse(_ spec: SceneSpec) -> (TransposedConvParams, [String]) {
        var r = SceneParamReader(spec, allowed: ["input", "kernel", "stride", "padding", "output_padding", "dilation", "original", "view"])
        var p = TransposedConvParams(
            input: r.matrix("input", "1 2; 3 4"), kernel: r.matrix("kernel", "1 0 1; 0 1 0; 1 0 1"),
            stride: r.int("stride", 2, 1...4), padding: r.int("padding", 0, 0...4),
            outputPadding: r.int("output_padding", 0, 0...3), dilation: r.int("dilation", 1, 1...3),
            original: r.matrix("original", "1 2 3 4; 5 6 7 8; 9 10 11 12; 13 14 15 16"),
            view: r.choice("view", "scatter", views))
        if p.padding > p.dilation * (p.kernel.shape[1] - 1) || p.padding > p.dilation * (p.kernel.shape[2] - 1) {
            r.report("padding \(p.padding) is larger than dilation·(k−1); the zero-insertion view needs d·(k−1)−p ≥ 0")
            p.padding = 0
        }
        do {
            _ = try convTranspose2d(p.input, weight: p.kernelWeight, options: p.options)
        } catch {
            r.report(error.message)
            p.outputPadding = 0
        }
        return (p, r.problems)
    }

    /// The kernel as a 1×1×kH×kW conv_transpose2d weight.
    public var kernelWeight: Tensor {
        (try? kernel.reshaped([1, 1, kernel.shape[1], kernel.shape[2]])) ?? Tensor(zeros: [1, 1, 1, 1])
    }

    /// The options handed to the engine.
    public var options: ConvTranspose2DOptions {
        ConvTranspose2DOptions(stride: .square(stride), padding: .square(padding), outputPadding: .square(outputPadding),
                               dilation: .square(dilation))
    }
}

/// Parameters of the `roi-pool` scene and the `dlstudy roi` command.
public struct RoIPoolParams: Equatable, Sendable {
    public var input: Tensor
    /// x1, y1, x2, y2 in input coordinates (before `spatialScale`).
    public var box: [Int]
    /// Output bins, rows × columns.
    public var outputH: Int, outputW: Int
    public var spatialScale: Double

    /// Creates parameters; check them with `problems()`.
    public init(input: Tensor, box: [Int], outputH: Int, outputW: Int, spatialScale: Double) {
        self.input = input; self.box = box; self.outputH = outputH; self.outputW = outputW; self.spatialScale = spatialScale
    }

    public static let defaultInput =
        "1 5 2 0 3 8 1 4; 6 2 9 1 0 2 7 3; 3 7 4 8 2 6 1 0; 0 1 5 3 9 4 2 6; 4 8 2 6 1 7 3 5; 2 0 7 1 5 3 8 1; 9 3 1 4 6 0 2 7"

    /// Parses and checks the scene parameters.
    public static func parse(_ spec: SceneSpec) -> (RoIPoolParams, [String]) {
        var r = SceneParamReader(spec, allowed: ["input", "box", "output", "spatial_scale"])
        let input = r.matrix("input", defaultInput)
        let box = r.ints("box", count: 4, [1, 1, 5, 4])
        let output = r.ints("output", count: 2, [2, 2])
        var p = RoIPoolParams(input: input, box: box, outputH: output[0], outputW: output[1],
                              spatialScale: r.positive("spatial_scale", 1))
        for problem in p.problems() { r.report(problem) }
        if !r.problems.isEmpty { p.box = [0, 0, 0, 0]; p.outputH = 1; p.outputW = 1 }
        return (p, r.problems)
    }

    /// What is wrong with these values (empty when the engine accepts them and the box is on the map).
    public func problems() -> [String] {
        var out: [String] = []
        if !(1...8).contains(outputH) || !(1...8).contains(outputW) {
            out.append("output size must be from 1×1 to 8×8, got \(outputH)×\(outputW)")
        }
        let h = Double(input.shape[1]), w = Double(input.shape[2])
        if box.count != 4 { return out + ["box must be x1,y1,x2,y2"] }
        let scaled = box.map { Double($0) * spatialScale }
        if box[0] > box[2] || box[1] > box[3] {
            out.append("box \(box.map(String.init).joined(separator: ",")) must have x1 ≤ x2 and y1 ≤ y2")
        } else if scaled.contains(where: { $0 < 0 }) || scaled[2] > w - 1 + 0.5 || scaled[3] > h - 1 + 0.5 {
            out.append("box \(box.map(String.init).joined(separator: ",")) × spatial_scale \(NumberText.short(spatialScale)) must lie inside the \(Int(h))×\(Int(w)) map (x 0…\(Int(w) - 1), y 0…\(Int(h) - 1))")
        }
        if out.isEmpty {
            do { _ = try roiPool(input, boxes: [roiBox], outputSize: IntPair(outputH, outputW), spatialScale: spatialScale) } catch {
                out.append(error.message)
            }
        }
        return out
    }

    /// The box as the engine takes it.
    public var roiBox: RoIBox {
        RoIBox(x1: Double(box[0]), y1: Double(box[1]), x2: Double(box[2]), y2: Double(box[3]))
    }
}

/// Parameters of the `yolo-grid` scene: grid size S, boxes per cell B, classes C.
public struct YOLOParams: Equatable, Sendable {
    public var s: Int, b: Int, c: Int
    /// Parses and checks the parameters.
    public static func parse(_ spec: SceneSpec) -> (YOLOParams, [String]) {
        var r = SceneParamReader(spec, allowed: ["s", "b", "c"])
        let p = YOLOParams(s: r.int("s", 7, 2...9), b: r.int("b", 2, 1...5), c: r.int("c", 20, 1...100))
        return (p, r.problems)
    }
}

/// Parameters of the scenes that take a starting step or view only.
public enum SimpleSceneParams {
    /// Checks that only `allowed` keys with valid values appear.
    public static func parse(_ spec: SceneSpec, key: String, choices: [String]) -> (String, [String]) {
        var r = SceneParamReader(spec, allowed: [key])
        let value = r.choice(key, choices[0], choices)
        return (value, r.problems)
    }
}
