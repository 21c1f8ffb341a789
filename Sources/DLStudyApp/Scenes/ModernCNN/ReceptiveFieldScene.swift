import DLContent
import DLEngine
import TUIKit

/// A stack of layers drawn as grids from input (left) to output (right). The cursor picks a unit in
/// any map; the region it sees lights up in every map below. Each map shows its receptive field `r`,
/// effective stride `j` and padding `p` (from the calculator), and the conv weights per C² are
/// compared with one big conv of the same reach.
struct ReceptiveFieldScene: LessonScene {
    static let type = "receptive-field"

    var preset: ReceptiveFieldStack.Preset
    var stack: ReceptiveFieldStack
    /// Selected map: 0 is the input, `layers.count` the output.
    var level: Int
    var row: Int
    var col: Int
    /// A short note after an edit that was refused.
    var note: String?

    init(preset: ReceptiveFieldStack.Preset, inputSize: Int) {
        self.preset = preset
        stack = ReceptiveFieldStack(preset: preset, inputSize: inputSize)
        level = 0; row = 0; col = 0
        selectCentreOfTop()
    }

    /// The scene of a lesson page's typed parameters (the stack fits the input and the selected unit
    /// lies in its map: checked by the parse).
    init(_ p: ReceptiveFieldParams) {
        self.preset = p.preset
        stack = ReceptiveFieldStack(layers: p.layers, padded: p.padded, inputSize: p.input)
        level = 0; row = 0; col = 0
        selectCentreOfTop()
        let sizes = stack.sizes
        if let l = p.level, l < sizes.count { level = l; row = sizes[l] / 2; col = sizes[l] / 2 }
        if let r = p.row, r < sizes[level] { row = r }
        if let c = p.col, c < sizes[level] { col = c }
    }

    mutating func selectCentreOfTop() {
        let sizes = stack.sizes
        level = sizes.count - 1
        row = sizes[level] / 2
        col = sizes[level] / 2
    }

    // MARK: keys

