import DLEngine

/// The editable layer stack of the receptive-field scene, and what the calculator says about it:
/// each map's size and, for a chosen unit, the region it sees in every map below.
public struct ReceptiveFieldStack: Equatable, Sendable {
    /// A layer the student can stack.
    public enum Kind: String, CaseIterable, Sendable {
        case conv3, conv5, conv7, strided, pool, dilated

        /// Short label drawn above the layer's grid.
        public var label: String {
            switch self {
            case .conv3: return "3×3"
            case .conv5: return "5×5"
            case .conv7: return "7×7"
            case .strided: return "3×3/2"
            case .pool: return "pool/2"
            case .dilated: return "3×3 d2"
            }
        }

        /// Kernel size, stride and dilation.
        public var window: (kernel: Int, stride: Int, dilation: Int) {
            switch self {
            case .conv3: return (3, 1, 1)
            case .conv5: return (5, 1, 1)
            case .conv7: return (7, 1, 1)
            case .strided: return (3, 2, 1)
            case .pool: return (2, 2, 1)
            case .dilated: return (3, 1, 2)
            }
        }

        /// True for layers with weights.
        public var isConv: Bool { self != .pool }
    }

    /// The named starting points.
    public enum Preset: String, CaseIterable, Sendable {
        case twoThree = "two-3x3", oneFive = "one-5x5", threeThree = "three-3x3", oneSeven = "one-7x7", vgg16

        public var layers: [Kind] {
            switch self {
            case .twoThree: return [.conv3, .conv3]
            case .oneFive: return [.conv5]
            case .threeThree: return [.conv3, .conv3, .conv3]
            case .oneSeven: return [.conv7]
            case .vgg16: return [.conv3, .conv3, .pool, .conv3, .conv3]
            }
        }

        /// VGG pads its 3×3 convs by 1 ("same"); the comparisons use no padding so the maps shrink.
        public var padded: Bool { self == .vgg16 }
    }

    public var layers: [Kind] { didSet { analyse() } }
    public var padded: Bool { didSet { analyse() } }
    public var inputSize: Int { didSet { analyse() } }

    /// The calculator's report, or nil when a map would vanish.
    public private(set) var report: NetworkReport?
    /// Side of each map, input first.
    public private(set) var sizes: [Int] = []
    /// Receptive field, jump and padding of each map relative to the input (input first).
    public private(set) var footprints: [Footprint] = []
    /// Weights per C² of the conv layers (k·k each), with the calculator: the stack on C = 1.
    public private(set) var weightsPerChannelSquared = 0
    /// `partFootprints[level][below]`: the footprint of map `level`'s units on map `below`, from the
    /// calculator run on layers `below+1 … level` alone (nil when it cannot be analysed).
    private var partFootprints: [[Footprint?]] = []

    public init(preset: Preset, inputSize: Int) {
        self.init(layers: preset.layers, padded: preset.padded, inputSize: inputSize)
    }

    public init(layers: [Kind], padded: Bool, inputSize: Int) {
        self.layers = layers
        self.padded = padded
        self.inputSize = inputSize
        analyse()
    }

    /// Two stacks are equal when their layers, padding and input are (the rest is derived from them).
    public static func == (a: Self, b: Self) -> Bool {
        a.layers == b.layers && a.padded == b.padded && a.inputSize == b.inputSize
    }

    /// The calculator's layer for `kind` (one channel: the geometry does not depend on channels).
    public static func layer(_ kind: Kind, padded: Bool, index: Int) -> Layer {
        let w = kind.window
        if kind == .pool {
            return Layer("pool\(index)", .pool(PoolSpec(.max, kernel: w.kernel, stride: w.stride)))
        }
        let pad = padded ? w.dilation * (w.kernel - 1) / 2 : 0
        return Layer("conv\(index)", .conv(ConvSpec(out: 1, kernel: w.kernel, stride: w.stride, padding: .explicit(pad),
                                                    dilation: w.dilation, bias: false)))
    }

    /// The stack as a calculator network on a 1×N×N input.
    public var network: Network {
        Network(name: "stack", input: FeatureShape(channels: 1, height: inputSize, width: inputSize),
                layers: layers.enumerated().map { Self.layer($1, padded: padded, index: $0 + 1) })
    }

    /// Runs the calculator on the stack once per change of layers, padding or input, so that drawing
    /// (which asks for sizes, footprints and regions of every cell) never analyses a network.
    private mutating func analyse() {
        report = try? network.analyze()
        sizes = report.map { [inputSize] + $0.layers.map(\.output.height) } ?? [inputSize]
        footprints = report.map { [.identity] + $0.layers.map { $0.footprint ?? .identity } } ?? [.identity]
        let convs = layers.filter(\.isConv)
        let weights = Network(name: "weights", input: FeatureShape(channels: 1, height: 64, width: 64),
                              layers: convs.enumerated().map { Self.layer($1, padded: true, index: $0 + 1) })
        weightsPerChannelSquared = (try? weights.analyze())?.totalParamsWithoutBias ?? 0
        let sizes = self.sizes
        partFootprints = (0...layers.count).map { level in
            (0..<level).map { below -> Footprint? in
                guard below < sizes.count else { return nil }
                let part = Network(name: "part", input: FeatureShape(channels: 1, height: sizes[below], width: sizes[below]),
                                   layers: (below..<level).map { Self.layer(layers[$0], padded: padded, index: $0 + 1) })
                return (try? part.analyze())?.layers.last?.footprint
            }
        }
    }

    /// The rows (or columns) of map `below` that unit `index` of map `level` depends on, clipped to
    /// the map, from the calculator run on layers `below+1 … level` (see `partFootprints`).
    public func region(level: Int, index: Int, below: Int) -> ClosedRange<Int>? {
        guard below < level, level <= layers.count else { return level == below ? index...index : nil }
        guard below >= 0, below < sizes.count, let fp = partFootprints[level][below] else { return nil }
        let start = index * fp.stride - fp.padding
        let end = start + fp.receptiveField - 1
        let lo = max(0, start), hi = min(sizes[below] - 1, end)
        return lo <= hi ? lo...hi : nil
    }

    /// `k·k` terms of each conv, for the written-out sum (`9 + 9`).
    public var weightTerms: [String] {
        layers.filter(\.isConv).map { "\($0.window.kernel)·\($0.window.kernel)" }
    }

    /// True when every layer has stride 1 and no dilation: one conv of kernel r is then equivalent in reach.
    public var isPlainStride1: Bool { layers.allSatisfy { $0 == .conv3 || $0 == .conv5 || $0 == .conv7 } }
}
