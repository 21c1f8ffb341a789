@testable import DLEngine
import XCTest

/// The compiled-in digits table decodes to exactly what its text says, and damaged text is refused
/// with the line it is on.
final class DigitsDataDecodingTests: XCTestCase {
    func testDecodedDigitsAreTheTable() throws {
        let d = try DigitsDataset.shared.get()
        // A plain decoder of the documented format: per line the label, then 64 base-17 pixels.
        let alphabet = Array("0123456789abcdefg")
        let lines = DigitsData.text.split(separator: "\n")
        XCTAssertEqual(lines.count, d.images.count)
        for (n, line) in lines.enumerated() {
            let chars = Array(line)
            XCTAssertEqual(d.labels[n], Int(String(chars[0])), "line \(n + 1)")
            XCTAssertEqual(d.images[n].map { $0 * 16 }, chars.dropFirst().map { Double(alphabet.firstIndex(of: $0) ?? -1) }, "line \(n + 1)")
        }
    }

    func testDamagedTextIsReportedWithItsLine() {
        let good = "3" + String(repeating: "1", count: 64)
        func message(_ text: String) -> String? {
            do { _ = try DigitsDataset(text: text); return nil } catch { return error.message }
        }
        XCTAssertEqual(message(good + "\n" + "3" + String(repeating: "1", count: 63)),
                       "digits data line 2 is damaged (want a label and 64 pixels)")
        XCTAssertEqual(message(good + "\n\n" + "a" + String(repeating: "1", count: 64)),
                       "digits data line 2 is damaged (want a label and 64 pixels)", "a label above 9; the empty line is not counted")
        XCTAssertEqual(message("3" + String(repeating: "1", count: 63) + "h"), "digits data line 1 has a bad pixel")
        XCTAssertEqual(message(good + "\n"), "digits data has 1 digits and pixel sum 64, expected 1797 and 561718")
    }
}
