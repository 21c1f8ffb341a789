import DLEngine

/// Calc functions for single layers and small formulas (sizes, parameters, receptive fields).
enum LayerCalcFunctions {
    typealias F = CalcEvaluator.Function

    static let all: [String: F] = [
        "conv-out": F(keys: ["i", "k", "s", "p", "d"]) { a throws(CalcError) in
            let i = try a.int("i"), k = try a.int("k"), s = try a.int("s", default: 1, min: 1)
            let p = try a.int("p", default: 0), d = try a.int("d", default: 1, min: 1)
            guard let out = SizeArithmetic.convOutput(input: i, kernel: k, stride: s, padTotal: 2 * p, dilation: d) else {
                throw CalcError("conv-out: input \(i) + 2·\(p) padding is smaller than the kernel's reach \(d * (k - 1) + 1)")
            }
            return CalcResult(out, formula: "⌊(\(i) + 2·\(p) − \(d)·(\(k)−1) − 1)/\(s)⌋ + 1")
        },
        "conv-params": F(keys: ["k", "cin", "cout", "bias", "groups"]) { a throws(CalcError) in
            let k = try a.int("k"), cin = try a.int("cin"), cout = try a.int("cout")
            let bias = try a.flag("bias", default: true), g = try a.int("groups", default: 1, min: 1)
            return try LayerCalc.convParams(k: k, cin: cin, cout: cout, bias: bias, groups: g)
        },
        "conv-macs": F(keys: ["k", "cin", "cout", "h", "w", "groups"]) { a throws(CalcError) in
            let k = try a.int("k"), cin = try a.int("cin"), cout = try a.int("cout")
            let h = try a.int("h"), w = try a.int("w"), g = try a.int("groups", default: 1, min: 1)
            try divisible(a.function, cin, cout, g)
            let cinText = g == 1 ? "\(cin)" : "(\(cin)/\(g))"
            return CalcResult(try product(a, k, k, cin / g, cout, h, w), formula: "\(k)·\(k)·\(cinText)·\(cout)·\(h)·\(w)")
        },
        "pool-out": F(keys: ["i", "k", "s", "p", "d", "ceil"]) { a throws(CalcError) in
            let i = try a.int("i"), k = try a.int("k"), s = try a.int("s", default: k, min: 1)
            let p = try a.int("p", default: 0), d = try a.int("d", default: 1, min: 1)
            let ceil = try a.flag("ceil", default: false)
            guard 2 * p <= d * (k - 1) + 1 else { throw CalcError("pool-out: padding \(p) is more than half the window \(k)") }
            guard let out = SizeArithmetic.poolOutput(input: i, kernel: k, stride: s, padding: p, dilation: d, ceilMode: ceil) else {
                throw CalcError("pool-out: input \(i) + 2·\(p) padding is smaller than the window \(d * (k - 1) + 1)")
            }
            let open = ceil ? "⌈" : "⌊", close = ceil ? "⌉" : "⌋"
            return CalcResult(out, formula: "\(open)(\(i) + 2·\(p) − \(d)·(\(k)−1) − 1)/\(s)\(close) + 1")
        },
        "convT-out": F(keys: ["i", "k", "s", "p", "op", "d"]) { a throws(CalcError) in
            let i = try a.int("i"), k = try a.int("k"), s = try a.int("s", default: 1, min: 1)
            let p = try a.int("p", default: 0), op = try a.int("op", default: 0), d = try a.int("d", default: 1, min: 1)
            guard op < max(s, d) else { throw CalcError("convT-out: op=\(op) must be smaller than s=\(s) or d=\(d)") }
            guard let out = SizeArithmetic.convTransposeOutput(input: i, kernel: k, stride: s, padding: p, outputPadding: op, dilation: d) else {
                throw CalcError("convT-out: padding \(p) leaves no output")
            }
            return CalcResult(out, formula: "(\(i)−1)·\(s) − 2·\(p) + \(d)·(\(k)−1) + \(op) + 1")
        },
        "fc-params": F(keys: ["in", "out", "bias"]) { a throws(CalcError) in
            let i = try a.int("in"), o = try a.int("out"), bias = try a.flag("bias", default: true)
            return CalcResult(try sum(a, try product(a, i, o), bias ? o : 0), formula: ParameterFormula.linear(inFeatures: i, outFeatures: o, bias: bias))
        },
        "rf": F(keys: ["layers"]) { a throws(CalcError) in
            let windows = try parseWindows(a)
            var jump = 1
            var terms = ["1"]
            for w in windows {
                terms.append(w.dilation == 1 ? "(\(w.kernel)−1)·\(jump)" : "\(w.dilation)·(\(w.kernel)−1)·\(jump)")
                jump = jump &* w.stride
            }
            guard let fp = Footprint.ofStack(windows) else { throw CalcError("rf: the numbers are too large") }
            return CalcResult(fp.receptiveField, formula: terms.joined(separator: " + "))
        },
        "rf-stride": F(keys: ["layers"]) { a throws(CalcError) in
            let windows = try parseWindows(a)
            guard let fp = Footprint.ofStack(windows) else { throw CalcError("rf-stride: the numbers are too large") }
            return CalcResult(fp.stride, formula: windows.map { "\($0.stride)" }.joined(separator: "·"))
        },
        "stack-params": F(keys: ["n", "k", "c", "bias"]) { a throws(CalcError) in
            let n = try a.int("n"), k = try a.int("k"), c = try a.int("c"), bias = try a.flag("bias", default: false)
            return CalcResult(try sum(a, try product(a, n, k, k, c, c), bias ? try product(a, n, c) : 0), formula: "\(n)·\(k)·\(k)·\(c)·\(c)" + (bias ? " + \(n)·\(c)" : ""))
        },
        "stack-ratio": F(keys: ["big", "small"]) { a throws(CalcError) in
            let big = try a.int("big"), small = try a.int("small", min: 2)
            guard big > small, (big - 1) % (small - 1) == 0 else {
                throw CalcError("stack-ratio: a stack of \(small)×\(small) convs cannot reach exactly \(big)×\(big) (need big − 1 a multiple of small − 1)")
            }
            let n = (big - 1) / (small - 1)
            return CalcResult(decimal: Double(big) * Double(big) / (Double(n) * Double(small) * Double(small)),
                              formula: "\(big)·\(big) / (\(n)·\(small)·\(small)) = \(big &* big)/\(n &* small &* small)")
        },
        "reduction-params": F(keys: ["cin", "mid", "cout", "k"]) { a throws(CalcError) in
            let cin = try a.int("cin"), mid = try a.int("mid"), cout = try a.int("cout"), k = try a.int("k")
            return CalcResult(try sum(a, try product(a, cin, mid), try product(a, k, k, mid, cout)), formula: "\(cin)·\(mid) + \(k)·\(k)·\(mid)·\(cout)")
        },
        "bottleneck-params": F(keys: ["cin", "mid", "cout", "k"]) { a throws(CalcError) in
            let cin = try a.int("cin"), mid = try a.int("mid"), cout = try a.int("cout"), k = try a.int("k", default: 3, min: 1)
            return CalcResult(try sum(a, try product(a, cin, mid), try product(a, k, k, mid, mid), try product(a, mid, cout)),
                              formula: "\(cin)·\(mid) + \(k)·\(k)·\(mid)·\(mid) + \(mid)·\(cout)")
        },
        "densenet-channels": F(keys: ["c0", "k", "l"]) { a throws(CalcError) in
            let c0 = try a.int("c0"), k = try a.int("k"), l = try a.int("l", min: 0)
            return try LayerCalc.denseNetChannels(c0: c0, k: k, l: l)
        },
        "fcn-params": F(keys: ["c", "h", "w", "out", "bias"]) { a throws(CalcError) in
            let c = try a.int("c"), h = try a.int("h"), w = try a.int("w"), o = try a.int("out")
            let bias = try a.flag("bias", default: true)
            return CalcResult(try sum(a, try product(a, c, h, w, o), bias ? o : 0), formula: "\(c)·\(h)·\(w)·\(o)" + (bias ? " + \(o)" : ""))
        },
        "yolo-out": F(keys: ["s", "b", "c"]) { a throws(CalcError) in
            let s = try a.int("s"), b = try a.int("b"), c = try a.int("c", min: 0)
            return CalcResult(try product(a, s, s, try sum(a, try product(a, b, 5), c)), formula: "\(s)·\(s)·(\(b)·5 + \(c))")
        },
        "rnn-params": recurrent(.rnn),
        "lstm-params": recurrent(.lstm),
        "gru-params": recurrent(.gru),
    ]

