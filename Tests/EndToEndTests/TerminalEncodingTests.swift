@testable import Terminal
@testable import TUIKit
import XCTest

/// The backend's own cell writer (no terminal needed): SGR transitions, the blank-cell rule and
/// the cursor moves, each expected sequence written out by hand from ECMA-48 (`ESC [ … m`:
/// 0 reset, 1 bold, 2 dim, 4 underline, 7 reverse, 38;5;n / 48;5;n 256-colour foreground /
/// background, 39 / 49 default foreground / background) and xterm-256color's setaf/setab.
final class TerminalEncodingTests: XCTestCase {
    let esc = "\u{1B}["
    /// xterm-256color: setaf n ≥ 16 is `ESC[38;5;nm`, setab `ESC[48;5;nm`; op = ESC[39;49m with AX.
    let codes = SGRCodes(foreground: [16: "38;5;16", 73: "38;5;73", 114: "38;5;114", 244: "38;5;244"],
                         background: [152: "48;5;152", 186: "48;5;186"], separateDefaultColors: true)
    let window = CellLook(bold: true, fg: 16, bg: 186)
    let highlight = CellLook(fg: 16, bg: 152)
    let padding = CellLook(dim: true, fg: 244)
    let accent = CellLook(fg: 73)
    let output = CellLook(bold: true, fg: 114)

    func testTransitionsPickTheShorterOfResetAndAdding() {
        // From reset: adding ESC[1;38;5;16;48;5;186m (21 bytes) beats ESC[0;1;…m (23).
        XCTAssertEqual(codes.transition(from: .plain, to: window), esc + "1;38;5;16;48;5;186m")
        // Back to reset: ESC[m (3 bytes) beats ESC[22;39;49m, which is not even allowed (attributes go off only by reset).
        XCTAssertEqual(codes.transition(from: window, to: .plain), esc + "m")
        // Dim must go off: only a reset does it.
        XCTAssertEqual(codes.transition(from: padding, to: window), esc + "0;1;38;5;16;48;5;186m")
        // highlight → output: adding ESC[1;38;5;114;49m (16 bytes) loses to ESC[0;1;38;5;114m (15).
        XCTAssertEqual(codes.transition(from: highlight, to: output), esc + "0;1;38;5;114m")
        // accent → normal: ESC[39m is 5 bytes, ESC[m 3.
        XCTAssertEqual(codes.transition(from: accent, to: .plain), esc + "m")
        // window → bold only: ESC[39;49m (8 bytes) against ESC[0;1m (6): the reset.
        XCTAssertEqual(codes.transition(from: window, to: CellLook(bold: true)), esc + "0;1m")
        // Same look: nothing.
        XCTAssertEqual(codes.transition(from: window, to: window), "")
        // Only the background changes: ESC[48;5;152m.
        XCTAssertEqual(codes.transition(from: CellLook(fg: 16, bg: 186), to: highlight), esc + "48;5;152m")
    }

    func testWithoutSeparateDefaultColoursAColourReturnsToDefaultOnlyByReset() {
        var c = codes
        c.separateDefaultColors = false
        XCTAssertEqual(c.transition(from: highlight, to: CellLook(fg: 16)), esc + "0;38;5;16m")
        XCTAssertEqual(codes.transition(from: highlight, to: CellLook(fg: 16)), esc + "49m")
        // A colour without a code cannot be drawn.
        XCTAssertNil(codes.transition(from: .plain, to: CellLook(fg: 200)))
    }

    func testABlankShowsOnlyItsBackgroundUnlessUnderlinedOrReversed() {
        XCTAssertEqual(window.visibleOnBlank, CellLook(bg: 186))
        XCTAssertEqual(CellLook(underline: true, fg: 3).visibleOnBlank, CellLook(underline: true))
        // Reverse video paints the cell in the foreground colour.
        XCTAssertEqual(CellLook(reverse: true, fg: 31).visibleOnBlank, CellLook(reverse: true, fg: 31))
        XCTAssertEqual(CellLook(bg: 152).blank(carrying: output), CellLook(bold: true, fg: 114, bg: 152))
        XCTAssertEqual(CellLook(reverse: true).blank(carrying: output), CellLook(reverse: true))
    }

