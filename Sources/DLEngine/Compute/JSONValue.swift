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
                if needsEscape(u) { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// Characters written as `\uXXXX` although JSON allows some raw: C0 and C1 controls, DEL, bidi
    /// embeddings, overrides and isolates, line and paragraph separators (a terminal showing the
    /// JSON must not act on them).
    static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x2028 || v == 0x2029
    }

    /// JSON text from another encoder (JSONEncoder, JSONSerialization) with those characters escaped
    /// too; outside strings JSON has none of them, so the value is unchanged.
    public static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { needsEscape($0) && $0 != "\n" && $0 != "\t" && $0 != "\r" }) else { return json }
        var out = String.UnicodeScalarView()
        for u in json.unicodeScalars {
            if needsEscape(u) && u != "\n" && u != "\t" && u != "\r" {
                out.append(contentsOf: String(format: "\\u%04x", u.value).unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}
