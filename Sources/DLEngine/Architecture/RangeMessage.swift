/// The one way a value outside what is allowed is reported, by scene parameters, command-line options,
/// calc expressions and model files alike: `'in_channels' must be a whole number from 1 to 4, got -3`.
public enum RangeMessage {
    /// `NAME must be REQUIREMENT, got VALUE` (the name as the reader wrote it: `'stride'`, `--stride`).
    public static func text(_ name: String, mustBe requirement: String, got value: String) -> String {
        "\(name) must be \(requirement), got \(value)"
    }

    /// `NAME must be a whole number from A to B, got N`.
    public static func wholeNumber(_ name: String, _ range: ClosedRange<Int>, got value: Int) -> String {
        text(name, mustBe: wholeNumber(range), got: String(value))
    }

    /// `NAME must be a number from A to B, got X`.
    public static func number(_ name: String, _ range: ClosedRange<Double>, got value: Double) -> String {
        text(name, mustBe: number(range), got: show(value))
    }

    /// `a whole number from 1 to 4`.
    public static func wholeNumber(_ range: ClosedRange<Int>) -> String {
        "a whole number from \(range.lowerBound) to \(range.upperBound)"
    }

    /// `a number from 0.1 to 1000` (bounds as grid cells write them).
    public static func number(_ range: ClosedRange<Double>) -> String {
        "a number from \(NumberFormat.cell(range.lowerBound)) to \(NumberFormat.cell(range.upperBound))"
    }

    /// A number as given: whole numbers without a decimal point, others in Swift's shortest exact form.
    public static func show(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
