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
}
