import XCTest
@testable import TUIKit

final class FrameDiffTests: XCTestCase {
    func testNoOldFrameRedrawsEveryRow() {
        let f = Frame(size: Size(width: 3, height: 2))
        let changes = FrameDiff.changes(from: nil, to: f)
        XCTAssertEqual(changes.map(\.y), [0, 1])
        XCTAssertEqual(changes.map(\.cells.count), [3, 3])
    }

    func testIdenticalFramesHaveNoChanges() {
        var f = Frame(size: Size(width: 5, height: 2))
        f.put("가a", x: 0, y: 1)
        XCTAssertEqual(FrameDiff.changes(from: f, to: f), [])
    }

    func testChangedRunIsMinimal() {
        let a = Frame(size: Size(width: 10, height: 2))
        var b = a
        b.put("xy", x: 3, y: 1)
        let changes = FrameDiff.changes(from: a, to: b)
        XCTAssertEqual(changes, [FrameChange(x: 3, y: 1, cells: [Cell("x"), Cell("y")])])
    }

    func testRunAroundWideGlyphIncludesBothHalves() {
        var a = Frame(size: Size(width: 6, height: 1))
        a.put("가나", x: 0, y: 0)
        var b = a
        b.put("다", x: 2, y: 0)
        let changes = FrameDiff.changes(from: a, to: b)
        XCTAssertEqual(changes.count, 1)
        XCTAssertEqual(changes[0].x, 2)
        XCTAssertEqual(changes[0].cells.map(\.text), ["다", ""])
    }

    func testRoleChangeIsAChange() {
        var a = Frame(size: Size(width: 4, height: 1))
        a.put("ab", x: 0, y: 0)
        var b = a
        b.restyle(Rect(x: 1, y: 0, width: 1, height: 1), role: .selected)
        XCTAssertEqual(FrameDiff.changes(from: a, to: b).map(\.x), [1])
    }

    func testSizeChangeRedrawsAll() {
        let a = Frame(size: Size(width: 4, height: 1))
        let b = Frame(size: Size(width: 5, height: 2))
        XCTAssertEqual(FrameDiff.changes(from: a, to: b).count, 2)
    }
}
