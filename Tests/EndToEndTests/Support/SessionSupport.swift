import Foundation
import XCTest

extension XCTestCase {
    /// A fresh path `<tmp>/<prefix>-<uuid><suffix>` (nothing is created there), removed when the test ends.
    func temporaryPath(_ prefix: String, suffix: String = "") -> String {
        let path = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString)\(suffix)"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }
}

extension TmuxSession {
    /// Starts dlstudy with `--content content --data data` (then `--lang lang` when given) before `arguments`.
    convenience init(width: Int = 80, height: Int = 24, content: String = BuiltBinary.packageRoot.path, data: String,
                     lang: String? = "en", _ arguments: [String], environment: [String: String] = [:]) throws {
        let global = ["--content", content, "--data", data] + (lang.map { ["--lang", $0] } ?? [])
        try self.init(width: width, height: height, arguments: global + arguments, environment: environment)
    }

    /// Waits for the program to exit and asserts its status and that the terminal is sane again.
    func assertExits(with code: Int, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
        let (status, stty) = waitForExit(file: file, line: line)
        XCTAssertEqual(status, code, message, file: file, line: line)
        assertSaneTerminal(stty, file: file, line: line)
    }

    /// Sends `q` and asserts that the program exits with status 0.
    func quit(file: StaticString = #filePath, line: UInt = #line) {
        send("q")
        XCTAssertEqual(waitForExit(file: file, line: line).status, 0, file: file, line: line)
    }
}

/// Asserts that the terminal modes printed after the program ended are sane again (icanon and echo on).
func assertSaneTerminal(_ stty: String, file: StaticString = #filePath, line: UInt = #line) {
    let modes = stty.split(separator: " ").map(String.init)
    XCTAssertTrue(modes.contains("icanon"), "stty after exit: \(stty)", file: file, line: line)
    XCTAssertTrue(modes.contains("echo"), "stty after exit: \(stty)", file: file, line: line)
    XCTAssertFalse(modes.contains("-icanon") || modes.contains("-echo"), "stty after exit: \(stty)", file: file, line: line)
}
