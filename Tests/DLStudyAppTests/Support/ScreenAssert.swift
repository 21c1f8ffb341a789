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
}
