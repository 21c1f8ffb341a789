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
        guard let text = String(validating: data, as: UTF8.self) else {
            throw EngineError("request is not UTF-8 text (invalid byte at offset \(firstInvalidUTF8Offset(data)))")
        }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            if let (number, offset) = firstOverflowingNumber(text) {
                throw EngineError("request has the number \(number.prefix(40)) at character \(offset), beyond the largest double (about 1.8e308)")
            }
            throw EngineError("request is not valid JSON: \(syntaxProblem(data) ?? JSONValue.summary(of: error))")
        }
    }

    /// Foundation's parser's first line on a syntax error ("Unexpected end of file…"), if any.
    private static func syntaxProblem(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let why = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return why?.split(separator: "\n").first.map(String.init)
        }
    }

    /// One line for a decoding failure, without Swift's type names and debug descriptions.
    private static func summary(of error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let ctx):
            let underlying = (ctx.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return (underlying ?? ctx.debugDescription).split(separator: "\n").first.map(String.init) ?? "malformed"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "a value at \(path(ctx.codingPath)) cannot be read"
        case DecodingError.keyNotFound(let key, let ctx):
            return "'\(key.stringValue)' is missing at \(path(ctx.codingPath))"
        default:
            return "malformed"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var offset = 0
        var bytes = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while case .valid(let scalar) = parser.parseScalar(from: &bytes) { offset += scalar.count }
        return offset
    }

    /// The first number literal outside strings whose value is beyond Double's range, and where.
    private static func firstOverflowingNumber(_ text: String) -> (String, Int)? {
        var inString = false, escaped = false
        var token = "", start = 0
        for (offset, c) in text.enumerated() {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            if c.isNumber || c == "-" || c == "+" || c == "." || c == "e" || c == "E" {
                if token.isEmpty { start = offset }
                token.append(c)
                continue
            }
            if let d = Double(token), !d.isFinite { return (token, start) }
            token = ""
            if c == "\"" { inString = true }
        }
        if let d = Double(token), !d.isFinite { return (token, start) }
        return nil
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
