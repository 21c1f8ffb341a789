import DLContent
import TUIKit

/// The R-CNN family as pipeline diagrams in box-drawing characters: R-CNN, SPPNet, Fast R-CNN and
/// Faster R-CNN, stepped one model at a time, with the stages each model changes marked and what it removes.
struct DetectionFamilyScene: LessonScene {
    /// One box of a pipeline; `isNew` marks what changed from the previous model.
    struct Stage: Sendable {
        let text: LocalizedText
        let isNew: Bool
        init(_ en: String, _ ko: String, new: Bool = false) { text = LocalizedText(en: en, ko: ko); isNew = new }
    }

    /// A model: name, pipeline and what it removes.
    struct Model: Sendable {
        let name: String
        let stages: [Stage]
        let removes: LocalizedText
    }

    static let models: [Model] = [
        Model(name: "R-CNN", stages: [
            Stage("image", "이미지"), Stage("selective search: ~2000 regions", "selective search: 영역 약 2000개"),
            Stage("warp each to 227×227", "각각 227×227로 변형"), Stage("CNN × 2000 (one per region)", "CNN × 2000 (영역마다 한 번)"),
            Stage("SVM classes + box regression", "SVM 분류 + 박스 회귀"),
        ], removes: LocalizedText(en: "Start: simple but slow, one CNN pass for each of ~2000 regions.",
                                  ko: "출발점: 단순하지만 느려요. 영역 약 2000개마다 CNN을 한 번씩 돌려요.")),
        Model(name: "SPPNet", stages: [
            Stage("image", "이미지"), Stage("selective search: ~2000 regions", "selective search: 영역 약 2000개"),
            Stage("CNN × 1 on the whole image", "전체 이미지에 CNN × 1", new: true),
            Stage("spatial pyramid pooling per region", "영역마다 spatial pyramid pooling", new: true),
            Stage("SVM classes + box regression", "SVM 분류 + 박스 회귀"),
        ], removes: LocalizedText(en: "Removes the 2000 CNN passes and the warping: regions are cut from one feature map.",
                                  ko: "CNN 2000번과 warp를 없애요: 영역은 feature map 하나에서 잘라 내요.")),
        Model(name: "Fast R-CNN", stages: [
            Stage("image", "이미지"), Stage("selective search: ~2000 regions", "selective search: 영역 약 2000개"),
            Stage("CNN × 1 on the whole image", "전체 이미지에 CNN × 1"),
            Stage("RoI pooling → fixed size", "RoI pooling → 고정 크기", new: true),
            Stage("FC → softmax + box regression", "FC → softmax + 박스 회귀", new: true),
        ], removes: LocalizedText(en: "Removes the separate SVMs and regressors: one network trained end to end after the proposals.",
                                  ko: "따로 학습하던 SVM과 회귀기를 없애요: 후보를 받은 뒤로는 네트워크 하나로 한꺼번에 학습해요.")),
        Model(name: "Faster R-CNN", stages: [
            Stage("image", "이미지"), Stage("CNN × 1 on the whole image", "전체 이미지에 CNN × 1"),
            Stage("RPN: anchors → object? + box", "RPN: anchor → 물체 여부 + 박스", new: true),
            Stage("RoI pooling → fixed size", "RoI pooling → 고정 크기"),
            Stage("FC → softmax + box regression", "FC → softmax + 박스 회귀"),
        ], removes: LocalizedText(en: "Removes selective search: a region proposal network on the same feature map learns the candidates.",
                                  ko: "selective search를 없애요: 같은 feature map 위의 region proposal network가 후보를 학습해요.")),
    ]

    var index: Int

    /// The scene of a lesson page's typed parameters.
    init(_ p: DetectionFamilyParams) { index = DetectionFamilyParams.Model.allCases.firstIndex(of: p.model) ?? 0 }

    /// Space/`→` and `←` the next / previous model, `r` the first.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        return KeyTable([
            B([.char(" "), .enter, .right, .char("l")], { $0.index = min(Self.models.count - 1, $0.index + 1) },
              help: t("next / previous model", "다음 / 이전 모델"), footer: ("Spc/←→", t("model", "모델"))),
            B([.left, .char("h"), .backspace], { $0.index = max(0, $0.index - 1) }),
            B([.char("r")], { $0.index = 0 }, help: t("first model", "첫 모델"), footer: ("r", t("first", "처음"))),
        ])
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        var x = area.x
        for (i, m) in Self.models.enumerated() {
            if i > 0 { x = frame.put(" \(VisionDraw.arrow(context)) ", x: x, y: area.y, role: .dim, clip: area) }
            x = frame.put(i == index ? "[\(m.name)]" : m.name, x: x, y: area.y, role: i == index ? .selected : .normal, clip: area)
        }
        let model = Self.models[index]
        var y = area.y + 1
        y = VisionDraw.wrapped(&frame, model.removes.text(context.language), x: area.x, y: y, width: area.width, clip: area,
                               role: index == 0 ? .normal : .accent)
        // Boxes left to right, wrapping to a new row of boxes when the width runs out.
        let arrow = VisionDraw.arrow(context)
        var col = area.x
        let maxBox = max(8, area.width / 2)
        for (i, stage) in model.stages.enumerated() {
            let lines = WrappedText.lines(stage.text.text(context.language), width: maxBox - 4)
            let inner = lines.map(DisplayWidth.of).max() ?? 0
            let boxW = inner + 4
            let boxH = lines.count + 2
            let arrowW = i == 0 ? 0 : DisplayWidth.of(arrow) + 1
            if col + arrowW + boxW > area.maxX && col > area.x {
                col = area.x + 2
                y += boxH
            }
            if i > 0 { frame.put(arrow, x: col, y: y + 1, role: .dim, clip: area); col += arrowW }
            let rect = Rect(x: col, y: y, width: boxW, height: boxH)
            frame.box(rect.intersection(area), glyphs: context.glyphs, role: stage.isNew ? .accent : .border)
            for (j, line) in lines.enumerated() {
                frame.put(line, x: col + 2, y: y + 1 + j, role: stage.isNew ? .strong : .normal, clip: area)
            }
            if stage.isNew { frame.put(context.ascii ? "*" : "★", x: col + boxW - 1, y: y, role: .accent, clip: area) }
            col += boxW + 1
        }
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        Self.models.flatMap { m in
            [m.name + ": " + m.stages.map { ($0.isNew ? "*" : "") + $0.text.text(context.language) }.joined(separator: " → "),
             "  " + m.removes.text(context.language)]
        }
    }
}

extension DetectionFamilyScene {
    public var shareValues: [String: ContentValue] {
        let models = DetectionFamilyParams.Model.allCases
        return ["model": .string(models[min(max(0, index), models.count - 1)].rawValue)]
    }
}
