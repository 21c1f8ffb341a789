import DLEngine

/// Reads a page's scene spec through a scene type's parameter definitions, collecting every problem
/// (each names the parameter, the limit and the value found) instead of failing on the first.
public struct SceneParamReader {
    public let spec: SceneSpec
    public private(set) var problems: [String] = []

    /// A reader for `spec`; keys not among `parameters` are reported.
    public init(_ spec: SceneSpec, parameters: [SceneParameter]) {
        self.spec = spec
        let known = parameters.map(\.name)
        for key in spec.params.keys.sorted() where !known.contains(key) {
            problems.append("unknown parameter '\(key)'\(ContentIDs.suggestion(key, among: known)) (known: \(known.isEmpty ? "none" : known.joined(separator: ", ")))")
        }
    }

    /// Records a problem found by a scene's own consistency checks or its engine dry run.
    public mutating func report(_ problem: String) { problems.append(problem) }

    /// The value written for `p`, or nil (a missing required parameter is reported).
    private mutating func value<V>(_ p: Param<V>) -> ContentValue? {
        guard let v = spec.params[p.info.name] else {
            if p.info.required { problems.append("'\(p.info.name)' is required: \(p.info.kind.requirement)") }
            return nil
        }
        return v
    }

    private mutating func refuse<V>(_ p: Param<V>, _ v: ContentValue, _ what: String? = nil) -> V {
        problems.append(RangeMessage.text("'\(p.info.name)'", mustBe: what ?? p.info.kind.requirement, got: Self.show(v)))
        return p.fallback
    }

    public mutating func int(_ p: Param<Int>) -> Int {
        guard let v = value(p) else { return p.fallback }
        guard case .int(let range) = p.info.kind, let n = v.int, range.contains(n) else { return refuse(p, v) }
        return n
    }

    public mutating func number(_ p: Param<Double>) -> Double {
        guard let v = value(p) else { return p.fallback }
        guard case .number(let range) = p.info.kind, let d = v.number, range.contains(d) else { return refuse(p, v) }
        return d
    }

    /// An optional whole number (nil when absent).
    public mutating func optionalInt(_ p: Param<Int?>) -> Int? {
        guard let v = value(p) else { return p.fallback }
        guard case .int(let range) = p.info.kind, let n = v.int, range.contains(n) else { return refuse(p, v) }
        return n
    }

    /// An optional number (no default) within ±`SceneParamKind.maxMagnitude`.
    public mutating func optionalNumber(_ p: Param<Double?>) -> Double? {
        guard let v = value(p) else { return p.fallback }
        guard case .number(let range) = p.info.kind, let d = v.number, range.contains(d) else { return refuse(p, v) }
        return d
    }

    public mutating func bool(_ p: Param<Bool>) -> Bool {
        guard let v = value(p) else { return p.fallback }
        guard case .bool(let b) = v else { return refuse(p, v) }
        return b
    }

    public mutating func choice<E: CaseIterable & RawRepresentable & Sendable>(_ p: Param<E>) -> E where E.RawValue == String {
        guard let v = value(p) else { return p.fallback }
        guard let s = v.string, let e = E(rawValue: s) else { return refuse(p, v) }
        return e
    }

    public mutating func text(_ p: Param<String?>) -> String? {
        guard let v = value(p) else { return p.fallback }
        guard case .text(let n) = p.info.kind, let s = v.string, !s.isEmpty, s.count <= n else { return refuse(p, v) }
        return s
    }

    /// Padding: a whole number in range, `same` or `valid`.
    public mutating func padding(_ p: Param<ScenePadding>) -> ScenePadding {
        guard let v = value(p) else { return p.fallback }
        guard case .padding(let range) = p.info.kind else { return p.fallback }
        if let n = v.int, range.contains(n) { return .int(n) }
        if v.string == "same" { return .same }
        if v.string == "valid" { return .valid }
        return refuse(p, v)
    }

