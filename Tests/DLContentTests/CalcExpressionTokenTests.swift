@testable import DLContent
import XCTest

/// `CalcExpression.tokens` (bytes for ASCII text) splits exactly where a split by characters at
/// space, tab and newline does.
final class CalcExpressionTokenTests: XCTestCase {
    func testTokensAreTheCharacterSplit() {
        let texts = ["conv-params k=3 cin=128 cout=64", "  rf  layers=conv3,pool2 ", "a\tb\nc", "a\r\nb", "a\rb",
                     "x \u{301}y z", "é k=1", "", "   ", "name", "a=1 b=2\n\n", "가 나=1", "k=3\u{0B}cin=1"]
        for text in texts {
            let characters = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
            XCTAssertEqual(CalcExpression.tokens(text), characters, text.debugDescription)
        }
        XCTAssertEqual(CalcExpression.tokens("x \u{301}y z").count, 2, "a space with a combining mark is no separator")
    }
}
