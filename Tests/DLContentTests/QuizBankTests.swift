import DLContent
import XCTest

/// The question bank as shipped (Quizzes/): loads cleanly, covers every syllabus concept at least
/// twice, links every item to an existing lesson page, and answers are well formed for their kind.
final class QuizBankTests: XCTestCase {
    func testBankLoadsWithoutProblemsAndCoversEveryConcept() {
        let lib = ContentLoader.load(root: Fixtures.repository)
        XCTAssertEqual(lib.diagnostics.filter { $0.file.hasPrefix("Quizzes/") }.map(\.description), [])
        var count: [String: Int] = [:]
        for item in lib.quizItems { for concept in item.concepts { count[concept, default: 0] += 1 } }
        for concept in Syllabus.concepts {
            XCTAssertGreaterThanOrEqual(count[concept.id] ?? 0, 2, "concept \(concept.id)")
        }
        for lecture in Syllabus.lectures.map(\.number) {
            XCTAssertFalse(lib.quizItems.filter { $0.lecture == lecture }.isEmpty, "lecture \(lecture)")
        }
    }

    func testEveryItemLinksToALessonPageAndHasWellFormedAnswers() throws {
        let lib = ContentLoader.load(root: Fixtures.repository)
        for item in lib.quizItems {
            let link = try XCTUnwrap(item.lesson, "\(item.id) has no lesson link")
            let parts = link.split(separator: "#").map(String.init)
            let lesson = try XCTUnwrap(lib.lesson(parts[0]), "\(item.id): \(link)")
            if parts.count > 1 { XCTAssertTrue(lesson.pages.contains { $0.id == parts[1] }, "\(item.id): \(link)") }
            XCTAssertFalse(item.explanation.en.isEmpty || item.explanation.ko.isEmpty, item.id)
            switch (item.kind, item.answer) {
            case (.numeric, .number): XCTAssertNotNil(item.tolerance, item.id)
            case (.truefalse, .truth): break
            case (.multiple, .choices(let c)): XCTAssertTrue(c.allSatisfy { item.choices.indices.contains($0) }, item.id)
            case (.single, .choices(let c)), (.falseStatement, .choices(let c)):
                XCTAssertEqual(c.count, 1, item.id)
                XCTAssertTrue(item.choices.indices.contains(c[0]), item.id)
            default: XCTFail("\(item.id): answer does not fit kind \(item.kind)")
            }
            // The right answer, typed as in plain mode, is read back and graded right.
            let typed = try QuizResponse.parse(item.answerText, for: item).get()
            XCTAssertTrue(item.isCorrect(typed), item.id)
        }
    }

    func testTheThreeLectureQuestionsAreInTheBankInBothLanguages() {
        let lib = ContentLoader.load(root: Fixtures.repository)
        let fromNotes = lib.quizItems.filter { $0.source == "lecture-quiz" }
        XCTAssertEqual(Set(fromNotes.map(\.lecture)), [4, 5, 6], "the notes' three lecture questions (L4, L5, L6)")
        for item in fromNotes { XCTAssertTrue(item.prompt.ko.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, item.id) }
    }
}
