import Foundation

/// Start-up cost a student feels: `dlstudy` to its first frame on a 120×40 pseudo-terminal against a
/// bare Python curses start in the same run (CPU time, wall time, peak RSS), and the CPU time of
/// `dlstudy check` and `dlstudy list --json` on the real content.
enum FirstFrameBenchmark {
    static let pythonCurses = """
        import curses
        s = curses.initscr()
        s.addstr(0, 0, "dlstudy")
        s.refresh()
        curses.endwin()
        """

    static let benchmark = Benchmark(
        name: "startup", summary: "first frame under a 120×40 pty vs a bare Python curses start; check and list CPU") { settings in
        let dlstudy = try settings.dlstudyBinary()
        let data = settings.temporaryDataDirectory("startup")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let common = ["--content", settings.contentRoot, "--data", data]
        let app = [dlstudy, "--exit-after-first-frame"] + common
        let python = ["python3", "-c", pythonCurses]
        // Warm-up: creates the data folder (a student's second start is the usual one) and the caches.
        for args in [app, python] { _ = try measure(args) }
        var ours: [PseudoTerminalProcess.Exit] = [], peer: [PseudoTerminalProcess.Exit] = []
        for _ in 0..<settings.runs {
            ours.append(try measure(app))
            peer.append(try measure(python))
        }
        var oursPeak: [Double] = [], peerPeak: [Double] = []
        for _ in 0..<settings.runs {
            oursPeak.append(try peakResident(app, data: data))
            peerPeak.append(try peakResident(python, data: data))
        }
        var check: [Double] = [], list: [Double] = []
        for _ in 0..<settings.runs {
            check.append(try measure([dlstudy, "check"] + common, allowFailure: true).cpuMilliseconds)
            list.append(try measure([dlstudy, "list", "--json"] + common).cpuMilliseconds)
        }
        func peerFigure(_ key: KeyPath<PseudoTerminalProcess.Exit, Double>) -> Peer {
            Peer(name: "python curses", value: median(peer.map { $0[keyPath: key] }))
        }
        return [
            Figure(name: "first frame CPU time", value: median(ours.map(\.cpuMilliseconds)), unit: "ms",
                   peer: peerFigure(\.cpuMilliseconds), goal: "≤ 1/6 of python"),
            Figure(name: "first frame wall time", value: median(ours.map(\.wallMilliseconds)), unit: "ms",
                   peer: peerFigure(\.wallMilliseconds), goal: "≤ 10 ms"),
            Figure(name: "first frame peak RSS", value: median(oursPeak), unit: "MiB",
                   peer: Peer(name: "python curses", value: median(peerPeak)), goal: "≤ 15 MiB"),
            Figure(name: "dlstudy check CPU time", value: median(check), unit: "ms", goal: "≤ 40 ms"),
            Figure(name: "dlstudy list --json CPU time", value: median(list), unit: "ms"),
        ]
    }

    /// The peak resident memory (MiB) of one run, as GNU time (`/usr/bin/time -f %M`) reads it.
    /// The pty process's own `ru_maxrss` cannot be used: posix_spawn starts the child in the
    /// bench's address space (CLONE_VM) and Linux keeps the larger peak across exec, so every
    /// program measured that way would weigh at least what the bench itself does (about 20 MiB).
    /// GNU time forks a small process of its own before the exec.
    static func peakResident(_ arguments: [String], data: String) throws -> Double {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else {
            throw BenchError("peak RSS needs GNU time at \(time) (sudo apt-get install time)")
        }
        let report = (data as NSString).appendingPathComponent("peak-rss.txt")
        _ = try measure([time, "-f", "%M", "-o", report] + arguments)
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        guard let kib = text.split(whereSeparator: \.isNewline).last.flatMap({ Double($0) }) else {
            throw BenchError("\(time) wrote no peak RSS: \(text)")
        }
        return kib / 1024
    }

    /// Runs one program to its end on a pseudo-terminal.
    static func measure(_ arguments: [String], allowFailure: Bool = false) throws -> PseudoTerminalProcess.Exit {
        let process = try PseudoTerminalProcess(arguments)
        let exit = process.wait()
        guard exit.status == 0 || allowFailure else {
            let text = String(decoding: process.output.suffix(400), as: UTF8.self)
            throw BenchError("\(arguments.joined(separator: " ")) exited with status \(exit.status): \(text)")
        }
        return exit
    }
}
