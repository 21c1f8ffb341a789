import DLContent

extension SceneRegistry {
    /// Scene builders of the ModernCNN family (issue 6: receptive field, network table, AlexNet walkthrough, block diagrams, skip gradient).
    public static let modernCNN: [String: SceneFactory.Builder] = [
        ReceptiveFieldScene.type: { ReceptiveFieldScene.make($0) },
        NetworkTableScene.type: { NetworkTableScene.make($0) },
        AlexNetWalkthroughScene.type: { AlexNetWalkthroughScene.make($0) },
        BlockDiagramScene.type: { BlockDiagramScene.make($0) },
        SkipGradientScene.type: { SkipGradientScene.make($0) },
    ]
}
