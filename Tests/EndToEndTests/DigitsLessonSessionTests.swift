import Foundation
import XCTest

/// Drives the "How a CNN learns its filters" lesson in tmux: the network trains live and the test
/// accuracy on screen rises over ticks; a drawn digit gets a prediction.
final class DigitsLessonSessionTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-digits-e2e")

    /// The first "test accuracy N%" on the screen.
    private func accuracy(_ screen: String) -> Double? {
        guard let range = screen.range(of: #"test accuracy [0-9.]+%"#, options: .regularExpression) else { return nil }
        return Double(screen[range].dropFirst("test accuracy ".count).dropLast())
    }

    func testTrainingRaisesTheTestAccuracyAndADrawnDigitGetsAPrediction() throws {
        let t = try TmuxSession(data: dataDir, ["lesson", "l4-learned-filters", "--page", "1"])
        let first = t.waitFor("a test accuracy") { self.accuracy($0) != nil }
        let start = try XCTUnwrap(accuracy(first))
        // Ten classes, random weights: about one in ten at first; training lifts it well above.
        t.waitFor("the test accuracy to rise above 60% from \(start)%", timeout: 240) { (self.accuracy($0) ?? 0) > max(60, start + 20) }
        t.send("Space")
        t.waitFor(text: "paused")
        t.quit()

        // Page 4: the canvas. Clear it, draw a vertical stroke, and read the prediction.
        let d = try TmuxSession(data: dataDir, ["lesson", "l4-learned-filters", "--page", "4"])
        d.waitFor(text: "prediction: ")
        d.send("x")
        d.waitFor(text: "ink at cursor: 0/16")
        for _ in 0..<3 { d.send("Up") }
        for _ in 0..<6 {
            d.send("9")
            d.send("Down")
        }
        d.waitFor(text: "ink at cursor: 0/16")
        d.send("Up")
        d.waitFor(text: "ink at cursor: 16/16")
        let screen = d.waitFor("a prediction for the drawn digit") { $0.range(of: #"prediction: [0-9]"#, options: .regularExpression) != nil }
        XCTAssertTrue(screen.contains(">"), "the predicted class is marked in the bars:\n\(screen)")
        d.quit()
    }
}
