import DLContent
import TUIKit

/// One small picture three ways: classification (one label for the image), detection (a box and a
/// label per object) and semantic segmentation (a label for every pixel).
struct SegmentationViewsScene: LessonScene {
    /// The picture's pixels by class letter: c = cat, d = dog, . = background.
    static let mask = [
        "................",
        "..c...c.........",
        "..ccccc.........",
        ".ccccccc...d....",
        ".ccccccc..ddddd.",
        "..ccccc..dddddd.",
        "..c...c..d.d..d.",
        "................",
    ]

    static let classes: [Character: LocalizedText] = [
        "c": LocalizedText(en: "cat", ko: "고양이"), "d": LocalizedText(en: "dog", ko: "개"),
        ".": LocalizedText(en: "background", ko: "배경"),
    ]

    var view: Int

    /// The scene of a lesson page's typed parameters.
    init(_ p: SegmentationViewsParams) { view = SegmentationViewsParams.View.allCases.firstIndex(of: p.view) ?? 0 }

    /// The mask's rows as characters.
    private static let pixels = mask.map(Array.init)

    /// The pixel class at (row, col).
    static func pixel(_ r: Int, _ c: Int) -> Character {
        let row = pixels[r]
        return c < row.count ? row[c] : "."
    }

    /// Each object's bounding box (rows, cols, inclusive) found from the mask.
    static func boxes() -> [(letter: Character, top: Int, bottom: Int, left: Int, right: Int)] { foundBoxes }

    private static let foundBoxes: [(letter: Character, top: Int, bottom: Int, left: Int, right: Int)] =
        ["c", "d"].compactMap { (letter: Character) in
            var cells: [(Int, Int)] = []
            for (r, row) in mask.enumerated() { for (c, ch) in row.enumerated() where ch == letter { cells.append((r, c)) } }
            guard let top = cells.map(\.0).min(), let bottom = cells.map(\.0).max(),
                  let left = cells.map(\.1).min(), let right = cells.map(\.1).max() else { return nil }
            return (letter, top, bottom, left, right)
        }

    /// The image's single label: the class covering the most pixels.
    static let imageLabel: Character = {
        let counts = ["c", "d"].map { (l: Character) in (l, mask.joined().filter { $0 == l }.count) }
        return counts.max { $0.1 < $1.1 }?.0 ?? "."
    }()

    /// Space/Tab/`→` and `←` cycle the task, `1`-`3` pick one.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        return KeyTable([
            B([.char(" "), .enter, .right, .tab], { $0.view = ($0.view + 1) % 3 }, help: t("next / previous task", "다음 / 이전 과제"),
              footer: ("Spc/1-3", t("task", "과제"))),
            B([.left, .backspace], { $0.view = ($0.view + 2) % 3 }),
            B([.char("1")], { $0.view = 0 }, help: t("choose a task", "과제 고르기")),
            B([.char("2")], { $0.view = 1 }),
            B([.char("3")], { $0.view = 2 }),
        ])
    }

    func name(_ v: Int, _ context: SceneContext) -> String {
        [context.tr("classification", "분류"), "detection", "segmentation"][v]
    }

    func shade(_ ch: Character, _ context: SceneContext) -> String {
        switch ch {
        case "c": return context.ascii ? "##" : "▓▓"
        case "d": return context.ascii ? "**" : "▒▒"
        default: return context.ascii ? "  " : "░░"
        }
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard !area.isEmpty else { return }
        var x = area.x
        for v in 0..<3 {
            let label = "\(v + 1) \(name(v, context))"
            x = frame.put(v == view ? "[\(label)]" : " \(label) ", x: x, y: area.y, role: v == view ? .selected : .normal, clip: area)
            x += 1
        }
        let rows = Self.mask.count, cols = Self.mask[0].count
        let top = area.y + 2
        let right = area.x + cols * 2 + 4
        frame.put(context.tr("picture", "그림"), x: area.x, y: area.y + 1, role: .heading, clip: area)
        frame.put(name(view, context), x: right, y: area.y + 1, role: .heading, clip: area)
        for r in 0..<rows {
            for c in 0..<cols {
                let ch = Self.pixel(r, c)
                frame.put(shade(ch, context), x: area.x + c * 2, y: top + r, role: ch == "." ? .dim : .normal, clip: area)
            }
        }
        let caption: String
        switch view {
        case 0:
            for r in 0..<rows { for c in 0..<cols { frame.put(shade(Self.pixel(r, c), context), x: right + c * 2, y: top + r, role: .dim, clip: area) } }
            let label = Self.classes[Self.imageLabel]?.text(context.language) ?? ""
            let tag = " \(label) "
            frame.put(tag, x: right + cols - DisplayWidth.of(tag) / 2, y: top + rows / 2, role: .selected, clip: area)
            caption = context.tr("One label for the whole image: \"\(label)\". Where it is, and the dog, are lost.",
                                 "이미지 전체에 레이블 하나: \"\(label)\". 위치도, 개도 사라져요.")
        case 1:
            for r in 0..<rows { for c in 0..<cols { frame.put(shade(Self.pixel(r, c), context), x: right + c * 2, y: top + r, role: .dim, clip: area) } }
            for b in Self.boxes() {
                let rect = Rect(x: right + b.left * 2 - 1, y: top + b.top - 1, width: (b.right - b.left + 1) * 2 + 2, height: b.bottom - b.top + 3)
                frame.box(rect.intersection(area), glyphs: context.glyphs, role: .accent)
                frame.put(Self.classes[b.letter]?.text(context.language) ?? "", x: rect.x + 1, y: rect.y, role: .accent, clip: area)
            }
            caption = context.tr("A box and a label per object: \(Self.boxes().count) objects found.",
                                 "물체마다 박스 하나와 레이블 하나: 물체 \(Self.boxes().count)개.")
        default:
            for r in 0..<rows {
                for c in 0..<cols {
                    let ch = Self.pixel(r, c)
                    frame.put(ch == "." ? (context.ascii ? ". " : "· ") : "\(ch) ", x: right + c * 2, y: top + r,
                              role: ch == "c" ? .heat3 : ch == "d" ? .heat1 : .dim, clip: area)
                }
            }
            caption = context.tr("A label for every pixel (c = cat, d = dog, · = background): not the same as classification.",
                                 "픽셀마다 레이블 (c = 고양이, d = 개, · = 배경): 분류와 같지 않아요.")
        }
        VisionDraw.wrapped(&frame, caption, x: area.x, y: min(top + rows, area.maxY - 1), width: area.width, clip: area)
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        var out = [context.tr("classification: ", "분류: ") + (Self.classes[Self.imageLabel]?.text(context.language) ?? "")]
        out.append(context.tr("detection:", "검출:"))
        for b in Self.boxes() {
            out.append("  \(Self.classes[b.letter]?.text(context.language) ?? "") " + context.tr("rows \(b.top)–\(b.bottom), cols \(b.left)–\(b.right)", "\(b.top)–\(b.bottom)행, \(b.left)–\(b.right)열"))
        }
        out.append(context.tr("segmentation (one label per pixel):", "segmentation (픽셀마다 레이블):"))
        out += Self.mask.map { "  " + $0 }
        return out
    }
}

extension SegmentationViewsScene {
    public var shareValues: [String: ContentValue] {
        let views = SegmentationViewsParams.View.allCases
        return ["view": .string(views[min(max(0, view), views.count - 1)].rawValue)]
    }
}
