import TUIKit
import XCTest
@testable import DLStudyApp

/// Scenes wrap their captions through a memo: every answer, first or remembered, and after the
/// memo has forgotten everything (more distinct texts than it keeps), is the wrap of that text at
/// that width.
final class WrappedTextTests: XCTestCase {
    func testRememberedWrapsAreTheWraps() {
        let texts = ["Each output cell is a sum of 9 products: the window times the filter.",
                     "출력 한 칸은 곱 9개의 합이에요: 창과 필터를 곱해요.", "short", "", "averyveryverylongwordwithoutspaces"]
        for round in 0..<2 {
            for text in texts {
                for width in 1...40 {
                    XCTAssertEqual(WrappedText.lines(text, width: width), Wrap.lines(text, width: width), "\(text) at \(width), round \(round)")
                }
            }
        }
        // More distinct keys than the memo keeps: it starts over, still right.
        for n in 0..<2_100 { _ = WrappedText.lines("caption number \(n)", width: 12) }
        XCTAssertEqual(WrappedText.lines(texts[0], width: 20), Wrap.lines(texts[0], width: 20))
        XCTAssertEqual(WrappedText.lines("caption number 7", width: 12), ["caption", "number 7"])
    }
}
