import DLContent

extension SceneRegistry {
    /// Scene builders of the Convolution family (issue 5: conv stepper, channels, explorer, pooling, 1×1, feature maps).
    public static let convolution: [String: SceneFactory.Builder] = [
        "conv-stepper": { ConvStepperScene.make($0) },
        "pool-stepper": { PoolStepperScene.make($0) },
    ]
}
