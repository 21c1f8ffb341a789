import DLEngine
import Foundation

/// The rule that ties a figure's verdict to the numbers. The notes' number is read at the precision
/// it is written with: one unit in its last place is `unit(ofWritten:)` (35000 → 1000, 16000000 →
/// 1000000, 1.5 → 0.1, 73728 → 1).
/// - `exact`: the stated number equals the computed one.
/// - `rounded`: not equal, but less than one unit of the last written place away — a rounded or cut
///   figure ("~ 35k" for 34,848, "~ 884k" for 884,736, "16M" for 16,777,216).
/// - `differs`: one unit or more away ("1.5" for 1.39, "110M" for 143,667,240).
public enum NotesFigureVerdict {
    /// The verdict the numbers call for.
    public static func expected(stated: Double, written: String, computed: Double) -> NotesFigure.Verdict {
        let off = abs(stated - computed)
        if off <= 1e-9 * max(1, abs(computed)) { return .exact }
        return off < unit(ofWritten: written) ? .rounded : .differs
    }

    /// One unit in the last place of a number as written: for a whole number the place of its last
    /// non-zero digit, for a decimal the last decimal written (`1.50` → 0.01). Underscores and
    /// commas are ignored; an exponent shifts the place (`1.5e6` → 100000).
    public static func unit(ofWritten written: String) -> Double {
        var text = written.trimmingCharacters(in: .whitespaces).filter { $0 != "_" && $0 != "," }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        if let dot = text.firstIndex(of: ".") {
            exponent -= text[text.index(after: dot)...].filter(\.isNumber).count
        } else {
            exponent += text.filter(\.isNumber).reversed().prefix { $0 == "0" }.count
        }
        return pow10(exponent)
    }

    /// The sentence `check` prints when `verdict` is not the one the numbers call for (nil when it is).
    static func problem(_ verdict: NotesFigure.Verdict, stated: Double, written: String, computed: Double) -> String? {
        let expected = expected(stated: stated, written: written, computed: computed)
        guard expected != verdict else { return nil }
        let unit = show(unit(ofWritten: written))
        let off = show(abs(stated - computed))
        let why: String
        switch expected {
        case .exact: why = "they are equal"
        case .rounded: why = "it is \(off) off, less than one unit (\(unit)) of the last place the notes write"
        case .differs: why = "it is \(off) off, at least one unit (\(unit)) of the last place the notes write"
        }
        return "verdict '\(verdict.rawValue)' does not fit: the notes' \(show(stated)) against the computed \(show(computed)): \(why), so the verdict is '\(expected.rawValue)'"
    }

    /// `35,000`, `0.1111`: whole numbers grouped, others to four decimals.
    static func show(_ v: Double) -> String {
        v.rounded() == v && abs(v) < NumberFormat.scientificFrom ? NumberFormat.grouped(Int(v)) : NumberFormat.decimal(v, digits: 4)
    }

    private static func pow10(_ n: Int) -> Double {
        var x = 1.0
        if n >= 0 { for _ in 0..<n { x *= 10 } } else { for _ in 0..<(-n) { x /= 10 } }
        return x
    }
}
