/// The shape of a feature map (`C×H×W`) or of a flat feature vector (`C`).
public struct FeatureShape: Equatable, Sendable, CustomStringConvertible {
    public var channels: Int
    public var height: Int
    public var width: Int
    /// True after flatten or a linear layer: the shape is a vector of `channels` features.
    public var isFlat: Bool

    public init(channels: Int, height: Int, width: Int) {
        self.channels = channels
        self.height = height
        self.width = width
        self.isFlat = false
    }

    /// A flat vector of `features` numbers.
    public static func flat(_ features: Int) -> FeatureShape {
        var shape = FeatureShape(channels: features, height: 1, width: 1)
        shape.isFlat = true
        return shape
    }

    /// Number of values in the tensor.
    public var count: Int { channels * height * width }

    /// `[C, H, W]`, or `[C]` for a flat vector (PyTorch's shape without the batch dimension).
    public var dimensions: [Int] { isFlat ? [channels] : [channels, height, width] }

    /// `64×55×55`, or `4096` for a vector.
    public var description: String { isFlat ? "\(channels)" : "\(channels)×\(height)×\(width)" }

    /// `55×55`, the spatial size only.
    public var spatial: String { "\(height)×\(width)" }
}
