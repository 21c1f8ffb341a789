import Foundation
import TUIKit
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real binary in tmux: launch, navigate, quit, signals, resize, colours, Korean.
final class TerminalSessionTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-e2e")
    var content: String { BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/content").path }

    func start(_ width: Int = 80, _ height: Int = 24, args: [String] = [], env: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(width: width, height: height, content: content, data: dataDir, lang: nil, args, environment: env)
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
        t.assertExits(with: 0)
        XCTAssertFalse(t.screen().contains("Lecture 4"), "the app's screen is gone after exit")
        // Progress survived: a new run resumes on page 2.
        let again = try start(args: ["lesson", "l4-convolution"])
        again.waitFor(text: "Stacks")
        again.quit()
    }

    func testDamagedDatabaseIsReportedOnScreenAndMovedAside() throws {
        try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: dataDir + "/dlstudy.sqlite"))
        let t = try start(140, 24)
        t.waitFor(text: "dlstudy.sqlite was damaged (only 14 bytes long, shorter than an SQLite header")
        t.quit()
        let files = try FileManager.default.contentsOfDirectory(atPath: dataDir)
        XCTAssertTrue(files.contains { $0.hasPrefix("dlstudy.sqlite.damaged-") }, "\(files)")
    }

    func testCtrlCRestoresTheTerminal() throws {
        let t = try start()
        t.waitFor(text: "Lecture 4")
        t.send("C-c")
        t.assertExits(with: 130)
    }

    func testSigtermAndSighupRestoreTheTerminal() throws {
        for (signal, code) in [(SIGTERM, 143), (SIGHUP, 129)] {
            let t = try start()
            t.waitFor(text: "Lecture 4")
            guard let pid = t.programPID() else { return XCTFail("no pid") }
            kill(pid, signal)
            t.assertExits(with: code)
        }
    }

    func testResizeToTooSmallAndBack() throws {
        let t = try start(100, 30)
        t.waitFor(text: "Lecture 4")
        t.resize(width: 40, height: 12)
        t.waitFor(text: "Terminal too small")
        t.waitFor(text: "Now 40×12, needs 80×24.")
        t.resize(width: 100, height: 30)
        t.waitFor(text: "Lecture 7 · Recurrent Neural Networks")
        t.quit()
    }

    func testNoColorShowsNoColourEscapes() throws {
        let colored = try start()
        let withColor = colored.waitFor("colour escapes", escapes: true) { $0.contains("Lecture 4") }
        XCTAssertTrue(Self.hasColorEscape(withColor), "without NO_COLOR the screen is coloured: \(withColor.debugDescription.prefix(300))")
        let plain = try start(env: ["NO_COLOR": "1"])
        let screen = plain.waitFor("home", escapes: true) { $0.contains("Lecture 4") }
        XCTAssertFalse(Self.hasColorEscape(screen), screen)
        plain.quit()
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
        t.quit()
    }
}
