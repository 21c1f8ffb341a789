import Foundation
import XCTest

/// Drives the convolution lessons and `dlstudy conv` in tmux: step, read the product line, change stride.
final class ConvolutionSessionTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-conv-e2e")

    func start(_ args: [String]) throws -> TmuxSession {
        try TmuxSession(data: dataDir, args)
    }

    func testStepThreeTimesThenChangeStrideInTheExplorer() throws {
        // Page 2 of l4-convolution holds the stepper on 1..9 with kernel [1 0; 0 −1]; it opens on the first cell.
        let t = try start(["lesson", "l4-convolution", "--page", "2"])
        t.waitFor(text: "out[0,0] = 1·1 + 2·0 + 4·0 + 5·(−1) = −4")
        t.send("Space")
        t.waitFor(text: "out[0,1] = 2·1 + 3·0 + 5·0 + 6·(−1) = −4")
        t.send("Space")
        t.waitFor(text: "out[1,0] = 4·1 + 5·0 + 7·0 + 8·(−1) = −4")
        t.send("Space")
        t.waitFor(text: "out[1,1] = 5·1 + 6·0 + 8·0 + 9·(−1) = −4")
        t.quit()

        // Page 1 of l4-stride-padding: the explorer on a 7×7 input, 3×3 kernel, stride 2.
        let e = try start(["lesson", "l4-stride-padding", "--page", "1"])
        e.waitFor(text: "s=2  p=0  d=1  →  output 3×3")
        e.send("S")
        e.waitFor(text: "s=3  p=0  d=1  →  output 2×2")
        e.waitFor(text: "⌊4/3⌋ + 1 = 2")
        e.waitFor(text: "Never covered (dimmed): rows 6, columns 6")
        e.quit()
    }

    func testConvCommandOpensTheStepper() throws {
        let t = try start(["conv", "--input", "1 2 3; 4 5 6; 7 8 9", "--kernel", "1 0; 0 -1", "--padding", "1", "--bias", "1"])
        t.waitFor(text: "out[0,0] = 0·1 + 0·0 + 0·0 + 1·(−1) + bias 1 = 0")
        t.send("Right")
        t.send("Right")
        t.waitFor(text: "out[0,2] = 0·1 + 0·0 + 2·0 + 3·(−1) + bias 1 = −2")
        t.quit()
    }
}
