import DLEngine

/// Typed entry points of calc functions that scenes and commands call directly (no calc string
/// built and parsed back); the calc table (`conv-params`, `densenet-channels`) calls the same code.
public enum LayerCalc {
    /// k·k·(cin/groups)·cout (+cout), with the filled-in formula.
    public static func convParams(k: Int, cin: Int, cout: Int, bias: Bool = true, groups g: Int = 1) throws(CalcError) -> CalcResult {
        guard g >= 1, cin % g == 0, cout % g == 0 else {
            throw CalcError("conv-params: cin=\(cin) and cout=\(cout) must both divide into groups=\(g)")
        }
        guard let weights = Checked.product([k, k, cin / g, cout]), let total = Checked.sum([weights, bias ? cout : 0]) else {
            throw CalcError("conv-params: the numbers are too large")
        }
        return CalcResult(total, formula: ParameterFormula.conv(kernel: k, inChannels: cin, outChannels: cout, groups: g, bias: bias))
    }

    /// c0 + l·k: DenseNet channels after l layers of growth k.
    public static func denseNetChannels(c0: Int, k: Int, l: Int) throws(CalcError) -> CalcResult {
        guard let grown = Checked.product([l, k]), let total = Checked.sum([c0, grown]) else {
            throw CalcError("densenet-channels: the numbers are too large")
        }
        return CalcResult(total, formula: "\(c0) + \(l)·\(k)")
    }

    /// A stack of windows: kernel, stride and dilation of each layer.
    public typealias Window = (kernel: Int, stride: Int, dilation: Int)

    /// ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1: a convolution's output size along one side.
    public static func convOut(i: Int, k: Int, s: Int = 1, p: Int = 0, d: Int = 1) throws(CalcError) -> CalcResult {
        guard let out = SizeArithmetic.convOutput(input: i, kernel: k, stride: s, padTotal: 2 * p, dilation: d) else {
            throw CalcError("conv-out: input \(i) + 2·\(p) padding is smaller than the kernel's reach \(d * (k - 1) + 1)")
        }
        return CalcResult(out, formula: "⌊(\(i) + 2·\(p) − \(d)·(\(k)−1) − 1)/\(s)⌋ + 1")
    }

    /// k·k·(cin/groups)·cout·h·w: a convolution's multiply-adds on an h×w output.
    public static func convMacs(k: Int, cin: Int, cout: Int, h: Int, w: Int, groups g: Int = 1) throws(CalcError) -> CalcResult {
        guard g >= 1, cin % g == 0, cout % g == 0 else {
            throw CalcError("conv-macs: cin=\(cin) and cout=\(cout) must both divide into groups=\(g)")
        }
        guard let macs = Checked.product([k, k, cin / g, cout, h, w]) else { throw CalcError("conv-macs: the numbers are too large") }
        let cinText = g == 1 ? "\(cin)" : "(\(cin)/\(g))"
        return CalcResult(macs, formula: "\(k)·\(k)·\(cinText)·\(cout)·\(h)·\(w)")
    }

    /// PyTorch's pooling output size along one side (floor, or ceil with `ceil`).
    public static func poolOut(i: Int, k: Int, s: Int, p: Int = 0, d: Int = 1, ceil: Bool = false) throws(CalcError) -> CalcResult {
        guard 2 * p <= d * (k - 1) + 1 else { throw CalcError("pool-out: padding \(p) is more than half the window \(k)") }
        guard let out = SizeArithmetic.poolOutput(input: i, kernel: k, stride: s, padding: p, dilation: d, ceilMode: ceil) else {
            throw CalcError("pool-out: input \(i) + 2·\(p) padding is smaller than the window \(d * (k - 1) + 1)")
        }
        let open = ceil ? "⌈" : "⌊", close = ceil ? "⌉" : "⌋"
        return CalcResult(out, formula: "\(open)(\(i) + 2·\(p) − \(d)·(\(k)−1) − 1)/\(s)\(close) + 1")
    }

    /// (i−1)·s − 2p + d(k−1) + op + 1: a transposed convolution's output size along one side.
    public static func convTOut(i: Int, k: Int, s: Int = 1, p: Int = 0, op: Int = 0, d: Int = 1) throws(CalcError) -> CalcResult {
        guard op < max(s, d) else { throw CalcError("convT-out: op=\(op) must be smaller than s=\(s) or d=\(d)") }
        guard let out = SizeArithmetic.convTransposeOutput(input: i, kernel: k, stride: s, padding: p, outputPadding: op, dilation: d) else {
            throw CalcError("convT-out: padding \(p) leaves no output")
        }
        return CalcResult(out, formula: "(\(i)−1)·\(s) − 2·\(p) + \(d)·(\(k)−1) + \(op) + 1")
    }

