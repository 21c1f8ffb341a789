import DLContent
import DLEngine

/// The convolution and pooling traces as text: one line per output cell and the output grid. The
/// scenes, `dlstudy conv --plain` and `dlstudy pool --plain` share these lines, so every number comes
/// from the engine's trace.
public enum ConvTraceText {
    /// `out[1,2]`, or `out[c,1,2]` when there are several output channels.
    public static func label(channel: Int, y: Int, x: Int, channels: Int) -> String {
        channels > 1 ? "out[\(channel),\(y),\(x)]" : "out[\(y),\(x)]"
    }

    /// `out[1,2] = 1·0 + 2·(−1) + … + bias 1 = 5` with every product of the cell.
    public static func productLine(_ cell: ConvCellTrace, channels: Int, ascii: Bool = false) -> String {
        let dot = NumberFormat.times(ascii)
        var parts = cell.terms.map { NumberFormat.factor($0.inputValue, ascii: ascii) + dot + NumberFormat.factor($0.weight, ascii: ascii) }
        if parts.isEmpty { parts = ["0"] }
        var line = label(channel: cell.outChannel, y: cell.y, x: cell.x, channels: channels) + " = " + parts.joined(separator: " + ")
        if let b = cell.bias { line += " + bias " + NumberFormat.text(b, ascii: ascii) }
        return line + " = " + NumberFormat.text(cell.value, ascii: ascii)
    }

    /// The products of one input channel of a cell and their sum: `1·1 + 2·0 = 1`.
    public static func channelSum(_ cell: ConvCellTrace, inputChannel: Int, ascii: Bool = false) -> (text: String, sum: Double) {
        let dot = NumberFormat.times(ascii)
        let terms = cell.terms.filter { $0.inputChannel == inputChannel }
        // The sum of this channel's products is the difference of running sums around it.
        let before = cell.terms.last(where: { $0.inputChannel < inputChannel })?.runningSum ?? 0
        let after = terms.last?.runningSum ?? before
        let text = terms.map { NumberFormat.factor($0.inputValue, ascii: ascii) + dot + NumberFormat.factor($0.weight, ascii: ascii) }
            .joined(separator: " + ")
        return (text, after - before)
    }

    /// Max pooling: `out[0,1] = max(2, 1, 0, 1) = 2`; average: `out[0,1] = (2 + 1 + 0 + 1) / 4 = 1`.
    public static func poolLine(_ cell: PoolCellTrace, channels: Int, ascii: Bool = false) -> String {
        let head = label(channel: cell.channel, y: cell.y, x: cell.x, channels: channels) + " = "
        let value = NumberFormat.text(cell.value, ascii: ascii)
        if let divisor = cell.divisor {
            let reads = cell.reads.map { NumberFormat.text($0.value, ascii: ascii) }.joined(separator: " + ")
            return head + "(\(reads)) / \(divisor) = " + value
        }
        let reads = cell.reads.filter { !$0.isPadding }.map { NumberFormat.text($0.value, ascii: ascii) }
        return head + "max(\(reads.joined(separator: ", "))) = " + value
    }

    /// A plane of numbers as right-aligned columns.
    public static func gridLines(_ rows: [[Double]], ascii: Bool = false) -> [String] {
        let texts = rows.map { $0.map { NumberFormat.text($0, ascii: ascii) } }
        let width = texts.flatMap { $0 }.map(\.count).max() ?? 1
        return texts.map { row in
            row.map { String(repeating: " ", count: width - $0.count) + $0 }.joined(separator: " ")
        }
    }

    /// Plane `c` of a `C×H×W` tensor as rows.
    public static func plane(_ t: Tensor, _ c: Int) -> [[Double]] {
        let (h, w) = (t.shape[t.rank - 2], t.shape[t.rank - 1])
        return (0..<h).map { y in (0..<w).map { x in t.data[(c * h + y) * w + x] } }
    }

    /// Every line of a traced convolution: one per output cell, then the output grid per channel.
    public static func convPlain(_ trace: Conv2DTrace, output: Tensor, ascii: Bool = false) -> [String] {
        let channels = output.shape[output.rank - 3]
        return trace.cells.map { productLine($0, channels: channels, ascii: ascii) } + [""] + outputGrids(output, ascii: ascii)
    }

    /// Every line of a traced pooling: one per output cell, then the output grid per channel.
    public static func poolPlain(_ trace: Pool2DTrace, output: Tensor, ascii: Bool = false) -> [String] {
        let channels = output.shape[output.rank - 3]
        return trace.cells.map { poolLine($0, channels: channels, ascii: ascii) } + [""] + outputGrids(output, ascii: ascii)
    }

    /// The output grid of each channel under a heading with its size, indented by two spaces.
    static func outputGrids(_ output: Tensor, ascii: Bool) -> [String] {
        let channels = output.shape[output.rank - 3]
        let (h, w) = (output.shape[output.rank - 2], output.shape[output.rank - 1])
        var lines: [String] = []
        for c in 0..<channels {
            lines.append(channels > 1 ? "output channel \(c) (\(NumberFormat.size(h, w, ascii: ascii))):" : "output (\(NumberFormat.size(h, w, ascii: ascii))):")
            lines += gridLines(plane(output, c), ascii: ascii).map { "  " + $0 }
        }
        return lines
    }
}
