import XCTest

/// The reader of `tmux capture-pane -e` output used to compare screens cell by cell.
final class StyledScreenTests: XCTestCase {
    typealias Style = StyledScreen.Style

    func testSGRParametersSetAndClearTheStyle() {
        let s = StyledScreen(capture: "a\u{1B}[1;38;5;16;48;5;186mb\u{1B}[22;49mc\u{1B}[0;4;7md\u{1B}[mE")
        XCTAssertEqual(s.lines[0].map(\.style), [
            Style(),
            Style(bold: true, fg: "5;16", bg: "5;186"),
            Style(fg: "5;16"),
            Style(underline: true, reverse: true),
            Style(),
        ])
        XCTAssertEqual(String(s.lines[0].map(\.text)), "abcdE")
    }

    func testASpacesInvisibleForegroundAndTrailingBlanksAreNotSeen() {
        // A bold fg-73 space looks like a plain one; an underlined one does not; a space on a
        // coloured background keeps it; plain spaces at the end of a line are the empty rest.
        let a = StyledScreen(capture: "x\u{1B}[1;38;5;73m \u{1B}[0;4m \u{1B}[0;48;5;152m \u{1B}[m  ").seen
        let b = StyledScreen(capture: "x \u{1B}[4m \u{1B}[0;38;5;9;48;5;152m \u{1B}[m").seen
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.lines[0].map(\.style), [Style(), Style(), Style(underline: true), Style(bg: "5;152")])
        let c = StyledScreen(capture: "x \u{1B}[38;5;9;4m ").seen
        XCTAssertNotEqual(a, c)
        XCTAssertEqual(a.firstDifference(from: c)?.hasPrefix("line 1, character 3:"), true)
    }
}
