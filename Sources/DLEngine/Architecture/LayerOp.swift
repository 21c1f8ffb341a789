/// How a convolution or pooling window pads its input.
public enum Padding: Equatable, Sendable {
    /// The same number of zeros on every side.
    case explicit(Int)
    /// PyTorch's `padding='same'` (stride 1 only): total `d(k−1)`, the smaller half first.
    case same
    /// No padding (`padding='valid'`).
    case valid

    /// Zeros added before the first row (the left/top side).
    public func leading(kernel: Int, dilation: Int) -> Int {
        switch self {
        case .explicit(let p): return p
        case .same: return dilation * (kernel - 1) / 2
        case .valid: return 0
        }
    }

    /// Zeros added on both sides together.
    public func total(kernel: Int, dilation: Int) -> Int {
        switch self {
        case .explicit(let p): return 2 * p
        case .same: return dilation * (kernel - 1)
        case .valid: return 0
        }
    }
}

/// A 2-D convolution (square kernel), PyTorch's `nn.Conv2d`.
public struct ConvSpec: Equatable, Sendable {
    public var outChannels: Int
    public var kernel: Int
    public var stride: Int
    public var padding: Padding
    public var dilation: Int
    public var groups: Int
    public var bias: Bool

    public init(out: Int, kernel: Int, stride: Int = 1, padding: Padding = .explicit(0),
                dilation: Int = 1, groups: Int = 1, bias: Bool = true) {
        self.outChannels = out
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
        self.bias = bias
    }
}

/// A 2-D transposed convolution, PyTorch's `nn.ConvTranspose2d`.
public struct ConvTransposeSpec: Equatable, Sendable {
    public var outChannels: Int
    public var kernel: Int
    public var stride: Int
    public var padding: Int
    public var outputPadding: Int
    public var dilation: Int
    public var groups: Int
    public var bias: Bool

    public init(out: Int, kernel: Int, stride: Int = 1, padding: Int = 0, outputPadding: Int = 0,
                dilation: Int = 1, groups: Int = 1, bias: Bool = true) {
        self.outChannels = out
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.outputPadding = outputPadding
        self.dilation = dilation
        self.groups = groups
        self.bias = bias
    }
}

/// Max or average pooling.
public enum PoolKind: String, Equatable, Sendable, CaseIterable {
    case max, avg
}

/// A 2-D pooling window, PyTorch's `nn.MaxPool2d` / `nn.AvgPool2d`.
public struct PoolSpec: Equatable, Sendable {
    public var kind: PoolKind
    public var kernel: Int
    public var stride: Int
    public var padding: Int
    public var dilation: Int
    public var ceilMode: Bool

    public init(_ kind: PoolKind, kernel: Int, stride: Int? = nil, padding: Int = 0,
                dilation: Int = 1, ceilMode: Bool = false) {
        self.kind = kind
        self.kernel = kernel
        self.stride = stride ?? kernel
        self.padding = padding
        self.dilation = dilation
        self.ceilMode = ceilMode
    }
}

/// One layer of a network, with the name shown in tables (torchvision's module path where there is one).
public struct Layer: Equatable, Sendable {
    public var name: String
    public var op: LayerOp

    public init(_ name: String, _ op: LayerOp) {
        self.name = name
        self.op = op
    }
}

/// What a layer computes. Blocks hold further layers.
public indirect enum LayerOp: Equatable, Sendable {
    case conv(ConvSpec)
    case convTranspose(ConvTransposeSpec)
    case pool(PoolSpec)
    /// `nn.AdaptiveAvgPool2d((h, w))`; `(1, 1)` is global average pooling.
    case adaptiveAvgPool(height: Int, width: Int)
    case linear(out: Int, bias: Bool)
    case flatten
    /// Batch norm: weight and bias per channel (2·C parameters); running statistics are buffers.
    case batchNorm
    /// Local response normalisation across `size` neighbouring channels (no parameters).
    case localResponseNorm(size: Int)
    case dropout(Double)
    /// An element-wise activation such as `relu`, `relu6`, `sigmoid`, `tanh` (no parameters).
    case activation(String)
    /// Layers applied one after the other, shown as one row of kind `kind` (e.g. `bottleneck`).
    case sequence(kind: String, [Layer])
    /// Branches applied to the same input, outputs concatenated along channels. An empty branch is
    /// the identity (DenseNet keeps its input this way).
    case concat(kind: String, branches: [[Layer]])
    /// `body(x) + shortcut(x)`; an empty shortcut is the identity.
    case residual(body: [Layer], shortcut: [Layer])
    /// A side output (e.g. GoogLeNet's auxiliary classifier): computed from the current input,
    /// reported, but the main path continues with the input unchanged.
    case sideBranch(kind: String, [Layer])
}
