import DLContent

extension SceneRegistry {
    /// Scene builders of the ModernCNN family (issue 6: receptive field, network table, AlexNet walkthrough, block diagrams, skip gradient).
    public static let modernCNN: [String: SceneFactory.Builder] = [
        ReceptiveFieldScene.type: { ReceptiveFieldScene.make($0) },
    ]
}
