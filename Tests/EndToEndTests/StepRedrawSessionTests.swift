import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The backend draws a stepper's later frames itself, with fewer bytes than ncurses would: the
/// screen after stepping must look exactly like the screen ncurses paints when the same step is
/// opened fresh: every character, colour and attribute (a space's invisible foreground aside).
final class StepRedrawSessionTests: XCTestCase {
    var dataDir = ""

    override func setUp() { dataDir = temporaryPath("steps") }

    /// Opens a stepper (by default the padded convolution one: 5×5 input, padding 1, 25 output
    /// cells) at step `from` of `count`, steps `steps` times with Space, and compares the screen
    /// with a fresh start at step `from + steps`, cell by cell; `then` acts on the stepped session before the comparison
    /// (the fresh one is started at `freshSize`).
    func assertSteppedScreenMatchesFreshStart(lesson: String = "l4-stride-padding", page pageNumber: Int = 2, count: Int = 25,
                                              lang: String = "en", extra: [String] = [], environment: [String: String] = [:],
                                              from: Int = 1, steps: Int = 6, freshSize: (width: Int, height: Int) = (120, 40),
                                              file: StaticString = #filePath, line: UInt = #line,
                                              then: (TmuxSession) -> Void = { _ in }) throws {
        let page = ["lesson", lesson, "--page", "\(pageNumber)"]
        let fresh = try TmuxSession(width: freshSize.width, height: freshSize.height, data: dataDir, lang: lang,
                                    page + ["--scene", "step=\(from + steps)"] + extra, environment: environment)
        fresh.waitFor("the stepper at step \(from + steps)", file: file, line: line) { $0.contains(" \(from + steps)/\(count)") }
        // The marker may show before the rest of the first frame: the reference is the screen once
        // two captures in a row agree.
        var reference = fresh.screen()
        fresh.waitFor("a complete first frame", file: file, line: line) { now in
            defer { reference = now }
            return now == reference
        }
        let stepped = try TmuxSession(width: 120, height: 40, data: dataDir, lang: lang,
                                      page + ["--scene", "step=\(from)"] + extra, environment: environment)
        stepped.waitFor("the stepper at step \(from)", file: file, line: line) { $0.contains(" \(from)/\(count)") }
        XCTAssertNotEqual(stepped.screen(), reference, "step \(from) and step \(from + steps) should look different", file: file, line: line)
        for _ in 0..<steps { stepped.send("Space") }
        stepped.waitFor("\(steps) steps", file: file, line: line) { $0.contains(" \(from + steps)/\(count)") }
        then(stepped)
        stepped.waitFor("the screen of a fresh start", file: file, line: line) { $0 == reference }
        let a = StyledScreen(capture: stepped.screen(escapes: true)).seen
        let b = StyledScreen(capture: fresh.screen(escapes: true)).seen
        XCTAssertFalse(a.lines.isEmpty, file: file, line: line)
        XCTAssertNil(a.firstDifference(from: b), "stepped | fresh", file: file, line: line)
        stepped.quit(file: file, line: line)
        fresh.quit(file: file, line: line)
    }

    func testSteppingIn256ColoursLooksLikeAFreshStart() throws {
        try assertSteppedScreenMatchesFreshStart()
    }

    /// Past the end of a row the window jumps to the next one (the largest step).
    func testSteppingAcrossRowsLooksLikeAFreshStart() throws {
        try assertSteppedScreenMatchesFreshStart(from: 3, steps: 3)
    }

    func testSteppingInKoreanLooksLikeAFreshStart() throws {
        try assertSteppedScreenMatchesFreshStart(lang: "ko")
    }

    func testSteppingWithNoColorLooksLikeAFreshStart() throws {
        try assertSteppedScreenMatchesFreshStart(environment: ["NO_COLOR": "1"])
    }

    func testSteppingInASCIILooksLikeAFreshStart() throws {
        try assertSteppedScreenMatchesFreshStart(extra: ["--ascii"])
    }

    /// Max pooling, 4×4 input, 2×2 windows, stride 2: 2 · 2 = 4 windows.
    func testSteppingThePoolingStepperLooksLikeAFreshStart() throws {
        try assertSteppedScreenMatchesFreshStart(lesson: "l4-pooling", page: 1, count: 4, steps: 3)
    }

    /// Two filters of 3×2×2 on a 3×3×3 input: 2 · (3 − 2 + 1)² = 8 output cells.
    func testSteppingTheChannelsStepperLooksLikeAFreshStart() throws {
        try assertSteppedScreenMatchesFreshStart(lesson: "l4-channels", page: 1, count: 8, steps: 6)
    }

    /// After the writer has drawn, ncurses repaints everything itself on a resize.
    func testResizingAfterSteppingLooksLikeAFreshStartAtTheNewSize() throws {
        try assertSteppedScreenMatchesFreshStart(freshSize: (110, 36)) { $0.resize(width: 110, height: 36) }
    }

    /// Ctrl-Z and `fg`: ncurses leaves the screen and, when the program continues, clears it and
    /// paints it again on its own from its virtual screen, which the writer keeps equal to what it
    /// drew. Text written to the terminal behind the program's back first shows that it did repaint.
    func testSuspendAndContinueAfterSteppingLooksLikeAFreshStart() throws {
        #if !os(Linux)
        throw XCTSkip("watches the process's signals and state in /proc")
        #else
        try assertSteppedScreenMatchesFreshStart { t in
            let tty = t.tmux(["display-message", "-p", "-t", "0", "#{pane_tty}"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let handle = FileHandle(forWritingAtPath: tty) else { return XCTFail("cannot open \(tty)") }
            handle.write(Data("\u{1B}[5;3H#### not from dlstudy ####".utf8))
            try? handle.close()
            t.waitFor("the foreign text") { $0.contains("#### not from dlstudy ####") }
            guard let pid = t.programPID() else { return XCTFail("no pid") }
            kill(pid, SIGTSTP)
            // ncurses' handler leaves the screen and stops the process, unless its process group
            // is orphaned (as under tmux's `sh -c`), where the stop is dropped and it goes on at once.
            // A SIGCONT sent before the stop would be lost, so continue it only once it has stopped.
            XCTAssertTrue(Self.poll {
                if Self.isStopped(pid) { kill(pid, SIGCONT); return true }
                return !Self.hasPendingSignal(pid, SIGTSTP) && !t.screen().contains("#### not from dlstudy ####")
            }, "the program neither stopped nor repainted")
        }
        #endif
    }

    /// Whether process `pid` is stopped (state T in /proc/PID/stat).
    static func isStopped(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first == "T"
    }

    /// Whether `signal` is pending for process `pid` (thread or process-wide), from /proc.
    static func hasPendingSignal(_ pid: pid_t, _ signal: Int32) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
        let bit = UInt64(1) << UInt64(signal - 1)
        return status.split(separator: "\n").contains { line in
            guard line.hasPrefix("SigPnd:") || line.hasPrefix("ShdPnd:"), let mask = UInt64(line.split(separator: "\t").last ?? "", radix: 16) else { return false }
            return mask & bit != 0
        }
    }

    /// Polls `condition` every 10 ms until it holds or 10 seconds pass.
    static func poll(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return false
    }
}
