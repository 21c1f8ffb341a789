import XCTest
@testable import TUIKit

final class DisplayWidthTests: XCTestCase {
    func testHangulIsTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("합성곱"), 6)
        XCTAssertEqual(DisplayWidth.of("a합b"), 4)
    }

    func testCombiningMarksAreZero() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x301)!), 0)
        // Decomposed Hangul (leading + vowel + trailing jamo) is one 2-column syllable.
        XCTAssertEqual(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}"), 2)
    }

    func testCJKAndFullwidthAreWide() {
        XCTAssertEqual(DisplayWidth.of("漢字"), 4)
        XCTAssertEqual(DisplayWidth.of("Ａ"), 2)
        XCTAssertEqual(DisplayWidth.of("·×σ"), 3)
    }

    func testTruncateAndPad() {
        XCTAssertEqual(DisplayWidth.truncate("합성곱 연산", to: 5), "합성…")
        XCTAssertEqual(DisplayWidth.pad("합", to: 4), "합  ")
        XCTAssertEqual(DisplayWidth.padLeft("12", to: 4), "  12")
        XCTAssertEqual(DisplayWidth.prefix("가나다", fitting: 5), "가나")
    }

    func testSanitizerReplacesControlsAndExpandsTabs() {
        XCTAssertEqual(Sanitizer.clean("a\u{1B}[2Jb"), "a\u{FFFD}[2Jb")
        XCTAssertEqual(Sanitizer.clean("a\tb"), "a   b")
        XCTAssertEqual(Sanitizer.clean("x\ny", keepNewlines: true), "x\ny")
        XCTAssertEqual(Sanitizer.clean("x\ny"), "x y")
        XCTAssertEqual(Sanitizer.clean("r\r\n"), "r ")
        XCTAssertEqual(Sanitizer.clean("\u{9B}31m"), "\u{FFFD}31m")
    }
}
