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

    /// xterm's cup `ESC[%i%p1%d;%p2%dH`, hpa `ESC[%i%p1%dG`, cr `\r` (rows and columns 1-based on the wire).
    let xtermMoves = CursorMoves(cursorAddress: { "\u{1B}[\($0 + 1);\($1 + 1)H" }, columnAddress: { "\u{1B}[\($0 + 1)G" }, carriageReturn: "\r")

    func testCursorMovesUseTheShortestAbsoluteMove() {
        let m = xtermMoves
        XCTAssertEqual(m.move(from: nil, to: ScreenPosition(y: 20, x: 61)), esc + "21;62H")
        XCTAssertEqual(m.move(from: ScreenPosition(y: 20, x: 5), to: ScreenPosition(y: 20, x: 61)), esc + "62G")
        XCTAssertEqual(m.move(from: ScreenPosition(y: 20, x: 5), to: ScreenPosition(y: 20, x: 0)), "\r")
        XCTAssertEqual(m.move(from: ScreenPosition(y: 3, x: 5), to: ScreenPosition(y: 4, x: 5)), esc + "5;6H")
        XCTAssertEqual(CursorMoves(cursorAddress: m.cursorAddress, columnAddress: nil, carriageReturn: nil)
            .move(from: ScreenPosition(y: 0, x: 5), to: ScreenPosition(y: 0, x: 0)), esc + "1;1H")
    }

    func encoder(autoMargin: Bool = true, xenl: Bool = true) -> RunEncoder {
        RunEncoder(looks: [.normal: .plain, .highlight: highlight, .accent: accent, .window: window, .emphasis: CellLook(underline: true)],
                   codes: codes, moves: xtermMoves, autoMargin: autoMargin, eatNewlineGlitch: xenl)
    }

    /// A blank 10×3 screen.
    let small = Frame(size: Size(width: 10, height: 3))

    func cells(_ spec: [(String, StyleRole)]) -> [Cell] { spec.map { Cell($0.0, role: $0.1) } }

    /// The bytes for `changes` of `frame` (a blank 10×3 screen unless given), as text.
    func encoded(_ changes: [FrameChange], _ e: RunEncoder? = nil, frame: Frame? = nil) -> String? {
        (e ?? encoder()).encode(changes, of: frame ?? small).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    func testASpaceBetweenColouredTextKeepsTheColour() throws {
        let run = FrameChange(x: 2, y: 1, cells: cells([("a", .accent), (" ", .normal), ("b", .accent)]))
        XCTAssertEqual(encoded([run]), esc + "2;3H" + esc + "38;5;73ma b" + esc + "m")
        XCTAssertEqual(encoder().encode([run], of: small)?.end, ScreenPosition(y: 1, x: 5))
    }

    func testASpaceBetweenHighlightedCellsOnlyDropsTheBackground() {
        // Keeping fg 16 on the space: ESC[49m + ESC[48;5;152m = 5 + 11 bytes, against a reset and
        // ESC[38;5;16;48;5;152m again: 3 + 19.
        let run = FrameChange(x: 0, y: 0, cells: cells([("1", .highlight), (" ", .normal), ("2", .highlight)]))
        XCTAssertEqual(encoded([run]), esc + "1;1H" + esc + "38;5;16;48;5;152m1" + esc + "49m " + esc + "48;5;152m2" + esc + "m")
    }

    func testAnUnderlinedSpaceIsDrawnAsItIs() {
        // accent → underline: ESC[4;39m (7 bytes) against ESC[0;4m (6).
        let run = FrameChange(x: 0, y: 0, cells: cells([("a", .accent), (" ", .emphasis)]))
        XCTAssertEqual(encoded([run]), esc + "1;1H" + esc + "38;5;73ma" + esc + "0;4m " + esc + "m")
    }

    func testRunsMoveFromWhereTheLastRunEndedAndWideGlyphsTakeTwoColumns() throws {
        let first = FrameChange(x: 0, y: 0, cells: [Cell("한"), .continuation(.normal), Cell("a")])
        let second = FrameChange(x: 4, y: 2, cells: [Cell("b")])
        let third = FrameChange(x: 0, y: 2, cells: [Cell("c")])
        XCTAssertEqual(encoded([first, second, third]), esc + "1;1H한a" + esc + "3;5Hb\rc")
        XCTAssertEqual(encoder().encode([first, second], of: small)?.end, ScreenPosition(y: 2, x: 5))
    }

    func testAfterTheLastColumnThePositionFollowsTheMarginRules() {
        let edge = FrameChange(x: 8, y: 0, cells: cells([("a", .normal), ("b", .normal)]))
        let back = FrameChange(x: 0, y: 0, cells: cells([("c", .normal)]))
        let below = FrameChange(x: 0, y: 1, cells: cells([("d", .normal)]))
        // xenl: the cursor waits at the margin, its position is unknown: an absolute move.
        XCTAssertEqual(encoded([edge, back]), esc + "1;9Hab" + esc + "1;1Hc")
        // am without xenl: it has wrapped to the start of the next line.
        XCTAssertEqual(encoded([edge, below], encoder(xenl: false)), esc + "1;9Habd")
        XCTAssertEqual(encoded([edge, back], encoder(xenl: false)), esc + "1;9Hab" + esc + "1;1Hc")
        // Neither: it stays on the last column of the same line.
        XCTAssertEqual(encoded([edge, back], encoder(autoMargin: false, xenl: false)), esc + "1;9Hab\rc")
    }

    func testShortGapsOfUnchangedCellsAreRewrittenWhenThatIsShorter() {
        var frame = Frame(size: Size(width: 20, height: 3))
        for x in 0..<20 { frame.set(x: x, y: 0, Cell(x >= 1 && x <= 3 ? "y" : "x", role: x >= 1 && x <= 3 ? .accent : .normal)) }
        for x in 0..<20 { frame.set(x: x, y: 1, Cell("x")) }
        let e = encoder()
        // Row 1: "xx" (2 bytes) costs less than ESC[4G (4).
        XCTAssertEqual(encoded([FrameChange(x: 0, y: 1, cells: [Cell("A")]), FrameChange(x: 3, y: 1, cells: [Cell("B")])], e, frame: frame),
                       esc + "2;1HAxxB")
        // A gap wider than 8 cells is always moved over.
        XCTAssertEqual(encoded([FrameChange(x: 0, y: 1, cells: [Cell("A")]), FrameChange(x: 12, y: 1, cells: [Cell("B")])], e, frame: frame),
                       esc + "2;1HA" + esc + "13GB")
        // Row 0: the coloured "yyy" would cost ESC[38;5;73m yyy ESC[m (16 bytes) against ESC[5G (4).
        XCTAssertEqual(encoded([FrameChange(x: 0, y: 0, cells: [Cell("A")]), FrameChange(x: 4, y: 0, cells: [Cell("B")])], e, frame: frame),
                       esc + "1;1HA" + esc + "5GB")
    }

    func testBlanksToTheEndOfARowAreErased() {
        var e = encoder()
        e.moves.clearToEndOfLine = esc + "K"
        let wide = Frame(size: Size(width: 20, height: 3))
        let blanks = cells(Array(repeating: (" ", StyleRole.normal), count: 16))
        // 16 blanks (more than ESC[K and a reset, 6 bytes) after "ab" at column 2 of a 20-column row.
        XCTAssertEqual(encoded([FrameChange(x: 2, y: 1, cells: cells([("a", .normal), ("b", .normal)]) + blanks)], e, frame: wide),
                       esc + "2;3Hab" + esc + "K")
        XCTAssertEqual(e.encode([FrameChange(x: 2, y: 1, cells: cells([("a", .normal), ("b", .normal)]) + blanks)], of: wide)?.end,
                       ScreenPosition(y: 1, x: 4))
        // Accent text leaves the default background on: erase at once, reset at the end.
        XCTAssertEqual(encoded([FrameChange(x: 3, y: 1, cells: cells([("a", .accent)]) + blanks)], e, frame: wide),
                       esc + "2;4H" + esc + "38;5;73ma" + esc + "K" + esc + "m")
        // After a highlighted cell the background must go first: ESC[m (3 bytes) beats ESC[49m (5).
        XCTAssertEqual(encoded([FrameChange(x: 3, y: 1, cells: cells([("1", .highlight)]) + blanks)], e, frame: wide),
                       esc + "2;4H" + esc + "38;5;16;48;5;152m1" + esc + "m" + esc + "K")
        // Five blanks cost less than erasing: written.
        let five = cells(Array(repeating: (" ", StyleRole.normal), count: 5))
        XCTAssertEqual(encoded([FrameChange(x: 14, y: 1, cells: cells([("a", .normal)]) + five)], e, frame: wide),
                       esc + "2;15Ha     ")
        // A run ending in 8 blanks before the end of a row that is blank further on: erased, and a
        // later run of that row (blanks by then) is not written again.
        let eight = cells(Array(repeating: (" ", StyleRole.normal), count: 8))
        XCTAssertEqual(encoded([FrameChange(x: 0, y: 0, cells: cells([("a", .normal)]) + eight),
                                FrameChange(x: 15, y: 0, cells: cells([(" ", .normal), (" ", .normal)]))], e, frame: wide),
                       esc + "1;1Ha" + esc + "K")
        // …but not when the row has ink further on.
        var inked = wide
        inked.set(x: 17, y: 0, Cell("z"))
        XCTAssertEqual(encoded([FrameChange(x: 0, y: 0, cells: cells([("a", .normal)]) + eight)], e, frame: inked),
                       esc + "1;1Ha        ")
        // Blanks on a coloured background are drawn, not erased.
        let coloured = cells(Array(repeating: (" ", StyleRole.highlight), count: 16))
        XCTAssertEqual(encoded([FrameChange(x: 4, y: 1, cells: coloured)], e, frame: wide),
                       esc + "2;5H" + esc + "48;5;152m" + String(repeating: " ", count: 16) + esc + "m")
    }

    func testTheCursorEndsWhereTheFrameWantsIt() {
        let run = FrameChange(x: 0, y: 0, cells: cells([("a", .accent)]))
        let r = encoder().encode([run], of: small, cursor: ScreenPosition(y: 0, x: 7))
        XCTAssertEqual(r.map { String(decoding: $0.bytes, as: UTF8.self) }, esc + "1;1H" + esc + "38;5;73ma" + esc + "m" + esc + "8G")
        XCTAssertEqual(r?.end, ScreenPosition(y: 0, x: 7))
    }

    func testCellsTheWriterDeclinesAreLeftToNcurses() {
        // The bottom-right cell scrolls a terminal with am and without xenl.
        let corner = FrameChange(x: 9, y: 2, cells: [Cell("x")])
        XCTAssertNil(encoded([corner], encoder(xenl: false)))
        XCTAssertNotNil(encoded([corner]))
        // A control character is never written raw.
        XCTAssertNil(encoded([FrameChange(x: 0, y: 0, cells: [Cell("\u{1B}")])]))
        XCTAssertNil(encoded([FrameChange(x: 0, y: 0, cells: [Cell("\u{9B}")])]))
    }
}