    func testLearningFromTerminfo() {
        let xterm: [String: String] = ["sgr0": "\u{1B}(B\u{1B}[m", "bold": esc + "1m", "dim": esc + "2m", "smul": esc + "4m",
                                       "rev": esc + "7m", "op": esc + "39;49m"]
        let setaf = { (n: Int16) in n < 8 ? self.esc + "3\(n)m" : self.esc + "38;5;\(n)m" }
        let setab = { (n: Int16) in n < 8 ? self.esc + "4\(n)m" : self.esc + "48;5;\(n)m" }
        func learn(_ strings: [String: String], flags: Set<String> = ["msgr", "AX"]) -> SGRCodes? {
            SGRCodes.learn(looks: [window, CellLook(fg: 3)], flag: { flags.contains($0) }, string: { strings[$0] },
                           colorString: { $0 == "setaf" ? setaf($1) : setab($1) })
        }
        XCTAssertEqual(learn(xterm), SGRCodes(foreground: [16: "38;5;16", 3: "33"], background: [186: "48;5;186"], separateDefaultColors: true))
        // screen / tmux: sgr0 ends with SI (shift in); still a plain reset for us.
        XCTAssertNotNil(learn(xterm.merging(["sgr0": esc + "m\u{0F}"]) { $1 }))
        // Without AX, 39 and 49 are not used alone.
        XCTAssertEqual(learn(xterm, flags: ["msgr"])?.separateDefaultColors, false)
        // Not ECMA-48 or moving in standout mode unsafe: ncurses draws everything.
        XCTAssertNil(learn(xterm, flags: ["AX"]))
        XCTAssertNil(learn(xterm.merging(["bold": "\u{1B}[=1m"]) { $1 }))
        XCTAssertNil(learn(xterm.filter { $0.key != "dim" }))
        // Colours need `op` = ESC[39;49m (the default colours they sit on); attributes alone do not.
        XCTAssertNil(learn(xterm.filter { $0.key != "op" }))
        XCTAssertEqual(SGRCodes.learn(looks: [CellLook(bold: true)], flag: { $0 == "msgr" }, string: { xterm.filter { $0.key != "op" }[$0] },
                                      colorString: { _, _ in nil }),
                       SGRCodes(foreground: [:], background: [:], separateDefaultColors: false))
        XCTAssertEqual(SGRCodes.parameter(esc + "38;5;16m"), "38;5;16")
        XCTAssertNil(SGRCodes.parameter("\u{1B}(B\u{1B}[m"))
        XCTAssertNil(SGRCodes.parameter(esc + "m"))
    }

    func encoder(width: Int = 10, height: Int = 3, autoMargin: Bool = true, xenl: Bool = true) -> RunEncoder {
        RunEncoder(looks: [.normal: .plain, .highlight: highlight, .accent: accent, .window: window, .emphasis: CellLook(underline: true)],
                   codes: codes, size: Size(width: width, height: height), autoMargin: autoMargin, eatNewlineGlitch: xenl)
    }

    func cells(_ spec: [(String, StyleRole)]) -> [Cell] { spec.map { Cell($0.0, role: $0.1) } }

    func bytes(_ s: String) -> ScreenWrite { .bytes(Array(s.utf8)) }

    func testASpaceBetweenColouredTextKeepsTheColour() throws {
        let run = FrameChange(x: 2, y: 1, cells: cells([("a", .accent), (" ", .normal), ("b", .accent)]))
        let (writes, end) = try XCTUnwrap(encoder().encode([run]))
        XCTAssertEqual(writes, [.move(from: nil, to: ScreenPosition(y: 1, x: 2)), bytes(esc + "38;5;73ma b"), bytes(esc + "m")])
        XCTAssertEqual(end, ScreenPosition(y: 1, x: 5))
    }

