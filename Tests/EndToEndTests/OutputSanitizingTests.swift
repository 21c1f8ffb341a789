import Foundation
import XCTest

/// No control byte from a lesson file, an argument or a JSON request reaches the terminal through
/// any command-line path (plain lesson, list, check, CLI errors, compute errors), and JSON output
/// escapes C1 controls and bidi overrides.
final class OutputSanitizingTests: XCTestCase {
    /// ESC ] 0 ; … BEL (sets the window title), C1 CSI (U+009B) and RIGHT-TO-LEFT OVERRIDE (U+202E).
    static let hostile = "\u{1B}]0;PWNED\u{07}\u{9B}31m\u{202E}evil"

    /// Bytes and scalars that would drive a terminal.
    func assertClean(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = text.unicodeScalars.filter { u in
            (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value)
        }
        XCTAssertTrue(bad.isEmpty, "\(what) printed \(bad.map { String(format: "U+%04X", $0.value) }): \(text.debugDescription)", file: file, line: line)
    }

    /// A copy of the test content with one extra lesson whose id, title and concepts carry the hostile text.
    func hostileContent() throws -> String {
        let root = temporaryPath("dlstudy-hostile")
        try FileManager.default.copyItem(atPath: BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/content").path, toPath: root)
        let t = Self.hostile.replacingOccurrences(of: "\u{1B}", with: "\\e").replacingOccurrences(of: "\u{07}", with: "\\a")
            .replacingOccurrences(of: "\u{9B}", with: "\\x9B").replacingOccurrences(of: "\u{202E}", with: "\\u202E")
        let yaml = """
            id: l4-hostile
            lecture: 4
            order: 9
            title:
              en: "Title \(t)"
              ko: "제목 \(t)"
            concepts: ["concept-\(t)"]
            pages:
              - title:
                  en: "Page \(t)"
                  ko: "쪽 \(t)"
                body:
                  en: "Body \(t)"
                  ko: "본문 \(t)"
            """
        try yaml.write(toFile: root + "/Lessons/l4-hostile.yaml", atomically: true, encoding: .utf8)
        return root
    }

    func testPlainLessonListAndCheckPrintNoControlBytes() throws {
        let content = try hostileContent()
        let data = temporaryPath("dlstudy-hostile-data")
        let plain = Run.dlstudy(["--content", content, "--data", data, "lesson", "l4-hostile", "--plain"])
        XCTAssertTrue(plain.stdout.contains("Title"), plain.stdout + plain.stderr)
        assertClean(plain.stdout + plain.stderr, "lesson --plain")
        let list = Run.dlstudy(["--content", content, "--data", data, "list"])
        XCTAssertTrue(list.stdout.contains("Title"), list.stdout)
        assertClean(list.stdout + list.stderr, "list")
        let check = Run.dlstudy(["--content", content, "check"])
        XCTAssertTrue(check.stdout.contains("concept-"), "check quotes the unknown concept: \(check.stdout)")
        assertClean(check.stdout + check.stderr, "check")
    }

    func testListJSONEscapesC1AndBidiAndKeepsTheValue() throws {
        let content = try hostileContent()
        let r = Run.dlstudy(["--content", content, "--data", temporaryPath("dlstudy-hostile-data"), "list", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        assertClean(r.stdout, "list --json")
        XCTAssertTrue(r.stdout.contains("\\u009b") && r.stdout.contains("\\u202e"), r.stdout)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let lessons = try XCTUnwrap(json["lessons"] as? [[String: Any]])
        let titles = lessons.compactMap { ($0["title"] as? [String: String])?["en"] }
        XCTAssertTrue(titles.contains("Title " + Self.hostile), "the JSON value is the title itself: \(titles)")
    }

    func testErrorsEchoingArgumentsOrJSONStringsPrintNoControlBytes() throws {
        let data = temporaryPath("dlstudy-hostile-data")
        let calls: [([String], String)] = [
            (["lesson", "x" + Self.hostile], ""),
            (["lesson", "l4-convolution", "--scene", Self.hostile], ""),
            (["model", Self.hostile], ""),
            (["conv", "--input", Self.hostile], ""),
            (["calc", "conv", Self.hostile], ""),
            (["--lang", Self.hostile, "list"], ""),
            (["quiz", "--plain", "--lecture", Self.hostile], ""),
            (["no-such-command-" + Self.hostile], ""),
            (["list", "--no-such-flag-" + Self.hostile], ""),
            (["compute"], "{\"op\": \"\\u001b]0;PWNED\\u0007\\u009b\\u202e\"}"),
            (["compute"], "{\"op\": \"conv2d\", \"\\u001b]0;X\\u0007\": 1}"),
        ]
        for (arguments, stdin) in calls {
            let r = Run.dlstudy(["--content", BuiltBinary.packageRoot.path, "--data", data] + arguments, stdin: stdin)
            XCTAssertNotEqual(r.status, 0, "\(arguments) should fail")
            XCTAssertFalse(r.stderr.isEmpty, "\(arguments) says why")
            assertClean(r.stdout + r.stderr, "\(arguments.map(\.debugDescription)) stdin \(stdin)")
        }
    }
}
