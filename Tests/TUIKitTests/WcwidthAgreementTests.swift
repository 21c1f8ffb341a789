import XCTest
@testable import TUIKit
#if canImport(Glibc)
import Glibc
#endif

/// TUIKit's width table and the C library's `wcwidth` (which ncurses uses to place what it draws)
/// agree under C.UTF-8 for every code point where both define a width; otherwise the frame and the
/// screen would disagree about columns. Deliberate exceptions, not compared here because wcwidth
/// gives them no width (-1): C0/C1 controls and DEL, which the frame draws as U+FFFD (1 column).
/// Clusters are handled above this table: see `testClustersAreDrawnAsWideAsTheyAreCounted`.
final class WcwidthAgreementTests: XCTestCase {
    /// The C library's `wcwidth` under C.UTF-8 (skips the test without that locale).
    static func cLibraryWcwidth() throws -> @convention(c) (wchar_t) -> Int32 {
        guard setlocale(LC_ALL, "C.UTF-8") != nil else { throw XCTSkip("no C.UTF-8 locale") }
        // Glibc's Swift module does not export wcwidth (it sits behind _XOPEN_SOURCE): look it up.
        typealias WCWidth = @convention(c) (wchar_t) -> Int32
        let symbol = try XCTUnwrap(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"), "wcwidth in the C library")
        return unsafeBitCast(symbol, to: WCWidth.self)
    }

    func testWidthTableAgreesWithWcwidth() throws {
        let wcwidth = try Self.cLibraryWcwidth()
        var mismatches: [String] = []
        var compared = 0
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let c = wcwidth(wchar_t(bitPattern: v))
            guard c >= 0 else { continue }
            compared += 1
            let ours = DisplayWidth.of(scalar)
            if ours != Int(c) { mismatches.append(String(format: "U+%04X ours %d, wcwidth %d", v, ours, c)) }
        }
        XCTAssertGreaterThan(compared, 100_000, "wcwidth defines most code points under C.UTF-8")
        XCTAssertEqual(mismatches, [], "\(mismatches.count) code points differ")
    }

    func testClustersAreDrawnAsWideAsTheyAreCounted() {
        // A family emoji (man ZWJ woman ZWJ girl) is drawn as its first emoji; a thumbs-up with a
        // skin tone as the thumbs-up: 2 columns each, as ncurses will place them.
        let family: Character = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        XCTAssertEqual(DisplayWidth.glyph(family), "\u{1F468}")
        XCTAssertEqual(DisplayWidth.of(family), 2)
        XCTAssertEqual(DisplayWidth.glyph("👍🏽"), "👍")
        XCTAssertEqual(DisplayWidth.glyph("e\u{301}"), "e\u{301}", "a letter with a combining mark stays whole")
        XCTAssertEqual(DisplayWidth.glyph("\u{1B}"), "\u{FFFD}")
        XCTAssertEqual(DisplayWidth.of(Character("\u{1B}")), 1, "a control is drawn as U+FFFD, one column")
        XCTAssertEqual(DisplayWidth.of("a\u{1B}]0;x\u{07}b"), 8)
    }

    func testTruncatedTitlesWithControlsOrZWJEmojiKeepTheRightBorder() {
        for title in ["Title \u{1B}]0;PWNED\u{07} \u{9B}31m tail " + String(repeating: "x", count: 40),
                      "Family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} and 👍🏽 " + String(repeating: "y", count: 40)] {
            var frame = Frame(size: Size(width: 30, height: 1))
            frame.put("│", x: 0, y: 0)
            let fitted = DisplayWidth.truncate(title, to: 28)
            XCTAssertEqual(frame.put(fitted, x: 1, y: 0), 29, fitted.debugDescription)
            frame.put("│", x: 29, y: 0)
            let cells = (0..<30).compactMap { frame.cell(x: $0, y: 0) }
            // What the terminal would place: each drawn cell's scalars at their wcwidth-like widths.
            let screenColumns = cells.filter { !$0.isContinuation }.map { DisplayWidth.of($0.text) }.reduce(0, +)
            XCTAssertEqual(screenColumns, 30, "the right border stays in column 30")
            XCTAssertEqual(cells.last?.text, "│")
            for cell in cells where !cell.isContinuation {
                XCTAssertFalse(cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x80...0x9F).contains($0.value) || $0.value == 0x200D }, cell.text.debugDescription)
                // Every drawn cell has at most one spacing scalar, so ncurses gives it the same width.
                XCTAssertLessThanOrEqual(cell.text.unicodeScalars.filter { DisplayWidth.of($0) > 0 }.count, 1, cell.text.debugDescription)
            }
        }
    }
}
