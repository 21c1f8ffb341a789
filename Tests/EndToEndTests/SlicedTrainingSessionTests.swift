import Foundation
import XCTest

/// The real binary runs scene training in slices (the runner ticks again at once while work is
/// pending): the pages open before their networks are built, keys act while a restart is being
/// prepared, and the runs come out as the eager scene's.
final class SlicedTrainingSessionTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-sliced-e2e")

    /// ← twice while the first restart is still in slices goes on from the T coming (40 → 20 → 10);
    /// the run at T = 10 then trains its first epoch, and step mode shows its last BPTT step.
    func testLongMemoryRestartsFollowTheKeysAndTrain() throws {
        let t = try TmuxSession(width: 100, height: 30, data: dataDir, ["lesson", "l7-long-memory"])
        t.waitFor(text: "R RNN")
        t.send("Left", "Left")
        t.waitFor(text: "T = 10 ◂▸  epoch 0/20")
        t.waitFor(text: "T = 10 ◂▸  epoch 1/20", timeout: 300)
        t.send("s")
        t.waitFor(text: "∂L/∂h_9 = W_hhᵀ (tanh′ ⊙ ∂L/∂h_10)")
        t.quit()
    }

    /// The digits page: `r` in the second epoch starts a new seed's run, shown from its first epoch.
    func testDigitsRestartShowsTheNewRun() throws {
        let t = try TmuxSession(data: dataDir, ["lesson", "l4-learned-filters", "--page", "1"])
        t.waitFor(text: "epoch 2, ", timeout: 240)
        t.send("r")
        t.waitFor(text: "epoch 1, ")
        t.send("Space")
        t.waitFor(text: "paused")
        t.quit()
    }
}