    /// Arrows / hjkl the unit, Tab/`[ ]` the layer, `c`/`s`/`m`/`d` add a layer, `x` remove, `z`
    /// padding, `r` reset, `1`-`5` presets. Every key clears the last note.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let sizes = stack.sizes
        let side = sizes[min(level, sizes.count - 1)]
        let presets = ReceptiveFieldStack.Preset.allCases
        return KeyTable<SceneAction<Self>>([
            B([.left, .char("h")], { $0.col = max(0, $0.col - 1) }, help: t("choose the unit", "unit 고르기"), footer: ("←↑↓→", t("unit", "unit"))),
            B([.right, .char("l")], { $0.col = min(side - 1, $0.col + 1) }),
            B([.up, .char("k")], { $0.row = max(0, $0.row - 1) }),
            B([.down, .char("j")], { $0.row = min(side - 1, $0.row + 1) }),
            B([.tab, .char("]")], { $0.moveLevel(by: 1) }, help: t("layer above / below", "위 / 아래 layer"), footer: ("Tab/[ ]", t("layer", "layer"))),
            B([.backTab, .char("[")], { $0.moveLevel(by: -1) }),
            B([.char("c")], { $0.push(.conv3) }, help: t("add a 3×3 conv / strided conv / pool / dilated conv", "3×3 conv / stride conv / pool / dilated conv 추가"),
              footer: ("c/s/m/d", t("add", "추가"))),
            B([.char("s")], { $0.push(.strided) }),
            B([.char("m")], { $0.push(.pool) }),
            B([.char("d")], { $0.push(.dilated) }),
            B([.char("x")], { scene in
                guard !scene.stack.layers.isEmpty else { return }
                scene.stack.layers.removeLast()
                scene.selectCentreOfTop()
            }, help: t("remove the top layer", "맨 위 layer 삭제"), footer: ("x", t("remove", "삭제"))),
            B([.char("z")], { scene in
                var changed = scene.stack
                changed.padded.toggle()
                if changed.report != nil { scene.stack = changed; scene.selectCentreOfTop() } else { scene.note = "vanish" }
            }, help: t("padding on / off", "padding 켜기 / 끄기")),
            B([.char("r")], { $0 = ReceptiveFieldScene(preset: $0.preset, inputSize: $0.stack.inputSize) }, help: t("reset", "처음으로")),
        ] + presets.enumerated().map { n, preset in
            B([.char(Character(String(n + 1)))], { $0 = ReceptiveFieldScene(preset: preset, inputSize: $0.stack.inputSize) },
              help: n == 0 ? t("presets", "프리셋") : nil, footer: n == 0 ? ("1-\(presets.count)", t("presets", "프리셋")) : nil)
        }).map { action -> SceneAction<Self> in { $0.note = nil; action(&$0) } }
    }

    mutating func moveLevel(by delta: Int) {
        let sizes = stack.sizes
        let old = sizes[level]
        level = min(max(0, level + delta), sizes.count - 1)
        let side = sizes[level]
        // Keep the unit in the same relative place.
        row = min(side - 1, row * side / max(1, old))
        col = min(side - 1, col * side / max(1, old))
    }

    mutating func push(_ kind: ReceptiveFieldStack.Kind) {
        var changed = stack
        changed.layers.append(kind)
        guard changed.report != nil, changed.layers.count <= ReceptiveFieldParams.maxLayers else { note = "vanish"; return }
        stack = changed
        selectCentreOfTop()
    }

    // MARK: text

    func title(_ context: SceneContext) -> String {
        switch preset {
        case .twoThree: return context.tr("two 3×3 vs one 5×5", "3×3 두 개 vs 5×5 한 개")
        case .oneFive: return context.tr("one 5×5 vs two 3×3", "5×5 한 개 vs 3×3 두 개")
        case .threeThree: return context.tr("three 3×3 vs one 7×7", "3×3 세 개 vs 7×7 한 개")
        case .oneSeven: return context.tr("one 7×7 vs three 3×3", "7×7 한 개 vs 3×3 세 개")
        case .vgg16: return context.tr("VGG16's first layers", "VGG16의 앞쪽 layer")
        }
    }

    func mapLabel(_ index: Int) -> String {
        index == 0 ? "in" : stack.layers[index - 1].label
    }

    /// `r5 j1 p0` for map `index`.
    func stats(_ index: Int) -> String {
        let fp = stack.footprints[index]
        return "r\(fp.receptiveField) j\(fp.stride) p\(fp.padding)"
    }

    /// What the selected unit sees in the input, in words.
    func selectionLine(_ context: SceneContext) -> String {
        let fp = stack.footprints[level]
        let name = level == 0 ? context.tr("input", "입력") : "\("layer") \(level) (\(mapLabel(level)))"
        let rows = stack.region(level: level, index: row, below: 0)
        let cols = stack.region(level: level, index: col, below: 0)
        let seen = (rows?.count ?? 0)
        let seenW = (cols?.count ?? 0)
        let clipped = seen < fp.receptiveField || seenW < fp.receptiveField
        var text = context.tr("unit (\(row),\(col)) of \(name) sees \(fp.receptiveField)×\(fp.receptiveField) of the input",
                              "\(name)의 unit (\(row),\(col))은 입력의 \(fp.receptiveField)×\(fp.receptiveField) 영역을 봐요")
        if clipped {
            text += context.tr(" (\(seen)×\(seenW) inside, the rest is padding)", " (안쪽 \(seen)×\(seenW), 나머지는 padding)")
        }
        return text
    }

    /// Weights of the stack per C² against one conv with kernel r (stride-1 stacks only).
    func paramsLine(_ context: SceneContext) -> String? {
        let perC2 = stack.weightsPerChannelSquared
        guard perC2 > 0 else { return nil }
        let terms = stack.weightTerms.joined(separator: " + ")
        var text = context.tr("weights for C channels: (\(terms))·C² = \(perC2)C²", "C채널 weight: (\(terms))·C² = \(perC2)C²")
        guard stack.isPlainStride1, let r = stack.footprints.last?.receptiveField, stack.layers.count > 1 else {
            return context.ascii ? ASCIIFold.text(text) : text
        }
        let single = (try? LayerCalc.convParams(k: r, cin: 1, cout: 1, bias: false))?.intValue ?? r * r
        let ratio = NumberFormat.decimal(Double(single) / Double(perC2), digits: 2)
        text += context.tr("; one \(r)×\(r): \(single)C² (\(single)/\(perC2) ≈ \(ratio)×)",
                           "; \(r)×\(r) 한 개: \(single)C² (\(single)/\(perC2) ≈ \(ratio)배)")
        return context.ascii ? ASCIIFold.text(text) : text
    }

    /// The kind word on the notes' "about 1.5×" for the two-3×3 comparison.
    func notesLine(_ context: SceneContext) -> String? {
        guard stack.isPlainStride1, stack.footprints.last?.receptiveField == 5, stack.layers.count == 2 else { return nil }
        guard let big = try? LayerCalc.convParams(k: 5, cin: 1, cout: 1, bias: false),
              let small = try? LayerCalc.stackParams(n: 2, k: 3, c: 1),
              let ratio = try? LayerCalc.stackRatio(big: 5, small: 3) else { return nil }
        let (b, s) = (Int(big.value), Int(small.value))
        let exact = NumberFormat.decimal(ratio.value, digits: 2), rounded = NumberFormat.decimal(ratio.value, digits: 1)
        return context.tr("Notes' \"about 1.5×\" is a bit high: exactly \(b)/\(s) ≈ \(exact)× (rounds to \(rounded)×).",
                          "노트의 \"약 1.5배\"는 조금 커요. 정확히는 \(b)/\(s) ≈ \(exact)배(반올림 \(rounded)배)예요.")
    }

    // MARK: drawing

    enum Mark { case plain, region, selected }

    /// The rows and columns of map `map` the selected unit sees (nil: none, or `map` is not below it).
    func seen(map: Int) -> (rows: ClosedRange<Int>, cols: ClosedRange<Int>)? {
        guard map < level, let rows = stack.region(level: level, index: row, below: map),
              let cols = stack.region(level: level, index: col, below: map) else { return nil }
        return (rows, cols)
    }

    /// How cell (r, c) of map `map` is drawn; `seen` is `seen(map:)`, asked once per map.
    func mark(map: Int, r: Int, c: Int, seen: (rows: ClosedRange<Int>, cols: ClosedRange<Int>)?) -> Mark {
        if map == level { return r == row && c == col ? .selected : .plain }
        guard let seen else { return .plain }
        return seen.rows.contains(r) && seen.cols.contains(c) ? .region : .plain
    }

    func glyph(_ mark: Mark, cellWidth: Int, ascii: Bool) -> (String, StyleRole) {
        switch mark {
        case .plain: return (cellWidth == 2 ? (ascii ? ". " : "· ") : (ascii ? "." : "·"), .dim)
        case .region: return (String(repeating: ascii ? "#" : "█", count: cellWidth), .highlight)
        case .selected: return (String(repeating: ascii ? "@" : "◆", count: cellWidth), .selected)
        }
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard area.width > 10, area.height > 3 else { return }
        let sizes = stack.sizes
        let maps = sizes.count
        var y = area.y
        frame.put(DisplayWidth.truncate(title(context) + (stack.padded ? context.tr("  (padding on)", "  (padding 있음)") : ""), to: area.width),
                  x: area.x, y: y, role: .heading, clip: area)
        y += 1
        // Info lines below the grids, dropped from the end when there is no room.
        var info: [(String, StyleRole)] = [(selectionLine(context), .accent)]
        if let p = paramsLine(context) { info.append((p, .normal)) }
        if let n = notesLine(context) { info.append((n, .dim)) }
        if note != nil { info.insert((context.tr("That layer would leave no map: try x to remove one.", "그 layer를 넣으면 맵이 사라져요. x로 하나 지워 보세요."), .warning), at: 0) }
        let gridRows = sizes.max() ?? 1
        let available = area.maxY - y - 2
        let infoShown = max(0, min(info.count, available - min(gridRows, available - 1)))
        let rowsShown = max(1, min(gridRows, area.maxY - y - 2 - infoShown))
        // Column widths: grid or label, whichever is wider.
        func columnWidth(_ i: Int, _ cw: Int) -> Int {
            max(sizes[i] * cw, DisplayWidth.of(mapLabel(i) + " → \(sizes[i])×\(sizes[i])"), DisplayWidth.of(stats(i)))
        }
        let cellWidth = (0..<maps).reduce(0) { $0 + columnWidth($1, 2) } + 2 * (maps - 1) <= area.width ? 2 : 1
        var x = area.x
        for i in 0..<maps {
            let w = columnWidth(i, cellWidth)
            let labelRole: StyleRole = i == level ? .strong : .normal
            frame.put(mapLabel(i) + " → \(sizes[i])×\(sizes[i])", x: x, y: y, role: labelRole, clip: area)
            let seenHere = seen(map: i)
            for r in 0..<min(sizes[i], rowsShown) {
                var cx = x
                for c in 0..<sizes[i] {
                    let (g, role) = glyph(mark(map: i, r: r, c: c, seen: seenHere), cellWidth: cellWidth, ascii: context.ascii)
                    cx = frame.put(g, x: cx, y: y + 1 + r, role: role, clip: area)
                }
            }
            frame.put(stats(i), x: x, y: y + 1 + rowsShown, role: .dim, clip: area)
            x += w + 2
        }
        y += rowsShown + 2
        for (text, role) in info.prefix(infoShown) where y < area.maxY {
            frame.put(DisplayWidth.truncate(text, to: area.width), x: area.x, y: y, role: role, clip: area)
            y += 1
        }
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var lines = [title(context)]
        let sizes = stack.sizes
        for i in 0..<sizes.count {
            lines.append("  \(mapLabel(i)) \(sizes[i])×\(sizes[i])  \(stats(i))")
        }
        lines.append(selectionLine(context))
        if let p = paramsLine(context) { lines.append(p) }
        if let n = notesLine(context) { lines.append(n) }
        return lines
    }
}

extension ReceptiveFieldScene {
    /// The preset and input size (layers added by hand are not part of a spec).
    /// The preset, the stack as it is now (layers added or removed by hand, padding) and the selected unit.
    public var shareValues: [String: ContentValue] {
        ["preset": .string(preset.rawValue), "input": .number(Double(stack.inputSize)),
         "layers": .string(stack.layers.isEmpty ? "none" : stack.layers.map(\.rawValue).joined(separator: ",")),
         "padding": .string(stack.padded ? "on" : "off"),
         "level": .number(Double(level)), "row": .number(Double(row)), "col": .number(Double(col))]
    }
}
