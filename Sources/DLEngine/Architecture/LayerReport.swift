/// One row of an architecture table: a top-level layer or block and what it computes.
public struct LayerReport: Equatable, Sendable {
    public var name: String
    /// Machine-readable kind: `conv`, `maxpool`, `linear`, `bottleneck`, `inception`, …
    public var kind: String
    /// Short human description, e.g. `conv 11×11/4`, `maxpool 3×3/2`.
    public var summary: String
    /// The layer's definition.
    public var op: LayerOp
    public var input: FeatureShape
    public var output: FeatureShape
    /// Parameters including bias terms (conv/linear bias, batch-norm β).
    public var params: Int
    /// The bias part of `params`.
    public var biasParams: Int
    /// Multiply-adds of conv and linear layers (one multiply-add counts 1).
    public var macs: Int
    /// Receptive field, effective stride and padding of the main path after this layer; nil once
    /// the map has been flattened (or after a transposed convolution).
    public var footprint: Footprint?
    /// False for side outputs (auxiliary classifiers) that the main path does not pass through.
    public var onMainPath: Bool

    /// Parameters without bias terms.
    public var weightParams: Int { params - biasParams }
}

/// A whole network analysed layer by layer, with totals.
public struct NetworkReport: Equatable, Sendable {
    public var model: String
    public var input: FeatureShape
    public var layers: [LayerReport]
    /// Parameters of every named layer, nested ones included (e.g. `layer1.0.conv1`).
    public var namedParams: [String: Int]
    /// Index in `layers` of the last feature layer: the one before global pooling, flatten or the
    /// classifier. Nil when there is none.
    public var finalFeatureIndex: Int?

    public var totalParams: Int { layers.reduce(0) { $0 + $1.params } }
    public var totalBiasParams: Int { layers.reduce(0) { $0 + $1.biasParams } }
    public var totalParamsWithoutBias: Int { totalParams - totalBiasParams }
    public var totalMacs: Int { layers.reduce(0) { $0 + $1.macs } }
    public var output: FeatureShape? { layers.last(where: { $0.onMainPath })?.output }

    /// The last feature layer's row.
    public var finalFeature: LayerReport? { finalFeatureIndex.map { layers[$0] } }

    /// The row called `name`, if any.
    public func layer(named name: String) -> LayerReport? { layers.first { $0.name == name } }
}

/// A network definition: a name, an input shape and its layers.
public struct Network: Equatable, Sendable {
    public var name: String
    public var input: FeatureShape
    public var layers: [Layer]

    public init(name: String, input: FeatureShape, layers: [Layer]) {
        self.name = name
        self.input = input
        self.layers = layers
    }

    /// The layer-by-layer report, or the first layer that does not fit.
    public func analyze() throws(ArchitectureError) -> NetworkReport {
        try NetworkAnalyzer.analyze(self)
    }

    /// The same network on a different input shape.
    public func withInput(_ shape: FeatureShape) -> Network {
        Network(name: name, input: shape, layers: layers)
    }
}
