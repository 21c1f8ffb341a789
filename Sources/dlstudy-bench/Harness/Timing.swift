import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time of `body` on this thread in milliseconds, median of `runs` runs (one untimed warm-up
/// run first). CPU time rather than wall time: on a loaded machine a wall-clock figure mostly
/// measures the waits for a core; the Python peers use `time.thread_time()` likewise.
func medianMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    try body()
    var times: [Double] = []
    for _ in 0..<max(1, runs) {
        let start = threadCPUNanoseconds()
        try body()
        times.append(Double(threadCPUNanoseconds() - start) / 1e6)
    }
    return median(times)
}

/// This thread's CPU time so far, in nanoseconds.
func threadCPUNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

/// The median of a non-empty list (the mean of the two middle values for an even count).
func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    guard !s.isEmpty else { return .nan }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// The p-th percentile (0…100, nearest rank) of a non-empty list.
func percentile(_ values: [Double], _ p: Double) -> Double {
    let s = values.sorted()
    guard !s.isEmpty else { return .nan }
    let rank = Int((p / 100 * Double(s.count)).rounded(.up))
    return s[min(s.count - 1, max(0, rank - 1))]
}
