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
    ]
}
