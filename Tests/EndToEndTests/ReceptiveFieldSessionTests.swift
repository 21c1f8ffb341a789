import Foundation
import XCTest

/// Drives the real binary in tmux on the shipped lessons: the receptive-field page lights the 5×5
/// input region of an output unit after two 3×3 layers.
final class ReceptiveFieldSessionTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-e2e-rf")

    /// Rows with exactly `cells` lit cells in a run (two columns per cell).
    static func litRows(_ screen: String, cells: Int) -> Int {
        screen.split(separator: "\n").filter { line in
            line.split(whereSeparator: { $0 != "█" }).contains { $0.count == 2 * cells }
        }.count
    }

    func testOutputUnitLightsAFiveByFiveRegion() throws {
        let t = try TmuxSession(width: 100, height: 40, data: dataDir, lang: nil, ["lesson", "l5-vgg-receptive-field", "--page", "3"])
        t.waitFor(text: "How the receptive field grows")
        // The output map is selected at its centre; move the cursor up one unit of the output.
        t.send("Up")
        let screen = t.waitFor(text: "unit (1,2) of layer 2")
        XCTAssertTrue(screen.contains("sees 5×5 of the input"), screen)
        XCTAssertEqual(Self.litRows(screen, cells: 5), 5, "the 5×5 input region is lit:\n\(screen)")
        XCTAssertEqual(Self.litRows(screen, cells: 3), 3, "the 3×3 region of the middle map is lit:\n\(screen)")
        XCTAssertEqual(screen.components(separatedBy: "◆◆").count - 1, 1, screen)
        t.quit()
    }
}
