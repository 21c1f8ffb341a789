@testable import DLContent
import DLEngine
import XCTest

/// The `memchr` placeholder scan and `{{` count find exactly what a byte-by-byte reading does, on
/// every short text of braces, letters and Hangul and on random longer ones.
final class PlaceholderScanTests: XCTestCase {
    /// Byte by byte: each `{{`, then the first `}}` after it; an unclosed `{{` ends the scan.
    private func referenceScan(_ b: [UInt8]) -> [[Int]] {
        var out: [[Int]] = []
        var i = 0
        while i + 1 < b.count {
            guard b[i] == 123, b[i + 1] == 123 else { i += 1; continue }
            var end = i + 2
            while end + 1 < b.count, !(b[end] == 125 && b[end + 1] == 125) { end += 1 }
            guard end + 1 < b.count else { break }
            out.append([i, end + 2, i + 2, end])
            i = end + 2
        }
        return out
    }

    private func referenceOpenings(_ b: [UInt8]) -> Int {
        var count = 0, previous = false
        for byte in b {
            if byte == 123 { if previous { count += 1; previous = false } else { previous = true } } else { previous = false }
        }
        return count
    }

    private func check(_ text: String) {
        let bytes = Array(text.utf8)
        var found: [[Int]] = []
        bytes.withUnsafeBufferPointer { b in Placeholders.scan(b) { whole, inner in found.append([whole.lowerBound, whole.upperBound, inner.lowerBound, inner.upperBound]) } }
        XCTAssertEqual(found, referenceScan(bytes), text.debugDescription)
        XCTAssertEqual(CalcValidator.openings(in: text), referenceOpenings(bytes), text.debugDescription)
    }

    func testEveryShortTextAndRandomLongOnes() {
        let pieces = ["{", "}", "a", "가"]
        var all = Set<String>([""])
        var frontier = [""]
        for _ in 0..<7 { frontier = frontier.flatMap { t in pieces.map { t + $0 } }; all.formUnion(frontier) }
        for text in all.sorted() { check(text) }
        var rng = SeededGenerator(seed: 17)
        var placeholders = 0
        for _ in 0..<300 {
            let text = (0..<rng.int(in: 0...60)).map { _ in rng.pick(["{", "{", "}", "}", "k=3", " ", "가"]) }.joined()
            check(text)
            placeholders += referenceScan(Array(text.utf8)).count
        }
        XCTAssertGreaterThan(all.count, 20_000)
        XCTAssertGreaterThan(placeholders, 100, "the random texts hold placeholders")
    }
}
