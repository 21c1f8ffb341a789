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

    /// `lesson ID --page PAGE --scene "step=GOOD" --plain` reopens with `reopen` (which holds the step);
    /// `step=BAD` exits 2 with `refusal`.
    func checkStepTravels(_ lesson: String, page: Int = 1, good: Int, reopen: String, bad: Int, refusal: String,
                          file: StaticString = #filePath, line: UInt = #line) {
        let r = Run.dlstudy(["lesson", lesson, "--page", "\(page)", "--scene", "step=\(good)", "--plain", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr, file: file, line: line)
        XCTAssertTrue(r.stdout.contains(reopen), r.stdout, file: file, line: line)
        let refused = Run.dlstudy(["lesson", lesson, "--page", "\(page)", "--scene", "step=\(bad)"])
        XCTAssertEqual(refused.status, 2, file: file, line: line)
        XCTAssertTrue(refused.stderr.contains(refusal), refused.stderr, file: file, line: line)
    }

    /// Opens `lesson`'s page `page` in tmux with `--scene "step=STEP"` (English).
    func openAtStep(_ lesson: String, page: Int, step: Int) throws -> TmuxSession {
        try TmuxSession(width: 120, height: 40, data: dataDir, ["lesson", lesson, "--page", "\(page)", "--scene", "step=\(step)", "--lang", "en"])
    }

    /// Presses `y`, waits for the reopen line to hold every one of `values` (line breaks ignored), quits.
    func pressYAndQuit(_ t: TmuxSession, shows values: [String], file: StaticString = #filePath, line: UInt = #line) {
        t.send("y")
        t.waitFor("y to show \(values)", file: file, line: line) { screen in
            let s = screen.replacingOccurrences(of: "\n", with: " ")
            return s.contains("Reopen this scene with") && values.allSatisfy { s.contains($0) }
        }
        t.quit()
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

    /// The transposed convolution (l6-transposed-conv page 2: input 1 2; 3 4, 3×3 kernel, stride 2)
    /// opens at the shared step of its view. By hand: the scatter view steps the 2·2 = 4 input cells
    /// row by row, so step 3 is INPUT (1,0) = 3, whose stamp lands at rows 2·1 … 2·1+2 = 2–4, cols 0–2;
    /// `y` carries `step=3` and the view. The zero-insertion view steps the (2−1)·2 + 3 = 5, 5² = 25
    /// output cells: 25 is accepted, 26 refused; in the scatter view 5 is refused.
    func testTransposedConvStepTravelsAndIsRangeChecked() throws {
        let t = try openAtStep("l6-transposed-conv", page: 2, step: 3)
        let first = t.waitFor(text: "step 3/4: INPUT (1,0) = 3 stamps 3×KERNEL into OUTPUT rows 2–4, cols 0–2")
        XCTAssertFalse(first.contains("INPUT (1,1) = 4 stamps"), first)
        pressYAndQuit(t, shows: ["step=3", "view=scatter"])
        checkStepTravels("l6-transposed-conv", page: 2, good: 4, reopen: "step=4 stride=2 view=scatter\"", bad: 5,
                         refusal: "'step' must be a whole number from 0 to 4, got 5")
        checkStepTravels("l6-transposed-conv", page: 3, good: 25, reopen: "step=25 stride=2 view=zero-insertion\"", bad: 26,
                         refusal: "'step' must be a whole number from 0 to 25, got 26")
    }

    /// RoI pooling (l6-detection page 5: box 0,0,6,4 → 2×2 on the 7×8 map). By hand, torchvision's
    /// bins: height 4 − 0 + 1 = 5 split at 2.5 → rows 0–2 and 2–4; width 7 split at 3.5 → cols 0–3 and
    /// 3–6; each bin reads 3 · 4 = 12 cells, 4 bins = 48 steps: 48 reopens with `step=48`, 49 is refused.
    /// Step 12 is bin (0,0)'s last read, row by row: (2,3) of the map = 8, and the bin's maximum of
    /// 1 5 2 0 / 6 2 9 1 / 3 7 4 8 is 9; Space moves to bin (0,1)'s first read, (0,3) = 0.
    func testRoIPoolStepTravelsAndIsRangeChecked() throws {
        let t = try openAtStep("l6-detection", page: 5, step: 12)
        t.waitFor(text: "step 12/48: bin (0,0) rows 0–2, cols 0–3: read (2,3) = 8, max so far 9")
        t.send("Space")
        t.waitFor(text: "step 13/48: bin (0,1) rows 0–2, cols 3–6: read (0,3) = 0")
        pressYAndQuit(t, shows: ["step=13"])
        checkStepTravels("l6-detection", page: 5, good: 48, reopen: "step=48", bad: 49,
                         refusal: "'step' must be a whole number from 0 to 48, got 49")
    }

    /// The unrolled RNN (l7-rnn page 1: x = 1, 0.5, −1, 0; h₀ = 0) opens at the shared time step.
    /// By hand with the weights the scene prints (W_hh = rotation by 0.5 rad ≈ [0.8776 −0.4794;
    /// 0.4794 0.8776], W_xh = [0.5; −0.4], b = [0.1 0]): h₁ = tanh([0.6, −0.4]) = [0.537, −0.380];
    /// W_hh·h₁ + W_xh·0.5 + b = [0.4713 + 0.1822 + 0.25 + 0.1, 0.2575 − 0.3334 − 0.2] = [1.003, −0.276],
    /// tanh → [0.763, −0.269]. So step 2 shows h₂'s line and h₃ not yet; the input has 4 steps, 5 is refused.
    func testUnrolledRNNStepTravelsAndIsRangeChecked() throws {
        let t = try openAtStep("l7-rnn", page: 1, step: 2)
        let first = t.waitFor(text: "= tanh([ 1.00 -0.28]) = [ 0.76 -0.27]")
        XCTAssertTrue(first.contains("step 2/4") && first.contains("h₃ = …"), first)
        pressYAndQuit(t, shows: ["step=2"])
        checkStepTravels("l7-rnn", good: 4, reopen: "--scene \"input='1; 0.5; -1; 0' step=4\"", bad: 5,
                         refusal: "'step' must be a whole number from 1 to 4, got 5")
    }

    /// The gate-flow scenes count `step` over all stages from 0: (t − 1)·stages + gate. LSTM (l7-lstm
    /// page 2, x = 1; 0.5; −1): 6 stages, so step 7 = t 2, gate 1 = the input gate i₂, with C̃₂ not yet
    /// computed; → moves to C̃₂ (step 8); 3 · 6 = 18 stages end at 17, 18 is refused.
    func testLSTMGatesStepTravelsAndIsRangeChecked() throws {
        let t = try openAtStep("l7-lstm", page: 2, step: 7)
        let first = t.waitFor(text: "2/6 input gate")
        XCTAssertTrue(first.contains("t=2/3") && first.contains("▶ i₂ ="), first)
        XCTAssertTrue(first.contains("C̃₂ = tanh(W_C·[h₁, x₂] + b_C) = …"), first)
        t.send("Right")
        t.waitFor(text: "▶ C̃₂ =")
        pressYAndQuit(t, shows: ["step=8"])
        checkStepTravels("l7-lstm", page: 2, good: 17, reopen: "step=17\"", bad: 18,
                         refusal: "'step' must be a whole number from 0 to 17, got 18")
    }

    /// GRU (l7-gru page 1, x = 1; 0.5; −1): 4 stages, so step 9 = t 3, gate 1 = the update gate z₃;
    /// 3 · 4 = 12 stages end at 11, 12 is refused.
    func testGRUGatesStepTravelsAndIsRangeChecked() throws {
        let t = try openAtStep("l7-gru", page: 1, step: 9)
        let first = t.waitFor(text: "2/4 update gate")
        XCTAssertTrue(first.contains("t=3/3") && first.contains("▶ z₃ ="), first)
        t.quit()
        checkStepTravels("l7-gru", good: 11, reopen: "--scene \"h0='0 0' input='1; 0.5; -1' step=11\"", bad: 12,
                         refusal: "'step' must be a whole number from 0 to 11, got 12")
    }

    /// The 1×1 convolution (l4-one-by-one page 1: 3 → 2 channels on its 3×3 example) opens at the
    /// shared cell. By hand: cells run channel by channel, row by row, so step 11 = 9 + 2 is out[1,0,1];
    /// the example's input x[c] = ((5·(9c + 3r + col) + 1) mod 7) − 2 is 4, 0, 3 at pixel (0,1), and
    /// channel 1's weights w[j] = ((2j + 1) mod 5) − 2, j = 3…5, are 0, 2, −1: 4·0 + 0·2 + 3·(−1) = −3.
    /// 2 · 3² = 18 cells: 18 is accepted, 19 refused.
    func testOneByOneStepTravelsAndIsRangeChecked() throws {
        let t = try openAtStep("l4-one-by-one", page: 1, step: 11)
        t.waitFor(text: "out[1,0,1] = 4·0 + 0·2 + 3·(−1) = −3")
        pressYAndQuit(t, shows: ["step=11"])
        checkStepTravels("l4-one-by-one", good: 18, reopen: "--scene \"bottleneck=false in_channels=3 middle=64 out_channels=2 step=18\"", bad: 19,
                         refusal: "'step' must be a whole number from 1 to 18, got 19")
    }
}
