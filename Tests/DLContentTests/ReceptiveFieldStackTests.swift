import DLContent
import DLEngine
import XCTest

/// The receptive-field stack analyses its network once per change (drawing reads the stored
/// figures): every change of layers, padding or input must show the new network's numbers.
/// Expected values are derived by hand: out = (in + 2p − d(k−1) − 1)/s + 1, r_l = r_{l−1} + d(k−1)·j_{l−1}.
final class ReceptiveFieldStackTests: XCTestCase {
    func testFiguresFollowEveryChange() {
        var stack = ReceptiveFieldStack(preset: .twoThree, inputSize: 7)
        XCTAssertEqual(stack.sizes, [7, 5, 3])
        XCTAssertEqual(stack.footprints.map(\.receptiveField), [1, 3, 5])
        XCTAssertEqual(stack.weightsPerChannelSquared, 18)
        XCTAssertEqual(stack.region(level: 2, index: 1, below: 0), 1...5)
        XCTAssertEqual(stack.region(level: 2, index: 1, below: 1), 1...3)

        stack.layers.append(.conv3)  // 7 → 5 → 3 → 1, r = 7
        XCTAssertEqual(stack.sizes, [7, 5, 3, 1])
        XCTAssertEqual(stack.footprints.last?.receptiveField, 7)
        XCTAssertEqual(stack.weightsPerChannelSquared, 27)
        XCTAssertEqual(stack.region(level: 3, index: 0, below: 0), 0...6)

        stack.padded = true  // padding 1 keeps 7×7; unit 0 sees −3…3, clipped to 0…3
        XCTAssertEqual(stack.sizes, [7, 7, 7, 7])
        XCTAssertEqual(stack.footprints.map(\.padding), [0, 1, 2, 3])
        XCTAssertEqual(stack.region(level: 3, index: 0, below: 0), 0...3)

        stack.inputSize = 9
        XCTAssertEqual(stack.sizes, [9, 9, 9, 9])

        stack.padded = false
        stack.layers = [.strided, .conv3]  // (9 − 3)/2 + 1 = 4, then 2; r = 3 + 2·2 = 7, j = 2
        XCTAssertEqual(stack.sizes, [9, 4, 2])
        XCTAssertEqual(stack.footprints.map(\.stride), [1, 2, 2])
        XCTAssertEqual(stack.footprints.last?.receptiveField, 7)
        XCTAssertEqual(stack.region(level: 2, index: 1, below: 0), 2...8)
        XCTAssertEqual(stack.region(level: 2, index: 1, below: 1), 1...3)
        XCTAssertEqual(stack.weightsPerChannelSquared, 18)
    }

    func testVanishingStackHasNoReport() {
        var stack = ReceptiveFieldStack(layers: [.conv7], padded: false, inputSize: 7)
        XCTAssertEqual(stack.sizes, [7, 1])
        stack.layers.append(.conv7)  // 1×1 cannot take a 7×7 window
        XCTAssertNil(stack.report)
        XCTAssertEqual(stack.sizes, [7])
        stack.layers.removeLast()
        XCTAssertNotNil(stack.report)
        XCTAssertEqual(stack.sizes, [7, 1])
    }

    func testEqualityIgnoresNothingThatMatters() {
        var a = ReceptiveFieldStack(preset: .twoThree, inputSize: 7)
        let b = ReceptiveFieldStack(layers: [.conv3, .conv3], padded: false, inputSize: 7)
        XCTAssertEqual(a, b)
        a.padded = true
        XCTAssertNotEqual(a, b)
    }
}
