import Foundation
import XCTest

/// The lecture-7 long-memory page in tmux: the three cells train live and, at T = 40, the LSTM's
/// test accuracy climbs clearly above the RNN's; ←→ changes T and restarts; s shows one BPTT step.
final class LongMemorySessionTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-longmem-e2e")

    /// The accuracy the legend shows for `name` ("L LSTM 97.0%"), as a fraction.
    private func accuracy(_ name: String, marker: String, in screen: String) -> Double? {
        for line in screen.split(separator: "\n") {
            guard let r = line.range(of: "\(marker) \(name)") else { continue }
            let rest = line[r.upperBound...].drop { $0 == " " }
            guard let pct = rest.range(of: "%") else { continue }
            return Double(rest[rest.startIndex..<pct.lowerBound]).map { $0 / 100 }
        }
        return nil
    }

    func testLSTMLearnsTheBitWhileTheRNNStaysAtChance() throws {
        let t = try TmuxSession(width: 100, height: 30, data: dataDir, ["lesson", "l7-long-memory"])
        t.waitFor(text: "T = 40")
        t.waitFor(text: "R RNN")
        t.send("Left")
        t.waitFor(text: "T = 20")
        t.send("Right")
        t.waitFor(text: "T = 40 ")
        // Training runs in slices per timer tick; poll (with a generous deadline for a debug build on
        // a loaded machine) until the LSTM is clearly ahead.
        let screen = t.waitFor("the LSTM ten points above the RNN at T = 40", timeout: 900) { screen in
            guard screen.contains("T = 40 "), let lstm = self.accuracy("LSTM", marker: "L", in: screen),
                  let rnn = self.accuracy("RNN", marker: "R", in: screen) else { return false }
            return lstm >= rnn + 0.10
        }
        let rnn = try XCTUnwrap(accuracy("RNN", marker: "R", in: screen))
        XCTAssertLessThanOrEqual(rnn, 0.60, "the RNN stays near chance:\n\(screen)")
        XCTAssertTrue(screen.contains("parameters RNN 88 · LSTM 352 · GRU 264"), screen)
        t.send("s")
        t.waitFor(text: "one step of backpropagation through time")
        t.waitFor(text: "∂L/∂h_39 = W_hhᵀ (tanh′ ⊙ ∂L/∂h_40)")
        t.send("Left")
        t.waitFor(text: "∂L/∂h_38 = W_hhᵀ (tanh′ ⊙ ∂L/∂h_39)")
        t.quit()
    }
}
