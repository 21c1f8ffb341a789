import Foundation

/// Bytes the real binary writes to a 120×40 pseudo-terminal for one stepper step, against the bytes
/// of its first frame (a full repaint, terminal set-up included).
enum StepBytesBenchmark {
    /// The padded convolution stepper of lecture 4 (16 output cells); Space steps it.
    static let lesson = "l4-stride-padding", page = 2, steps = 12

    static let benchmark = Benchmark(
        name: "step-bytes", summary: "bytes written per stepper step vs a full 120×40 repaint (real binary, pty)") { settings in
        let dlstudy = try settings.dlstudyBinary()
        let data = settings.temporaryDataDirectory("steps")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let process = try PseudoTerminalProcess(
            [dlstudy, "lesson", lesson, "--page", "\(page)", "--content", settings.contentRoot, "--data", data])
        let full = process.readOutput(quietMilliseconds: 500).count
        var perStep: [Double] = []
        for _ in 0..<steps {
            process.send(Array(" ".utf8))
            perStep.append(Double(process.readOutput(quietMilliseconds: 300, timeoutMilliseconds: 5_000).count))
        }
        process.send(Array("q".utf8))
        let exit = process.wait()
        guard exit.status == 0, full > 0 else {
            throw BenchError("dlstudy lesson \(lesson) exited with status \(exit.status) after \(full) bytes")
        }
        return [
            Figure(name: "full 120×40 repaint (first frame)", value: Double(full), unit: "bytes"),
            Figure(name: "one stepper step (median of \(steps))", value: median(perStep), unit: "bytes",
                   peer: Peer(name: "full repaint", value: Double(full)), goal: "≤ 0.10×"),
            Figure(name: "largest stepper step", value: perStep.max() ?? 0, unit: "bytes",
                   peer: Peer(name: "full repaint", value: Double(full))),
        ]
    }
}
