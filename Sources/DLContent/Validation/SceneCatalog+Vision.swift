extension SceneCatalog {
    /// Parameter validators of the Vision scene family.
    static let vision: [String: Validator] = [
        "segmentation-views": { SimpleSceneParams.parse($0, key: "view", choices: VisionSceneChoices.segmentationViews).1 },
        "convolutionalization": { spec in
            var r = SceneParamReader(spec, allowed: ["feature"])
            _ = r.int("feature", 7, 7...12)
            return r.problems
        },
        "transposed-conv": { TransposedConvParams.parse($0).1 },
        "roi-pool": { RoIPoolParams.parse($0).1 },
        "yolo-grid": { YOLOParams.parse($0).1 },
        "detection-family": { SimpleSceneParams.parse($0, key: "model", choices: VisionSceneChoices.detectionModels).1 },
    ]
}

/// The named choices of the Vision scenes' parameters.
public enum VisionSceneChoices {
    public static let segmentationViews = ["classification", "detection", "segmentation"]
    public static let detectionModels = ["rcnn", "sppnet", "fast-rcnn", "faster-rcnn"]
}
