import Foundation

/// A parsed JSON value, as the compute service reads requests and writes results.
public indirect enum JSONValue: Equatable, Sendable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    /// Parses `data` as one JSON value.
    public static func parse(_ data: Data) throws(EngineError) -> JSONValue {
        guard data.count <= 64_000_000 else { throw EngineError("request is too large (\(data.count) bytes, limit 64000000)") }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw EngineError("request is not valid JSON: \(JSONValue.summary(of: error))")
        }
    }

    private static func summary(of error: any Error) -> String {
        if case DecodingError.dataCorrupted(let ctx) = error {
            let underlying = (ctx.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? ctx.debugDescription
        }
        return "\(error)"
    }

    /// Whether every number in the value is finite (JSON has no infinity or NaN).
    public var isFinite: Bool {
        switch self {
        case .number(let d): return d.isFinite
        case .array(let a): return a.allSatisfy(\.isFinite)
        case .object(let o): return o.values.allSatisfy(\.isFinite)
        default: return true
        }
    }

    /// Compact JSON text. Numbers use the shortest form that reads back to the same double.
    public var serialized: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d):
            if d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) } else { out += "\(d)" }
        case .string(let s): out += JSONValue.quote(s)
        case .array(let a):
            out += "["
            for (i, v) in a.enumerated() {
                if i > 0 { out += "," }
                v.write(into: &out)
            }
            out += "]"
        case .object(let o):
            out += "{"
            for (i, key) in JSONValue.orderedKeys(o).enumerated() {
                if i > 0 { out += "," }
                out += JSONValue.quote(key) + ":"
                o[key]?.write(into: &out)
            }
            out += "}"
        }
    }

    /// Keys in a stable, readable order: the result's main fields first, the rest alphabetically.
    private static func orderedKeys(_ o: [String: JSONValue]) -> [String] {
        let first = ["output", "indices", "steps", "i", "f", "g", "o", "r", "z", "n", "c", "h"]
        let known = first.filter { o[$0] != nil }
        return known + o.keys.filter { !first.contains($0) }.sorted()
    }

    private static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
