import XCTest

/// Shared scene state beyond the step: the receptive-field scene's stack as it is on screen (layers
/// added or removed by hand, padding, the selected unit) and the 1×1 scene's bottleneck width, so
/// the reopen command shows the same scene.
final class SceneStateShareTests: XCTestCase {
    /// 8×8 input, conv 3×3 (no padding) → 6×6, pool 2/2 → 3×3, conv 3×3 → 1×1. By hand: r = 3, then
    /// 3 + (2 − 1)·1 = 4 with jump 2, then 4 + (3 − 1)·2 = 8; a unit of the first conv sees 3×3.
    func testAHandBuiltStackAndUnitReopenFromTheSharedCommand() {
        let scene = "input=8 layers=conv3,pool,conv3 padding=off level=1 row=4 col=5"
        let r = Run.dlstudy(["lesson", "l5-vgg-receptive-field", "--page", "1", "--scene", scene, "--plain", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr)
        for line in ["  in 8×8  r1 j1 p0", "  3×3 6×6  r3 j1 p0", "  pool/2 3×3  r4 j2 p0", "  3×3 1×1  r8 j2 p0",
                     "unit (4,5) of layer 1 (3×3) sees 3×3 of the input", "weights for C channels: (3·3 + 3·3)·C² = 18C²"] {
            XCTAssertTrue(r.stdout.contains(line + "\n"), "missing \(line)\n\(r.stdout)")
        }
        XCTAssertTrue(r.stdout.contains("--page 1 --scene \"col=5 input=8 layers=conv3,pool,conv3 level=1 padding=off preset=two-3x3 row=4\""), r.stdout)
    }

    func testBadLayersAndUnitsAreRefusedWithTheLimit() {
        let unknown = Run.dlstudy(["lesson", "l5-vgg-receptive-field", "--page", "1", "--scene", "layers=conv3,conv9"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("'layers': 'conv9' is not a layer (conv3, conv5, conv7, strided, pool, dilated)"), unknown.stderr)
        // 7×7 input (the page's), two 3×3 convs without padding: maps 7, 5, 3; level 1 is 5×5 (rows 0–4).
        let row = Run.dlstudy(["lesson", "l5-vgg-receptive-field", "--page", "1", "--scene", "level=1 row=5"])
        XCTAssertEqual(row.status, 2)
        XCTAssertTrue(row.stderr.contains("'row' must be a whole number from 0 to 4, got 5"), row.stderr)
        let level = Run.dlstudy(["lesson", "l5-vgg-receptive-field", "--page", "1", "--scene", "level=3"])
        XCTAssertEqual(level.status, 2)
        XCTAssertTrue(level.stderr.contains("'level' must be a whole number from 0 to 2, got 3"), level.stderr)
    }

    /// 256 → m → 3×3 → 256 with m = 16, by hand: 256·16 = 4,096, 3·3·16·16 = 2,304, 16·256 = 4,096.
    func testTheBottleneckWidthTravelsInTheReopenLine() {
        let r = Run.dlstudy(["lesson", "l4-one-by-one", "--page", "2", "--scene", "bottleneck=true middle=16", "--plain", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("4,096 + 2,304 + 4,096 = 10,496"), r.stdout)
        XCTAssertTrue(r.stdout.contains("--page 2 --scene \"bottleneck=true in_channels=3 middle=16 out_channels=2 step=1\""), r.stdout)
        let odd = Run.dlstudy(["lesson", "l4-one-by-one", "--page", "2", "--scene", "middle=48"])
        XCTAssertEqual(odd.status, 2)
        XCTAssertTrue(odd.stderr.contains("'middle' must be one of 16, 32, 64, 128, 256, got 48"), odd.stderr)
    }
}
