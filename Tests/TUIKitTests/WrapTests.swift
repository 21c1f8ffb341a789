import XCTest
@testable import TUIKit

final class WrapTests: XCTestCase {
    func testWrapsAtSpaces() {
        XCTAssertEqual(Wrap.lines("a sum of elementwise products", width: 10),
                       ["a sum of", "elementwis", "e products"])
        XCTAssertEqual(Wrap.lines("one two three", width: 7), ["one two", "three"])
    }

    func testLongWordIsBrokenByWidth() {
        XCTAssertEqual(Wrap.lines("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
    }

    func testKoreanWrapsByDisplayWidth() {
        let lines = Wrap.lines("합성곱은 성분곱의 합입니다", width: 10)
        XCTAssertEqual(lines, ["합성곱은", "성분곱의", "합입니다"])
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    func testStylesSurviveWrapping() {
        let lines = Wrap.spans([Span("plain "), Span("bold words", .strong)], width: 8)
        XCTAssertEqual(lines.map { $0.map(\.text).joined() }, ["plain", "bold", "words"])
        XCTAssertEqual(lines[1].first?.role, .strong)
    }

    func testHangingIndent() {
        let lines = Wrap.spans([Span("- one two three")], width: 9, indent: "  ")
        XCTAssertEqual(lines.map { $0.map(\.text).joined() }, ["- one two", "  three"])
    }
}
