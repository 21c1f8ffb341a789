import DLContent
import DLEngine
import TUIKit

/// Convolutionalization: a dense layer on a 7×7×512 map has as many parameters as a 7×7 convolution
/// with 4096 filters (both counted from their weight shapes), an engine check on a small map that the
/// two give the same numbers, and a larger input turning the 1×1 output into a k×k heat map (the engine
/// convolves a feature map with a 7×7 kernel; the sizes are the engine's output shapes).
struct ConvolutionalizationScene: LessonScene {
    /// Side of the last feature map (7 for a 224 input; the input is 32× larger after VGG's five poolings).
    var feature: Int
    static let range = ConvolutionalizationParams.featureRange

    init(feature: Int) { self.feature = min(max(feature, Self.range.lowerBound), Self.range.upperBound) }
    /// The scene of a lesson page's typed parameters.
    init(_ p: ConvolutionalizationParams) { self.init(feature: p.feature) }

    /// `→`/`+` and `←`/`-` change the input size, `r` goes back to 224.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        return KeyTable([
            B([.right, .char("l"), .char(" "), .enter, .char("+")], { $0.feature = min(Self.range.upperBound, $0.feature + 1) },
              help: t("larger / smaller input", "입력 크게 / 작게"), footer: ("←→", t("input size", "입력 크기"))),
            B([.left, .char("h"), .backspace, .char("-")], { $0.feature = max(Self.range.lowerBound, $0.feature - 1) }),
            B([.char("r")], { $0.feature = Self.range.lowerBound }, help: t("back to 224×224", "224×224로 돌아가기"), footer: ("r", t("224", "224"))),
        ])
    }

    /// Number of values in tensors of these shapes (parameter counting).
    static func count(_ shapes: [[Int]]) -> Int { shapes.map { $0.reduce(1, *) }.reduce(0, +) }

    /// The engine check on a small map: dense on a flattened 2×3×3 map versus a 3×3 conv with the same weights.
    static func smallCheck() -> (dense: [Double], conv: [Double])? {
        let x = (0..<18).map { Double(($0 * 7) % 5) - 1 }
        let w = (0..<36).map { Double(($0 * 5) % 7) / 2 - 1.5 }
        guard let input = try? Tensor(shape: [1, 2, 3, 3], data: x), let flat = try? Tensor(shape: [1, 18], data: x),
              let dw = try? Tensor(shape: [2, 18], data: w), let cw = try? Tensor(shape: [2, 2, 3, 3], data: w),
              let dense = try? linear(flat, weight: dw), let conv = try? conv2d(input, weight: cw) else { return nil }
        return (dense.data, conv.data)
    }

    /// The score map for the current input: a feature map with a blob of "cat" evidence convolved by
    /// the engine with a 7×7 averaging kernel.
    func heatMap() -> Tensor? {
        let f = feature
        var map = Tensor(zeros: [1, 1, f, f])
        let cy = Double(f) * 0.55, cx = Double(f) * 0.4
        for y in 0..<f {
            for x in 0..<f {
                let d = ((Double(y) - cy) * (Double(y) - cy) + (Double(x) - cx) * (Double(x) - cx)).squareRoot()
                map.data[y * f + x] = max(0, 4 - d)
            }
        }
        let kernel = Tensor(zeros: [1, 1, 7, 7])
        guard let k = try? Tensor(shape: [1, 1, 7, 7], data: kernel.data.map { _ in 1.0 / 49 }) else { return nil }
        return try? conv2d(map, weight: k)
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        var y = area.y
        for (line, role) in lines(context) {
            frame.put(line, x: area.x, y: y, role: role, clip: area)
            y += 1
        }
        guard let heat = heatMap() else { return }
        let k = heat.shape[2]
        let low = heat.data.min() ?? 0, high = heat.data.max() ?? 1
        for r in 0..<k {
            for c in 0..<k {
                let level = VisionDraw.level(heat.data[r * k + c], low: low, high: high)
                let glyph = String(repeating: String(VisionDraw.heatGlyph(level, ascii: context.ascii)), count: 2)
                frame.put(glyph, x: area.x + 2 + c * 2, y: y + r, role: context.color ? VisionDraw.heatRole(level) : .normal, clip: area)
            }
        }
        let note = context.tr("← score map: where the class is", "← 점수 맵: 클래스가 있는 곳")
        frame.put(note, x: area.x + 4 + k * 2, y: y + k / 2, role: .dim, clip: area)
    }

    func lines(_ context: SceneContext) -> [(String, StyleRole)] {
        let t = VisionDraw.times(context)
        let dense = Self.count([[4096, 7 * 7 * 512]]), bias = Self.count([[4096]])
        let conv = Self.count([[4096, 512, 7, 7]])
        let equal = dense + bias == conv + bias
        var out: [(String, StyleRole)] = [
            (context.tr("dense on 7\(t)7\(t)512 → 4096:  W 4096\(t)25088 + b 4096 = \(NumberFormat.grouped(dense + bias))",
                        "7\(t)7\(t)512 → 4096 dense:  W 4096\(t)25088 + b 4096 = \(NumberFormat.grouped(dense + bias))"), .normal),
            (context.tr("7\(t)7 conv, 4096 filters: W 4096\(t)512\(t)7\(t)7 + b 4096 = \(NumberFormat.grouped(conv + bias)) \(equal ? "equal" : "differ")",
                        "7\(t)7 conv, 필터 4096개: W 4096\(t)512\(t)7\(t)7 + b 4096 = \(NumberFormat.grouped(conv + bias)) \(equal ? "같음" : "다름")"),
             equal ? .success : .error),
        ]
        if let check = Self.smallCheck() {
            let d = check.dense.map(VisionDraw.number).joined(separator: ", "), c = check.conv.map(VisionDraw.number).joined(separator: ", ")
            out.append((context.tr("engine, 2\(t)3\(t)3 map: dense → \(d); 3\(t)3 conv → \(c) \(check.dense == check.conv ? "✓" : "✗")",
                                   "엔진, 2\(t)3\(t)3 맵: dense → \(d); 3\(t)3 conv → \(c) \(check.dense == check.conv ? "✓" : "✗")"), .dim))
        }
        let k = heatMap()?.shape[2] ?? 0
        let input = feature * 32
        out.append((context.tr("input \(input)\(t)\(input) → features \(feature)\(t)\(feature) → 7\(t)7 conv → \(k)\(t)\(k) heat map (←→)",
                               "입력 \(input)\(t)\(input) → feature \(feature)\(t)\(feature) → 7\(t)7 conv → \(k)\(t)\(k) heat map (←→)"), .heading))
        return out
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var scene = self
        var out = lines(context).map(\.0).prefix(3).map { $0 }
        for f in Self.range {
            scene.feature = f
            if let last = scene.lines(context).last { out.append(last.0.replacingOccurrences(of: " (←→)", with: "")) }
        }
        return out
    }
}

extension ConvolutionalizationScene {
    public var shareValues: [String: ContentValue] { ["feature": .number(Double(feature))] }
}
