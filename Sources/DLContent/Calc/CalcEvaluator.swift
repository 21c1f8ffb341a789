import DLEngine

/// Evaluates calc expressions (see docs: every name of the calc vocabulary) with the engine.
public enum CalcEvaluator {
    /// One calc function: its keys and how it computes.
    struct Function: Sendable {
        let keys: [String]
        let evaluate: @Sendable (CalcArguments) throws(CalcError) -> CalcResult
    }

    /// Every supported name.
    public static var names: [String] { functions.keys.sorted() }

    static let functions: [String: Function] = LayerCalcFunctions.all.merging(ModelCalcFunctions.all) { a, _ in a }

    /// The value and filled-in formula of `text`, e.g. `conv-params k=3 cin=128 cout=64`.
    public static func evaluate(_ text: String) throws(CalcError) -> CalcResult {
        try evaluated.value(text) { Result { () throws(CalcError) in try evaluate(CalcExpression.parse(text)) } }.get()
    }

    /// The value and filled-in formula of a parsed expression.
    public static func evaluate(_ expression: CalcExpression) throws(CalcError) -> CalcResult {
        guard let function = functions[expression.name] else {
            let hint = NameSuggestion.closest(to: expression.name, among: names).map { " (did you mean '\($0)'?)" } ?? ""
            throw CalcError("unknown calc name '\(expression.name)'\(hint)")
        }
        let args = try CalcArguments(function: expression.name, arguments: expression.arguments, allowed: function.keys)
        return try function.evaluate(args)
    }

    /// The text of a `{{...}}` placeholder, or nil when it cannot be evaluated (the viewer then
    /// shows the expression marked, and `dlstudy check` reports it).
    @Sendable public static func placeholder(_ text: String) -> String? { try? render(text) }

    /// The text a placeholder shows: the value, or `formula = value` with `show=formula`.
    public static func render(_ text: String) throws(CalcError) -> String {
        try rendered.value(text) {
            Result { () throws(CalcError) in
                let expression = try CalcExpression.parse(text)
                return try evaluate(expression).text(expression.display)
            }
        }.get()
    }

    private static let evaluated = TextKeyedMemo<Result<CalcResult, CalcError>>()
    private static let rendered = TextKeyedMemo<Result<String, CalcError>>()
}