    static func recurrent(_ cell: RecurrentCell) -> F {
        F(keys: ["i", "h"]) { a throws(CalcError) in
            let i = try a.int("i"), h = try a.int("h")
            let g = cell.gates
            let weights = g == 1 ? "\(h)·(\(i) + \(h))" : "\(g)·\(h)·(\(i) + \(h))"
            return CalcResult(try sum(a, try product(a, g, h, try sum(a, i, h)), try product(a, 2 * g, h)), formula: "\(weights) + \(2 * g)·\(h)")
        }
    }

    static func product(_ a: CalcArguments, _ xs: Int...) throws(CalcError) -> Int {
        guard let p = Checked.product(xs) else { throw CalcError("\(a.function): the numbers are too large") }
        return p
    }

    static func sum(_ a: CalcArguments, _ xs: Int...) throws(CalcError) -> Int {
        guard let s = Checked.sum(xs) else { throw CalcError("\(a.function): the numbers are too large") }
        return s
    }

    static func divisible(_ function: String, _ cin: Int, _ cout: Int, _ g: Int) throws(CalcError) {
        guard cin % g == 0, cout % g == 0 else {
            throw CalcError("\(function): cin=\(cin) and cout=\(cout) must both divide into groups=\(g)")
        }
    }

    /// `3/1,3/2,5/1/2` → windows (kernel/stride/dilation; stride and dilation default to 1).
    static func parseWindows(_ a: CalcArguments) throws(CalcError) -> [(kernel: Int, stride: Int, dilation: Int)] {
        let text = try a.text("layers")
        var out: [(kernel: Int, stride: Int, dilation: Int)] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let nums = part.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
            guard (1...3).contains(nums.count), nums.allSatisfy({ ($0 ?? 0) > 0 }) else {
                throw CalcError("\(a.function): layer '\(part)' is not K/S or K/S/D with positive integers")
            }
            out.append((nums[0] ?? 1, nums.count > 1 ? nums[1] ?? 1 : 1, nums.count > 2 ? nums[2] ?? 1 : 1))
        }
        return out
    }
}
