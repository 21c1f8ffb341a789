import DLContent

extension SceneRegistry {
    /// Scene builders of the Convolution family (issue 5: conv stepper, channels, explorer, pooling, 1×1, feature maps).
    public static let convolution: [String: SceneFactory.Builder] = [
        "conv-stepper": { ConvStepperScene.make($0) },
        "pool-stepper": { PoolStepperScene.make($0) },
        "conv-explorer": { ConvExplorerScene.make($0) },
        "conv-channels": { ChannelsScene.make($0) },
        "conv-1x1": { OneByOneScene.make($0) },
        "feature-maps": { FeatureMapScene.make($0) },
    ]
}
