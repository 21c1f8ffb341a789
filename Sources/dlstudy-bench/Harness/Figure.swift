import DLEngine
import Foundation

/// One measured figure of a benchmark, with the peer's figure for the same work when there is one.
struct Figure: Sendable {
    /// What was measured, e.g. "conv2d 1×16×56×56 · 32×3×3 fast path".
    var name: String
    var value: Double
    /// "ms", "MiB", "bytes", …
    var unit: String
    var peer: Peer?
    /// The goal as text, e.g. "≤ 2× torch", shown beside the figure.
    var goal: String?

    /// value / peer value: how many times the peer's figure this is.
    var ratio: Double? { peer.map { value / $0.value } }

    var json: JSONValue {
        var o: [String: JSONValue] = ["name": .string(name), "value": .number(value), "unit": .string(unit)]
        if let peer {
            o["peer"] = .object(["name": .string(peer.name), "value": .number(peer.value)])
        }
        if let ratio { o["ratio"] = .number(ratio) }
        if let goal { o["goal"] = .string(goal) }
        return .object(o)
    }

    /// One aligned text line: figure, peer, ratio, goal.
    var line: String {
        var s = "  " + name.padding(toLength: max(name.count, 52), withPad: " ", startingAt: 0)
        s += String(format: " %10.3f %@", value, unit as NSString)
        if let peer, let ratio {
            s += String(format: "   %@ %.3f   ratio %.2f×", peer.name as NSString, peer.value, ratio)
        }
        if let goal { s += "   (goal \(goal))" }
        return s
    }
}

/// The figure of the program we compare with (torch, numpy, a bare Python curses start…).
struct Peer: Sendable {
    var name: String
    var value: Double
}

/// A benchmark: a name, a one-line description, and the work that measures its figures.
struct Benchmark: Sendable {
    var name: String
    var summary: String
    /// True for a benchmark that prints its own text instead of returning figures (left out of --json).
    var textOnly = false
    var run: @Sendable (BenchSettings) throws -> [Figure]
}

/// What every benchmark may use: how many runs to take the median of, where the binaries are.
struct BenchSettings: Sendable {
    /// Runs per figure (the median is reported); at least 9 by default.
    var runs: Int
    /// The folder of the running `dlstudy-bench`, where `swift build` also puts `dlstudy`.
    var binaryDirectory: String
    /// The `dlstudy` binary named by `--dlstudy`, when it is not the one beside the bench.
    var dlstudyPath: String?
    /// The content root (Lessons/, Quizzes/) for benchmarks that load the real content.
    var contentRoot: String
}

extension BenchSettings {
    /// The `dlstudy` named by `--dlstudy` or built beside this benchmark, or an error saying to build it.
    func dlstudyBinary() throws -> String {
        let path = dlstudyPath ?? (binaryDirectory as NSString).appendingPathComponent("dlstudy")
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError("\(path) not found: build it first (swift build -c release, or scripts/build-release.sh)")
        }
        return path
    }

    /// A data folder of its own for one benchmark run (the caller removes it).
    func temporaryDataDirectory(_ name: String) -> String {
        (NSTemporaryDirectory() as NSString).appendingPathComponent("dlstudy-bench-\(name)-\(getpid())")
    }
}

/// An error a benchmark reports instead of a figure.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
