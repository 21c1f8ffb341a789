import Foundation
import XCTest

/// The notes' figures through the real binary: `dlstudy check --content DIR` on a copy of the
/// shipped content with broken figures exits 1 and names each problem's file:line, and the lesson
/// whose scene needs a missing figure is refused the same way by `lesson --plain`.
final class NotesFiguresCheckTests: XCTestCase {
    /// The 1-based line of the first line equal to `text` (trimmed) after the line containing `after`.
    func line(of text: String, after: String, in file: String) throws -> Int {
        let lines = file.components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex { $0.contains(after) }, after)
        let found = try XCTUnwrap(lines[start...].firstIndex { $0.trimmingCharacters(in: .whitespaces) == text }, text)
        return found + 1
    }

    func testCheckReportsBrokenFiguresWithFileLineAndExits1() throws {
        let root = temporaryPath("dlstudy-figures")
        for folder in ["Lessons", "Quizzes"] {
            try FileManager.default.copyItem(atPath: BuiltBinary.packageRoot.appendingPathComponent(folder).path, toPath: root + "/" + folder)
        }
        let shipped = BuiltBinary.packageRoot.appendingPathComponent("Lessons/notes-figures.yaml").path
        let ok = Run.dlstudy(["check", "--content", root])
        XCTAssertEqual(ok.status, 0, ok.stdout + ok.stderr)

        // FC6's "177M" against 37,748,736 is no rounding; and FC8's figure gets a different id.
        let figures = try String(contentsOfFile: shipped, encoding: .utf8)
        let verdictLine = try line(of: "verdict: differs", after: "id: alexnet-fc6", in: figures)
        var broken = figures.components(separatedBy: "\n")
        broken[verdictLine - 1] = "    verdict: rounded"
        let fc8 = try line(of: "- id: alexnet-fc8", after: "id: alexnet-fc7", in: figures)
        broken[fc8 - 1] = "  - id: alexnet-fc-8"
        let brokenPath = root + "/Lessons/notes-figures.yaml"
        try FileManager.default.removeItem(atPath: brokenPath)
        try broken.joined(separator: "\n").write(toFile: brokenPath, atomically: true, encoding: .utf8)

        let lesson = try String(contentsOfFile: root + "/Lessons/l4-parameters.yaml", encoding: .utf8)
        let sceneLine = try line(of: "scene: {type: alexnet-walkthrough}", after: "id: alexnet-params", in: lesson)
        let r = Run.dlstudy(["check", "--content", root])
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains(
            "Lessons/notes-figures.yaml:\(verdictLine):14: figure 'alexnet-fc6': verdict 'rounded' does not fit: the notes' 177,000,000 against the computed 37,748,736: it is 139,251,264 off, at least one unit (1,000,000) of the last place the notes write, so the verdict is 'differs'"),
            r.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("Lessons/l4-parameters.yaml:\(sceneLine):12: page ")
            && $0.hasSuffix(" scene 'alexnet-walkthrough': no notes figure 'alexnet-fc8' in Lessons/notes-figures.yaml (did you mean 'alexnet-fc-8'?)") },
            r.stdout)
        XCTAssertEqual(lines.count, 2, r.stdout)
        XCTAssertTrue(r.stderr.contains("2 problem(s) in 2 file(s)"), r.stderr)

        // The player refuses that scene with the same words: the page's problem on stderr, exit 1.
        let plain = Run.dlstudy(["lesson", "l4-parameters", "--plain", "--content", root, "--data", temporaryPath("dlstudy-figures-data")])
        XCTAssertEqual(plain.status, 1, plain.stderr)
        XCTAssertTrue(plain.stderr.contains("no notes figure 'alexnet-fc8' in Lessons/notes-figures.yaml"), plain.stderr)
    }
}
