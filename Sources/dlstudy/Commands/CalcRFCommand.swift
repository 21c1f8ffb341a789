import ArgumentParser
import DLContent
import DLEngine

/// `dlstudy calc rf`: receptive field and effective stride of a stack of windows.
struct CalcRFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rf", abstract: "Receptive field and effective stride of a stack of layers.",
        discussion: "Each layer is K/S (kernel/stride) or K/S/D (with dilation), e.g. dlstudy calc rf 3/1 3/1 2/2")

    // `.allUnrecognized` so that a negative size ("-3/1") is a layer to reject by name, not an unknown option.
    @Argument(parsing: .allUnrecognized, help: "Layers as K/S or K/S/D, separated by spaces or commas.") var layers: [String] = []

    func run() throws {
        let parts = layers.flatMap { $0.split(separator: ",").map(String.init) }
        guard !parts.isEmpty else { throw usageError("give at least one layer, e.g. 3/1") }
        let windows = try CalcSupport.usage { () throws(CalcError) in try LayerCalc.windows(parts.joined(separator: ","), function: "rf") }
        let rf = try CalcSupport.usage { () throws(CalcError) in try LayerCalc.receptiveField(windows) }
        let jump = try CalcSupport.usage { () throws(CalcError) in try LayerCalc.effectiveStride(windows) }
        var rows = [["Layer", "Kernel", "Stride", "Dilation", "RF", "Jump"]]
        var fp: Footprint? = .identity
        for (i, (k, s, d)) in windows.enumerated() {
            fp = fp?.through(kernel: k, stride: s, leadingPad: 0, dilation: d)
            rows.append(["\(i + 1)", "\(k)", "\(s)", "\(d)", fp.map { "\($0.receptiveField)" } ?? "—", fp.map { "\($0.stride)" } ?? "—"])
        }
        let widths = (0..<6).map { c in rows.map { $0[c].count }.max() ?? 0 }
        var text = ""
        for row in rows {
            text += row.enumerated().map { c, cell in
                String(repeating: " ", count: widths[c] - cell.count) + cell
            }.joined(separator: "  ") + "\n"
        }
        text += "Receptive field:  \(rf.filledFormula)\n"
        text += "Effective stride: \(jump.filledFormula)\n"
        Output.text(text, terminator: "")
    }
}
