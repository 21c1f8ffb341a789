import DLEngine

/// Checks a numeric quiz item's `verify:` expression: a function from the expression text to its
/// value (nil when it cannot be evaluated). The app wires it to the calc evaluator
/// (`CalcEvaluator.evaluate(text).value`) once that lands; until then `VerifyFormulas.evaluate`.
public typealias QuizVerifier = @Sendable (String) -> Double?

/// A MINIMAL stand-in for the calc evaluator, covering only the names that `Quizzes/*.yaml` use in
/// `verify:` (same names, keys and defaults as the calc vocabulary). Sizes and recurrent counts come
/// from the engine (`EngineSizes`); the rest are the vocabulary's closed-form counts. Replace it with
/// the calc evaluator when the `calc` branch is merged; `QuizVerifyTests` works with either.
public enum VerifyFormulas {
    /// The value of `text` (`NAME key=value ...`), or nil for an unknown name or a missing key.
    public static func evaluate(_ text: String) -> Double? {
        let parts = text.split(separator: " ").map(String.init)
        guard let name = parts.first else { return nil }
        var args: [String: String] = [:]
        for part in parts.dropFirst() {
            let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { return nil }
            args[kv[0]] = kv[1]
        }
        return value(name, Args(values: args))
    }

    /// Every name this stand-in understands.
    public static let names = [
        "conv-out", "pool-out", "convT-out", "conv-params", "conv-macs", "fc-params", "fcn-params",
        "rf", "rf-stride", "stack-params", "stack-ratio", "reduction-params", "bottleneck-params",
        "densenet-channels", "yolo-out", "rnn-params", "lstm-params", "gru-params",
    ]

    struct Args {
        let values: [String: String]
        func int(_ key: String, _ fallback: Int? = nil) -> Int? { values[key].flatMap { Int($0) } ?? fallback }
    }

    static func value(_ name: String, _ a: Args) -> Double? {
        if name == "stack-ratio" {
            guard let big = a.int("big"), let small = a.int("small"), small > 1 else { return nil }
            let n = (big - 1) / (small - 1)
            return Double(big * big) / Double(n * small * small)
        }
        return intValue(name, a).map { Double($0) }
    }

    static func intValue(_ name: String, _ a: Args) -> Int? {
        switch name {
        case "conv-out":
            guard let i = a.int("i"), let k = a.int("k") else { return nil }
            return EngineSizes.convOut(i: i, k: k, s: a.int("s", 1) ?? 1, p: a.int("p", 0) ?? 0, d: a.int("d", 1) ?? 1)
        case "pool-out":
            guard let i = a.int("i"), let k = a.int("k") else { return nil }
            return EngineSizes.poolOut(i: i, k: k, s: a.int("s"), p: a.int("p", 0) ?? 0, ceil: a.int("ceil", 0) == 1)
        case "convT-out":
            guard let i = a.int("i"), let k = a.int("k") else { return nil }
            return EngineSizes.convTOut(i: i, k: k, s: a.int("s", 1) ?? 1, p: a.int("p", 0) ?? 0,
                                        op: a.int("op", 0) ?? 0, d: a.int("d", 1) ?? 1)
        case "conv-params":
            guard let k = a.int("k"), let cin = a.int("cin"), let cout = a.int("cout"), let g = a.int("groups", 1), g > 0 else { return nil }
            return k * k * (cin / g) * cout + (a.int("bias", 1) == 1 ? cout : 0)
        case "conv-macs":
            guard let k = a.int("k"), let cin = a.int("cin"), let cout = a.int("cout"), let h = a.int("h"), let w = a.int("w"),
                  let g = a.int("groups", 1), g > 0 else { return nil }
            return k * k * (cin / g) * cout * h * w
        case "fc-params":
            guard let i = a.int("in"), let o = a.int("out") else { return nil }
            return i * o + (a.int("bias", 1) == 1 ? o : 0)
        case "fcn-params":
            guard let c = a.int("c"), let h = a.int("h"), let w = a.int("w"), let o = a.int("out") else { return nil }
            return c * h * w * o + (a.int("bias", 1) == 1 ? o : 0)
        case "rf", "rf-stride":
            guard let layers = parseLayers(a.values["layers"]) else { return nil }
            let r = EngineSizes.receptiveField(layers)
            return name == "rf" ? r.field : r.jump
        case "stack-params":
            guard let n = a.int("n"), let k = a.int("k"), let c = a.int("c") else { return nil }
            return n * k * k * c * c + (a.int("bias", 0) == 1 ? n * c : 0)
        case "reduction-params":
            guard let cin = a.int("cin"), let mid = a.int("mid"), let cout = a.int("cout"), let k = a.int("k") else { return nil }
            return cin * mid + k * k * mid * cout
        case "bottleneck-params":
            guard let cin = a.int("cin"), let mid = a.int("mid"), let cout = a.int("cout"), let k = a.int("k", 3) else { return nil }
            return cin * mid + k * k * mid * mid + mid * cout
        case "densenet-channels":
            guard let c0 = a.int("c0"), let k = a.int("k"), let l = a.int("l") else { return nil }
            return c0 + l * k
        case "yolo-out":
            guard let s = a.int("s"), let b = a.int("b"), let c = a.int("c") else { return nil }
            return s * s * (b * 5 + c)
        case "rnn-params", "lstm-params", "gru-params":
            guard let i = a.int("i"), let h = a.int("h") else { return nil }
            let kind: RecurrentKind = name == "rnn-params" ? .rnn : name == "lstm-params" ? .lstm : .gru
            return EngineSizes.recurrentParams(kind, input: i, hidden: h)
        default:
            return nil
        }
    }

    /// `3/1,2/2,3/1/2` → kernel/stride[/dilation] triples.
    static func parseLayers(_ text: String?) -> [(k: Int, s: Int, d: Int)]? {
        guard let text, !text.isEmpty else { return nil }
        var out: [(k: Int, s: Int, d: Int)] = []
        for layer in text.split(separator: ",") {
            let n = layer.split(separator: "/").compactMap { Int($0) }
            guard (1...3).contains(n.count) else { return nil }
            out.append((n[0], n.count > 1 ? n[1] : 1, n.count > 2 ? n[2] : 1))
        }
        return out
    }
}

extension VerifyFormulas {
    /// A placeholder's text with the stand-in: the value only (display options `show`, `fmt`,
    /// `digits` are ignored beyond the default format: `73,728`, `1.39`). nil when unknown.
    public static func placeholder(_ text: String) -> String? {
        let kept = text.split(separator: " ").filter { part in
            !["show=", "fmt=", "digits="].contains { part.hasPrefix($0) }
        }.joined(separator: " ")
        guard let value = evaluate(kept) else { return nil }
        if value == value.rounded(), abs(value) < 1e15 {
            let digits = Array(String(Int(abs(value))))
            var out = ""
            for (n, d) in digits.enumerated() {
                if n > 0 && (digits.count - n) % 3 == 0 { out += "," }
                out.append(d)
            }
            return (value < 0 ? "-" : "") + out
        }
        return String(format: "%.2f", value)
    }
}

import Foundation
