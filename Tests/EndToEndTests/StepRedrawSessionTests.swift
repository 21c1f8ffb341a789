import Foundation
import XCTest

/// The backend draws a stepper's later frames itself, with fewer bytes than ncurses would: the
/// screen after stepping must look exactly like the screen ncurses paints when the same step is
/// opened fresh: every character, colour and attribute (a space's invisible foreground aside).
final class StepRedrawSessionTests: XCTestCase {
    var dataDir = ""

    override func setUp() { dataDir = temporaryPath("steps") }

    /// Opens the padded convolution stepper (5×5 input, padding 1: 25 output cells) at step `from`,
    /// steps `steps` times with Space, and compares the screen with a fresh start at step
    /// `from + steps`, cell by cell.
    func assertSteppedScreenMatchesFreshStart(lang: String = "en", extra: [String] = [], environment: [String: String] = [:],
                                              from: Int = 1, steps: Int = 6, file: StaticString = #filePath, line: UInt = #line) throws {
        let page = ["lesson", "l4-stride-padding", "--page", "2"]
        let fresh = try TmuxSession(width: 120, height: 40, data: dataDir, lang: lang,
                                    page + ["--scene", "step=\(from + steps)"] + extra, environment: environment)
        let reference = fresh.waitFor("the stepper at step \(from + steps)", file: file, line: line) { $0.contains(" \(from + steps)/25") }
        let stepped = try TmuxSession(width: 120, height: 40, data: dataDir, lang: lang,
                                      page + ["--scene", "step=\(from)"] + extra, environment: environment)
        stepped.waitFor("the stepper at step \(from)", file: file, line: line) { $0.contains(" \(from)/25") }
        XCTAssertNotEqual(stepped.screen(), reference, "step \(from) and step \(from + steps) should look different", file: file, line: line)
        for _ in 0..<steps { stepped.send("Space") }
        stepped.waitFor("\(steps) steps", file: file, line: line) { $0 == reference }
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
}
