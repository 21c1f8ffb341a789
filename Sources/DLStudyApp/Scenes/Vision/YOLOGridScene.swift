import DLContent
import TUIKit

/// YOLO (v1): an S×S grid over a picture with objects; the cell holding an object's centre is the one
/// responsible for it, with B boxes (x, y, w, h, confidence) and C class scores; the output tensor
/// S×S×(5B+C) is recomputed live as S, B and C change; one forward pass gives every box.
struct YOLOGridScene: LessonScene {
    /// An object of the picture in image coordinates 0…1 (centre and size).
    struct Object: Sendable {
        let name: LocalizedText
        let letter: Character
        let cx: Double, cy: Double, w: Double, h: Double
    }

    static let objects = [
        Object(name: LocalizedText(en: "dog", ko: "개"), letter: "d", cx: 0.30, cy: 0.64, w: 0.40, h: 0.46),
        Object(name: LocalizedText(en: "bicycle", ko: "자전거"), letter: "b", cx: 0.58, cy: 0.45, w: 0.44, h: 0.50),
        Object(name: LocalizedText(en: "car", ko: "자동차"), letter: "c", cx: 0.84, cy: 0.20, w: 0.26, h: 0.22),
    ]

    var s: Int, b: Int, c: Int
    var selected = 0

    init(_ p: YOLOParams) { s = p.s; b = p.b; c = p.c }

    /// Numbers each cell predicts: B boxes of (x, y, w, h, confidence) plus C class scores.
    var perCell: Int { 5 * b + c }
    /// Size of the whole output tensor.
    var total: Int { s * s * perCell }

    /// The grid cell (row, column) holding the object's centre.
    func cell(of o: Object) -> (row: Int, col: Int) {
        (min(s - 1, Int(o.cy * Double(s))), min(s - 1, Int(o.cx * Double(s))))
    }

