import DLContent
import DLEngine
import TUIKit

/// Block diagrams in box-drawing characters with their numbers from the calculator: the inception
/// block (with and without 1×1 reductions), ResNet's basic and bottleneck blocks with the skip,
/// a DenseNet block's channel growth (C₀ + l·k) and a transition block.
struct BlockDiagramScene: LessonScene {
    static let type = "block-diagram"
    typealias Block = BlockKind

    var block: Block
    /// Inception only: draw the naive block without the 1×1 reductions.
    var naive = false

    /// The scene of a lesson page's typed parameters.
    init(_ p: BlockDiagramParams) { block = p.block }

    /// Tab/`]` and Shift-Tab/`[` the next / previous block; `t` the Inception block with or without 1×1.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let all = Block.allCases
        let i = all.firstIndex(of: block) ?? 0
        var bindings = [
            B([.tab, .char("]")], { $0.block = all[(i + 1) % all.count]; $0.naive = false }, help: t("next / previous block", "다음 / 이전 block"),
              footer: ("Tab", t("next block", "다음 block"))),
            B([.backTab, .char("[")], { $0.block = all[(i + all.count - 1) % all.count]; $0.naive = false }),
        ]
        if block == .inception {
            bindings.append(B([.char("t")], { $0.naive.toggle() }, help: t("with / without the 1×1 reductions", "1×1 축소 켜기 / 끄기"),
                              footer: ("t", t("with/without 1×1", "1×1 유무"))))
        }
        return KeyTable(bindings)
    }

    // MARK: numbers from the calculator

    static func conv(_ out: Int, _ k: Int, _ name: String = "") -> Layer {
        Layer(name, .conv(ConvSpec(out: out, kernel: k, padding: .explicit(k / 2), bias: false)))
    }

    /// The paper's inception (3a) on 192×28×28, with or without the 1×1 reductions (weights only).
    static func inceptionReport(reduced: Bool) -> NetworkReport? {
        let pool = Layer("pool", .pool(PoolSpec(.max, kernel: 3, stride: 1, padding: 1)))
        let branches: [[Layer]] = reduced
            ? [[conv(64, 1)], [conv(96, 1), conv(128, 3)], [conv(16, 1), conv(32, 5)], [pool, conv(32, 1)]]
            : [[conv(64, 1)], [conv(128, 3)], [conv(32, 5)], [pool]]
        let net = Network(name: "inception", input: FeatureShape(channels: 192, height: 28, width: 28),
                          layers: [Layer("block", .concat(kind: "inception", branches: branches))])
        return try? net.analyze()
    }

    static func row(_ model: String, _ name: String) -> LayerReport? {
        BuiltInModelReports.analysed(model)?.layer(named: name)
    }

    // MARK: lines

    /// The lines of the current block: a pure function of the block, the naive switch and the
    /// language, built (networks analysed) once for each, not on every draw.
    func lines(_ context: SceneContext) -> [(String, StyleRole)] {
        Self.builtLines.value("\(block.rawValue) \(naive) \(context.language.rawValue)") { buildLines(context) }
    }

    private static let builtLines = TextKeyedMemo<[(String, StyleRole)]>(limit: 64)

    func buildLines(_ context: SceneContext) -> [(String, StyleRole)] {
        switch block {
        case .inception: return inception(context)
        case .resnetBasic: return resnet(context, bottleneck: false)
        case .resnetBottleneck: return resnet(context, bottleneck: true)
        case .densenet: return densenet(context)
        case .transition: return transition(context)
        }
    }

    func diagram(_ lines: [String]) -> [(String, StyleRole)] { lines.map { ($0, .normal) } }

    func inception(_ context: SceneContext) -> [(String, StyleRole)] {
        guard let reduced = Self.inceptionReport(reduced: true), let plain = Self.inceptionReport(reduced: false),
              let r = reduced.layers.first, let p = plain.layers.first else { return [] }
        let shown = naive ? p : r
        let columns = naive
            ? [["1×1 64"], ["3×3 128"], ["5×5 32"], ["pool 3×3"]]
            : [["1×1 64"], ["1×1 96", "3×3 128"], ["1×1 16", "5×5 32"], ["pool 3×3", "1×1 32"]]
        let title = naive ? context.tr("Naive inception (no 1×1 reductions)", "1×1 reduction 없는 inception")
                          : context.tr("Inception (3a) with 1×1 reductions", "1×1 reduction이 있는 Inception (3a)")
        var out: [(String, StyleRole)] = [(title, .heading)]
        out += diagram(BoxDiagram.branches(input: "input \(shown.input)", columns: columns,
                                           output: "concat → \(shown.output)"))
        let ratio = NumberFormat.decimal(Double(p.params) / Double(r.params), digits: 2)
        out.append((context.tr("weights with reductions: \(NumberFormat.grouped(r.params)) → \(r.output.channels) channels",
                               "reduction 있음: weight \(NumberFormat.grouped(r.params))개 → \(r.output.channels)채널"), naive ? .normal : .accent))
        out.append((context.tr("without: \(NumberFormat.grouped(p.params)) (\(ratio)× more) → \(p.output.channels) channels",
                               "없음: \(NumberFormat.grouped(p.params))개 (\(ratio)배) → \(p.output.channels)채널"), naive ? .accent : .normal))
        if let tv = Self.row("googlenet", "inception3a") {
            out.append((context.tr("torchvision's inception3a (batch norm, its \"5×5\" is 3×3): \(NumberFormat.grouped(tv.params))",
                                   "torchvision의 inception3a(batch norm 포함, \"5×5\"가 실제로는 3×3): \(NumberFormat.grouped(tv.params))개"), .dim))
        }
        return out
    }

    func resnet(_ context: SceneContext, bottleneck: Bool) -> [(String, StyleRole)] {
        let model = bottleneck ? "resnet50" : "resnet18"
        let name = bottleneck ? "layer1.1" : "layer1.0"
        guard let row = Self.row(model, name) else { return [] }
        let c = row.input.channels
        let layers = bottleneck
            ? ["1×1 conv \(c)→\(c / 4), BN, ReLU", "3×3 conv \(c / 4)→\(c / 4), BN, ReLU", "1×1 conv \(c / 4)→\(c), BN"]
            : ["3×3 conv \(c)→\(c), BN, ReLU", "3×3 conv \(c)→\(c), BN"]
        let title = bottleneck ? "ResNet bottleneck block (resnet50 \(name))"
                               : "ResNet basic block (resnet18 \(name))"
        var out: [(String, StyleRole)] = [(title, .heading)]
        out += diagram(BoxDiagram.chain(input: "x: \(row.input)", layers: layers, skip: context.tr("identity x", "항등 x"),
                                        join: "⊕ f(x) + x", output: "ReLU → \(row.output)"))
        out.append((context.tr("parameters: \(NumberFormat.grouped(row.params)); the skip adds none",
                               "파라미터 \(NumberFormat.grouped(row.params))개, skip은 파라미터가 없어요"), .accent))
        if bottleneck {
            let basic = Network(name: "basic", input: row.input, layers: [Self.conv(c, 3), Layer("", .batchNorm), Self.conv(c, 3), Layer("", .batchNorm)])
            if let b = try? basic.analyze() {
                out.append((context.tr("two 3×3 convs on \(c) channels would need \(NumberFormat.grouped(b.totalParams))",
                                       "\(c)채널에 3×3 두 개를 쓰면 \(NumberFormat.grouped(b.totalParams))개"), .dim))
            }
        }
        return out
    }

    func densenet(_ context: SceneContext) -> [(String, StyleRole)] {
        let prefix = "features.denseblock1.denselayer"
        guard let first = Self.row("densenet121", prefix + "1") else { return [] }
        var out: [(String, StyleRole)] = [("DenseNet-121 dense block 1 (growth k = 32)", .heading)]
        out += diagram(BoxDiagram.chain(input: "x: \(first.input)", layers: ["BN, ReLU, 1×1 conv →128", "BN, ReLU, 3×3 conv →32"],
                                        skip: context.tr("x kept", "x 유지"), join: "concat [x, f(x)]", output: "\(first.output)"))
        var counts = [first.input.channels]
        var l = 1
        while let r = Self.row("densenet121", prefix + "\(l)") { counts.append(r.output.channels); l += 1 }
        out.append((counts.map(String.init).joined(separator: " → "), .accent))
        if let calc = try? LayerCalc.denseNetChannels(c0: first.input.channels, k: 32, l: counts.count - 1) {
            out.append((context.tr("C₀ + l·k = \(calc.filledFormula): linear growth, each layer sees all earlier maps",
                                   "C₀ + l·k = \(calc.filledFormula): 선형으로 늘고, 각 층이 앞의 모든 맵을 봐요"), .normal))
        }
        return out
    }

    func transition(_ context: SceneContext) -> [(String, StyleRole)] {
        guard let row = Self.row("densenet121", "features.transition1") else { return [] }
        var out: [(String, StyleRole)] = [("DenseNet transition block (transition1)", .heading)]
        let lines = [
            "x: \(row.input)", "│", "[BN, ReLU]", "│", "[1×1 conv \(row.input.channels)→\(row.output.channels)]", "│",
            "[avgpool 2×2/2]", "│", "\(row.output)",
        ]
        let width = lines.map { DisplayWidth.of($0) }.max() ?? 0
        out += diagram(lines.map { BoxDiagram.pad($0, centre: width / 2) })
        out.append((context.tr("parameters: \(NumberFormat.grouped(row.params)); halves the channels and the map",
                               "파라미터 \(NumberFormat.grouped(row.params))개, 채널과 맵 크기를 절반으로"), .accent))
        return out
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        var y = area.y
        for (text, role) in lines(context) where y < area.maxY {
            let shown = context.ascii ? BoxDiagram.ascii(text) : text
            frame.put(DisplayWidth.truncate(shown, to: area.width), x: area.x, y: y, role: role, clip: area)
            y += 1
        }
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        lines(context).map { context.ascii ? BoxDiagram.ascii($0.0) : $0.0 }
    }
}

extension BlockDiagramScene {
    public var shareValues: [String: ContentValue] { ["block": .string(block.rawValue)] }
}
