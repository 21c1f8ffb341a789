import DLContent

extension SceneRegistry {
    /// Scene builders of the Vision family (issue 7: segmentation, convolutionalization, transposed conv, RoI pooling, YOLO, detection family).
    public static let vision: [String: SceneFactory.Builder] = [:]
}
