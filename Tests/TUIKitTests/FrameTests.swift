import XCTest
@testable import TUIKit

final class FrameTests: XCTestCase {
    func testHangulTakesTwoCellsAndRendersOnce() {
        var f = Frame(size: Size(width: 8, height: 1))
        let end = f.put("가나", x: 1, y: 0)
        XCTAssertEqual(end, 5)
        XCTAssertEqual(f.cell(x: 1, y: 0)?.text, "가")
        XCTAssertEqual(f.cell(x: 2, y: 0)?.isContinuation, true)
        XCTAssertEqual(f.lines(), [" 가나"])
    }

    func testWideGlyphNeverStraddlesRightEdge() {
        var f = Frame(size: Size(width: 5, height: 1))
        f.put("ab가나", x: 0, y: 0)
        // "ab가" fills 4 columns; "나" would need columns 4 and 5: a space is drawn instead.
        XCTAssertEqual(f.lines(trimmingTrailingSpaces: false), ["ab가 "])
        XCTAssertFalse(f.cells.last?.isContinuation ?? true)
    }

    func testWideGlyphRespectsClipRectangle() {
        var f = Frame(size: Size(width: 10, height: 1))
        f.fill(f.bounds, with: ".")
        f.put("한글", x: 1, y: 0, clip: Rect(x: 0, y: 0, width: 4, height: 1))
        XCTAssertEqual(f.lines(), [".한 ......"])
    }

    func testOverwritingHalfOfWideGlyphClearsTheOtherHalf() {
        var f = Frame(size: Size(width: 6, height: 1))
        f.put("가나다", x: 0, y: 0)
        f.put("x", x: 3, y: 0)  // right half of 나
        XCTAssertEqual(f.lines(), ["가 x다"])
        f.put("y", x: 4, y: 0)  // left half of 다
        XCTAssertEqual(f.lines(), ["가 xy"])
        XCTAssertEqual(f.cell(x: 5, y: 0)?.text, " ")
    }

    /// Printable ASCII takes a faster path through `put`: it must clear wide halves, clip and return
    /// the next column exactly like any other text.
    func testASCIIRunOverWideGlyphsAndClip() {
        var f = Frame(size: Size(width: 8, height: 1))
        f.put("가나다라", x: 0, y: 0)
        let end = f.put("abc", x: 1, y: 0, role: .accent, clip: Rect(x: 0, y: 0, width: 3, height: 1))
        XCTAssertEqual(end, 3)  // `c` would be column 3, outside the clip
        XCTAssertEqual(f.lines(), [" ab 다라"])  // 가 lost its right half, 나 its left half
        XCTAssertEqual(f.cell(x: 1, y: 0)?.role, .accent)
        XCTAssertEqual(f.cell(x: 3, y: 0)?.role, .normal)
        XCTAssertEqual(f.put("xy", x: 6, y: 0), 8)
        XCTAssertEqual(f.lines(), [" ab 다xy"])
    }

    func testCombiningMarkJoinsPreviousGlyph() {
        var f = Frame(size: Size(width: 4, height: 1))
        f.put("e\u{301}x", x: 0, y: 0)
        XCTAssertEqual(f.cell(x: 0, y: 0)?.text, "e\u{301}")
        XCTAssertEqual(f.cell(x: 1, y: 0)?.text, "x")
    }

    func testControlCharactersNeverReachTheFrame() {
        var f = Frame(size: Size(width: 10, height: 1))
        f.put("a\u{1B}[31mb", x: 0, y: 0)
        XCTAssertFalse(f.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
        XCTAssertEqual(f.lines(), ["a\u{FFFD}[31mb"])
    }

    func testClippingLeftAndOutside() {
        var f = Frame(size: Size(width: 6, height: 2))
        f.put("abcdef", x: -2, y: 0)
        f.put("zzz", x: 0, y: 5)
        XCTAssertEqual(f.lines(), ["cdef", ""])
        var tiny = Frame(size: Size(width: 1, height: 1))
        tiny.put("가", x: 0, y: 0)
        tiny.box(tiny.bounds)
        XCTAssertEqual(tiny.lines(), [""])
    }

    func testBoxWithKoreanTitleAndTextAligns() {
        var f = Frame(size: Size(width: 12, height: 3))
        f.box(f.bounds, title: "강의")
        f.put("합성곱", x: 1, y: 1)
        XCTAssertEqual(f.lines(), ["┌─ 강의 ───┐", "│합성곱    │", "└──────────┘"])
        XCTAssertEqual(f.lines().map(DisplayWidth.of), [12, 12, 12])
    }

    func testAsciiBox() {
        var f = Frame(size: Size(width: 4, height: 3))
        f.box(f.bounds, glyphs: .ascii)
        XCTAssertEqual(f.lines(), ["+--+", "|  |", "+--+"])
    }

    /// `drawClipped` keeps everything outside its area as it was (cursor included) and leaves no
    /// wide glyph cut at the area's edges; expected rows written out by hand.
    func testDrawClippedKeepsTheOutsideAndMendsEdges() {
        var f = Frame(size: Size(width: 10, height: 4))
        f.fill(f.bounds, with: ".")
        f.drawClipped(Rect(x: 2, y: 1, width: 5, height: 2)) { g in
            g.fill(g.bounds, with: "#", role: .accent)
            g.put("가나다", x: 5, y: 1)  // 가 at 5–6 inside; 나 and 다 outside
            g.put("가", x: 6, y: 2)  // its right half would be outside: a space instead
            g.cursor = (0, 0)
        }
        XCTAssertEqual(f.lines(trimmingTrailingSpaces: false), ["..........", "..###가...", "..#### ...", ".........."])
        XCTAssertEqual(f.cell(x: 6, y: 2), Cell(" ", role: .normal))
        XCTAssertEqual(f.cell(x: 2, y: 1)?.role, .accent)
        XCTAssertEqual(f.cell(x: 1, y: 1), Cell("."))
        XCTAssertNil(f.cursor)
    }
}
