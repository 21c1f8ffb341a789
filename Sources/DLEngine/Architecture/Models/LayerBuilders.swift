/// Short constructors used by the built-in model definitions.
enum L {
    static func conv(_ name: String, _ out: Int, _ k: Int, s: Int = 1, p: Int = 0, groups: Int = 1,
                     bias: Bool = true) -> Layer {
        Layer(name, .conv(ConvSpec(out: out, kernel: k, stride: s, padding: .explicit(p), groups: groups, bias: bias)))
    }
    static func maxPool(_ name: String, _ k: Int, s: Int? = nil, p: Int = 0, ceil: Bool = false) -> Layer {
        Layer(name, .pool(PoolSpec(.max, kernel: k, stride: s, padding: p, ceilMode: ceil)))
    }
    static func avgPool(_ name: String, _ k: Int, s: Int? = nil, p: Int = 0) -> Layer {
        Layer(name, .pool(PoolSpec(.avg, kernel: k, stride: s, padding: p)))
    }
    static func adaptive(_ name: String, _ h: Int, _ w: Int) -> Layer { Layer(name, .adaptiveAvgPool(height: h, width: w)) }
    static func linear(_ name: String, _ out: Int, bias: Bool = true) -> Layer { Layer(name, .linear(out: out, bias: bias)) }
    static func relu(_ name: String) -> Layer { Layer(name, .activation("relu")) }
    static func relu6(_ name: String) -> Layer { Layer(name, .activation("relu6")) }
    static func bn(_ name: String) -> Layer { Layer(name, .batchNorm) }
    static func dropout(_ name: String, _ p: Double = 0.5) -> Layer { Layer(name, .dropout(p)) }
    static func flatten(_ name: String = "flatten") -> Layer { Layer(name, .flatten) }
    static func lrn(_ name: String, _ size: Int = 5) -> Layer { Layer(name, .localResponseNorm(size: size)) }

    /// conv (no bias) + batch norm + ReLU, torchvision's `BasicConv2d` (`name.conv`, `name.bn`).
    static func basicConv(_ name: String, _ out: Int, _ k: Int, s: Int = 1, p: Int = 0) -> Layer {
        Layer(name, .sequence(kind: "conv-bn-relu", [
            conv("\(name).conv", out, k, s: s, p: p, bias: false), bn("\(name).bn"), relu("\(name).relu"),
        ]))
    }
}
