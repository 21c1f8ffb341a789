import DLEngine

/// The value of a calc expression and its formula filled in with the numbers.
public struct CalcResult: Equatable, Sendable {
    public var value: Double
    /// True when the value is a count or size (written with thousands separators).
    public var isInteger: Bool
    /// The left-hand side with the numbers, e.g. `3·3·128·64`.
    public var formula: String

    public init(_ value: Int, formula: String) {
        self.value = Double(value)
        self.isInteger = true
        self.formula = formula
    }

    public init(decimal value: Double, formula: String) {
        self.value = value
        self.isInteger = false
        self.formula = formula
    }

    /// The integer value, when it is one.
    public var intValue: Int? { isInteger ? Int(value) : nil }

    /// The value written with `display`'s options (the formula too with `show=formula`).
    public func text(_ display: CalcDisplay = CalcDisplay()) -> String {
        let number = valueText(display)
        return display.showFormula ? "\(formula) \(relation(number)) \(number)" : number
    }

    /// `formula = value` with default number formatting (`≈` when the value is shown rounded).
    public var filledFormula: String {
        let number = valueText(CalcDisplay())
        return "\(formula) \(relation(number)) \(number)"
    }

    /// `=` when `shown` is the value itself, `≈` when it is rounded (`25/18 ≈ 1.39`, `61.1M`).
    func relation(_ shown: String) -> String {
        var digits = Substring(shown.filter { $0 != "," })
        var scale = 1.0
        if let last = digits.last, let s = ["K": 1e3, "M": 1e6, "G": 1e9][String(last)] { scale = s; digits.removeLast() }
        guard let read = Double(digits) else { return "=" }
        return read * scale == value ? "=" : "≈"
    }

    func valueText(_ display: CalcDisplay) -> String {
        switch display.format {
        case .short: return NumberFormat.short(value)
        case .plain:
            if isInteger && display.digits == nil { return String(Int(value)) }
            return String(NumberFormat.decimal(value, digits: display.digits ?? 2).filter { $0 != "," })
        case nil:
            if isInteger && display.digits == nil { return NumberFormat.grouped(Int(value)) }
            return NumberFormat.decimal(value, digits: display.digits ?? 2)
        }
    }
}
