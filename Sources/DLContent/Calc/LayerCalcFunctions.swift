import DLEngine

/// Calc functions for single layers and small formulas (sizes, parameters, receptive fields).
enum LayerCalcFunctions {
    typealias F = CalcEvaluator.Function

    static let all: [String: F] = [
        "conv-out": F(keys: ["i", "k", "s", "p", "d"]) { a throws(CalcError) in
            let i = try a.int("i"), k = try a.int("k"), s = try a.int("s", default: 1, min: 1)
            let p = try a.int("p", default: 0), d = try a.int("d", default: 1, min: 1)
            return try LayerCalc.convOut(i: i, k: k, s: s, p: p, d: d)
        },
        "conv-params": F(keys: ["k", "cin", "cout", "bias", "groups"]) { a throws(CalcError) in
            let k = try a.int("k"), cin = try a.int("cin"), cout = try a.int("cout")
            let bias = try a.flag("bias", default: true), g = try a.int("groups", default: 1, min: 1)
            return try LayerCalc.convParams(k: k, cin: cin, cout: cout, bias: bias, groups: g)
        },
        "conv-macs": F(keys: ["k", "cin", "cout", "h", "w", "groups"]) { a throws(CalcError) in
            let k = try a.int("k"), cin = try a.int("cin"), cout = try a.int("cout")
            let h = try a.int("h"), w = try a.int("w"), g = try a.int("groups", default: 1, min: 1)
            return try LayerCalc.convMacs(k: k, cin: cin, cout: cout, h: h, w: w, groups: g)
        },
        "pool-out": F(keys: ["i", "k", "s", "p", "d", "ceil"]) { a throws(CalcError) in
            let i = try a.int("i"), k = try a.int("k"), s = try a.int("s", default: k, min: 1)
            let p = try a.int("p", default: 0), d = try a.int("d", default: 1, min: 1)
            return try LayerCalc.poolOut(i: i, k: k, s: s, p: p, d: d, ceil: try a.flag("ceil", default: false))
        },
        "convT-out": F(keys: ["i", "k", "s", "p", "op", "d"]) { a throws(CalcError) in
            let i = try a.int("i"), k = try a.int("k"), s = try a.int("s", default: 1, min: 1)
            let p = try a.int("p", default: 0), op = try a.int("op", default: 0), d = try a.int("d", default: 1, min: 1)
            return try LayerCalc.convTOut(i: i, k: k, s: s, p: p, op: op, d: d)
        },
        "fc-params": F(keys: ["in", "out", "bias"]) { a throws(CalcError) in
            let i = try a.int("in"), o = try a.int("out"), bias = try a.flag("bias", default: true)
            return CalcResult(try sum(a, try product(a, i, o), bias ? o : 0), formula: ParameterFormula.linear(inFeatures: i, outFeatures: o, bias: bias))
        },
        "rf": F(keys: ["layers"]) { a throws(CalcError) in
            try LayerCalc.receptiveField(try LayerCalc.windows(try a.text("layers"), function: a.function))
        },
        "rf-stride": F(keys: ["layers"]) { a throws(CalcError) in
            try LayerCalc.effectiveStride(try LayerCalc.windows(try a.text("layers"), function: a.function))
        },
        "stack-params": F(keys: ["n", "k", "c", "bias"]) { a throws(CalcError) in
            let n = try a.int("n"), k = try a.int("k"), c = try a.int("c"), bias = try a.flag("bias", default: false)
            return try LayerCalc.stackParams(n: n, k: k, c: c, bias: bias)
        },
        "stack-ratio": F(keys: ["big", "small"]) { a throws(CalcError) in
            try LayerCalc.stackRatio(big: try a.int("big"), small: try a.int("small", min: 2))
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
            return try LayerCalc.fcnParams(c: c, h: h, w: w, out: o, bias: try a.flag("bias", default: true))
        },
        "yolo-out": F(keys: ["s", "b", "c"]) { a throws(CalcError) in
            let s = try a.int("s"), b = try a.int("b"), c = try a.int("c", min: 0)
            return try LayerCalc.yoloOut(s: s, b: b, c: c)
        },
        "rnn-params": recurrent(.rnn),
        "lstm-params": recurrent(.lstm),
        "gru-params": recurrent(.gru),
    ]

    static func recurrent(_ cell: RecurrentCell) -> F {
        F(keys: ["i", "h"]) { a throws(CalcError) in try LayerCalc.recurrentParams(cell, i: try a.int("i"), h: try a.int("h")) }
    }

    static func product(_ a: CalcArguments, _ xs: Int...) throws(CalcError) -> Int {
        guard let p = Checked.product(xs) else { throw CalcError("\(a.function): the numbers are too large") }
        return p
    }

    static func sum(_ a: CalcArguments, _ xs: Int...) throws(CalcError) -> Int {
        guard let s = Checked.sum(xs) else { throw CalcError("\(a.function): the numbers are too large") }
        return s
    }
}
