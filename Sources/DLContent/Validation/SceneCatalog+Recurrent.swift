extension SceneCatalog {
    /// Parameter validators of the Recurrent scene family.
    static let recurrent: [String: Validator] = [
        "sequence-models": { spec in
            RecurrentParamCheck.keys(spec, ["sequence", "model", "tau"])
                + RecurrentParamCheck.choice(spec, "model", ["full", "window", "markov", "latent"])
                + RecurrentParamCheck.int(spec, "tau", 1...6)
                + RecurrentParamCheck.numbers(spec, "sequence", width: 1, maxRows: 12)
        },
        "rnn-unrolled": { spec in
            RecurrentParamCheck.keys(spec, ["input", "h0"])
                + RecurrentParamCheck.numbers(spec, "input", width: 1, maxRows: 6)
                + RecurrentParamCheck.numbers(spec, "h0", width: nil, maxRows: 1)
        },
        "rnn-gradients": { spec in
            RecurrentParamCheck.keys(spec, ["scale", "steps"])
                + RecurrentParamCheck.number(spec, "scale", 0.1...2)
                + RecurrentParamCheck.int(spec, "steps", 2...30)
        },
        "lstm-gates": { spec in
            RecurrentParamCheck.keys(spec, ["input", "preset", "h0", "c0"])
                + RecurrentParamCheck.choice(spec, "preset", ["normal", "forget", "remember"])
                + RecurrentParamCheck.numbers(spec, "input", width: 1, maxRows: 50)
                + RecurrentParamCheck.numbers(spec, "h0", width: nil, maxRows: 1, count: 2)
                + RecurrentParamCheck.numbers(spec, "c0", width: nil, maxRows: 1, count: 2)
        },
        "gru-gates": { spec in
            RecurrentParamCheck.keys(spec, ["input", "h0"])
                + RecurrentParamCheck.numbers(spec, "input", width: 1, maxRows: 50)
                + RecurrentParamCheck.numbers(spec, "h0", width: nil, maxRows: 1, count: 2)
        },
    ]
}

/// Small checks shared by the Recurrent validators; each returns its problems.
enum RecurrentParamCheck {
    static func keys(_ spec: SceneSpec, _ allowed: [String]) -> [String] {
        spec.params.keys.sorted().filter { !allowed.contains($0) }.map {
            "unknown parameter '\($0)' (it takes \(allowed.joined(separator: ", ")))"
        }
    }

    static func choice(_ spec: SceneSpec, _ key: String, _ options: [String]) -> [String] {
        guard let v = spec.params[key] else { return [] }
        guard let s = v.string, options.contains(s) else { return ["\(key) must be one of \(options.joined(separator: ", "))"] }
        return []
    }

    static func int(_ spec: SceneSpec, _ key: String, _ range: ClosedRange<Int>) -> [String] {
        guard let v = spec.params[key] else { return [] }
        guard let i = v.int, range.contains(i) else { return ["\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)"] }
        return []
    }

    static func number(_ spec: SceneSpec, _ key: String, _ range: ClosedRange<Double>) -> [String] {
        guard let v = spec.params[key] else { return [] }
        guard let d = v.number, range.contains(d) else { return ["\(key) must be a number from \(range.lowerBound) to \(range.upperBound)"] }
        return []
    }

    /// A list of numbers written as text (`"1 2; 3 4"`, rows split by `;`) or as a YAML list.
    static func numbers(_ spec: SceneSpec, _ key: String, width: Int?, maxRows: Int, count: Int? = nil) -> [String] {
        guard let v = spec.params[key] else { return [] }
        var rows: [[Double]] = []
        switch v {
        case .number(let d): rows = [[d]]
        case .string(let s):
            for part in s.split(separator: ";", omittingEmptySubsequences: false) {
                let items = part.split(whereSeparator: { $0 == " " || $0 == "," })
                let values = items.compactMap { Double($0) }.filter(\.isFinite)
                guard !items.isEmpty, values.count == items.count else {
                    return ["\(key) must be numbers, steps split by ';' (e.g. \"1; 0.5; -1\")"]
                }
                rows.append(values)
            }
        case .list(let items):
            for item in items {
                if let d = item.number { rows.append([d]) }
                else { return ["\(key) must be a list of numbers"] }
            }
            if maxRows == 1 { rows = [rows.flatMap { $0 }] }
        default: return ["\(key) must be numbers, steps split by ';'"]
        }
        if maxRows == 1, rows.count > 1 { rows = [rows.flatMap { $0 }] }
        var problems: [String] = []
        if rows.isEmpty || rows.count > maxRows { problems.append("\(key) needs 1 to \(maxRows) steps") }
        if let width, rows.contains(where: { $0.count != width }) { problems.append("\(key): each step is \(width) number\(width == 1 ? "" : "s")") }
        if let count, rows.flatMap({ $0 }).count != count { problems.append("\(key) needs \(count) numbers (hidden size)") }
        return problems
    }
}
