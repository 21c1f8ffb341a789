import XCTest
@testable import DLContent

/// The content the repository ships: every file validates (placeholders and numeric answers checked
/// against the engine), every syllabus concept is taught by a lesson page and asked by two items.
final class ShippedContentTests: XCTestCase {
    var library: ContentLibrary { ContentLoader.load(root: Fixtures.repository) }

    func testEveryFileValidates() {
        let lib = library
        XCTAssertEqual(lib.diagnostics.map(\.description), [])
        XCTAssertGreaterThanOrEqual(lib.lessons.count, 4)
        for lecture in 4...7 { XCTAssertFalse(lib.lessons(lecture: lecture).isEmpty, "lecture \(lecture) has a lesson") }
    }

    func testEveryConceptHasAMainPageAndTwoQuizItems() {
        let lib = library
        for concept in Syllabus.concepts {
            let page = lib.lessons.contains { lesson in lesson.pages.contains { $0.id == concept.id } }
            XCTAssertTrue(page, "no lesson page with id \(concept.id)")
            let items = lib.quizItems.filter { $0.concepts.contains(concept.id) }
            XCTAssertGreaterThanOrEqual(items.count, 2, "quiz items for \(concept.id)")
        }
    }

    func testLectureQuestionsFromTheNotesAreThere() {
        let lecture = library.quizItems.filter { $0.source == "lecture-quiz" }
        XCTAssertEqual(Set(lecture.map(\.lecture)), [4, 5, 6])
        XCTAssertTrue(lecture.contains { $0.prompt.ko.contains("CNN에서 여러 채널을 사용하는 주된 이유는 무엇인가요?") })
        XCTAssertTrue(lecture.contains { $0.prompt.ko.contains("Skip Connection이 그래디언트 소실 문제를 어떻게 해결하나요?") })
        XCTAssertTrue(lecture.contains { $0.prompt.ko.contains("Semantic Segmentation에 관한 다음 설명 중 틀린 것은?") })
    }

    func testEveryNumericItemIsVerifiedByTheEngine() throws {
        let numeric = library.quizItems.filter { $0.kind == .numeric }
        XCTAssertFalse(numeric.isEmpty)
        for item in numeric {
            let verify = try XCTUnwrap(item.verify, item.id)
            guard case .number(let answer) = item.answer else { return XCTFail(item.id) }
            let value = try CalcEvaluator.evaluate(verify).value
            XCTAssertEqual(value, answer, accuracy: (item.tolerance ?? 0) + 1e-9, item.id)
        }
    }
}
