import Foundation
import TUIKit
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real binary in tmux: launch, navigate, quit, signals, resize, colours, Korean.
final class TerminalSessionTests: XCTestCase {
    var dataDir = ""
    var content: String { BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/content").path }

    override func setUp() {
        dataDir = NSTemporaryDirectory() + "dlstudy-e2e-\(UUID().uuidString)"
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dataDir)
    }

    func start(_ width: Int = 80, _ height: Int = 24, args: [String] = [], env: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(width: width, height: height,
                        arguments: ["--content", content, "--data", dataDir] + args,
                        environment: env)
    }

    func assertSane(_ stty: String, file: StaticString = #filePath, line: UInt = #line) {
        let modes = stty.split(separator: " ").map(String.init)
        XCTAssertTrue(modes.contains("icanon"), "stty after exit: \(stty)", file: file, line: line)
        XCTAssertTrue(modes.contains("echo"), "stty after exit: \(stty)", file: file, line: line)
        XCTAssertFalse(modes.contains("-icanon") || modes.contains("-echo"), "stty after exit: \(stty)", file: file, line: line)
    }

    func testLaunchMoveOpenPageAndQuit() throws {
        let t = try start()
        t.waitFor(text: "Lecture 4 · Convolutional Neural Networks")
        t.send("j")
        t.waitFor(text: "VGG's 3×3 stacks · Receptive field")
        t.send("k", "Enter")
        t.waitFor(text: "A sum of elementwise products")
        t.send("n")
        t.waitFor(text: "2/2")
        t.send("q")
        t.waitFor(text: "✓ 1. Convolution, cell by cell")
        t.send("q")
        let (status, stty) = t.waitForExit()
        XCTAssertEqual(status, 0)
        assertSane(stty)
        XCTAssertFalse(t.screen().contains("Lecture 4"), "the app's screen is gone after exit")
        // Progress survived: a new run resumes on page 2.
        let again = try start(args: ["lesson", "l4-convolution"])
        again.waitFor(text: "Stacks")
        again.send("q")
        XCTAssertEqual(again.waitForExit().status, 0)
    }

    func testCtrlCRestoresTheTerminal() throws {
        let t = try start()
        t.waitFor(text: "Lecture 4")
        t.send("C-c")
        let (status, stty) = t.waitForExit()
        XCTAssertEqual(status, 130)
        assertSane(stty)
    }

    func testSigtermAndSighupRestoreTheTerminal() throws {
        for (signal, code) in [(SIGTERM, 143), (SIGHUP, 129)] {
            let t = try start()
            t.waitFor(text: "Lecture 4")
            guard let pid = t.programPID() else { return XCTFail("no pid") }
            kill(pid, signal)
            let (status, stty) = t.waitForExit()
            XCTAssertEqual(status, code)
            assertSane(stty)
        }
    }

    func testCrashSignalRestoresTheTerminalAndStillCrashes() throws {
        // The Swift runtime's crash reporter (the handler we chain to) must not wait for a key.
        let t = try start(env: ["SWIFT_BACKTRACE": "interactive=no"])
        t.waitFor(text: "Lecture 4")
        guard let pid = t.programPID() else { return XCTFail("no pid") }
        kill(pid, SIGSEGV)
        let (status, stty) = t.waitForExit()
        XCTAssertEqual(status, 128 + Int(SIGSEGV), "the crash is chained to the default handler")
        assertSane(stty)
        XCTAssertTrue(t.screen().contains("Backtrac"), "the crash report still appears")
    }

    func testResizeToTooSmallAndBack() throws {
        let t = try start(100, 30)
        t.waitFor(text: "Lecture 4")
        t.resize(width: 40, height: 12)
        t.waitFor(text: "Terminal too small")
        t.waitFor(text: "Now 40×12, needs 80×24.")
        t.resize(width: 100, height: 30)
        t.waitFor(text: "Lecture 7 · Recurrent Neural Networks")
        t.send("q")
        XCTAssertEqual(t.waitForExit().status, 0)
    }

    func testNoColorShowsNoColourEscapes() throws {
        let colored = try start()
        let withColor = colored.waitFor("colour escapes", escapes: true) { $0.contains("Lecture 4") }
        XCTAssertTrue(Self.hasColorEscape(withColor), "without NO_COLOR the screen is coloured: \(withColor.debugDescription.prefix(300))")
        let plain = try start(env: ["NO_COLOR": "1"])
        let screen = plain.waitFor("home", escapes: true) { $0.contains("Lecture 4") }
        XCTAssertFalse(Self.hasColorEscape(screen), screen)
        plain.send("q")
        XCTAssertEqual(plain.waitForExit().status, 0)
    }

    static func hasColorEscape(_ s: String) -> Bool {
        // SGR sequences that set a foreground or background colour: 30–37, 40–47, 90–107, 38;/48;.
        let pattern = #"\x1b\[[0-9;]*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m"#
        return s.range(of: pattern, options: .regularExpression) != nil
    }

    func testKoreanIsAlignedTwoColumnsPerSyllable() throws {
        let t = try start(120, 40, args: ["--lang", "ko"])
        let screen = t.waitFor(text: "4강 · 합성곱 신경망 (CNN)")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let top = lines.first(where: { $0.contains("┐") }) else { return XCTFail(screen) }
        let borderColumn = DisplayWidth.of(String(top[..<(top.lastIndex(of: "┐") ?? top.endIndex)]))
        let korean = lines.filter { $0.contains("│") && $0.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
        XCTAssertFalse(korean.isEmpty)
        for line in korean {
            let col = DisplayWidth.of(String(line[..<(line.lastIndex(of: "│") ?? line.endIndex)]))
            XCTAssertEqual(col, borderColumn, "right border misplaced in: \(line)")
        }
        t.send("q")
        XCTAssertEqual(t.waitForExit().status, 0)
    }
}
