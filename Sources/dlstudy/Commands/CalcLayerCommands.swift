import ArgumentParser
import DLContent
import DLEngine

/// Padding given on the command line: a number or `same`.
enum CalcPadding {
    /// Zeros per side for `text` (`same` = d(k−1)/2 when that is whole).
    static func resolve(_ text: String, kernel: Int, dilation: Int, stride: Int) throws -> Int {
        if text == "same" {
            guard stride == 1 else { throw usageError("--padding same needs --stride 1") }
            guard (dilation * (kernel - 1)) % 2 == 0 else {
                throw usageError("--padding same with kernel \(kernel) pads unevenly; give --padding as a number")
            }
            return dilation * (kernel - 1) / 2
        }
        guard let p = Int(text), p >= 0 else { throw usageError("--padding \(text): expected a number ≥ 0 or same") }
        try CalcSupport.check(p, "--padding", min: 0)
        return p
    }
}

/// The options `calc conv` and `calc convT` share: input size, kernel, output channels, stride,
/// dilation, groups and bias.
struct CalcConvOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Input size W×H×C (width, height, channels as in the lecture), e.g. 40x50x128.") var input: String
    @Option(parsing: .unconditional, help: "Kernel size k (k×k).") var kernel: Int
    @Option(parsing: .unconditional, help: "Output channels (number of filters).") var out: Int
    @Option(parsing: .unconditional, help: "Stride.") var stride = 1
    @Option(parsing: .unconditional, help: "Dilation.") var dilation = 1
    @Option(parsing: .unconditional, help: "Groups (input and output channels split into this many groups).") var groups = 1
    @Flag(help: "No bias terms.") var noBias = false

    /// The input shape, once every number is checked against its range.
    func checkedShape() throws -> FeatureShape {
        let shape = try CalcSupport.shape(input, option: "--input", order: .whc)
        try CalcSupport.check(kernel, "--kernel", min: 1)
        try CalcSupport.check(out, "--out", min: 1)
        try CalcSupport.check(stride, "--stride", min: 1)
        try CalcSupport.check(dilation, "--dilation", min: 1)
        try CalcSupport.check(groups, "--groups", min: 1)
        return shape
    }
}

/// `dlstudy calc conv`: output size, parameters and mult-adds of one convolution.
struct CalcConvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conv", abstract: "Output size, parameters and mult-adds of a convolution.",
        discussion: "Example (the lecture's): dlstudy calc conv --input 40x50x128 --kernel 3 --out 64 --stride 1 --padding 1")

    @OptionGroup var layer: CalcConvOptions
    @Option(parsing: .unconditional, help: "Padding per side, or same.") var padding = "0"

    func run() throws {
        let shape = try layer.checkedShape()
        let (kernel, out, stride, dilation, groups, noBias) = (layer.kernel, layer.out, layer.stride, layer.dilation, layer.groups, layer.noBias)
        let p = try CalcPadding.resolve(padding, kernel: kernel, dilation: dilation, stride: stride)
        let outputSize = try CalcSupport.outputSize(shape) { i throws(CalcError) in
            try LayerCalc.convOut(i: i, k: kernel, s: stride, p: p, d: dilation)
        }
        let (cin, h, w) = (shape.channels, Int(outputSize.height.value), Int(outputSize.width.value))
        let weights = try CalcSupport.usage { () throws(CalcError) in try LayerCalc.convParams(k: kernel, cin: cin, cout: out, bias: false, groups: groups) }
        let total = try CalcSupport.usage { () throws(CalcError) in try LayerCalc.convParams(k: kernel, cin: cin, cout: out, bias: true, groups: groups) }
        let macs = try CalcSupport.usage { () throws(CalcError) in try LayerCalc.convMacs(k: kernel, cin: cin, cout: out, h: h, w: w, groups: groups) }
        var head = "conv \(kernel)×\(kernel), stride \(stride), padding \(p)"
        if dilation != 1 { head += ", dilation \(dilation)" }
        if groups != 1 { head += ", groups \(groups)" }
        var text = head + CalcSupport.sizeLines(shape, outputSize, channels: out)
        text += "Parameters: \(weights.filledFormula)"
        text += CalcSupport.biasNote(noBias: noBias, bias: out, total: Int(total.value))
        text += "Mult-adds:  \(macs.filledFormula)\n"
        Output.text(text, terminator: "")
    }
}

