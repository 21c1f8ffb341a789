/// A parsed calc expression: `NAME key=value …` plus display options (`fmt`, `digits`, `show`).
public struct CalcExpression: Equatable, Sendable {
    public var name: String
    /// The function's arguments in the order written (display options removed).
    public var arguments: [(key: String, value: String)]
    public var display: CalcDisplay

    public static func == (a: CalcExpression, b: CalcExpression) -> Bool {
        a.name == b.name && a.display == b.display
            && a.arguments.map(\.key) == b.arguments.map(\.key) && a.arguments.map(\.value) == b.arguments.map(\.value)
    }

    /// Parses `conv-params k=3 cin=128 cout=64 fmt=short`.
    public static func parse(_ text: String) throws(CalcError) -> CalcExpression {
        let tokens = Self.tokens(text)
        guard let name = tokens.first else { throw CalcError("empty calc expression") }
        // An ASCII name is searched as bytes (the same answer, without Foundation's `contains`).
        let named = name.utf8.allSatisfy { $0 < 0x80 } ? !name.utf8.contains(UInt8(ascii: "=")) : !name.contains("=")
        guard named else { throw CalcError("calc expression must start with a name, not '\(name)'") }
        var arguments: [(key: String, value: String)] = []
        var display = CalcDisplay()
        for token in tokens.dropFirst() {
            guard let eq = token.firstIndex(of: "="), eq != token.startIndex else {
                throw CalcError("\(name): '\(token)' is not key=value")
            }
            let key = String(token[..<eq])
            let value = String(token[token.index(after: eq)...])
            guard !value.isEmpty else { throw CalcError("\(name): \(key) has no value") }
            if arguments.contains(where: { $0.key == key }) { throw CalcError("\(name): \(key) is given twice") }
            switch key {
            case "fmt":
                guard let f = CalcDisplay.Format(rawValue: value) else {
                    throw CalcError("\(name): fmt=\(value) is not one of plain, short")
                }
                display.format = f
            case "digits":
                guard let d = Int(value), d >= 0, d <= 12 else { throw CalcError("\(name): digits=\(value) is not 0…12") }
                display.digits = d
            case "show":
                guard value == "formula" || value == "value" else {
                    throw CalcError("\(name): show=\(value) is not formula or value")
                }
                display.showFormula = value == "formula"
            default:
                arguments.append((key, value))
            }
        }
        return CalcExpression(name: name, arguments: arguments, display: display)
    }

    /// The text split at the characters space, tab and newline. An ASCII text without CR (every
    /// shipped expression) is split as bytes, where each byte is one character; any other text
    /// by characters.
    static func tokens(_ text: String) -> [String] {
        var text = text
        let ascii: [String]? = text.withUTF8 { b in
            guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            return b.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
                .map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
        return ascii ?? text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    }
}

/// How a calc value is written.
public struct CalcDisplay: Equatable, Sendable {
    /// `plain` (no separators) or `short` (61.1M); nil is the default (`73,728`, `1.39`).
    public enum Format: String, Sendable { case plain, short }
    public var format: Format?
    /// Decimals for non-integers (default 2).
    public var digits: Int?
    /// Write `formula = value` instead of the value.
    public var showFormula = false

    public init(format: Format? = nil, digits: Int? = nil, showFormula: Bool = false) {
        self.format = format
        self.digits = digits
        self.showFormula = showFormula
    }
}
