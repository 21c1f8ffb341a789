import DLEngine
import Foundation

// Release benchmark (not a test): every figure with its peer measured in the same run.
// Run with `swift run -c release dlstudy-bench [--json] [--runs N] [NAME...]`.
// Each benchmark is its own file; add yours to this list.
let benchmarks: [Benchmark] = [
    ConvBenchmark.benchmark,
    FirstFrameBenchmark.benchmark,
    KeyLatencyBenchmark.benchmark,
    StepBytesBenchmark.benchmark,
    // These two print their own lines (Sources/dlstudy-bench/SequenceBench.swift, TrainingBenchmark.swift).
    Benchmark(name: "sequence", summary: "recurrent training epoch vs torch (prints its own lines)", textOnly: true) { _ in
        try runSequenceBench()
        return []
    },
    Benchmark(name: "training", summary: "digits CNN training vs torch (prints its own lines)", textOnly: true) { _ in
        runTrainingBenchmark()
        return []
    },
]

BenchCommandLine.run(benchmarks)
