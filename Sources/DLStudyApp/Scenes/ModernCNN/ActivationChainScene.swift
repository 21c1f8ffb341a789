import DLContent
import DLEngine
import Foundation
import TUIKit

/// Why ReLU eases the vanishing gradient, on engine numbers: the same one-unit stack `x ← act(x)`
/// built from sigmoids and from ReLUs. The gradient that reaches layer l is the product of the
/// slopes act′ of the layers above it: σ' ≤ 0.25 shrinks it layer after layer, an active ReLU
/// passes it on times 1.
struct ActivationChainScene: LessonScene {
    var depth: Int
    let input: Double

    /// The scene of a lesson page's typed parameters.
    init(_ p: ActivationChainParams) { depth = p.depth; input = p.input }

    /// `+`/`-` the depth.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let range = ActivationChainParams.depthRange
        return KeyTable([
            B([.char("+"), .char("=")], { $0.depth = min(range.upperBound, $0.depth + 1) }, help: t("deeper / shallower", "더 깊게 / 더 얕게"),
              footer: ("+/-", t("depth", "깊이"))),
            B([.char("-")], { $0.depth = max(range.lowerBound, $0.depth - 1) }),
        ])
    }

    /// The slope of each layer (index 0 is layer 1) for the stack built from `act`.
    func slopes(_ act: SkipGradientScene.Activation) -> [Double] {
        var x = input
        var out: [Double] = []
        for _ in 0..<depth {
            out.append(SkipGradientScene.derivative(act, x))
            x = SkipGradientScene.value(act, x)
        }
        return out
    }

    /// |∂out/∂x_l|: the product of the slopes of layers l…depth.
    func gradients(_ act: SkipGradientScene.Activation) -> [Double] {
        let s = slopes(act)
        var grads = Array(repeating: 1.0, count: depth)
        var g = 1.0
        for l in stride(from: depth - 1, through: 0, by: -1) {
            g *= s[l]
            grads[l] = g
        }
        return grads
    }

    func lines(_ context: SceneContext, width: Int, rows: Int) -> [(String, StyleRole)] {
        let sig = gradients(.sigmoid), relu = gradients(.relu)
        let first = slopes(.sigmoid).first ?? 0
        let sci = SkipGradientScene.sci, num = { (x: Double) in NumberFormat.decimal(x, digits: 3) }
        var out: [(String, StyleRole)] = [
            (context.tr("\(depth) layers x ← act(x), input x = \(NumberFormat.cell(input)); gradient reaching layer l:   sigmoid   |   ReLU",
                        "\(depth)층 x ← act(x), 입력 x = \(NumberFormat.cell(input)). layer l에 도착한 gradient:   sigmoid   |   ReLU"), .heading),
        ]
        let shown = max(1, min(depth, rows - 4))
        let picks = (0..<shown).map { k in shown == 1 ? 0 : k * (depth - 1) / (shown - 1) }.reversed()
        let barWidth = max(4, (width - 34) / 2)
        for l in picks {
            let text = "l=" + DisplayWidth.padLeft("\(l + 1)", to: 2) + "  " + DisplayWidth.pad(sci(sig[l]), to: 9)
                + DisplayWidth.pad(SkipGradientScene.bar(sig[l], width: barWidth, ascii: context.ascii), to: barWidth)
                + "  " + DisplayWidth.pad(sci(relu[l]), to: 9) + SkipGradientScene.bar(relu[l], width: barWidth, ascii: context.ascii)
            out.append((text, l == 0 ? .strong : .normal))
        }
        let maxSlope = SkipGradientScene.derivative(.sigmoid, 0)
        out.append((context.tr("sigmoid: each layer multiplies by σ'(x) = σ(x)(1 − σ(x)), at most \(num(maxSlope)) (layer 1: \(num(first)))",
                               "sigmoid: layer마다 σ'(x) = σ(x)(1 − σ(x))가 곱해져요. 최대 \(num(maxSlope)), layer 1에서는 \(num(first))"), .dim))
        out.append((context.tr("ReLU: every unit is active (x > 0), so each layer multiplies by 1",
                               "ReLU: 모든 unit이 활성(x > 0)이라 layer마다 1을 곱해요"), .dim))
        out.append((context.tr("layer 1 gets \(sci(sig[0])) through sigmoids, \(sci(relu[0])) through ReLUs",
                               "layer 1에 도착하는 gradient: sigmoid는 \(sci(sig[0])), ReLU는 \(sci(relu[0]))"), .accent))
        return out.map { context.ascii ? (BoxDiagram.ascii($0.0), $0.1) : $0 }
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        var y = area.y
        for (text, role) in lines(context, width: area.width, rows: area.height) where y < area.maxY {
            frame.put(DisplayWidth.truncate(text, to: area.width), x: area.x, y: y, role: role, clip: area)
            y += 1
        }
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        lines(context, width: width, rows: depth + 4).map(\.0)
    }
}
