/// The parameter count of a conv or linear layer written out with its numbers, e.g.
/// `3·3·128·64 + 64`.
public enum ParameterFormula {
    /// `k·k·cin·cout` (with `(cin/g)` for grouped convs), plus `+ cout` with bias.
    public static func conv(kernel k: Int, inChannels cin: Int, outChannels cout: Int, groups: Int = 1, bias: Bool) -> String {
        let cinText = groups == 1 ? "\(cin)" : "(\(cin)/\(groups))"
        return "\(k)·\(k)·\(cinText)·\(cout)" + (bias ? " + \(cout)" : "")
    }

    /// `in·out`, plus `+ out` with bias.
    public static func linear(inFeatures: Int, outFeatures: Int, bias: Bool) -> String {
        "\(inFeatures)·\(outFeatures)" + (bias ? " + \(outFeatures)" : "")
    }

    /// The formula for a report row, when it is a single conv, linear or batch-norm layer.
    public static func of(_ row: LayerReport) -> String? {
        switch row.op {
        case .conv(let c):
            return conv(kernel: c.kernel, inChannels: row.input.channels, outChannels: c.outChannels, groups: c.groups, bias: c.bias)
        case .linear(let out, let bias):
            return linear(inFeatures: row.input.channels, outFeatures: out, bias: bias)
        case .batchNorm:
            return "2·\(row.input.channels)"
        default:
            return nil
        }
    }
}
