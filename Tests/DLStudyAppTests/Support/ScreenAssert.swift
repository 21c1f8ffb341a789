import Foundation
import TUIKit
import XCTest

/// Compares a rendered frame with a committed whole-screen text file in Tests/DLStudyAppTests/Screens,
/// showing a line diff on failure. With DLSTUDY_RECORD=1 the file is (re)written instead; recorded
/// screens are reviewed by eye before they are committed.
enum ScreenAssert {
    static var directory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Screens").path
    }

    static func assert(_ frame: Frame, matches name: String, file: StaticString = #filePath, line: UInt = #line) {
        let actual = frame.lines().joined(separator: "\n") + "\n"
        let path = (directory as NSString).appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["DLSTUDY_RECORD"] == "1" {
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            XCTFail("no recorded screen \(path); run with DLSTUDY_RECORD=1 and review it", file: file, line: line)
            return
        }
        guard expected != actual else { return }
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var diff: [String] = []
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<none>", al = i < a.count ? a[i] : "<none>"
            if el != al { diff.append("line \(i + 1):\n  expected: \(el)\n  actual:   \(al)") }
        }
        XCTFail("screen \(name) differs:\n" + diff.joined(separator: "\n"), file: file, line: line)
    }

    /// One letter per style role for the role layer of a golden (space = normal).
    static let roleLetters: [StyleRole: Character] = [
        .normal: " ", .dim: "d", .bold: "b", .title: "t", .heading: "h", .accent: "a", .selected: "s", .key: "k",
        .border: "-", .error: "E", .success: "+", .warning: "!", .emphasis: "e", .strong: "B", .code: "c", .quote: "q",
        .padding: "P", .window: "W", .output: "O", .cursor: "C", .highlight: "H",
        .heat0: "0", .heat1: "1", .heat2: "2", .heat3: "3", .heat4: "4",
    ]

    /// The frame's roles as lines of letters (a continuation cell repeats its glyph's letter).
    static func roleLines(_ frame: Frame) -> [String] {
        (0..<frame.size.height).map { y in
            var line = ""
            for x in 0..<frame.size.width {
                let c = frame.cell(x: x, y: y) ?? .blank
                line.append(c.text == " " && c.role == .normal ? " " : roleLetters[c.role] ?? "?")
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// Compares the frame's text with `name.txt` and its role layer with `name.roles.txt`: which cells
    /// are the window, the padding ring, the output cursor, the highlighted output.
    static func assertWithRoles(_ frame: Frame, matches name: String, file: StaticString = #filePath, line: UInt = #line) {
        assert(frame, matches: name, file: file, line: line)
        var roles = Frame(size: frame.size)
        for (y, text) in roleLines(frame).enumerated() { roles.put(text, x: 0, y: y) }
        assert(roles, matches: name + ".roles", file: file, line: line)
    }
}

