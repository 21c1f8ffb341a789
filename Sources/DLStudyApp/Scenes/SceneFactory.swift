import DLContent
import DLEngine

/// Turns one scene type's typed parameters (`SceneParameters`, parsed in DLContent) into its scene.
public struct SceneBuilder: Sendable {
    public let type: String
    let build: @Sendable (any SceneParameters) -> Result<any LessonScene, SceneProblems>

    /// A builder for `P` from a scene initialiser that cannot fail.
    init<P: SceneParameters>(_: P.Type, _ make: @escaping @Sendable (P) -> any LessonScene) {
        type = P.type
        build = { params in
            guard let p = params as? P else { return .failure(SceneProblems(["internal: parameters of another scene type"])) }
            return .success(make(p))
        }
    }

    /// A builder for `P` from a scene initialiser that runs the engine and may refuse.
    init<P: SceneParameters>(_: P.Type, throwing make: @escaping @Sendable (P) throws -> any LessonScene) {
        type = P.type
        build = { params in
            guard let p = params as? P else { return .failure(SceneProblems(["internal: parameters of another scene type"])) }
            do { return .success(try make(p)) } catch {
                return .failure(SceneProblems([(error as? EngineError)?.message ?? String(describing: error)]))
            }
        }
    }
}

/// Builds scenes from the `scene:` entries of lesson pages, through the same parse `dlstudy check` uses.
public enum SceneFactory {
    /// One builder per scene type of `SceneCatalog.definitions` (a test checks they are the same set).
    public static let builders: [SceneBuilder] = [
        SceneBuilder(ConvStepperParams.self, throwing: { try ConvStepperScene($0) }),
        SceneBuilder(PoolStepperParams.self, throwing: { try PoolStepperScene($0) }),
        SceneBuilder(ConvExplorerParams.self) { ConvExplorerScene($0) },
        SceneBuilder(ConvChannelsParams.self) { ChannelsScene($0) },
        SceneBuilder(OneByOneParams.self, throwing: { try OneByOneScene($0) }),
        SceneBuilder(FeatureMapsParams.self) { FeatureMapScene($0) },
        SceneBuilder(DigitsTrainParams.self, throwing: { try DigitsTrainScene($0) }),
        SceneBuilder(DigitsUpdateParams.self, throwing: { try DigitsUpdateScene($0) }),
        SceneBuilder(DigitsDrawParams.self, throwing: { try DigitsDrawScene($0) }),
        SceneBuilder(DigitsCompareParams.self, throwing: { try DigitsCompareScene($0) }),
        SceneBuilder(ReceptiveFieldParams.self) { ReceptiveFieldScene($0) },
        SceneBuilder(NetworkTableParams.self, throwing: { try NetworkTableScene($0) }),
        SceneBuilder(AlexNetWalkthroughParams.self, throwing: { try AlexNetWalkthroughScene($0) }),
        SceneBuilder(BlockDiagramParams.self) { BlockDiagramScene($0) },
        SceneBuilder(SkipGradientParams.self) { SkipGradientScene($0) },
        SceneBuilder(ActivationChainParams.self) { ActivationChainScene($0) },
        SceneBuilder(SegmentationViewsParams.self) { SegmentationViewsScene($0) },
        SceneBuilder(ConvolutionalizationParams.self) { ConvolutionalizationScene($0) },
        SceneBuilder(TransposedConvParams.self, throwing: { try TransposedConvScene($0) }),
        SceneBuilder(RoIPoolParams.self, throwing: { try RoIPoolScene($0) }),
        SceneBuilder(YOLOParams.self) { YOLOGridScene($0) },
        SceneBuilder(DetectionFamilyParams.self) { DetectionFamilyScene($0) },
        SceneBuilder(SequenceModelsParams.self) { SequenceModelsScene($0) },
        SceneBuilder(RNNUnrolledParams.self, throwing: { try UnrolledRNNScene($0) }),
        SceneBuilder(RNNGradientsParams.self) { GradientScene($0) },
        SceneBuilder(LSTMGatesParams.self, throwing: { try GateFlowScene($0) }),
        SceneBuilder(GRUGatesParams.self, throwing: { try GateFlowScene($0) }),
        SceneBuilder(LongMemoryParams.self) { LongMemoryScene($0) },
    ]

    /// The scene for `spec`, or the problems `dlstudy check` reports for it (never a silent nil).
    /// With `boundsWork` its construction may be left pending (done a slice per tick); without, the
    /// scene is complete.
    public static func build(_ spec: SceneSpec, boundsWork: Bool = false) -> Result<any LessonScene, SceneProblems> {
        switch SceneCatalog.parse(spec) {
        case .failure(let problems): return .failure(problems)
        case .success(let params):
            guard let builder = builders.first(where: { $0.type == spec.type }) else {
                return .failure(SceneProblems(["scene type '\(spec.type)' has no player"]))
            }
            return builder.build(params).map { built in
                var scene = built
                if boundsWork { scene.boundsWork = true } else { scene.finishWork() }
                return scene
            }
        }
    }
}
