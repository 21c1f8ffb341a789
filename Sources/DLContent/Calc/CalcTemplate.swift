import Foundation

/// Replaces `{{NAME key=value …}}` placeholders in lesson prose by their values.
public enum CalcTemplate {
    public static func render(_ prose: String) throws(CalcError) -> String {
        var out = ""
        var rest = Substring(prose)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}") else { throw CalcError("placeholder '{{' is not closed") }
            out += try CalcEvaluator.render(String(after[..<close.lowerBound]))
            rest = after[close.upperBound...]
        }
        return out + rest
    }
}
