import XCTest
@testable import TUIKit

/// The scalar-by-scalar fast path of `DisplayWidth.of` and `Frame.put`: a scalar it takes is a
/// grapheme cluster of its own (checked with the standard library's grapheme breaking) and as wide
/// as the C library's `wcwidth` says (what ncurses uses to place it).
final class StandaloneScalarTests: XCTestCase {
    func testStandaloneScalarsAreOwnClustersOfWcwidthWidth() throws {
        let wcwidth = try WcwidthAgreementTests.cLibraryWcwidth()
        // One neighbour of each grapheme-break class among the fast path's scalars: other, Hangul
        // LV and LVT syllables, an extended pictographic, a subscript, a CJK ideograph.
        let neighbours = ["a", "가", "각", "☀", "ₜ", "漢", "─"]
        var taken = 0
        var problems: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let w = DisplayWidth.standaloneWidth(v)
            guard w > 0 else { continue }
            taken += 1
            let s = String(scalar)
            let c = Int(wcwidth(wchar_t(bitPattern: v)))  // (−1 for unassigned code points: not compared)
            if c >= 0, c != w { problems.append(String(format: "U+%04X width %d, wcwidth %d", v, w, c)) }
            if DisplayWidth.of(scalar) != w { problems.append(String(format: "U+%04X width %d, of(scalar) %d", v, w, DisplayWidth.of(scalar))) }
            for n in neighbours where (s + n).count != 2 || (n + s).count != 2 {
                problems.append(String(format: "U+%04X joins %@", v, n))
            }
        }
        XCTAssertGreaterThan(taken, 30_000, "Hangul syllables and CJK ideographs alone are more")
        XCTAssertEqual(problems.prefix(20), [], "\(problems.count) problems")
        // Scalars that must not take the fast path: controls, soft hyphen, combining marks, joiners,
        // variation selectors, conjoining jamo, regional indicators, emoji modifiers.
        for v: UInt32 in [0x0, 0x1B, 0x7F, 0x9B, 0xAD, 0x301, 0x200B, 0x200D, 0x2028, 0x202E, 0xFE0F, 0x1100, 0x1161, 0x11A8,
                          0x1F1E6, 0x1F3FB, 0xFF9E] {
            XCTAssertEqual(DisplayWidth.standaloneWidth(v), 0, String(format: "U+%04X", v))
        }
    }

    /// Text of such scalars is measured and drawn as the cluster path would: widths by hand.
    func testFastPathWidthsAndCells() {
        let text = "hₜ₋₁ ─┬▶ 가σ"  // h ₜ ₋ ₁ space ─ ┬ ▶ space: 1 column each; 가 2; σ 1
        XCTAssertEqual(DisplayWidth.of(text), 12)
        var f = Frame(size: Size(width: 14, height: 1))
        XCTAssertEqual(f.put(text, x: 1, y: 0, role: .border), 13)
        XCTAssertEqual(f.lines(), [" hₜ₋₁ ─┬▶ 가σ"])
        XCTAssertEqual(f.cell(x: 10, y: 0), Cell("가", role: .border))
        XCTAssertEqual(f.cell(x: 11, y: 0), .continuation(.border))
        XCTAssertEqual(f.cell(x: 12, y: 0), Cell("σ", role: .border))
        // A wide glyph that would straddle the clip's right edge becomes a space in the text's role.
        var g = Frame(size: Size(width: 6, height: 1))
        XCTAssertEqual(g.put("─가나", x: 0, y: 0, role: .accent, clip: Rect(x: 0, y: 0, width: 4, height: 1)), 4)
        XCTAssertEqual(g.lines(trimmingTrailingSpaces: false), ["─가   "])
        XCTAssertEqual(g.cell(x: 3, y: 0), Cell(" ", role: .accent))
        // Starting left of the clip: glyphs outside are skipped by their width.
        var h = Frame(size: Size(width: 6, height: 1))
        h.fill(h.bounds, with: ".")
        // 가 would take columns −1 and 0: skipped, column 0 keeps its dot; 나 takes 1–2, 다 3–4.
        XCTAssertEqual(h.put("가나다", x: -1, y: 0, clip: Rect(x: 0, y: 0, width: 5, height: 1)), 5)
        XCTAssertEqual(h.lines(), [".나다."])
    }

    /// The fast path draws exactly what the cluster-by-cluster path draws: the same text drawn after
    /// a private-use character (which no fast path takes, so the whole text goes cluster by
    /// cluster) gives the same cells, over wide glyphs, at the frame's and the clip's edges.
    func testFastPathDrawsWhatTheClusterPathDraws() {
        let texts = ["hₜ₋₁ ─┬▶ 가σ", "C\u{303}₁ = tanh(W·x)", "가나다라마바사", "é e\u{301}\u{302} 한\u{301}나", "────────────────",
                     "ab가c", "h\u{303}ₜ=(1−z)", "漢字Ａ。→←", "a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}b"]
        let clips: [Rect?] = [nil, Rect(x: 2, y: 0, width: 7, height: 1), Rect(x: 0, y: 0, width: 4, height: 1)]
        for text in texts {
            XCTAssertEqual(DisplayWidth.of(text), DisplayWidth.of("\u{E000}" + text) - 1, text)
            for x in [-3, -1, 0, 1, 2, 5, 9] {
                for clip in clips {
                    var fast = Frame(size: Size(width: 12, height: 1)), slow = fast
                    fast.put("가나다라마바", x: 0, y: 0, role: .dim)
                    slow.put("가나다라마바", x: 0, y: 0, role: .dim)
                    fast.put("\u{E000}", x: x, y: 0, role: .code, clip: clip)
                    let end = fast.put(text, x: x + 1, y: 0, role: .code, clip: clip)
                    let slowEnd = slow.put("\u{E000}" + text, x: x, y: 0, role: .code, clip: clip)
                    // (Starting at or past the clip's right edge, `put` returns where it started.)
                    if x < (clip ?? fast.bounds).maxX { XCTAssertEqual(end, slowEnd, "\(text) at \(x)") }
                    XCTAssertEqual(fast, slow, "\(text) at \(x) in \(String(describing: clip)): \(fast.lines()) vs \(slow.lines())")
                }
            }
        }
    }
}
