import DLContent
import TUIKit
import XCTest
@testable import DLStudyApp

/// Every scene of every shipped lesson page, drawn at the sizes in a few states: it never draws
/// outside its area, and under `--ascii` every cell it draws is ASCII (Hangul of Korean strings aside).
final class SceneDrawingTests: XCTestCase {
    static let sizes = [(80, 24), (120, 40), (200, 60), (40, 12), (20, 4)]
    static let sentinel = Cell("¤", role: .quote)

    /// (lesson id, page number, scene) for every shipped page with a scene, in a few states each.
    static func shippedScenes() -> [(String, Int, any LessonScene)] {
        let library = ContentLoader.load(root: ConvolutionSceneSupport.repositoryRoot)
        var out: [(String, Int, any LessonScene)] = []
        for lesson in library.lessons {
            for (i, page) in lesson.pages.enumerated() {
                guard let spec = page.scene, case .success(let scene) = SceneFactory.build(spec) else { continue }
                out.append((lesson.id, i + 1, scene))
                var stepped = scene
                for key in [Key.char(" "), .char(" "), .tab, .right, .down, .char("b"), .char("v")] { _ = stepped.handle(key) }
                out.append((lesson.id, i + 1, stepped))
            }
        }
        return out
    }

    func testThereAreScenesToDraw() {
        XCTAssertGreaterThan(Self.shippedScenes().count, 80)
    }

    func testNoSceneDrawsOutsideItsArea() {
        for (lesson, page, scene) in Self.shippedScenes() {
            for ascii in [false, true] {
                for language in [Language.en, .ko] {
                    for (w, h) in Self.sizes {
                        var frame = Frame(size: Size(width: w + 4, height: h + 4))
                        frame.fill(frame.bounds, with: "¤", role: .quote)
                        let area = Rect(x: 2, y: 2, width: w, height: h)
                        scene.draw(into: &frame, area: area, context: SceneContext(language: language, ascii: ascii, color: false))
                        var outside: [String] = []
                        for y in 0..<frame.size.height {
                            for x in 0..<frame.size.width where !area.contains(x: x, y: y) {
                                if frame.cell(x: x, y: y) != Self.sentinel { outside.append("(\(x),\(y))") }
                            }
                        }
                        XCTAssertEqual(outside, [], "\(lesson) page \(page) at \(w)x\(h) ascii=\(ascii) \(language) drew outside:\n\(frame.text)")
                    }
                }
            }
        }
    }

    func testUnderASCIIEverySceneCellIsASCII() {
        var folded: [String: Set<String>] = [:], missing: Set<String> = []
        for (lesson, page, scene) in Self.shippedScenes() {
            for language in [Language.en, .ko] {
                for (w, h) in [(80, 24), (200, 60)] {
                    let context = SceneContext(language: language, ascii: true, color: false)
                    var raw = Frame(size: Size(width: w, height: h))
                    scene.draw(into: &raw, area: raw.bounds, context: context)
                    for cell in raw.cells where !cell.isContinuation && !ASCIIFold.keeps(cell.text) && ASCIIFold.table[cell.text.first ?? " "] == nil {
                        missing.insert(cell.text)
                    }
                    var frame = Frame(size: Size(width: w, height: h))
                    LessonView.drawScene(scene, into: &frame, area: frame.bounds, context: context)
                    for cell in frame.cells where !Self.isASCIIOrHangul(cell.text) {
                        folded["\(lesson) page \(page)", default: []].insert(cell.text)
                    }
                }
            }
        }
        XCTAssertEqual(folded.mapValues { $0.sorted().joined() }, [:])
        XCTAssertEqual(missing.sorted(), [], "symbols without an ASCII stand-in (they would become '?')")
    }

    func testTheFoldKeepsEveryCellInPlace() {
        var frame = Frame(size: Size(width: 12, height: 1))
        frame.put("3·3 → 채널 ✓", x: 0, y: 0)
        frame.foldToASCII(frame.bounds)
        XCTAssertEqual(frame.text, "3*3 > 채널 v")
    }

    static func isASCIIOrHangul(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII || (0xAC00...0xD7A3).contains($0.value) || (0x3131...0x318E).contains($0.value) }
    }
}
