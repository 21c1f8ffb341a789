import XCTest
@testable import TUIKit

/// The packed cell gives back exactly the text and role it was given, whatever the text's length,
/// and compares by UTF-8 bytes and role.
final class CellTests: XCTestCase {
    /// Texts of every UTF-8 length class and both storage forms (inline up to 14 bytes, interned
    /// beyond), with their UTF-8 byte counts written out by hand.
    static let samples: [(text: String, bytes: Int)] = [
        ("", 0), (" ", 1), ("a", 1), ("~", 1),
        ("é", 2), ("σ", 2), ("e\u{301}", 3),  // precomposed, Greek, decomposed (e + combining acute)
        ("가", 3), ("한", 3), ("ₜ", 3), ("─", 3), ("\u{FFFD}", 3), ("C\u{303}", 3),
        ("😀", 4), ("\u{10FFFF}", 4),
        ("각\u{302}\u{303}\u{304}\u{305}\u{306}", 13),  // syllable + 5 combining marks
        ("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", 13),
        ("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}a", 14),  // (several clusters: still one cell's text)
        ("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}", 15),
        ("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", 28),  // flag of England: a tag sequence
        ("\u{1100}\u{1161}\u{11A8}", 9),  // conjoining jamo ㄱ ㅏ ㄱ
    ]

    func testTextAndRoleRoundTripByteForByte() {
        for (text, bytes) in Self.samples {
            XCTAssertEqual(text.utf8.count, bytes, "sample \(text.debugDescription)")
            for role in StyleRole.allCases {
                let cell = Cell(text, role: role)
                XCTAssertEqual(Array(cell.text.utf8), Array(text.utf8), "\(text.debugDescription) in \(role)")
                XCTAssertEqual(cell.role, role)
                XCTAssertEqual(cell.isContinuation, bytes == 0)
            }
        }
    }

    func testEqualityIsSameBytesAndSameRole() {
        for (i, a) in Self.samples.enumerated() {
            for (j, b) in Self.samples.enumerated() {
                XCTAssertEqual(Cell(a.text, role: .accent) == Cell(b.text, role: .accent), i == j, "\(a.text.debugDescription) vs \(b.text.debugDescription)")
            }
            XCTAssertNotEqual(Cell(a.text, role: .accent), Cell(a.text, role: .dim))
            XCTAssertEqual(Cell(a.text, role: .code).hashValue, Cell(String(decoding: Array(a.text.utf8), as: UTF8.self), role: .code).hashValue)
        }
        // Canonically equivalent but spelled differently: kept apart (the cell keeps the bytes it got).
        XCTAssertNotEqual(Cell("é"), Cell("e\u{301}"))
        // Long texts that differ only in their last byte.
        XCTAssertNotEqual(Cell("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}"), Cell("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{308}"))
    }

    func testSettingTextKeepsRoleAndSettingRoleKeepsText() {
        var cell = Cell("가", role: .heat3)
        cell.role = .selected
        XCTAssertEqual(cell.text, "가")
        cell.text = "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"
        XCTAssertEqual(cell.role, .selected)
        XCTAssertEqual(cell.text.unicodeScalars.count, 7)
        cell.text += "x"
        XCTAssertEqual(Array(cell.text.utf8.suffix(2)), [0xBF, 0x78])  // U+E007F ends …F3 A0 81 BF, then "x"
        cell.text = "x"
        XCTAssertEqual(cell, Cell("x", role: .selected))
        XCTAssertEqual(Cell.blank, Cell(" "))
        XCTAssertEqual(Cell.continuation(.dim), Cell("", role: .dim))
    }

    /// The cells `put` builds without going through `String`: the same as from the text.
    func testDirectCellsEqualCellsFromText() {
        for byte in UInt8(0x20)...UInt8(0x7E) {
            XCTAssertEqual(Cell(asciiByte: byte, role: .code), Cell(String(UnicodeScalar(byte)), role: .code))
        }
        // The first and last scalar of each UTF-8 length, and some the lessons draw.
        for value: UInt32 in [0x0, 0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x2500, 0xAC00, 0xD7A3, 0xFFFD, 0xFFFF,
                              0x10000, 0x1F600, 0x10FFFF] {
            let scalar = Unicode.Scalar(value) ?? "?"
            XCTAssertEqual(Cell(scalar: scalar, role: .heat4), Cell(String(scalar), role: .heat4), "U+\(String(value, radix: 16))")
        }
        XCTAssertEqual(Cell.space(.title), Cell(" ", role: .title))
        // From a text's UTF-8 bytes, short and long (interned).
        for (text, _) in Self.samples {
            var copy = "<" + text + ">"
            let cell = copy.withUTF8 { Cell(utf8: $0, from: 1, to: $0.count - 1, role: .warning) }
            XCTAssertEqual(cell, Cell(text, role: .warning), text.debugDescription)
        }
    }

    /// Two plain words and no padding: `FrameDiff` compares rows of cells as memory.
    func testCellIsTwoWordsWithoutPadding() {
        XCTAssertEqual(MemoryLayout<Cell>.size, 16)
        XCTAssertEqual(MemoryLayout<Cell>.stride, 16)
    }

    /// Only text of three or more UTF-8 bytes is measured for being wide.
    func testMayBeWide() {
        XCTAssertFalse(Cell("a").mayBeWide)
        XCTAssertFalse(Cell("é").mayBeWide)
        XCTAssertTrue(Cell("가").mayBeWide)
        XCTAssertTrue(Cell("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}").mayBeWide)
        XCTAssertFalse(Cell.continuation(.normal).mayBeWide)
    }
}
