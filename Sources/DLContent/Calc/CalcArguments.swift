import DLEngine

/// The key=value arguments of one calc expression, read with checks and clear errors.
struct CalcArguments {
    let function: String
    let values: [String: String]

    /// Rejects keys the function does not take.
    init(function: String, arguments: [(key: String, value: String)], allowed: [String]) throws(CalcError) {
        self.function = function
        var values: [String: String] = [:]
        for (key, value) in arguments {
            guard allowed.contains(key) else {
                let hint = NameSuggestion.closestHint(key, allowed)
                throw CalcError("\(function): unknown key '\(key)'\(hint) (keys: \(allowed.joined(separator: " ")))")
            }
            values[key] = value
        }
        self.values = values
    }

    /// A required integer (≥ `min`).
    func int(_ key: String, min: Int = 1) throws(CalcError) -> Int {
        guard let text = values[key] else { throw CalcError("\(function): missing key \(key)") }
        return try parse(key, text, min: min)
    }

    /// An integer with a default.
    func int(_ key: String, default value: Int, min: Int = 0) throws(CalcError) -> Int {
        guard let text = values[key] else { return value }
        return try parse(key, text, min: min)
    }

    /// 0 or 1.
    func flag(_ key: String, default value: Bool) throws(CalcError) -> Bool {
        guard let text = values[key] else { return value }
        switch text {
        case "0", "false": return false
        case "1", "true": return true
        default: throw CalcError("\(function): " + RangeMessage.text("'\(key)'", mustBe: "0 or 1", got: text))
        }
    }

    /// A required text value.
    func text(_ key: String) throws(CalcError) -> String {
        guard let text = values[key] else { throw CalcError("\(function): missing key \(key)") }
        return text
    }

    func parse(_ key: String, _ text: String, min: Int) throws(CalcError) -> Int {
        let range = min...1_000_000_000
        guard let n = Int(text), range.contains(n) else {
            throw CalcError("\(function): " + RangeMessage.text("'\(key)'", mustBe: RangeMessage.wholeNumber(range), got: text))
        }
        return n
    }
}

extension NameSuggestion {
    /// ` (did you mean 'k'?)` when some candidate is within two edits, else empty.
    static func closestHint(_ name: String, _ candidates: [String]) -> String {
        guard let best = closest(to: name, among: candidates), distance(name, best) <= 2 else { return "" }
        return " (did you mean '\(best)'?)"
    }
}
