import DLContent
import DLEngine
import TUIKit

/// Feature maps on a small built-in grey-scale picture: a hand-made kernel (edges, blur, Sobel,
/// sharpen) convolved over it, then ReLU, each drawn with shade glyphs (` .:*#` with --ascii).
/// `k` cycles the kernel, `u` switches ReLU.
public struct FeatureMapScene: LessonScene {
    /// The built-in 8×8 picture: a digit 7 (0 = black, 9 = white).
    static let picture: [[Double]] = [
        [0, 0, 0, 0, 0, 0, 0, 0],
        [0, 9, 9, 9, 9, 9, 9, 0],
        [0, 0, 0, 0, 0, 9, 9, 0],
        [0, 0, 0, 0, 9, 9, 0, 0],
        [0, 0, 0, 9, 9, 0, 0, 0],
        [0, 0, 9, 9, 0, 0, 0, 0],
        [0, 0, 9, 9, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0, 0],
    ]

    /// The hand-made kernels, by name (defined once in DLContent).
    static let kernels: [(name: String, rows: [[Double]])] = FeatureKernel.allCases.map { ($0.rawValue, $0.rows) }

    var kernelIndex: Int
    var relu: Bool
    var input = Tensor(zeros: [1, 8, 8])
    var map = Tensor(zeros: [1, 8, 8])
    var activated = Tensor(zeros: [1, 8, 8])

    init(kernel: String, relu: Bool) {
        kernelIndex = Self.kernels.firstIndex { $0.name == kernel } ?? 0
        self.relu = relu
        compute()
    }

    /// The scene of a lesson page's typed parameters.
    init(_ p: FeatureMapsParams) {
        self.init(kernel: p.kernel.rawValue, relu: p.relu)
    }

    mutating func compute() {
        let k = Self.kernels[kernelIndex].rows
        let x = SceneTensors.plane(Self.picture), w = SceneTensors.weight(k)
        guard let out = try? conv2d(x, weight: w, options: Conv2DOptions(padding: .int(1))) else { return }
        input = x; map = out; activated = DLEngine.relu(out)
    }

    /// `k`/Space/`→` next kernel, `K`/`←` previous, `u` ReLU on / off.
    public var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let n = Self.kernels.count
        return KeyTable<SceneAction<Self>>([
            B([.char("k"), .char(" "), .right], { $0.kernelIndex = ($0.kernelIndex + 1) % n }, help: t("next kernel", "다음 kernel"),
              footer: ("k/Space", t("next kernel", "다음 kernel"))),
            B([.char("K"), .left], { $0.kernelIndex = ($0.kernelIndex + n - 1) % n }, help: t("previous kernel", "이전 kernel"),
              footer: ("K", t("previous", "이전"))),
            B([.char("u")], { $0.relu.toggle() }, help: relu ? t("ReLU off", "ReLU 끄기") : t("ReLU on", "ReLU 켜기"),
              footer: ("u", relu ? t("ReLU off", "ReLU 끄기") : t("ReLU on", "ReLU 켜기"))),
        ]).map { action -> SceneAction<Self> in { action(&$0); $0.compute() } }
    }

    func pane(_ title: String, _ t: Tensor, ascii: Bool) -> GridPane {
        let low = t.data.min() ?? 0, high = t.data.max() ?? 0
        return GridPane(title: title, rows: 8, cols: 8, cellWidth: 2, cell: { r, c in
            HeatGlyphs.cell(level: HeatGlyphs.level(t.data[r * 8 + c], low: low, high: high), ascii: ascii)
        }, markerRow: false)
    }

    func facts(_ context: SceneContext) -> [String] {
        let a = context.ascii
        let name = Self.kernels[kernelIndex].name
        let kernelText = Self.kernels[kernelIndex].rows.map { $0.map { NumberFormat.text($0, ascii: a) }.joined(separator: " ") }.joined(separator: "; ")
        let low = map.data.min() ?? 0, high = map.data.max() ?? 0
        let zeroed = zip(map.data, activated.data).filter { $0.0 != $0.1 }.count
        let range = context.tr("feature map from \(NumberFormat.text(low, ascii: a)) to \(NumberFormat.text(high, ascii: a)); ",
                               "feature map 값 범위 \(NumberFormat.text(low, ascii: a)) ~ \(NumberFormat.text(high, ascii: a)); ")
        var lines = ["kernel \(name): \(kernelText)",
                     range + (relu ? context.tr("ReLU set \(zeroed) of 64 cells to 0.", "ReLU가 64칸 중 \(zeroed)칸을 0으로 만들었어요.")
                                   : context.tr("ReLU off: the \(zeroed) negative cells stay (u turns it on).", "ReLU 꺼짐: 음수 \(zeroed)칸이 그대로 남아요 (u로 켜기)."))]
        lines.append(context.tr("A feature map answers one question everywhere: \"is my pattern here?\" ReLU keeps only the yes.",
                                "feature map은 모든 위치에서 같은 질문(\"내 패턴이 여기 있나?\")에 답해요. ReLU는 '그렇다'만 남겨요."))
        return lines
    }

    public func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard area.width >= 20, area.height >= 4 else { return }
        let a = context.ascii
        let panes = [pane(context.tr("picture", "그림"), input, ascii: a),
                     pane(context.tr("conv", "conv 결과"), map, ascii: a)] + (relu ? [pane("ReLU", activated, ascii: a)] : [])
        var lines: [String] = []
        for line in facts(context) { lines += WrappedText.lines(line, width: area.width) }
        let paneHeight = max(3, min(10, area.height - min(lines.count, 2)))
        var px = area.x, used = 0
        for (i, p) in panes.enumerated() {
            guard px + p.minWidth <= area.maxX else { break }
            if i > 0 { frame.put(a ? "->" : "→", x: px - 3, y: area.y + 5, role: .dim, clip: area) }
            let s = p.draw(into: &frame, x: px, y: area.y, width: min(p.fullWidth, area.maxX - px), height: paneHeight, ascii: a)
            used = max(used, s.height)
            px += p.fullWidth + 4
        }
        var y = area.y + min(paneHeight, used) + (area.height > used + lines.count ? 1 : 0)
        for (i, line) in lines.enumerated() where y < area.maxY {
            frame.put(line, x: area.x, y: y, role: i == 0 ? .accent : .dim, clip: area); y += 1
        }
    }

    public func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var lines: [String] = []
        var scene = self
        for i in Self.kernels.indices {
            scene.kernelIndex = i
            scene.compute()
            lines += scene.facts(context).prefix(2)
            let panes = [scene.input, scene.map, scene.activated]
            for r in 0..<8 {
                lines.append(panes.map { t in
                    let low = t.data.min() ?? 0, high = t.data.max() ?? 0
                    return (0..<8).map { c in HeatGlyphs.cell(level: HeatGlyphs.level(t.data[r * 8 + c], low: low, high: high), ascii: context.ascii).text }.joined()
                }.joined(separator: "   "))
            }
            lines.append("")
        }
        return lines
    }
}

extension FeatureMapScene {
    public var shareValues: [String: ContentValue] { ["kernel": .string(Self.kernels[kernelIndex].name), "relu": .bool(relu)] }
}
