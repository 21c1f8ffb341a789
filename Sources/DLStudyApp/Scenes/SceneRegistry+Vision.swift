import DLContent

extension SceneRegistry {
    /// Scene builders of the Vision family (issue 7: segmentation, convolutionalization, transposed conv, RoI pooling, YOLO, detection family).
    public static let vision: [String: SceneFactory.Builder] = [
        "transposed-conv": { spec in
            let (params, problems) = TransposedConvParams.parse(spec)
            guard problems.isEmpty, let model = try? TransposedConvModel(params) else { return nil }
            let view = TransposedConvScene.View(rawValue: TransposedConvParams.views.firstIndex(of: params.view) ?? 0) ?? .scatter
            return TransposedConvScene(model: model, view: view)
        },
        "roi-pool": { spec in
            let (params, problems) = RoIPoolParams.parse(spec)
            return problems.isEmpty ? RoIPoolScene(params) : nil
        },
        "segmentation-views": { spec in
            let (view, problems) = SimpleSceneParams.parse(spec, key: "view", choices: VisionSceneChoices.segmentationViews)
            return problems.isEmpty ? SegmentationViewsScene(view: view) : nil
        },
        "convolutionalization": { spec in
            var reader = SceneParamReader(spec, allowed: ["feature"])
            let feature = reader.int("feature", 7, ConvolutionalizationScene.range)
            return reader.problems.isEmpty ? ConvolutionalizationScene(feature: feature) : nil
        },
        "yolo-grid": { spec in
            let (params, problems) = YOLOParams.parse(spec)
            return problems.isEmpty ? YOLOGridScene(params) : nil
        },
        "detection-family": { spec in
            let (model, problems) = SimpleSceneParams.parse(spec, key: "model", choices: VisionSceneChoices.detectionModels)
            return problems.isEmpty ? DetectionFamilyScene(model: model) : nil
        },
    ]
}
