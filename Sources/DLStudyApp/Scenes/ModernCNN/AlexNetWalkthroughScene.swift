import DLContent
import DLEngine
import TUIKit

/// AlexNet layer by layer: the 2012 two-GPU network's shapes and weights from the calculator, the
/// notes' figure beside them (from the content's notes-figures.yaml, with a kind word where it is
/// off, e.g. FC6's 13·13), torchvision's single-GPU variant, and the totals compared.
struct AlexNetWalkthroughScene: LessonScene {
    static let type = "alexnet-walkthrough"
    /// The eight layers (2012 name, torchvision name, the notes' figure), from the typed parameters.
    var layers: [AlexNetWalkthroughParams.Layer]
    /// The notes' figure for the whole network.
    var total: NotesFigure
    var paper: NetworkReport
    var torch: NetworkReport
    /// 0…7 layers, 8 totals.
    var step = 0

    /// The scene of a lesson page's typed parameters.
    init(_ p: AlexNetWalkthroughParams) throws(EngineError) {
        guard let paper = BuiltInModelReports.analysed("alexnet-2012"),
              let torch = BuiltInModelReports.analysed("alexnet") else { throw EngineError("the calculator cannot analyse AlexNet") }
        self.paper = paper; self.torch = torch
        layers = p.layers; total = p.total
        step = min(max(0, p.step - 1), layers.count)
    }

    /// `→`/Space and `←` the next / previous layer, `r` back to the start.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        return KeyTable([
            B([.right, .char("l"), .char(" "), .enter], { $0.step = min($0.layers.count, $0.step + 1) }, help: t("next / previous layer", "다음 / 이전 layer"),
              footer: ("←→", t("layer", "layer"))),
            B([.left, .char("h"), .backspace], { $0.step = max(0, $0.step - 1) }),
            B([.char("r")], { $0.step = 0 }, help: t("back to the start", "처음부터"), footer: ("r", t("restart", "처음부터"))),
        ])
    }

    /// The notes' figure as two lines: the quote (with the verdict on layer steps), then the explanation.
    func figureLines(_ f: NotesFigure, prefix: String, withVerdict: Bool, _ context: SceneContext) -> [(String, StyleRole)] {
        let verdict: String
        switch f.verdict {
        case .exact: verdict = context.tr("exact", "정확")
        case .rounded: verdict = context.tr("rounded", "어림값")
        case .differs: verdict = context.tr("off", "다름")
        }
        let quote = Sanitizer.clean(f.quote) + (withVerdict ? "  (\(verdict))" : "")
        return [
            (prefix + context.tr("notes: \(quote)", "노트: \(quote)"), f.verdict == .differs ? .warning : .normal),
            (prefix + Sanitizer.clean(f.explanationText(context.language)), .dim),
        ]
    }

    /// The lines of the current step, each with a role.
    func lines(_ context: SceneContext) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = []
        let names = layers.map(\.paper) + [context.tr("total", "합계")]
        out.append((names.enumerated().map { $0 == step ? "[\($1)]" : $1 }.joined(separator: " "), .heading))
        guard step < layers.count else { return out + totals(context) }
        let layer = layers[step]
        let name = layer.paper, torchName = layer.torchvision
        guard let row = paper.layer(named: name), let trow = torch.layer(named: torchName) else { return out }
        out.append((context.tr("2012 two-GPU net: \(name)  \(row.input) → \(row.output)",
                               "2012년 GPU 2개 버전: \(name)  \(row.input) → \(row.output)"), .strong))
        if name == "fc6", let pool = paper.layer(named: "pool5") {
            out.append((context.tr("  its input is pool5's output: \(pool.input) → \(pool.output), flattened",
                                   "  입력은 pool5의 출력(\(pool.input) → \(pool.output))을 펼친 것"), .normal))
        }
        let formula = ParameterFormula.of(row) ?? ""
        out.append((context.tr("  computed: \(formula) = \(NumberFormat.grouped(row.params))  (weights \(NumberFormat.grouped(row.weightParams)))",
                               "  계산: \(formula) = \(NumberFormat.grouped(row.params))  (weight \(NumberFormat.grouped(row.weightParams)))"), .accent))
        if case .conv(let c) = row.op, c.groups > 1 {
            out.append((context.tr("  groups = \(c.groups): each GPU's half sees only its own \(row.input.channels / c.groups) channels",
                                   "  groups = \(c.groups): GPU마다 자기 쪽 \(row.input.channels / c.groups)채널만 봐요"), .dim))
        }
        out += figureLines(layer.figure, prefix: "  ", withVerdict: true, context)
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
        out += figureLines(total, prefix: "", withVerdict: false, context)
        return out
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        var y = area.y
        for (text, role) in lines(context) {
            for piece in WrappedText.lines(text, width: max(10, area.width)) where y < area.maxY {
                frame.put(piece, x: area.x, y: y, role: role, clip: area)
                y += 1
            }
        }
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var copy = self
        var out: [String] = []
        for s in 0...layers.count {
            copy.step = s
            out += copy.lines(context).dropFirst().map(\.0)
        }
        return out
    }
}

extension AlexNetWalkthroughScene {
    public var shareValues: [String: ContentValue] { ["step": .number(Double(step + 1))] }
}
