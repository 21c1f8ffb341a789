import DLEngine
import Foundation

// Release benchmark (not a test): every figure of issue 17 with its peer measured in the same run.
// Run with `swift run -c release dlstudy-bench [--json] [--runs N] [NAME...]`.
// Each benchmark is its own file; add yours to this list.
let benchmarks: [Benchmark] = [
    ConvBenchmark.benchmark,
    FirstFrameBenchmark.benchmark,
    KeyLatencyBenchmark.benchmark,
    StepBytesBenchmark.benchmark,
]

BenchCommandLine.run(benchmarks)
