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

    /// Text whose scalars are all clusters of their own is cut into words by scalar positions: the
    /// same lines as cutting character by character, which is what the text gets when one `x` in
    /// it is a private-use character instead (as wide, no space, taken by no fast path).
    func testFastTokensWrapLikeCharacterTokens() {
        let texts = ["x convolution  slides a window ", "  xx 합성곱은 필터를 입력 위로 밀어요  ", "averyxlongwordthatneverfits at all",
                     "x ─┬─▶ hₜ₋₁ = σ(W·[h, x]) ", "x", " ", "x  ", "한 x 두  세   넷"]
        for text in texts {
            for width in 1...24 {
                for indent in ["", "  "] {
                    let plain = [Span(text, .accent), Span(" x tail", .dim)]
                    let marked = plain.map { Span($0.text.replacingFirst("x", with: "\u{E000}"), $0.role) }
                    let expected = Wrap.spans(marked, width: width, indent: indent).map { $0.map { Span($0.text.replacingFirst("\u{E000}", with: "x"), $0.role) } }
                    XCTAssertEqual(Wrap.spans(plain, width: width, indent: indent), expected, "\(text.debugDescription) at \(width)")
                }
            }
        }
    }
}

private extension String {
    /// The text with its first `target` replaced.
    func replacingFirst(_ target: Character, with replacement: Character) -> String {
        guard let i = firstIndex(of: target) else { return self }
        var out = self
        out.replaceSubrange(i...i, with: String(replacement))
        return out
    }
}
