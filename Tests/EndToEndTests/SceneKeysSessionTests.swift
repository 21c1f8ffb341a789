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
}
