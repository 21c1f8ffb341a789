import DLContent
import DLEngine
import Foundation
import TUIKit

/// Why the skip helps the gradient, on engine numbers: a deep stack of one-unit layers
/// `x ← act(w·x + b)` (plain) or `x ← x + act(w·x + b)` (with identity skips); the gradient that
/// reaches each layer is the product of the per-layer factors `w·act'` or `1 + w·act'`. A second
/// view plots sigmoid, tanh and ReLU derivatives in the terminal.
struct SkipGradientScene: LessonScene {
    static let type = "skip-gradient"
    enum Activation: String, CaseIterable, Sendable { case sigmoid, tanh, relu }

    var depth: Int
    var activation: Activation = .sigmoid
    var showDerivatives: Bool
    /// The layer weight and bias, and the input.
    let weight = 1.0, bias = 0.0, input = 0.5

    /// The scene of a lesson page's typed parameters.
    init(_ p: SkipGradientParams) {
        depth = p.depth; showDerivatives = p.view == .derivatives
    }

    /// `v` the view, `a` the activation, `+`/`-` the depth.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let range = SkipGradientParams.depthRange
        return KeyTable([
            B([.char("v")], { $0.showDerivatives.toggle() }, help: t("gradients / derivatives view", "gradient / 도함수 보기"),
              footer: ("v", t("view", "보기"))),
            B([.char("a")], { scene in
                let all = Activation.allCases
                scene.activation = all[((all.firstIndex(of: scene.activation) ?? 0) + 1) % all.count]
            }, help: t("next activation function", "다음 활성화 함수"), footer: ("a", t("activation", "활성화 함수"))),
            B([.char("+"), .char("=")], { $0.depth = min(range.upperBound, $0.depth + 1) }, help: t("deeper / shallower", "더 깊게 / 더 얕게"),
              footer: ("+/-", t("depth", "깊이"))),
            B([.char("-")], { $0.depth = max(range.lowerBound, $0.depth - 1) }),
        ])
    }

    /// The engine's activation and its derivative at pre-activation `z`.
    static func value(_ act: Activation, _ z: Double) -> Double {
        guard let t = try? Tensor(shape: [1], data: [z]) else { return .nan }
        switch act {
        case .sigmoid: return DLEngine.sigmoid(t).data[0]
        case .tanh: return DLEngine.tanh(t).data[0]
        case .relu: return DLEngine.relu(t).data[0]
        }
    }

    static func derivative(_ act: Activation, _ z: Double) -> Double {
        let y = value(act, z)
        switch act {
        case .sigmoid: return y * (1 - y)
        case .tanh: return 1 - y * y
        case .relu: return z > 0 ? 1 : 0
        }
    }

    /// |∂out/∂x_l| for l = 1…depth (index 0 is layer 1), plain and with skips.
    func gradients(skip: Bool) -> [Double] {
        var x = input
        var factors: [Double] = []
        for _ in 0..<depth {
            let z = weight * x + bias
            let d = weight * Self.derivative(activation, z)
            factors.append(skip ? 1 + d : d)
            x = skip ? x + Self.value(activation, z) : Self.value(activation, z)
        }
        var grads = Array(repeating: 1.0, count: depth)
        var g = 1.0
        for l in stride(from: depth - 1, through: 0, by: -1) {
            g *= factors[l]
            grads[l] = g
        }
        return grads
    }

    static func sci(_ x: Double) -> String {
        guard x > 0 else { return "0" }
        let e = Int(Foundation.floor(Foundation.log10(x)))
        let m = x / Foundation.pow(10, Double(e))
        return "\(NumberFormat.decimal(m, digits: 2))e\(e >= 0 ? "+" : "")\(e)"
    }

    /// A bar on a log scale from 1e-16 to 1e+4.
    static func bar(_ x: Double, width: Int, ascii: Bool) -> String {
        let lo = -16.0, hi = 4.0
        let v = x > 0 ? (Foundation.log10(x) - lo) / (hi - lo) : 0
        let n = max(0, min(width, Int((v * Double(width)).rounded())))
        return String(repeating: ascii ? "#" : "█", count: n)
    }

    func gradientLines(_ context: SceneContext, width: Int, rows: Int) -> [(String, StyleRole)] {
        let plain = gradients(skip: false), skip = gradients(skip: true)
        var out: [(String, StyleRole)] = [
            (context.tr("\(depth) layers x ← \(activation.rawValue)(x) vs x ← x + \(activation.rawValue)(x); gradient reaching layer l",
                        "\(depth)층 x ← \(activation.rawValue)(x) vs x ← x + \(activation.rawValue)(x): layer l에 도착한 gradient"), .heading),
        ]
        let shown = max(1, min(depth, rows - 3))
        let picks = (0..<shown).map { k in shown == 1 ? 0 : k * (depth - 1) / (shown - 1) }.reversed()
        let barWidth = max(4, (width - 34) / 2)
        for l in picks {
            let text = "l=" + DisplayWidth.padLeft("\(l + 1)", to: 2) + "  " + DisplayWidth.pad(Self.sci(plain[l]), to: 9)
                + DisplayWidth.pad(Self.bar(plain[l], width: barWidth, ascii: context.ascii), to: barWidth)
                + "  " + DisplayWidth.pad(Self.sci(skip[l]), to: 9) + Self.bar(skip[l], width: barWidth, ascii: context.ascii)
            out.append((text, l == 0 ? .strong : .normal))
        }
        out.append((context.tr("      plain: product of \(activation.rawValue)' ≤ \(activation == .sigmoid ? "0.25" : "1")", "      plain: \(activation.rawValue)' (≤ \(activation == .sigmoid ? "0.25" : "1"))의 곱")
                    + context.tr("   skip: product of (1 + …) ≥ 1", "   skip: (1 + …)의 곱 ≥ 1"), .dim))
        out.append((context.tr("layer 1 gets \(Self.sci(plain[0])) plain vs \(Self.sci(skip[0])) with skips",
                               "layer 1에 plain은 \(Self.sci(plain[0])), skip은 \(Self.sci(skip[0]))"), .accent))
        return out
    }

    func derivativeLines(_ context: SceneContext, width: Int, rows: Int) -> [(String, StyleRole)] {
        let h = max(3, rows - 3), w = max(10, min(width - 6, 61))
        var canvas = Array(repeating: Array(repeating: Character(" "), count: w), count: h)
        let marks: [(Activation, Character)] = [(.relu, context.ascii ? "r" : "▪"), (.tanh, context.ascii ? "t" : "∘"), (.sigmoid, context.ascii ? "s" : "•")]
        for (act, mark) in marks {
            for c in 0..<w {
                let x = -4 + 8 * Double(c) / Double(w - 1)
                let d = Self.derivative(act, x)
                let r = h - 1 - Int((d * Double(h - 1)).rounded())
                if (0..<h).contains(r) { canvas[r][c] = mark }
            }
        }
        var out: [(String, StyleRole)] = [(context.tr("x ∈ [−4, 4]:  • sigmoid' ≤ 0.25   ∘ tanh' ≤ 1   ▪ ReLU' = 0 or 1",
                                                      "x ∈ [−4, 4]:  • sigmoid' ≤ 0.25   ∘ tanh' ≤ 1   ▪ ReLU' = 0 또는 1"), .heading)]
        for (i, row) in canvas.enumerated() {
            let label = i == 0 ? "1.0 " : (i == h - 1 ? "0.0 " : "    ")
            out.append((label + "│" + String(row), .normal))
        }
        out.append(("    └" + String(repeating: "─", count: w), .dim))
        out.append((DisplayWidth.pad("    −4", to: 4 + w / 2) + "0" + DisplayWidth.padLeft("4", to: w / 2), .dim))
        let maxSig = Self.derivative(.sigmoid, 0)
        out.append((context.tr("sigmoid' is at most \(NumberFormat.decimal(maxSig, digits: 2)): 20 layers multiply to ≤ \(Self.sci(Foundation.pow(maxSig, 20)))",
                               "sigmoid'는 최대 \(NumberFormat.decimal(maxSig, digits: 2)): 20층을 곱하면 ≤ \(Self.sci(Foundation.pow(maxSig, 20)))"), .accent))
        return out.map { context.ascii ? (BoxDiagram.ascii($0.0), $0.1) : $0 }
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        let lines = showDerivatives ? derivativeLines(context, width: area.width, rows: area.height)
                                    : gradientLines(context, width: area.width, rows: area.height)
        var y = area.y
        for (text, role) in lines where y < area.maxY {
            frame.put(DisplayWidth.truncate(text, to: area.width), x: area.x, y: y, role: role, clip: area)
            y += 1
        }
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        gradientLines(context, width: width, rows: depth + 3).map(\.0)
    }
}

extension SkipGradientScene {
    public var shareValues: [String: ContentValue] {
        ["view": .string(showDerivatives ? "derivatives" : "gradient"), "depth": .number(Double(depth))]
    }
}
