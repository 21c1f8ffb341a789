import DLEngine
import Foundation

// Release benchmark (not a test): conv2d forward 1×16×56×56, 32 filters 3×3, padding 1.
// Run with `swift run -c release dlstudy-bench`.

/// Deterministic inputs (a linear congruential sequence in [-1, 1)).
func values(_ count: Int, seed: UInt64) -> [Double] {
    var s = seed
    return (0..<count).map { _ in
        s = s &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(s >> 11) / Double(1 << 53) * 2 - 1
    }
}

func medianMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return times.sorted()[times.count / 2]
}

func pythonMilliseconds() -> (String, Double)? {
    let script = """
        import time, statistics
        try:
            import torch
            torch.set_num_threads(1)
            x = torch.randn(1, 16, 56, 56, dtype=torch.float64); w = torch.randn(32, 16, 3, 3, dtype=torch.float64)
            b = torch.randn(32, dtype=torch.float64)
            f = lambda: torch.nn.functional.conv2d(x, w, b, padding=1)
            name = "torch " + torch.__version__ + " (float64, 1 thread)"
        except ImportError:
            import numpy as np
            x = np.random.randn(16, 58, 58); w = np.random.randn(32, 16 * 9); b = np.random.randn(32)
            def f():
                cols = np.lib.stride_tricks.sliding_window_view(x, (3, 3), axis=(1, 2))
                cols = cols.transpose(0, 3, 4, 1, 2).reshape(16 * 9, 56 * 56)
                return (w @ cols + b[:, None]).reshape(32, 56, 56)
            name = "numpy " + np.__version__ + " (im2col + matmul, float64)"
        f()
        ts = []
        for _ in range(11):
            t = time.perf_counter(); f(); ts.append((time.perf_counter() - t) * 1000)
        print(name); print(statistics.median(ts))
        """
    guard let lines = pythonLines(script), lines.count >= 2, let ms = Double(lines[1]) else { return nil }
    return (lines[0], ms)
}

do {
    let input = try Tensor(shape: [1, 16, 56, 56], data: values(16 * 56 * 56, seed: 1))
    let weight = try Tensor(shape: [32, 16, 3, 3], data: values(32 * 16 * 9, seed: 2))
    let bias = try Tensor(shape: [32], data: values(32, seed: 3))
    let options = Conv2DOptions(padding: .int(1))
    print("conv2d forward 1×16×56×56, 32 filters 3×3, padding 1 (float64), median of runs")
    let reference = try conv2d(input, weight: weight, bias: bias, options: options)
    let fast = try conv2dFast(input, weight: weight, bias: bias, options: options)
    print("fast path equals loop version bit for bit: \(fast == reference)")
    let loopMs = try medianMilliseconds(runs: 5) { _ = try conv2d(input, weight: weight, bias: bias, options: options) }
    let fastMs = try medianMilliseconds(runs: 11) { _ = try conv2dFast(input, weight: weight, bias: bias, options: options) }
    print(String(format: "  swift loop (readable)  %9.2f ms", loopMs))
    print(String(format: "  swift fast path        %9.2f ms   (%.1f× faster than the loop)", fastMs, loopMs / fastMs))
    if let (name, ms) = pythonMilliseconds() {
        print(String(format: "  %@  %9.2f ms", name as NSString, ms))
        print(String(format: "  ratio: loop / python = %.1f×, fast / python = %.1f×", loopMs / ms, fastMs / ms))
    } else {
        print("  python3 with torch or numpy not found: no comparison")
    }
    try runSequenceBench()
} catch {
    print("error: \(error)")
    exit(1)
}

// The digits CNN training benchmark (Sources/dlstudy-bench/TrainingBenchmark.swift).
runTrainingBenchmark()
