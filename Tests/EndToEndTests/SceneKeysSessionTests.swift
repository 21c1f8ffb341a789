import Foundation
import XCTest

/// The real binary in tmux: a scene page's `?` overlay lists the scene's own keys (from its one key
/// declaration), and a key it lists acts.
final class SceneKeysSessionTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-keys-e2e")

    func testStepperOverlayListsTheScenesKeysAndTabActs() throws {
        // Page 2 of l4-convolution holds the convolution stepper.
        let t = try TmuxSession(data: dataDir, ["lesson", "l4-convolution", "--page", "2"])
        t.waitFor(text: "out[0,0] = 1·1 + 2·0 + 4·0 + 5·(−1) = −4")
        t.send("?")
        // The key column is padded to its widest entry: compare with runs of spaces made one.
        let overlay = t.waitFor(text: "any key closes this help").replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        for row in ["│ Space Enter → l step", "│ ← h ⌫ back", "│ Tab Shift-Tab output cursor: which inputs made this cell",
                    "│ a play", "│ + - = _ faster / slower", "│ r reset", "│ y show the command that reopens this scene",
                    "│ n next page", "│ PgUp PgDn ↑ ↓ k j scroll the text", "│ q Esc back to the list"] {
            XCTAssertTrue(overlay.contains(row), "overlay lacks '\(row)':\n\(overlay)")
        }
        t.send("x")
        t.waitFor("the overlay to close") { !$0.contains("any key closes this help") }
        t.send("Tab")
        t.waitFor(text: "Tab stepping")
        t.send("?")
        t.waitFor("the overlay's Tab row to follow the state") {
            $0.replacingOccurrences(of: " +", with: " ", options: .regularExpression).contains("│ Tab Shift-Tab back to stepping")
        }
        t.send("x")
        t.quit()
    }

    /// The stepper's position is part of the scene's shared state: `--scene "… step=3"` opens at the
    /// third output cell, `y` shows the step as it is now, and a step past the last cell is refused.
    func testStepperOpensAtTheSharedStepAndYShowsIt() throws {
        // Input 1 2 3; 4 5 6; 7 9 8 with kernel 1 0; 0 -1: cell (r, c) = in[r][c] − in[r+1][c+1], so
        // by hand out[1,0] = 4 − 9 = −5 (the third cell, row by row) and out[1,1] = 5 − 8 = −3.
        let input = "input='1 2 3; 4 5 6; 7 9 8'"
        let t = try TmuxSession(width: 120, height: 40, data: dataDir,
                                ["lesson", "l4-convolution", "--page", "2", "--scene", "\(input) step=3", "--lang", "en"])
        let first = t.waitFor(text: "out[1,0] = 4·1 + 5·0 + 7·0 + 9·(−1) = −5")
        XCTAssertFalse(first.contains("out[1,1] ="), first)
        t.send("y")
        let shared = t.waitFor(text: "Reopen this scene with").replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(shared.contains("step=3"), shared)
        t.send("x")
        t.send("Space")
        t.waitFor(text: "out[1,1] = 5·1 + 6·0 + 9·0 + 8·(−1) = −3")
        t.send("y")
        t.waitFor("y to show step 4") { $0.contains("Reopen this scene with") && $0.replacingOccurrences(of: "\n", with: " ").contains("step=4") }
        t.quit()
        // A 2×2 kernel on a 3×3 input has (3 − 2 + 1)² = 4 output cells: step 5 does not exist.
        let bad = Run.dlstudy(["lesson", "l4-convolution", "--page", "2", "--scene", "step=5"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("'step' must be a whole number from 0 to 4, got 5"), bad.stderr)
    }

    /// `lesson ID --page 1 --scene "step=GOOD" --plain` reopens with `reopen` (which holds the step);
    /// `step=BAD` exits 2 with `refusal`.
    func checkStepTravels(_ lesson: String, good: Int, reopen: String, bad: Int, refusal: String,
                          file: StaticString = #filePath, line: UInt = #line) {
        let r = Run.dlstudy(["lesson", lesson, "--page", "1", "--scene", "step=\(good)", "--plain", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        XCTAssertTrue(r.stdout.contains(reopen), r.stdout, file: file, line: line)
        let refused = Run.dlstudy(["lesson", lesson, "--page", "1", "--scene", "step=\(bad)"])
        XCTAssertEqual(refused.status, 2, file: file, line: line)
        XCTAssertTrue(refused.stderr.contains(refusal), refused.stderr, file: file, line: line)
    }

    /// The pooling stepper takes the same `step`: 4×4 input, 2×2 windows, stride 2: 2 × 2 = 4 windows (by hand).
    func testPoolStepperStepTravelsAndIsRangeChecked() {
        checkStepTravels("l4-pooling", good: 3,
                         reopen: "reopen: dlstudy lesson l4-pooling --page 1 --scene \"ceil=false input='1 3 2 1; 4 2 0 1; 5 1 3 8; 0 2 4 6' kernel=2 mode=max step=3\"",
                         bad: 5, refusal: "'step' must be a whole number from 1 to 4, got 5")
    }

    /// The channels stepper too: 2 filters on a 3×3 input with a 2×2 kernel make 2 · (3 − 2 + 1)² = 8 cells (by hand).
    func testChannelsStepperStepTravelsAndIsRangeChecked() {
        checkStepTravels("l4-channels", good: 5, reopen: "--scene \"in_channels=3 kernel=2 out_channels=2 size=3 step=5\"",
                         bad: 9, refusal: "'step' must be a whole number from 1 to 8, got 9")
    }
}
