import DLEngine
import Foundation

/// conv2d forward, float64: the readable loop and the fast path against torch (one thread; numpy's
/// im2col + matmul when torch is not importable), on the benchmark shape and the digits training shape.
enum ConvBenchmark {
    /// One conv2d problem: input shape, weight shape, padding 1.
    struct Shape {
        var label: String
        var input: [Int]
        var weight: [Int]
    }

    static let shapes = [
        Shape(label: "1×16×56×56 · 32×3×3", input: [1, 16, 56, 56], weight: [32, 16, 3, 3]),
        Shape(label: "32×1×8×8 · 8×3×3 (training batch)", input: [32, 1, 8, 8], weight: [8, 1, 3, 3]),
    ]

    static let benchmark = Benchmark(
        name: "conv2d", summary: "conv2d forward, float64, padding 1: readable loop and fast path vs torch") { settings in
        let peer = peerMilliseconds(runs: settings.runs)
        var figures: [Figure] = []
        for (index, shape) in shapes.enumerated() {
            let input = try Tensor(shape: shape.input, data: values(shape.input.reduce(1, *), seed: 1))
            let weight = try Tensor(shape: shape.weight, data: values(shape.weight.reduce(1, *), seed: 2))
            let bias = try Tensor(shape: [shape.weight[0]], data: values(shape.weight[0], seed: 3))
            let options = Conv2DOptions(padding: .int(1))
            let reference = try conv2d(input, weight: weight, bias: bias, options: options)
            let fast = try conv2dFast(input, weight: weight, bias: bias, options: options)
            guard fast.data.map(\.bitPattern) == reference.data.map(\.bitPattern) else {
                throw BenchError("conv2d fast path differs from the loop on \(shape.label)")
            }
            let loopMs = try medianMilliseconds(runs: settings.runs) {
                _ = try conv2d(input, weight: weight, bias: bias, options: options)
            }
            let fastMs = try medianMilliseconds(runs: settings.runs) {
                _ = try conv2dFast(input, weight: weight, bias: bias, options: options)
            }
            let p = peer.map { Peer(name: $0.name, value: $0.ms[index]) }
            figures.append(Figure(name: "conv2d \(shape.label) loop", value: loopMs, unit: "ms", peer: p))
            figures.append(Figure(name: "conv2d \(shape.label) fast path", value: fastMs, unit: "ms", peer: p, goal: "≤ 2×"))
        }
        return figures
    }

    /// Deterministic inputs (a linear congruential sequence in [-1, 1)).
    static func values(_ count: Int, seed: UInt64) -> [Double] {
        var s = seed
        return (0..<count).map { _ in
            s = s &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(s >> 11) / Double(1 << 53) * 2 - 1
        }
    }

    /// The peer's median milliseconds per shape, in the order of `shapes`.
    static func peerMilliseconds(runs: Int) -> (name: String, ms: [Double])? {
        let shapeList = shapes.map { "(\($0.input), \($0.weight))" }.joined(separator: ", ")
        let script = """
            import json, statistics, time
            shapes = [\(shapeList)]
            runs = \(max(1, runs))
            def median_ms(f):
                f()
                ts = []
                for _ in range(runs):
                    t = time.thread_time(); f(); ts.append((time.thread_time() - t) * 1000)
                return statistics.median(ts)
            try:
                import torch
                torch.set_num_threads(1)
                name = "torch " + torch.__version__
                def make(xs, ws):
                    x = torch.randn(*xs, dtype=torch.float64); w = torch.randn(*ws, dtype=torch.float64)
                    b = torch.randn(ws[0], dtype=torch.float64)
                    return lambda: torch.nn.functional.conv2d(x, w, b, padding=1)
            except ImportError:
                import numpy as np
                name = "numpy " + np.__version__
                def make(xs, ws):
                    n, c, h, wd = xs; o, _, kh, kw = ws
                    x = np.pad(np.random.randn(n, c, h, wd), ((0, 0), (0, 0), (1, 1), (1, 1)))
                    w = np.random.randn(o, c * kh * kw); b = np.random.randn(o)
                    def f():
                        cols = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))
                        cols = cols.transpose(1, 4, 5, 0, 2, 3).reshape(c * kh * kw, n * h * wd)
                        return (w @ cols + b[:, None]).reshape(o, n, h, wd).transpose(1, 0, 2, 3)
                    return f
            print(json.dumps({"name": name, "ms": [median_ms(make(xs, ws)) for xs, ws in shapes]}))
            """
        guard let o = runPython(script), let name = o.string("name"), case .array(let list)? = o["ms"] else { return nil }
        let ms = list.compactMap { v -> Double? in if case .number(let d) = v { return d } else { return nil } }
        return ms.count == shapes.count ? (name, ms) : nil
    }
}
