/// The typed parameters of one scene type, defined once: `dlstudy check`, the player and
/// `dlstudy scenes` all go through this definition (see Lessons/README.md, "How to add a scene type").
public protocol SceneParameters: Sendable {
    /// The `type:` name in a lesson page's `scene:` entry.
    static var type: String { get }
    /// One line on what the scene shows.
    static var summary: LocalizedText { get }
    /// Every parameter the type takes, in the order the reference lists them.
    static var parameters: [SceneParameter] { get }
    /// Reads the values through `r` (problems go to `r`), then runs the engine calls the scene will make.
    init(reading r: inout SceneParamReader)
}

extension SceneParameters {
    /// Parses `spec` as this type: the typed value (defaults where a value was refused) and the problems.
    public static func parse(_ spec: SceneSpec) -> (Self, [String]) {
        var reader = SceneParamReader(spec, parameters: parameters)
        let value = Self(reading: &reader)
        return (value, reader.problems)
    }
}

/// Everything wrong with a scene spec; each message names the parameter and its limit.
public struct SceneProblems: Error, Equatable, Sendable {
    public let messages: [String]
    public init(_ messages: [String]) { self.messages = messages }
    /// The problems on one line.
    public var summary: String { messages.joined(separator: "; ") }
}

/// The scene types a lesson page may name. `definitions` is the one list; the app's builders and
/// the reference are checked against it.
public enum SceneCatalog {
    /// Every scene type, by family.
    public static let definitions: [any SceneParameters.Type] = [
        ConvStepperParams.self, PoolStepperParams.self, ConvExplorerParams.self, ConvChannelsParams.self,
        OneByOneParams.self, FeatureMapsParams.self,
        DigitsTrainParams.self, DigitsUpdateParams.self, DigitsDrawParams.self, DigitsCompareParams.self,
        ReceptiveFieldParams.self, NetworkTableParams.self, AlexNetWalkthroughParams.self, BlockDiagramParams.self,
        SkipGradientParams.self, ActivationChainParams.self,
        SegmentationViewsParams.self, ConvolutionalizationParams.self, TransposedConvParams.self, RoIPoolParams.self,
        YOLOParams.self, DetectionFamilyParams.self,
        SequenceModelsParams.self, RNNUnrolledParams.self, RNNGradientsParams.self, LSTMGatesParams.self, GRUGatesParams.self,
        LongMemoryParams.self,
    ]

    /// The known scene type names, sorted.
    public static var types: [String] { definitions.map { $0.type }.sorted() }

    /// The definition of `type`.
    public static func definition(_ type: String) -> (any SceneParameters.Type)? {
        definitions.first { $0.type == type }
    }

    /// Parses `spec` with its type's definition: the typed parameters or every problem.
    public static func parse(_ spec: SceneSpec) -> Result<any SceneParameters, SceneProblems> {
        guard let definition = definition(spec.type) else {
            return .failure(SceneProblems(["unknown scene type\(ContentIDs.suggestion(spec.type, among: types)) (known: \(types.joined(separator: ", ")))"]))
        }
        return parse(spec, as: definition)
    }

    /// Parses `spec` as `P`.
    public static func parse<P: SceneParameters>(_ spec: SceneSpec, as _: P.Type) -> Result<any SceneParameters, SceneProblems> {
        var reader = SceneParamReader(spec, parameters: P.parameters)
        let value = P(reading: &reader)
        return reader.problems.isEmpty ? .success(value) : .failure(SceneProblems(reader.problems))
    }

    /// Problems with `spec` (empty when the player can show it).
    public static func validate(_ spec: SceneSpec) -> [String] {
        if case .failure(let p) = parse(spec) { return p.messages }
        return []
    }
}
