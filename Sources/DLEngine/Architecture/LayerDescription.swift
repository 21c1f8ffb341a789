/// Short names for layers: the machine kind (`conv`) and the table summary (`conv 11×11/4`).
public enum LayerDescription {
    /// `conv`, `convT`, `maxpool`, `avgpool`, `adaptiveavgpool`, `linear`, `flatten`, `batchnorm`,
    /// `lrn`, `dropout`, the activation's name, or the block's kind.
    public static func kind(_ op: LayerOp) -> String {
        switch op {
        case .conv: return "conv"
        case .convTranspose: return "convT"
        case .pool(let p): return "\(p.kind.rawValue)pool"
        case .adaptiveAvgPool: return "adaptiveavgpool"
        case .linear: return "linear"
        case .flatten: return "flatten"
        case .batchNorm: return "batchnorm"
        case .localResponseNorm: return "lrn"
        case .dropout: return "dropout"
        case .activation(let name): return name
        case .sequence(let kind, _), .concat(let kind, _), .sideBranch(let kind, _): return kind
        case .residual: return "residual"
        }
    }

    /// A few words for the table: kernel, stride (after `/`), groups, dilation.
    public static func summary(_ op: LayerOp, inChannels: Int) -> String {
        switch op {
        case .conv(let c):
            var s = "conv \(c.kernel)×\(c.kernel)"
            if c.stride != 1 { s += "/\(c.stride)" }
            if c.groups > 1 { s += c.groups == inChannels && c.groups == c.outChannels ? " dw" : " g\(c.groups)" }
            if c.dilation != 1 { s += " d\(c.dilation)" }
            return s
        case .convTranspose(let c):
            return "convT \(c.kernel)×\(c.kernel)" + (c.stride != 1 ? "/\(c.stride)" : "")
        case .pool(let p):
            return "\(p.kind.rawValue)pool \(p.kernel)×\(p.kernel)" + (p.stride != 1 ? "/\(p.stride)" : "")
        case .adaptiveAvgPool(let h, let w):
            return "avgpool →\(h)×\(w)"
        case .batchNorm: return "bn"
        default: return kind(op)
        }
    }
}
