@testable import DLContent
import Foundation
import XCTest

/// `ContentLoader.utf8Text` reads bytes exactly as `String(data:encoding: .utf8)` does: the same
/// text (one leading byte-order mark dropped) or the same refusal.
final class ContentTextDecodingTests: XCTestCase {
    func testSameTextOrRefusalAsFoundation() throws {
        var cases: [[UInt8]] = [[], [0x61], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x61], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61],
                                [0x61, 0xEF, 0xBB, 0xBF], [0xEF, 0xBB], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x61, 0x00, 0x62], [0xFF],
                                [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFE, 0xFF, 0x00, 0x61], [0xFF, 0xFE, 0x61, 0x00],
                                Array("가나 é\r\n".utf8), [0xEF, 0xBB, 0xBF] + Array("한".utf8)]
        // Every shipped lesson and quiz file, whole and cut at each of its first 40 bytes (cuts inside a character too).
        for path in ContentLoader.contentFiles(root: Fixtures.repository) {
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path)).map { $0 }
            cases.append(bytes)
            let korean = bytes.firstIndex { $0 >= 0xEA } ?? 0
            for cut in korean..<min(korean + 40, bytes.count) { cases.append(Array(bytes[..<cut])) }
        }
        var refused = 0
        for bytes in cases {
            let expected = String(data: Data(bytes), encoding: .utf8)
            XCTAssertEqual(ContentLoader.utf8Text(Data(bytes)).map { Array($0.utf8) }, expected.map { Array($0.utf8) }, "\(bytes.prefix(8))")
            if expected == nil { refused += 1 }
        }
        XCTAssertGreaterThan(refused, 20, "both outcomes are exercised")
        XCTAssertGreaterThan(cases.count, 500)
    }
}
