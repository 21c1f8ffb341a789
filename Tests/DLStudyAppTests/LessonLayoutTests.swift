import DLContent
import TUIKit
import XCTest
@testable import DLStudyApp

/// Layout by constraints: the prose gets every row its page's scene does not need.
final class LessonLayoutTests: XCTestCase {
    /// At 120×40 no shipped page cuts its prose while more than 2 rows of the body stay empty.
    func testNoPageCutsItsProseWhileBodyRowsStayEmpty() throws {
        var state = TestApp.state(width: 120, height: 40, root: ConvolutionSceneSupport.repositoryRoot)
        var checked = 0
        for language in [Language.en, .ko] {
            for lesson in state.library.lessons {
                for (index, page) in lesson.pages.enumerated() where page.scene != nil {
                    state.language = language
                    state.stack = []
                    _ = App.openLesson(&state, id: lesson.id, page: index, alone: true)
                    let viewer = try XCTUnwrap(ConvolutionSceneSupport.viewer(state))
                    let lines = LessonView.bodyLines(viewer, state: state).count
                    let shown = LessonView.proseHeight(viewer, state: state)
                    guard lines > shown else { continue }
                    checked += 1
                    let frame = App.view(state)
                    let body = LessonView.bodyHeight(state.size)
                    let empty = frame.lines()[4..<(4 + body)].filter { $0.trimmingCharacters(in: .whitespaces).isEmpty }.count
                    XCTAssertLessThanOrEqual(empty, 2, "\(lesson.id) page \(index + 1) \(language): prose cut at \(shown)/\(lines) with \(empty) empty rows\n\(frame.text)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 0, "some page is long enough to be cut")
    }

    /// The example: the convolution stepper page at 120×40 no longer stops its prose after 10 lines.
    func testStepperPageShowsMoreProseThanAThird() throws {
        let state = ConvolutionSceneSupport.state(lesson: "l4-convolution", page: "conv-elementwise", width: 120, height: 40)
        let viewer = try XCTUnwrap(ConvolutionSceneSupport.viewer(state))
        XCTAssertGreaterThan(LessonView.proseHeight(viewer, state: state), LessonView.bodyHeight(state.size) / 3)
    }
}
