/// Finds `{{expression}}` placeholders in content text and replaces each with what an evaluator
/// returns (an unevaluable one is shown as `⟨expression?⟩` so it is visible, never silent).
public enum Placeholders {
    /// Expands every placeholder in `text` with `evaluate`.
    public static func expand(_ text: String, evaluate: (String) -> String?) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}") else { out += rest[open.lowerBound...]; return out }
            let expression = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            out += evaluate(expression) ?? "⟨\(expression)?⟩"
            rest = after[close.upperBound...]
        }
        return out + rest
    }

    /// The expressions used in `text`, in order.
    public static func expressions(in text: String) -> [String] {
        var found: [String] = []
        _ = expand(text) { found.append($0); return "" }
        return found
    }
}

import Foundation