/// `dlstudy calc pool`: output size of a pooling window.
struct CalcPoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pool", abstract: "Output size of max or average pooling (PyTorch's rule, ceil mode too).")

    @Option(parsing: .unconditional, help: "Input size W×H×C, e.g. 55x55x96.") var input: String
    @Option(parsing: .unconditional, help: "Window size k (k×k).") var kernel: Int
    @Option(parsing: .unconditional, help: "Stride (default: the kernel size).") var stride: Int?
    @Option(parsing: .unconditional, help: "Padding per side.") var padding = 0
    @Option(parsing: .unconditional, help: "Dilation.") var dilation = 1
    @Flag(help: "Round up (ceil_mode=True).") var ceil = false
    @Flag(help: "Average pooling instead of max pooling.") var avg = false

    func run() throws {
        let shape = try CalcSupport.shape(input, option: "--input", order: .whc)
        try CalcSupport.check(kernel, "--kernel", min: 1)
        let s = stride ?? kernel
        try CalcSupport.check(s, "--stride", min: 1)
        try CalcSupport.check(padding, "--padding", min: 0)
        try CalcSupport.check(dilation, "--dilation", min: 1)
        let size = try CalcSupport.outputSize(shape) { i throws(CalcError) in
            try LayerCalc.poolOut(i: i, k: kernel, s: s, p: padding, d: dilation, ceil: ceil)
        }
        var text = "\(avg ? "avg" : "max")pool \(kernel)×\(kernel), stride \(s), padding \(padding)"
        if dilation != 1 { text += ", dilation \(dilation)" }
        if ceil { text += ", ceil mode" }
        text += CalcSupport.sizeLines(shape, size, channels: shape.channels)
        if ceil {
            text += "            (ceil mode rounds up, but a window may not start in the right padding)\n"
        }
        text += "Parameters: 0 (pooling has no weights; the \(shape.channels) channels pass through)\n"
        Output.text(text, terminator: "")
    }
}

/// `dlstudy calc convT`: output size and parameters of a transposed convolution.
struct CalcConvTransposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convT", abstract: "Output size and parameters of a transposed convolution (upsampling).")

    @OptionGroup var layer: CalcConvOptions
    @Option(parsing: .unconditional, help: "Padding per side.") var padding = 0
    @Option(parsing: .unconditional, help: "Extra size added on one side (output_padding).") var outputPadding = 0

    func run() throws {
        let shape = try layer.checkedShape()
        let (kernel, out, stride, dilation, groups, noBias) = (layer.kernel, layer.out, layer.stride, layer.dilation, layer.groups, layer.noBias)
        try CalcSupport.check(padding, "--padding", min: 0)
        try CalcSupport.check(outputPadding, "--output-padding", min: 0)
        let size = try CalcSupport.outputSize(shape) { i throws(CalcError) in
            try LayerCalc.convTOut(i: i, k: kernel, s: stride, p: padding, op: outputPadding, d: dilation)
        }
        // Transposed conv weights are C_in×(C_out/groups)×k×k: the same count as a conv from out to in.
        let cin = shape.channels
        let weights = try CalcSupport.usage { () throws(CalcError) in try LayerCalc.convParams(k: kernel, cin: out, cout: cin, bias: false, groups: groups) }
        let cout = groups == 1 ? "\(out)" : "(\(out)/\(groups))"
        var text = "convT \(kernel)×\(kernel), stride \(stride), padding \(padding)"
        if outputPadding != 0 { text += ", output padding \(outputPadding)" }
        text += CalcSupport.sizeLines(shape, size, channels: out)
        text += "Parameters: \(kernel)·\(kernel)·\(shape.channels)·\(cout) = \(weights.text())"
        text += CalcSupport.biasNote(noBias: noBias, bias: out, total: Int(weights.value) + out)
        text += "It restores a size, not the values: a transposed conv is not the inverse of a conv.\n"
        Output.text(text, terminator: "")
    }
}