    func testASpaceBetweenHighlightedCellsOnlyDropsTheBackground() throws {
        // Keeping fg 16 on the space: ESC[49m + ESC[48;5;152m = 5 + 11 bytes, against a reset and
        // ESC[38;5;16;48;5;152m again: 3 + 19.
        let run = FrameChange(x: 0, y: 0, cells: cells([("1", .highlight), (" ", .normal), ("2", .highlight)]))
        let (writes, _) = try XCTUnwrap(encoder().encode([run]))
        XCTAssertEqual(writes, [.move(from: nil, to: ScreenPosition(y: 0, x: 0)),
                                bytes(esc + "38;5;16;48;5;152m1" + esc + "49m " + esc + "48;5;152m2"), bytes(esc + "m")])
    }

    func testAnUnderlinedSpaceIsDrawnAsItIs() throws {
        let run = FrameChange(x: 0, y: 0, cells: cells([("a", .accent), (" ", .emphasis)]))
        let (writes, _) = try XCTUnwrap(encoder().encode([run]))
        XCTAssertEqual(writes, [.move(from: nil, to: ScreenPosition(y: 0, x: 0)),
                                bytes(esc + "38;5;73ma" + esc + "0;4m "), bytes(esc + "m")])
    }

    func testRunsMoveFromWhereTheLastRunEndedAndWideGlyphsTakeTwoColumns() throws {
        let first = FrameChange(x: 0, y: 0, cells: [Cell("한"), .continuation(.normal), Cell("a")])
        let second = FrameChange(x: 4, y: 2, cells: [Cell("b")])
        let (writes, end) = try XCTUnwrap(encoder().encode([first, second]))
        XCTAssertEqual(writes, [.move(from: nil, to: ScreenPosition(y: 0, x: 0)), bytes("한a"),
                                .move(from: ScreenPosition(y: 0, x: 3), to: ScreenPosition(y: 2, x: 4)), bytes("b")])
        XCTAssertEqual(end, ScreenPosition(y: 2, x: 5))
    }

    func testAfterTheLastColumnThePositionFollowsTheMarginRules() throws {
        let edge = FrameChange(x: 8, y: 0, cells: cells([("a", .normal), ("b", .normal)]))
        let next = FrameChange(x: 0, y: 1, cells: cells([("c", .normal)]))
        // xenl: the cursor waits at the margin, its position is unknown to the next move.
        XCTAssertEqual(encoder().encode([edge, next])?.writes[2], .move(from: nil, to: ScreenPosition(y: 1, x: 0)))
        // am without xenl: it has wrapped to the next line, so no move is needed.
        XCTAssertEqual(encoder(xenl: false).encode([edge, next])?.writes, [.move(from: nil, to: ScreenPosition(y: 0, x: 8)), bytes("ab"), bytes("c")])
        // Neither: it stays on the last column.
        XCTAssertEqual(encoder(autoMargin: false, xenl: false).encode([edge, next])?.writes[2],
                       .move(from: ScreenPosition(y: 0, x: 9), to: ScreenPosition(y: 1, x: 0)))
    }

    func testCellsTheWriterDeclinesAreLeftToNcurses() {
        // The bottom-right cell scrolls a terminal with am and without xenl.
        let corner = FrameChange(x: 9, y: 2, cells: [Cell("x")])
        XCTAssertNil(encoder(xenl: false).encode([corner]))
        XCTAssertNotNil(encoder().encode([corner]))
        // A control character is never written raw.
        XCTAssertNil(encoder().encode([FrameChange(x: 0, y: 0, cells: [Cell("\u{1B}")])]))
        XCTAssertNil(encoder().encode([FrameChange(x: 0, y: 0, cells: [Cell("\u{9B}")])]))
    }
}
