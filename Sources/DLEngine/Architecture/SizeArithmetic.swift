/// Output-size formulas of PyTorch's convolution, pooling and transposed convolution (one dimension).
public enum SizeArithmetic {
    /// `floor((i + padTotal − d(k−1) − 1)/s) + 1`, or nil when the padded input is smaller than the
    /// dilated kernel.
    public static func convOutput(input: Int, kernel: Int, stride: Int, padTotal: Int, dilation: Int = 1) -> Int? {
        let reach = dilation * (kernel - 1) + 1
        let padded = input + padTotal
        guard stride > 0, padded >= reach else { return nil }
        return (padded - reach) / stride + 1
    }

    /// PyTorch's pooling output size (`ceil_mode` rounds up, but the last window must start inside
    /// the input or its left padding), or nil when the window does not fit.
    public static func poolOutput(input: Int, kernel: Int, stride: Int, padding: Int,
                                  dilation: Int = 1, ceilMode: Bool = false) -> Int? {
        let reach = dilation * (kernel - 1) + 1
        let span = input + 2 * padding - reach
        guard stride > 0, span >= 0 else { return nil }
        var out = (ceilMode ? (span + stride - 1) / stride : span / stride) + 1
        if ceilMode, (out - 1) * stride >= input + padding { out -= 1 }
        return out
    }

    /// `(i−1)s − 2p + d(k−1) + op + 1`, or nil when that is not positive.
    public static func convTransposeOutput(input: Int, kernel: Int, stride: Int, padding: Int,
                                           outputPadding: Int = 0, dilation: Int = 1) -> Int? {
        let out = (input - 1) * stride - 2 * padding + dilation * (kernel - 1) + outputPadding + 1
        return out > 0 ? out : nil
    }
}