    /// `3/1,3/2,5/1/2` → windows (kernel/stride/dilation; stride and dilation default to 1);
    /// `function` names the caller in the message.
    public static func windows(_ text: String, function: String = "rf") throws(CalcError) -> [Window] {
        var out: [Window] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let nums = part.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
            guard (1...3).contains(nums.count), nums.allSatisfy({ ($0 ?? 0) > 0 }) else {
                throw CalcError("\(function): layer '\(part)' is not K/S or K/S/D with positive integers")
            }
            out.append((nums[0] ?? 1, nums.count > 1 ? nums[1] ?? 1 : 1, nums.count > 2 ? nums[2] ?? 1 : 1))
        }
        return out
    }

    /// 1 + Σ d(k−1)·jump: the receptive field of a stack of windows.
    public static func receptiveField(_ windows: [Window]) throws(CalcError) -> CalcResult {
        var jump = 1
        var terms = ["1"]
        for w in windows {
            terms.append(w.dilation == 1 ? "(\(w.kernel)−1)·\(jump)" : "\(w.dilation)·(\(w.kernel)−1)·\(jump)")
            jump = jump &* w.stride
        }
        guard let fp = Footprint.ofStack(windows) else { throw CalcError("rf: the numbers are too large") }
        return CalcResult(fp.receptiveField, formula: terms.joined(separator: " + "))
    }

    /// Π s: the effective stride (jump) of a stack of windows.
    public static func effectiveStride(_ windows: [Window]) throws(CalcError) -> CalcResult {
        guard let fp = Footprint.ofStack(windows) else { throw CalcError("rf-stride: the numbers are too large") }
        return CalcResult(fp.stride, formula: windows.map { "\($0.stride)" }.joined(separator: "·"))
    }

    /// g·h·(i + h) + 2g·h: parameters of one PyTorch recurrent layer (two bias vectors).
    public static func recurrentParams(_ cell: RecurrentCell, i: Int, h: Int) throws(CalcError) -> CalcResult {
        let g = cell.gates
        let weights = g == 1 ? "\(h)·(\(i) + \(h))" : "\(g)·\(h)·(\(i) + \(h))"
        guard let ih = Checked.sum([i, h]), let w = Checked.product([g, h, ih]), let b = Checked.product([2 * g, h]),
              let total = Checked.sum([w, b]) else { throw CalcError("\(cell.rawValue)-params: the numbers are too large") }
        return CalcResult(total, formula: "\(weights) + \(2 * g)·\(h)")
    }

    /// n·k·k·c·c (+n·c): parameters of n stacked k×k convs of c channels.
    public static func stackParams(n: Int, k: Int, c: Int, bias: Bool = false) throws(CalcError) -> CalcResult {
        guard let w = Checked.product([n, k, k, c, c]), let b = Checked.product([n, c]), let total = Checked.sum([w, bias ? b : 0]) else {
            throw CalcError("stack-params: the numbers are too large")
        }
        return CalcResult(total, formula: "\(n)·\(k)·\(k)·\(c)·\(c)" + (bias ? " + \(n)·\(c)" : ""))
    }

    /// big² / (n·small²): one big×big conv's weights over a stack of small×small convs with its reach.
    public static func stackRatio(big: Int, small: Int) throws(CalcError) -> CalcResult {
        guard small >= 2, big > small, (big - 1) % (small - 1) == 0 else {
            throw CalcError("stack-ratio: a stack of \(small)×\(small) convs cannot reach exactly \(big)×\(big) (need big − 1 a multiple of small − 1)")
        }
        let n = (big - 1) / (small - 1)
        return CalcResult(decimal: Double(big) * Double(big) / (Double(n) * Double(small) * Double(small)),
                          formula: "\(big)·\(big) / (\(n)·\(small)·\(small)) = \(big &* big)/\(n &* small &* small)")
    }

    /// c·h·w·out (+out): a dense layer on a c×h×w map written as an h×w convolution (FCN).
    public static func fcnParams(c: Int, h: Int, w: Int, out: Int, bias: Bool = true) throws(CalcError) -> CalcResult {
        guard let weights = Checked.product([c, h, w, out]), let total = Checked.sum([weights, bias ? out : 0]) else {
            throw CalcError("fcn-params: the numbers are too large")
        }
        return CalcResult(total, formula: "\(c)·\(h)·\(w)·\(out)" + (bias ? " + \(out)" : ""))
    }

    /// s·s·(b·5 + c): the numbers in YOLO's output tensor.
    public static func yoloOut(s: Int, b: Int, c: Int) throws(CalcError) -> CalcResult {
        guard let boxes = Checked.product([b, 5]), let cell = Checked.sum([boxes, c]), let total = Checked.product([s, s, cell]) else {
            throw CalcError("yolo-out: the numbers are too large")
        }
        return CalcResult(total, formula: "\(s)·\(s)·(\(b)·5 + \(c))")
    }
}
