/// Typed access to the fields of one request object, with messages that name the field and value.
struct RequestFields {
    let op: String
    let fields: [String: JSONValue]

    /// Rejects keys the op does not take (PyTorch rejects unknown keyword arguments too).
    func allowOnly(_ keys: [String]) throws(EngineError) {
        let allowed = Set(keys + ["op"])
        if let bad = fields.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw EngineError("\(op) does not take '\(bad)' (it takes \(keys.joined(separator: ", ")))")
        }
    }

    func has(_ key: String) -> Bool {
        if let v = fields[key], v != .null { return true }
        return false
    }

    func tensor(_ key: String) throws(EngineError) -> Tensor {
        guard let v = fields[key], v != .null else { throw EngineError("\(op) needs '\(key)'") }
        return try RequestFields.tensor(v, name: key)
    }

    func optionalTensor(_ key: String) throws(EngineError) -> Tensor? {
        has(key) ? try tensor(key) : nil
    }

    static func tensor(_ v: JSONValue, name: String) throws(EngineError) -> Tensor {
        try Tensor(nested: try nestedList(v, name: name, depth: 0), name: name)
    }

    private static func nestedList(_ v: JSONValue, name: String, depth: Int) throws(EngineError) -> NestedList {
        guard depth <= 8 else { throw EngineError("\(name) is nested deeper than 8 levels") }
        switch v {
        case .number(let d): return .number(d)
        case .array(let items):
            var out: [NestedList] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try nestedList(item, name: name, depth: depth + 1)) }
            return .list(out)
        default:
            throw EngineError("\(name) must hold only numbers and lists, found \(kind(v))")
        }
    }

    func vector(_ key: String) throws(EngineError) -> [Double]? {
        guard has(key) else { return nil }
        let t = try tensor(key)
        guard t.rank == 1 else { throw EngineError("\(key) must be a list of numbers, got shape \(describe(shape: t.shape))") }
        return t.data
    }

    func int(_ key: String, default d: Int) throws(EngineError) -> Int {
        guard let v = fields[key], v != .null else { return d }
        return try RequestFields.int(v, name: key)
    }

    func optionalInt(_ key: String) throws(EngineError) -> Int? {
        has(key) ? try int(key, default: 0) : nil
    }

    static func int(_ v: JSONValue, name: String) throws(EngineError) -> Int {
        guard case .number(let d) = v else { throw EngineError("\(name) must be an integer, got \(kind(v))") }
        guard d == d.rounded(), abs(d) <= 1e9 else { throw EngineError("\(name) must be an integer within ±1e9, got \(d)") }
        return Int(d)
    }

    func double(_ key: String, default d: Double) throws(EngineError) -> Double {
        guard let v = fields[key], v != .null else { return d }
        guard case .number(let x) = v else { throw EngineError("\(key) must be a number, got \(RequestFields.kind(v))") }
        return x
    }

    func bool(_ key: String, default d: Bool) throws(EngineError) -> Bool {
        guard let v = fields[key], v != .null else { return d }
        guard case .bool(let b) = v else { throw EngineError("\(key) must be true or false, got \(RequestFields.kind(v))") }
        return b
    }

    /// An int or a two-element list `[h, w]`, as PyTorch's `_pair`.
    func pair(_ key: String, default d: IntPair) throws(EngineError) -> IntPair {
        guard let v = fields[key], v != .null else { return d }
        return try RequestFields.pair(v, name: key)
    }

    func optionalPair(_ key: String) throws(EngineError) -> IntPair? {
        has(key) ? try pair(key, default: .square(0)) : nil
    }

    static func pair(_ v: JSONValue, name: String) throws(EngineError) -> IntPair {
        switch v {
        case .number: let n = try int(v, name: name); return .square(n)
        case .array(let a) where a.count == 2:
            return IntPair(try int(a[0], name: name), try int(a[1], name: name))
        case .array(let a):
            throw EngineError("\(name) must be an integer or a pair [h, w], got a list of \(a.count)")
        default:
            throw EngineError("\(name) must be an integer or a pair [h, w], got \(kind(v))")
        }
    }

    /// conv2d padding: int, pair, "same", "valid" or {"top","bottom","left","right"}.
    func convPadding() throws(EngineError) -> ConvPadding {
        guard let v = fields["padding"], v != .null else { return .int(0) }
        switch v {
        case .string("same"): return .same
        case .string("valid"): return .valid
        case .string(let s): throw EngineError("padding must be 'same', 'valid', an integer, a pair or {top, bottom, left, right}, got '\(s)'")
        case .object(let o):
            let keys = ["top", "bottom", "left", "right"]
            if let bad = o.keys.sorted().first(where: { !keys.contains($0) }) {
                throw EngineError("padding takes top, bottom, left and right, not '\(bad)'")
            }
            var sides: [Int] = []
            for k in keys {
                guard let s = o[k] else { throw EngineError("padding needs '\(k)' (it takes top, bottom, left and right)") }
                sides.append(try RequestFields.int(s, name: "padding \(k)"))
            }
            return .sides(Sides(top: sides[0], bottom: sides[1], left: sides[2], right: sides[3]))
        default:
            return .symmetric(try RequestFields.pair(v, name: "padding"))
        }
    }

    static func kind(_ v: JSONValue) -> String {
        switch v {
        case .null: "null"
        case .bool(let b): "\(b)"
        case .number(let d): "\(d)"
        case .string(let s): "the string '\(s.prefix(40))'"
        case .array(let a): "a list of \(a.count)"
        case .object: "an object"
        }
    }
}
