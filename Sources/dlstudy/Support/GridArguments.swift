import TUIKit
import DLContent
import DLEngine
import Foundation

/// Reading the numbers of `dlstudy conv` and `dlstudy pool` from flags and files; every problem
/// becomes a usage error (exit 2) with a message that points at it.
enum GridArguments {
    /// At most this many products (or pooling reads) are traced, so no request can hang or exhaust memory.
    static let traceLimit = 500_000
    /// At most this many input numbers are read from a file.
    static let inputLimit = 1_000_000

    /// A matrix flag (`"1 2 3; 4 5 6"`) as rows.
    static func matrix(_ text: String, flag: String) throws -> [[Double]] {
        switch MatrixText.parse(text, name: flag) {
        case .success(let rows):
            guard rows.count * rows[0].count <= inputLimit else {
                throw usageError("\(flag) has \(rows.count * rows[0].count) numbers; at most \(inputLimit) are accepted")
            }
            return rows
        case .failure(let e): throw usageError(e.message)
        }
    }

    /// The input of `--input` (one channel) or of `--input-file` with the file's weight and bias;
    /// exactly one of the two must be given (`example` shows an `--input`).
    static func input(_ text: String?, file path: String?, example: String) throws -> (input: Tensor, weight: Tensor?, bias: Tensor?) {
        if let path {
            guard text == nil else { throw usageError("give --input or --input-file, not both") }
            return try file(path)
        }
        guard let text else { throw usageError("--input is required (e.g. --input \"\(example)\"), or --input-file F") }
        let rows = try matrix(text, flag: "--input")
        return (try tensor(shape: [1, rows.count, rows[0].count], data: rows.flatMap { $0 }), nil, nil)
    }

    /// A tensor of `shape` holding `data`; a mismatch is a usage error.
    static func tensor(shape: [Int], data: [Double]) throws -> Tensor {
        do { return try Tensor(shape: shape, data: data) } catch { throw usageError(error.message) }
    }

    /// `2`, `2x3` or `2×3` (height × width).
    static func pair(_ text: String, flag: String, minimum: Int) throws -> IntPair {
        let parts = text.split(whereSeparator: { $0 == "x" || $0 == "×" || $0 == "," || $0 == "X" }).map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (1...2).contains(numbers.count) else {
            throw usageError(RangeMessage.text(flag, mustBe: "a whole number or HxW (like 2 or 2x1)", got: text))
        }
        let p = IntPair(numbers[0], numbers.count == 2 ? numbers[1] : numbers[0])
        let range = minimum...10_000
        guard range.contains(p.h), range.contains(p.w) else {
            let requirement = numbers.count == 1 ? RangeMessage.wholeNumber(range) : "HxW of whole numbers from \(minimum) to 10000"
            throw usageError(RangeMessage.text(flag, mustBe: requirement, got: text))
        }
        return p
    }

    /// `--padding`: a number, HxW, `same` or `valid`.
    static func convPadding(_ text: String?) throws -> ConvPadding {
        guard let text else { return .int(0) }
        switch text.lowercased() {
        case "same": return .same
        case "valid": return .valid
        default: return .symmetric(try pair(text, flag: "--padding", minimum: 0))
        }
    }

    /// A number flag such as `--bias`.
    static func number(_ text: String, flag: String) throws -> Double {
        guard let v = Double(text.replacingOccurrences(of: "−", with: "-")), v.isFinite else {
            throw usageError(RangeMessage.text(flag, mustBe: "a number", got: text))
        }
        return v
    }

    /// Reads a JSON file with `input` (`C×H×W` or `H×W`), and optionally `weight` (`O×C×kH×kW`) and `bias`.
    static func file(_ path: String) throws -> (input: Tensor, weight: Tensor?, bias: Tensor?) {
        guard let data = FileManager.default.contents(atPath: path) else { throw usageError("cannot read --input-file '\(path)'") }
        guard data.count <= 64 << 20 else { throw usageError("--input-file '\(path)' is larger than 64 MB") }
        guard case .object(let dict)? = try? JSONValue.parse(data) else {
            throw usageError("--input-file '\(path)' must hold a JSON object like {\"input\": [[[1, 2], [3, 4]]], \"weight\": [[[[1]]]]}")
        }
        let unknown = dict.keys.filter { !["input", "weight", "bias"].contains($0) }.sorted()
        guard unknown.isEmpty else { throw usageError("--input-file: unknown key '\(unknown[0])' (known: input, weight, bias)") }
        guard let inputValue = dict["input"] else { throw usageError("--input-file '\(path)' has no \"input\"") }
        var input = try tensor(inputValue, name: "input")
        if input.rank == 2 { input = (try? input.reshaped([1] + input.shape)) ?? input }
        guard input.rank == 3, !input.data.isEmpty else {
            throw usageError("--input-file: input must be C×H×W (or H×W), got rank \(input.rank) shape \(input.shape.map(String.init).joined(separator: "×"))")
        }
        guard input.count <= inputLimit else { throw usageError("--input-file: input has \(input.count) numbers; at most \(inputLimit) are accepted") }
        var weight: Tensor?
        if let w = dict["weight"] {
            weight = try tensor(w, name: "weight")
            guard weight?.rank == 4 else { throw usageError("--input-file: weight must be O×C×kH×kW (rank 4), got rank \(weight?.rank ?? 0)") }
        }
        let bias = try dict["bias"].map { try tensor($0, name: "bias") }
        return (input, weight, bias)
    }

    static func tensor(_ value: JSONValue, name: String) throws -> Tensor {
        do {
            return try Tensor(nested: try nested(value, name: name), name: name)
        } catch let e as EngineError {
            throw usageError("--input-file: \(e.message)")
        }
    }

    static func nested(_ value: JSONValue, name: String) throws -> NestedList {
        switch value {
        case .array(let list): return .list(try list.map { try nested($0, name: name) })
        case .number(let n): return .number(n)
        case .bool: throw usageError("--input-file: \(name) holds true or false, which is not a number")
        default: throw usageError("--input-file: \(name) holds \(Sanitizer.clean(value.serialized.prefix(40).description)), which is not a number")
        }
    }

    /// Refuses a trace larger than `traceLimit`, naming the sizes.
    static func checkTrace(products: Int, what: String) throws {
        guard products <= traceLimit else {
            throw usageError("\(what) would trace \(products) products; at most \(traceLimit) are shown step by step (about 230×230 with a 3×3 kernel). Use `dlstudy compute` for the output alone.")
        }
    }

    /// Prints a JSON result (the one JSON representation); a result holding an infinite or NaN number
    /// is refused with a message (exit 1) instead of printing invalid JSON.
    static func printJSON(_ value: JSONValue) throws {
        guard value.isFinite else {
            printError("error: the result overflowed (a value is infinite or not a number); `--plain` shows it, or use smaller inputs")
            throw ExitCodeError.failure
        }
        Output.json(value.serialized)
    }

    /// A tensor as nested arrays for JSON.
    static func json(_ t: Tensor) -> JSONValue { json(t.nested) }

    static func json(_ n: NestedList) -> JSONValue {
        switch n {
        case .number(let v): return .number(v)
        case .list(let items): return .array(items.map(json))
        }
    }
}
