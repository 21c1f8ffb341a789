import DLEngine
import Foundation

/// conv2d forward, float64: the readable loop and the fast path against torch (one thread; numpy's
/// im2col + matmul when torch is not importable), on the benchmark shape and the digits training shape.
///
/// The fast path is timed on the kernel the engine picks on this machine (`MatmulKernel.best`) and,
/// where that is the AVX one, also on the portable Swift SIMD kernel. The peer is one Python process
/// kept open for the whole benchmark: every round times a few calls of ours and then as many of the
/// peer's on the same shape (`--runs` rounds; the figures are the medians of all timed calls), so
/// load on the machine falls on both alike. Both sides count the calling thread's CPU time.
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

    /// Timed calls per side in one round.
    static let burst = 5
    /// Untimed calls per side before the first round.
    static let warmUp = 10

    static let benchmark = Benchmark(
        name: "conv2d", summary: "conv2d forward, float64, padding 1: readable loop and fast path vs torch, interleaved") { settings in
        let peer = PeerProcess()
        defer { peer?.close() }
        var figures: [Figure] = []
        for (index, shape) in shapes.enumerated() {
            let input = try Tensor(shape: shape.input, data: values(shape.input.reduce(1, *), seed: 1))
            let weight = try Tensor(shape: shape.weight, data: values(shape.weight.reduce(1, *), seed: 2))
            let bias = try Tensor(shape: [shape.weight[0]], data: values(shape.weight[0], seed: 3))
            let options = Conv2DOptions(padding: .int(1))
            let reference = try conv2d(input, weight: weight, bias: bias, options: options)
            // The kernel the engine uses here first, then the portable one if that is another.
            let kernels = [MatmulKernel.best] + MatmulKernel.available.filter { $0 != .best }
            for kernel in kernels {
                let fast = try conv2dFast(input, weight: weight, bias: bias, options: options, kernel: kernel)
                guard fast.data.map(\.bitPattern) == reference.data.map(\.bitPattern) else {
                    throw BenchError("conv2d fast path (\(kernel) kernel) differs from the loop on \(shape.label)")
                }
            }
            let loopMs = try medianMilliseconds(runs: settings.runs) {
                _ = try conv2d(input, weight: weight, bias: bias, options: options)
            }
            let call = { (kernel: MatmulKernel) throws(EngineError) in
                _ = try conv2dFast(input, weight: weight, bias: bias, options: options, kernel: kernel)
            }
            // Both sides first warm up (torch's first few calls take about twice as long as later ones).
            for _ in 0..<warmUp {
                for kernel in kernels { try call(kernel) }
                _ = peer?.milliseconds(shape: index)
            }
            // Interleaved in rounds: `burst` timed calls of each kernel, then of the peer, each burst
            // after one untimed call (it refills the caches the other side emptied).
            var ours = [[Double]](repeating: [], count: kernels.count), theirs: [Double] = []
            for _ in 0..<max(1, settings.runs) {
                for (k, kernel) in kernels.enumerated() {
                    for n in 0...burst {
                        let start = threadCPUNanoseconds()
                        try call(kernel)
                        if n > 0 { ours[k].append(Double(threadCPUNanoseconds() - start) / 1e6) }
                    }
                }
                for n in 0...burst {
                    if let ms = peer?.milliseconds(shape: index), n > 0 { theirs.append(ms) }
                }
            }
            let p = peer.flatMap { peer in theirs.count == ours[0].count ? Peer(name: peer.name, value: median(theirs)) : nil }
            figures.append(Figure(name: "conv2d \(shape.label) loop", value: loopMs, unit: "ms", peer: p))
            for (k, kernel) in kernels.enumerated() {
                figures.append(Figure(name: "conv2d \(shape.label) fast path (\(kernel))", value: median(ours[k]), unit: "ms",
                                      peer: p, goal: k == 0 ? "≤ 2×" : nil))
            }
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

    /// The peer's script: prints its name, then for every line `i` it reads runs conv2d on shape i
    /// once and prints the thread CPU milliseconds it took.
    static var peerScript: String {
        let shapeList = shapes.map { "(\($0.input), \($0.weight))" }.joined(separator: ", ")
        return """
            import sys, time
            shapes = [\(shapeList)]
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
            calls = [make(xs, ws) for xs, ws in shapes]
            print(name, flush=True)
            for line in sys.stdin:
                f = calls[int(line)]
                t = time.thread_time(); f(); ms = (time.thread_time() - t) * 1000
                print(ms, flush=True)
            """
    }

    /// The Python peer, kept running between calls (one thread for OpenMP, MKL and OpenBLAS).
    final class PeerProcess {
        private(set) var name: String
        private let process = Process()
        private let toPeer = Pipe(), fromPeer = Pipe()
        private var buffered = Data()

        /// Starts the peer; nil when python3 is missing or neither torch nor numpy imports.
        init?() {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", ConvBenchmark.peerScript]
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"]) { $1 }
            process.standardInput = toPeer
            process.standardOutput = fromPeer
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { return nil }
            signal(SIGPIPE, SIG_IGN)  // a peer that dies mid-run must not end the benchmark
            name = ""
            guard let first = readLine(), !first.isEmpty else {
                close()
                return nil
            }
            name = first
        }

        /// One timed call of the peer on shape `index`, in milliseconds; nil if the peer failed.
        func milliseconds(shape index: Int) -> Double? {
            guard process.isRunning,
                  (try? toPeer.fileHandleForWriting.write(contentsOf: Data("\(index)\n".utf8))) != nil else { return nil }
            return readLine().flatMap(Double.init)
        }

        /// Ends the peer (closing its input ends its loop).
        func close() {
            try? toPeer.fileHandleForWriting.close()
            process.waitUntilExit()
        }

        /// The next line the peer prints, without its newline; nil at end of output.
        private func readLine() -> String? {
            while true {
                if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = buffered[buffered.startIndex..<newline]
                    buffered = Data(buffered[(newline + 1)...])
                    return String(decoding: line, as: UTF8.self)
                }
                let more = fromPeer.fileHandleForReading.availableData
                guard !more.isEmpty else { return nil }
                buffered.append(more)
            }
        }
    }
}