    /// `s`/`S`, `b`/`B`, `c`/`C` change S, B and C by one; Space/Tab/`→` and `←` pick the object.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        let n = Self.objects.count
        return KeyTable([
            B([.char("s")], { $0.s = max(2, $0.s - 1) }, help: t("grid S − / +", "격자 S − / +"), footer: ("s/S", t("S±1", "S±1"))),
            B([.char("S")], { $0.s = min(9, $0.s + 1) }),
            B([.char("b")], { $0.b = max(1, $0.b - 1) }, help: t("boxes per cell B − / +", "칸마다 박스 수 B − / +"), footer: ("b/B", t("B±1", "B±1"))),
            B([.char("B")], { $0.b = min(5, $0.b + 1) }),
            B([.char("c")], { $0.c = max(1, $0.c - 1) }, help: t("classes C − / +", "클래스 수 C − / +"), footer: ("c/C", t("C±1", "C±1"))),
            B([.char("C")], { $0.c = min(100, $0.c + 1) }),
            B([.char(" "), .tab, .enter, .right], { $0.selected = ($0.selected + 1) % n }, help: t("next / previous object", "다음 / 이전 물체"),
              footer: ("Spc", t("object", "물체"))),
            B([.left], { $0.selected = ($0.selected + n - 1) % n }),
        ])
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        let cw = 3
        let o = Self.objects[selected]
        let mine = cell(of: o)
        let dot: Character = context.ascii ? "." : "·"
        let sep = context.ascii ? "|" : "│"
        for r in 0..<s {
            frame.put(sep, x: area.x, y: area.y + r, role: .border, clip: area)
            for col in 0..<s {
                let x = (Double(col) + 0.5) / Double(s), y = (Double(r) + 0.5) / Double(s)
                var glyph = String(dot)
                var role = StyleRole.dim
                // Letters mark the cells each object's box covers; an upper-case letter marks a centre cell.
                for obj in Self.objects.reversed() where abs(x - obj.cx) <= obj.w / 2 && abs(y - obj.cy) <= obj.h / 2 {
                    glyph = String(obj.letter); role = obj.letter == o.letter ? .accent : .normal
                }
                for obj in Self.objects where cell(of: obj) == (r, col) {
                    glyph = obj.letter.uppercased(); role = .strong
                }
                if (r, col) == mine { role = .highlight }
                frame.put(" \(glyph) ", x: area.x + 1 + col * cw, y: area.y + r, role: role, clip: area)
            }
            frame.put(sep, x: area.x + 1 + s * cw, y: area.y + r, role: .border, clip: area)
        }
        let tx = area.x + s * cw + 4
        let text = Rect(x: tx, y: area.y, width: max(0, area.maxX - tx), height: area.height)
        var y = area.y
        let t = VisionDraw.times(context)
        let cellX = o.cx * Double(s) - Double(mine.col), cellY = o.cy * Double(s) - Double(mine.row)
        let lines: [(String, StyleRole)] = [
            (context.tr("\(o.name.en): centre (\(n(o.cx)), \(n(o.cy))) → cell row \(mine.row), col \(mine.col)",
                        "\(o.name.ko): 중심 (\(n(o.cx)), \(n(o.cy))) → \(mine.row)행 \(mine.col)열 칸이 담당"), .accent),
            (context.tr("  target x, y in the cell = \(n(cellX)), \(n(cellY)); w, h = \(n(o.w)), \(n(o.h))",
                        "  칸 안 x, y = \(n(cellX)), \(n(cellY)); w, h = \(n(o.w)), \(n(o.h))"), .normal),
            (context.tr("each cell: B=\(b) boxes × (x, y, w, h, conf) = \(5 * b) + C=\(c) class scores = \(perCell)",
                        "칸마다: B=\(b)개 박스 × (x, y, w, h, conf) = \(5 * b) + C=\(c)개 클래스 점수 = \(perCell)"), .normal),
            (context.tr("OUTPUT S\(t)S\(t)(5B+C) = \(s)\(t)\(s)\(t)\(perCell) = \(total)", "출력 S\(t)S\(t)(5B+C) = \(s)\(t)\(s)\(t)\(perCell) = \(total)"), .heading),
            (context.tr("one forward pass gives every box at once: 45 fps (fast YOLO 155 fps), no 2000 region crops.",
                        "한 번의 forward로 모든 박스를 한꺼번에: 45 fps (작은 버전 155 fps), 영역 2000개를 따로 돌리지 않음."), .success),
            (context.tr("letters: box cover; capital: centre cell.", "글자: 박스 영역, 대문자: 중심 칸."), .dim),
        ]
        for (line, role) in lines {
            y = VisionDraw.wrapped(&frame, line, x: tx, y: y, width: text.width, clip: text, role: role)
        }
    }

    func n(_ v: Double) -> String { VisionDraw.number(v) }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var out = [context.tr("YOLO grid S=\(s), B=\(b), C=\(c):", "YOLO 격자 S=\(s), B=\(b), C=\(c):")]
        for o in Self.objects {
            let m = cell(of: o)
            out.append(context.tr("  \(o.name.en) centre (\(n(o.cx)), \(n(o.cy))) → cell row \(m.row), col \(m.col)",
                                  "  \(o.name.ko) 중심 (\(n(o.cx)), \(n(o.cy))) → \(m.row)행 \(m.col)열 칸"))
        }
        out.append(context.tr("  each cell: \(b)×5 + \(c) = \(perCell) numbers; OUTPUT \(s)×\(s)×\(perCell) = \(total)",
                              "  칸마다 \(b)×5 + \(c) = \(perCell)개; 출력 \(s)×\(s)×\(perCell) = \(total)"))
        return out
    }
}

extension YOLOGridScene {
    public var shareValues: [String: ContentValue] { ["s": .number(Double(s)), "b": .number(Double(b)), "c": .number(Double(c))] }
}
