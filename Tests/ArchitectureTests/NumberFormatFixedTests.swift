import DLEngine
import Foundation
import XCTest

/// `NumberFormat.fixed` writes what the C library's `%.Nf` writes, on values where rounding is easy
/// and where it is not: exact binary ties (0.125 → "0.12" by the C library's round-half-even on the
/// exact value), values a hair either side of a tie, signed zeros, tiny negatives, carries, huge
/// numbers, NaN and infinities, and a few thousand seeded values of the sizes the scenes show.
final class NumberFormatFixedTests: XCTestCase {
    func testAgreesWithTheCLibrary() {
        var values: [Double] = [0, -0.0, 0.125, 0.375, -0.125, 2.5, 0.5, 1.5, -2.5, 0.005, 0.015, 0.045, 1.005, 2.675,
                                0.125.nextUp, 0.125.nextDown, 0.995, 9.995, 99.995, 0.9999999, -0.001, -0.0049, 1e-9, -1e-9,
                                123456.789, 1e8, 9.9999e8, 1e9, 1e15, -1e20, .pi, -.pi, .nan, .infinity, -.infinity,
                                Double.leastNonzeroMagnitude, 0.07, 0.73, -0.52, 0.3333333]
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<4000 {
            values.append(generator.uniform(-3, 3))
            values.append(Double(generator.int(in: -2000...2000)) / 1000)  // three-decimal values: ties for 2 digits
        }
        var checked = 0
        for v in values {
            for digits in 0...6 {
                XCTAssertEqual(NumberFormat.fixed(v, digits: digits), String(format: "%.\(digits)f", v), "\(v) with \(digits) digits")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 50_000)
        XCTAssertEqual(NumberFormat.fixed(0.125, digits: 2), "0.12")  // written out: the exact tie goes to even
        XCTAssertEqual(NumberFormat.fixed(-0.001, digits: 2), "-0.00")
        XCTAssertEqual(NumberFormat.fixed(9.996, digits: 2), "10.00")
    }
}
