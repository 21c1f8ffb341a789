import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The real binary in tmux against what froze, quit or hung it before: Ctrl-S (flow control), key
/// sequences the terminal description does not know, and a crash (report file, one stderr line,
/// no interactive backtracer).
final class TerminalHardeningTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-harden")
    var content: String { BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/content").path }

    func start(_ width: Int = 80, args: [String] = [], env: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(width: width, height: 24, content: content, data: dataDir, lang: nil, args, environment: env)
    }

    func testCtrlSDoesNotFreezeTheApp() throws {
        let t = try start()
        t.waitFor(text: "Lecture 4")
        t.send("C-s")
        // With XON/XOFF on, the terminal stops the app's output here and it never gets to draw or
        // quit until Ctrl-Q.
        t.send("?")
        t.waitFor(text: "move the selection")
        t.send("q")
        t.send("q")
        t.assertExits(with: 0)
    }

    func testHomeSentAsCSI1TildeUnderAMismatchedTermDoesNotQuit() throws {
        // tmux sends Home as ESC [1~; the xterm-256color description calls Home ESC O H.
        let t = try start(env: ["TERM": "xterm-256color"])
        t.waitFor(text: "Lecture 4")
        t.send("Home")
        // An unknown CSI sequence and an unknown SS3 one, sent as raw bytes.
        t.tmux(["send-keys", "-t", "0", "-H", "1b", "5b", "39", "39", "3b", "35", "7e"])
        t.tmux(["send-keys", "-t", "0", "-H", "1b", "4f", "5a"])
        t.send("?")
        let screen = t.waitFor(text: "move the selection")
        XCTAssertFalse(screen.contains("__EXIT"), screen)
        XCTAssertFalse(screen.contains("99;5~") || screen.contains("[1~"), "no part of a sequence is read as keys:\n\(screen)")
        t.send("q")
        t.send("Escape")
        t.assertExits(with: 0, "a lone Esc still quits the home screen")
    }

    func testCrashWritesAReportFileAndOneLineNamingIt() throws {
        let t = try start(220)
        t.waitFor(text: "Lecture 4")
        guard let pid = t.programPID() else { return XCTFail("no pid") }
        kill(pid, SIGSEGV)
        t.assertExits(with: 128 + Int(SIGSEGV), "the process still dies of the signal, promptly")
        let screen = t.screen()
        XCTAssertFalse(screen.contains("Press space"), "no interactive backtracer:\n\(screen)")
        guard let range = screen.range(of: #"dlstudy: crashed \(SIGSEGV, invalid memory access\); the report is in \S+"#, options: .regularExpression) else {
            return XCTFail("no line naming the report:\n\(screen)")
        }
        let report = String(screen[range].split(separator: " ").last ?? "")
        XCTAssertTrue(report.hasPrefix(dataDir + "/crash-"), report)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("dlstudy crashed: SIGSEGV"), text)
        XCTAssertTrue(text.contains("backtrace"), text)
        XCTAssertEqual(screen.components(separatedBy: "dlstudy: crashed").count, 2, "exactly one line:\n\(screen)")
    }

    func testCrashOfAPlainCommandIsReportedTheSameWay() throws {
        // A plain quiz waiting for an answer (no curses running) gets a crash signal.
        let t = try start(220, args: ["quiz", "--plain", "--count", "1", "--seed", "1"])
        t.waitFor(text: "[1/1]")
        guard let pid = t.programPID() else { return XCTFail("no pid") }
        kill(pid, SIGILL)
        t.assertExits(with: 128 + Int(SIGILL))
        let screen = t.screen()
        XCTAssertFalse(screen.contains("Press space"), screen)
        XCTAssertTrue(screen.contains("dlstudy: crashed (SIGILL"), screen)
        XCTAssertTrue(screen.contains("the report is in \(dataDir)/crash-"), screen)
    }
}
