import DLContent
import DLStudyApp
import Foundation
import TUIKit

/// Key to frame (update + view + frame diff) at 120×40 for every scene of every lesson page and for
/// the quiz screens: a fixed key script replayed in process, p50/p99/max per scene (CPU time of
/// the thread, so that waiting for a core on a loaded machine is not counted). To profile a few
/// pages, set `DLSTUDY_BENCH_KEYS_FILTER` to `|`-separated texts their names contain (e.g.
/// `"l7-lstm p1|quiz"`): only those pages (the quiz is named `quiz`) are replayed; with a leading
/// `-` (`"-learned-filters|long-memory"`), all but those. `DLSTUDY_BENCH_KEYS_SLOWEST=N` writes
/// each page's N slowest keys (position in the script, key, run) to standard error.
enum KeyLatencyBenchmark {
    static let size = Size(width: 120, height: 40)

    /// Keys a student uses on a scene page: stepping, speed, auto-play with timer ticks, reset,
    /// scrolling, help. A key that leaves the page is measured and the page opened again.
    static let sceneScript: [Msg] = Array(repeating: .key(.char(" ")), count: 6)
        + [.key(.right), .key(.right), .key(.left), .key(.char("+")), .key(.char("-")), .key(.char("a"))]
        + Array(repeating: .tick, count: 8)
        + [.key(.char("a")), .key(.char("r")), .key(.down), .key(.up), .key(.tab), .key(.char("?")), .key(.char("?"))]

    /// Keys on the quiz: answer with the first choice (or a typed 1), check, go on; help; back.
    static let quizScript: [Msg] = Array(repeating: [Msg.key(.char("1")), .key(.enter), .key(.enter)], count: 12).flatMap { $0 }
        + [.key(.char("?")), .key(.char("?")), .key(.down), .key(.up)]

    static let benchmark = Benchmark(
        name: "keys", summary: "key → frame (update + view + diff) at 120×40, every scene page and the quiz") { settings in
        let library = ContentLoader.load(root: settings.contentRoot)
        guard !library.lessons.isEmpty else { throw BenchError("no lessons under \(settings.contentRoot)") }
        var figures: [Figure] = []
        var worst: (name: String, p99: Double) = ("", 0)
        let filter = ProcessInfo.processInfo.environment["DLSTUDY_BENCH_KEYS_FILTER"] ?? "-"
        let excluding = filter.hasPrefix("-")
        let parts = filter.dropFirst(excluding ? 1 : 0).split(separator: "|")
        func wanted(_ name: String) -> Bool { parts.contains { name.contains($0) } != excluding }
        let slowest = ProcessInfo.processInfo.environment["DLSTUDY_BENCH_KEYS_SLOWEST"].flatMap { Int($0) } ?? 0
        func report(_ name: String, _ samples: [Double], script: [Msg] = sceneScript) {
            guard !samples.isEmpty else { return }
            if slowest > 0 {  // which keys of the script the slowest samples were (standard error)
                let keys = samples.indices.sorted { samples[$0] > samples[$1] }.prefix(slowest).map { i in
                    "#\(i % script.count) \(script[i % script.count]) run \(i / script.count + 1): \(String(format: "%.3f", samples[i])) ms"
                }
                FileHandle.standardError.write(Data("\(name) slowest: \(keys.joined(separator: "; "))\n".utf8))
            }
            let p99 = percentile(samples, 99)
            if p99 > worst.p99 { worst = (name, p99) }
            figures.append(Figure(name: "\(name) p50", value: percentile(samples, 50), unit: "ms"))
            figures.append(Figure(name: "\(name) p99", value: p99, unit: "ms", goal: "≤ 1 ms"))
            figures.append(Figure(name: "\(name) max", value: samples.max() ?? 0, unit: "ms"))
        }
        for lesson in library.lessons.sorted(by: { ($0.lecture, $0.order, $0.id) < ($1.lecture, $1.order, $1.id) }) {
            for (index, page) in lesson.pages.enumerated() {
                guard let scene = page.scene, wanted("\(lesson.id) p\(index + 1) \(scene.type)") else { continue }
                var samples: [Double] = []
                for _ in 0..<max(1, settings.runs) {
                    samples += replay(library, sceneScript) { state in
                        _ = App.openLesson(&state, id: lesson.id, page: index)
                    } stillThere: { state in
                        if case .lesson(let viewer) = state.current { return viewer.page == index }
                        return false
                    }
                }
                report("\(lesson.id) p\(index + 1) \(scene.type)", samples)
            }
        }
        var quiz: [Double] = []
        for _ in 0..<(wanted("quiz") ? max(1, settings.runs) : 0) {
            quiz += replay(library, quizScript) { state in
                _ = App.update(&state, .key(.enter))
            } stillThere: { state in
                if case .quiz = state.current { return true }
                return false
            }
        }
        report("quiz", quiz, script: quizScript)
        figures.append(Figure(name: "worst p99 (\(worst.name))", value: worst.p99, unit: "ms", goal: "≤ 1 ms"))
        return figures
    }

    /// Replays `script` from the screen `open` leads to; the milliseconds of each key, from message
    /// to computed changes, and of each tick the runner sends at once while work is pending (scene
    /// training in slices; a tick that leaves work pending draws nothing, as in the runner). When a
    /// key leaves the screen, `open` runs again (untimed). Not inlined, so that a profiler can collect
    /// just this (`callgrind --toggle-collect='*KeyLatencyBenchmark*6replay*'`).
    @inline(never)
    static func replay(_ library: ContentLibrary, _ script: [Msg], open: (inout AppState) -> Void,
                       stillThere: (AppState) -> Bool) -> [Double] {
        func fresh() -> AppState {
            var state = AppState(library: library, language: .en, size: size)
            state.clock = { 1_800_000_000 }
            state.options.boundsWork = true  // as the interactive app runs: heavy scene work a slice per tick
            open(&state)
            return state
        }
        var state = fresh()
        var frame = App.view(state)
        var samples: [Double] = []
        var changes = 0
        for msg in script {
            // Each message, then (as the runner does) a tick per slice of the work it left pending, each
            // timed; like the runner, a tick that leaves work pending draws no frame (nothing on screen changed).
            var pending = [msg]
            while let next = pending.popLast() {
                let start = threadCPUNanoseconds()
                _ = App.update(&state, next)
                if next != .tick || !state.hasPendingWork {
                    let view = App.view(state)
                    changes &+= FrameDiff.changes(from: frame, to: view).count
                    frame = view
                }
                samples.append(Double(threadCPUNanoseconds() - start) / 1e6)
                if state.hasPendingWork, stillThere(state) { pending.append(.tick) }
            }
            if !stillThere(state) {
                state = fresh()
                frame = App.view(state)
            }
        }
        blackHole(changes)
        return samples
    }

    @inline(never)
    static func blackHole(_ value: Int) { if value == -1 { print("") } }
}
