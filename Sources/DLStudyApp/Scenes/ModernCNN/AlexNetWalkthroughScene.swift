import DLContent
import DLEngine
import TUIKit

/// AlexNet layer by layer: the 2012 two-GPU network's shapes and weights from the calculator, the
/// notes' figure beside them (with a kind word where it is off, e.g. FC6's 13·13), torchvision's
/// single-GPU variant, and the totals compared.
struct AlexNetWalkthroughScene: LessonScene {
    static let type = "alexnet-walkthrough"
    /// (2012 layer, torchvision layer, notes figure id)
    static let steps: [(String, String, String)] = [
        ("conv1", "features.0", "alexnet-conv1"), ("conv2", "features.3", "alexnet-conv2"),
        ("conv3", "features.6", "alexnet-conv3"), ("conv4", "features.8", "alexnet-conv4"),
        ("conv5", "features.10", "alexnet-conv5"), ("fc6", "classifier.1", "alexnet-fc6"),
        ("fc7", "classifier.4", "alexnet-fc7"), ("fc8", "classifier.6", "alexnet-fc8"),
    ]

    var paper: NetworkReport
    var torch: NetworkReport
    /// 0…7 layers, 8 totals.
    var step = 0

    init?(step: Int = 0) {
        guard let p = try? ModelCatalog.model(named: "alexnet-2012")?.analyze(),
              let t = try? ModelCatalog.model(named: "alexnet")?.analyze() else { return nil }
        paper = p; torch = t
        self.step = min(max(0, step), Self.steps.count)
    }

    /// The scene of a lesson page's typed parameters.
    init(_ p: AlexNetWalkthroughParams) throws(EngineError) {
        guard let scene = AlexNetWalkthroughScene(step: p.step - 1) else { throw EngineError("the calculator cannot analyse AlexNet") }
        self = scene
    }

    /// `→`/Space and `←` the next / previous layer, `r` back to the start.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        return KeyTable([
            B([.right, .char("l"), .char(" "), .enter], { $0.step = min(Self.steps.count, $0.step + 1) }, help: t("next / previous layer", "다음 / 이전 layer"),
              footer: ("←→", t("layer", "layer"))),
            B([.left, .char("h"), .backspace], { $0.step = max(0, $0.step - 1) }),
            B([.char("r")], { $0.step = 0 }, help: t("back to the start", "처음부터"), footer: ("r", t("restart", "처음부터"))),
        ])
    }

    func figure(_ id: String) -> NotesFigure? { NotesFigures.figure(id) }

    /// The lines of the current step, each with a role.
    func lines(_ context: SceneContext) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = []
        let names = Self.steps.map(\.0) + [context.tr("total", "합계")]
        out.append((names.enumerated().map { $0 == step ? "[\($1)]" : $1 }.joined(separator: " "), .heading))
        guard step < Self.steps.count else { return out + totals(context) }
        let (name, torchName, figureID) = Self.steps[step]
        guard let row = paper.layer(named: name), let trow = torch.layer(named: torchName) else { return out }
        out.append((context.tr("2012 two-GPU net: \(name)  \(row.input) → \(row.output)",
                               "2012년 GPU 2개 버전: \(name)  \(row.input) → \(row.output)"), .strong))
        if name == "fc6", let pool = paper.layer(named: "pool5") {
            out.append((context.tr("  its input is pool5's output: \(pool.input) → \(pool.output), flattened",
                                   "  입력은 pool5의 출력: \(pool.input) → \(pool.output), 펼쳐서"), .normal))
        }
        let formula = ParameterFormula.of(row) ?? ""
        out.append((context.tr("  computed: \(formula) = \(NumberFormat.grouped(row.params))  (weights \(NumberFormat.grouped(row.weightParams)))",
                               "  계산: \(formula) = \(NumberFormat.grouped(row.params))  (weight \(NumberFormat.grouped(row.weightParams)))"), .accent))
        if case .conv(let c) = row.op, c.groups > 1 {
            out.append((context.tr("  groups = \(c.groups): each GPU's half sees only its own \(row.input.channels / c.groups) channels",
                                   "  groups = \(c.groups): GPU마다 자기 쪽 \(row.input.channels / c.groups)채널만 봐요"), .dim))
        }
        if let f = figure(figureID) {
            let verdict: String
            switch f.verdict {
            case .exact: verdict = context.tr("exact", "정확")
            case .rounded: verdict = context.tr("rounded", "반올림")
            case .differs: verdict = context.tr("off", "다름")
            }
            out.append((context.tr("  notes: \(f.quote)  (\(verdict))", "  노트: \(f.quote)  (\(verdict))"), f.verdict == .differs ? .warning : .normal))
            out.append(("  " + context.tr(f.explanationEnglish, f.explanationKorean), .dim))
        }
        let tformula = ParameterFormula.of(trow) ?? ""
        out.append(("torchvision alexnet: \(torchName)  \(trow.input) → \(trow.output)", .strong))
        out.append(("  \(tformula) = \(NumberFormat.grouped(trow.params))", .accent))
        return out
    }

    func totals(_ context: SceneContext) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = [
            (context.tr("2012 two-GPU net: \(NumberFormat.grouped(paper.totalParams)) parameters",
                        "2012년 GPU 2개 버전: 파라미터 \(NumberFormat.grouped(paper.totalParams))개"), .accent),
            (context.tr("torchvision alexnet: \(NumberFormat.grouped(torch.totalParams)) parameters",
                        "torchvision alexnet: 파라미터 \(NumberFormat.grouped(torch.totalParams))개"), .accent),
        ]
        let fc = ["fc6", "fc7", "fc8"].compactMap { paper.layer(named: $0)?.params }.reduce(0, +)
        let share = NumberFormat.decimal(100 * Double(fc) / Double(paper.totalParams), digits: 1)
        out.append((context.tr("the three FC layers hold \(NumberFormat.grouped(fc)) of them (\(share)%)",
                               "그중 FC 세 층이 \(NumberFormat.grouped(fc))개(\(share)%)"), .normal))
        if let f = figure("alexnet-total") {
            out.append((context.tr("notes: \(f.quote)", "노트: \(f.quote)"), .normal))
            out.append((context.tr(f.explanationEnglish, f.explanationKorean), .dim))
        }
        return out
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        var y = area.y
        for (text, role) in lines(context) {
            for piece in Wrap.lines(text, width: max(10, area.width)) where y < area.maxY {
                frame.put(piece, x: area.x, y: y, role: role, clip: area)
                y += 1
            }
        }
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var copy = self
        var out: [String] = []
        for s in 0...Self.steps.count {
            copy.step = s
            out += copy.lines(context).dropFirst().map(\.0)
        }
        return out
    }
}

extension AlexNetWalkthroughScene {
    public var shareValues: [String: ContentValue] { ["step": .number(Double(step + 1))] }
}
