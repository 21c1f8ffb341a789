import DLContent
import TUIKit
import XCTest
@testable import DLStudyApp

/// A lesson page draws its scene once: the drawing made to measure the scene's rows is pasted into
/// the scene's area when that area has the measured size. On every scene page of the course, in
/// both languages, with and without `--ascii`, at two sizes, after keys that step, resize or
/// reset scenes, the layout equals the one measured the old way (scene drawn into a scratch frame
/// filled with a marker, rows that lost a marker counted) and the frame equals the frame with the
/// scene drawn again into its area.
final class SceneDrawnOnceTests: XCTestCase {
    /// The rows a scene uses, measured as before: scratch filled with U+0001, the last row in which
    /// any cell's text is no longer U+0001.
    static func markerRows(_ viewer: LessonViewerState, width: Int, maxRows: Int, context: SceneContext) -> Int {
        guard width > 0, maxRows > 0 else { return 0 }
        var scratch = Frame(size: Size(width: width, height: maxRows))
        scratch.fill(scratch.bounds, with: "\u{1}")
        if let scene = viewer.scene {
            scene.draw(into: &scratch, area: scratch.bounds, context: context)
        } else if let problems = viewer.sceneProblem {
            SceneProblemBox.draw(problems, into: &scratch, area: scratch.bounds, context: context)
        }
        let used = (0..<maxRows).last { y in (0..<width).contains { scratch.cell(x: $0, y: y)?.text != "\u{1}" } }
        return used.map { $0 + 1 } ?? 0
    }

    /// The prose height as the layout rule states it, with the scene measured the old way.
    static func referenceProseHeight(_ viewer: LessonViewerState, state: AppState, lines: Int) -> Int {
        let body = state.size.height - 6
        guard viewer.hasSceneArea, state.size.width < 140 else { return body }
        let floor = min(lines, max(3, body / 3))
        if floor == lines { return lines }
        let need = markerRows(viewer, width: state.size.width - 2, maxRows: max(0, body - 1 - floor), context: LessonView.sceneContext(state))
        return min(lines, max(floor, body - 1 - need))
    }

    /// Keys that step a scene, change its size (depth, view, speed), turn pages, reset, scroll.
    static let keys: [Key] = [.char(" "), .char(" "), .char(" "), .right, .char("+"), .char("+"), .char("v"), .tab,
                              .char("a"), .char("a"), .left, .char("-"), .char("r"), .down, .char("c"), .up]

    func testPastedSceneEqualsSceneDrawnAgain() throws {
        let configurations: [(Int, Int, Language, Bool)] = [(120, 40, .en, false), (120, 40, .ko, false), (120, 40, .en, true), (80, 24, .ko, false)]
        var pages = 0, pasted = 0
        for (width, height, language, ascii) in configurations {
            let base = TestApp.state(width: width, height: height, language: language, ascii: ascii, root: ConvolutionSceneSupport.repositoryRoot)
            for lesson in base.library.lessons {
                for (index, page) in lesson.pages.enumerated() where page.scene != nil {
                    var state = base
                    _ = App.openLesson(&state, id: lesson.id, page: index, alone: true)
                    pages += 1
                    for (step, key) in ([nil] + Self.keys).enumerated() {
                        if let key { TestApp.press([key], &state) }
                        guard case .lesson(let viewer) = state.current else { break }
                        let label = "\(lesson.id) page \(index + 1) \(width)×\(height) \(language) ascii \(ascii) after \(step) keys"
                        let lines = LessonView.bodyLines(viewer, state: state).count
                        let (height, drawn) = LessonView.layout(viewer, state: state, lines: lines)
                        XCTAssertEqual(height, Self.referenceProseHeight(viewer, state: state, lines: lines), label)
                        if let drawn, drawn.size.height == state.size.height - 7 - height { pasted += 1 }
                        var once = Frame(size: state.size), twice = Frame(size: state.size)
                        LessonView.draw(viewer, state: state, into: &once)
                        LessonView.draw(viewer, state: state, into: &twice, pastingMeasuredScene: false)
                        if once != twice {
                            return XCTFail("\(label): frames differ\n\(once.text)\n---\n\(twice.text)")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(pages, 100)
        XCTAssertGreaterThan(pasted, pages, "most pages paste their measured scene")
    }
}
