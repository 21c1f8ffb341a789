import DLContent

/// Evaluates `{{...}}` placeholders in lesson text with the engine's calculator.
enum ContentCalc {
    /// The evaluator handed to the app core.
    static let evaluator: @Sendable (String) -> String? = { _ in nil }
}