    /// A matrix (`"1 2; 3 4"`) or a sequence of steps (`"1; 0.5"`, `[1, 0.5]`, `[[1], [0.5]]`).
    public mutating func rows(_ p: Param<[[Double]]>) -> [[Double]] {
        guard let v = value(p) else { return p.fallback }
        let name = "'\(p.info.name)'"
        let parsed: [[Double]]
        switch Self.numberRows(v, name: name) {
        case .failure(let e): problems.append(e.message); return p.fallback
        case .success(let rows): parsed = rows
        }
        switch p.info.kind {
        case .matrix(let side):
            guard parsed.count <= side, parsed[0].count <= side else {
                problems.append("\(name) is \(parsed.count)×\(parsed[0].count); at most \(side)×\(side)"); return p.fallback
            }
        case .rows(let width, let steps):
            guard steps.contains(parsed.count) else {
                problems.append("\(name) must have \(steps.lowerBound) to \(steps.upperBound) steps, got \(parsed.count)"); return p.fallback
            }
            guard parsed[0].count == width else {
                problems.append("\(name): each step is \(width) number\(width == 1 ? "" : "s") (the input size), got \(parsed[0].count)"); return p.fallback
            }
        default: return p.fallback
        }
        return parsed
    }

    /// Exactly `count` numbers, or the default (nil) when absent.
    public mutating func vector(_ p: Param<[Double]?>) -> [Double]? {
        guard let v = value(p) else { return p.fallback }
        guard case .vector(let count) = p.info.kind else { return p.fallback }
        switch Self.numberRows(v, name: "'\(p.info.name)'") {
        case .failure(let e): problems.append(e.message); return p.fallback
        case .success(let rows):
            let flat = rows.flatMap { $0 }
            guard flat.count == count else {
                problems.append("'\(p.info.name)' needs \(count) number\(count == 1 ? "" : "s") (the hidden size), got \(flat.count)"); return p.fallback
            }
            return flat
        }
    }

    /// Exactly `count` whole numbers in the parameter's range.
    public mutating func ints(_ p: Param<[Int]>) -> [Int] {
        guard let v = value(p) else { return p.fallback }
        guard case .intList(let count, let range) = p.info.kind, let list = v.list, list.count == count,
              case let ns = list.compactMap(\.int), ns.count == count, ns.allSatisfy(range.contains) else { return refuse(p, v) }
        return ns
    }

    /// Rows of numbers from text (`"1 2; 3 4"`), a number, a list of numbers (one per row) or a list of rows.
    static func numberRows(_ v: ContentValue, name: String) -> Result<[[Double]], MatrixTextError> {
        var rows: [[Double]] = []
        switch v {
        case .string(let s):
            switch MatrixText.parse(s, name: name) {
            case .failure(let e): return .failure(e)
            case .success(let r): rows = r
            }
        case .number(let d): rows = [[d]]
        case .list(let items):
            for item in items {
                if let d = item.number { rows.append([d]) } else if let row = item.list?.compactMap(\.number), row.count == item.list?.count, !row.isEmpty {
                    rows.append(row)
                } else { return .failure(MatrixTextError("\(name) must be numbers: \"1; 0.5\", [1, 0.5] or [[1], [0.5]]")) }
            }
            if let w = rows.first?.count, rows.contains(where: { $0.count != w }) {
                return .failure(MatrixTextError("\(name): every row needs the same number of values"))
            }
        default: return .failure(MatrixTextError("\(name) must be numbers such as \"1 2; 3 4\", got \(show(v))"))
        }
        guard !rows.isEmpty else { return .failure(MatrixTextError("\(name) is empty")) }
        let limit = SceneParamKind.maxMagnitude
        guard rows.joined().allSatisfy({ $0.isFinite && abs($0) <= limit }) else {
            return .failure(MatrixTextError("\(name): numbers must lie between -\(Int(limit)) and \(Int(limit))"))
        }
        return .success(rows)
    }

    /// A value as written, shortened, for messages.
    static func show(_ v: ContentValue) -> String {
        switch v {
        case .number(let d): return RangeMessage.show(d)
        case .string(let s): return "\"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .bool(let b): return String(b)
        case .list(let l): return "a list of \(l.count)"
        case .map: return "a map"
        }
    }
}

/// Padding of a scene's convolution: whole number per side, `same` or `valid`.
public enum ScenePadding: Equatable, Sendable {
    case int(Int), same, valid

    /// As the engine takes it.
    public var conv: ConvPadding {
        switch self {
        case .int(let n): return .int(n)
        case .same: return .same
        case .valid: return .valid
        }
    }

    /// As written in a spec.
    public var text: String {
        switch self {
        case .int(let n): return String(n)
        case .same: return "same"
        case .valid: return "valid"
        }
    }
}
