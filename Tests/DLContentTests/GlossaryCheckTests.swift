import XCTest
@testable import DLContent

/// The glossary rule of `dlstudy check`: Korean text that uses a calque the glossary replaces, or an
/// English term capitalised inside a Korean sentence, is warned about at its line; longer words,
/// headings, bold heads, quotations and lecture-quiz items are left alone.
final class GlossaryCheckTests: XCTestCase {
    let glossaryText = """
        terms:
          - en: map
            ko: 맵
            avoid: [지도]
          - en: weight
            ko: weight
            lowercase: true
        """

    var glossary: Glossary {
        let (g, problems) = Glossary.parse(glossaryText, file: "Lessons/glossary.yaml")
        XCTAssertEqual(problems.map(\.description), [])
        return g
    }

    /// A one-page lesson whose Korean body is `body` (indented as a block scalar).
    func lesson(title: String = "점수 맵", body: String) -> (Lesson, String) {
        let text = """
            id: l6-fixture
            lecture: 6
            order: 9
            title: {en: Fixture, ko: "\(title)"}
            concepts: [yolo]
            pages:
              - id: yolo
                concepts: [yolo]
                title: {en: Page, ko: "\(title)"}
                body:
                  en: |
                    Some English.
                  ko: |
            \(body.split(separator: "\n").map { "          " + $0 }.joined(separator: "\n"))

            """
        let (parsed, problems) = LessonParser.parse(text, file: "Lessons/l6-fixture.yaml")
        XCTAssertEqual(problems.map(\.description), [])
        guard let parsed else { XCTFail("fixture lesson parses"); return (Lesson(id: "", lecture: 6, order: 1, title: LocalizedText(en: "", ko: ""), concepts: [], pages: [], file: ""), text) }
        return (parsed, text)
    }

    func warnings(_ lesson: (Lesson, String), items: [QuizItem] = []) -> [Diagnostic] {
        GlossaryCheck.warnings(glossary: glossary, lessons: [lesson.0], items: items) { _ in lesson.1 }
    }

    func testACalqueIsWarnedAtItsOwnLine() throws {
        let fixture = lesson(body: "첫 줄이에요.\n그래서 출력은 점수 지도 전체예요.")
        let found = warnings(fixture)
        XCTAssertEqual(found.count, 1, "\(found)")
        let w = try XCTUnwrap(found.first)
        XCTAssertTrue(w.message.contains("'지도'") && w.message.contains("'맵'"), w.message)
        let lines = fixture.1.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[w.line - 1].contains("점수 지도"), "line \(w.line): \(lines[w.line - 1])")
    }

    func testTheCalqueInsideALongerWordIsNotWarned() {
        XCTAssertEqual(warnings(lesson(body: "값이 섞이지도 않고 사라지지도 않아요.")).map(\.message), [])
    }

    func testAnEnglishTermCapitalisedInAKoreanSentenceIsWarned() {
        let found = warnings(lesson(body: "Weight를 공유하니 파라미터가 적어요."))
        XCTAssertEqual(found.count, 1, "\(found)")
        XCTAssertTrue(found.first?.message.contains("'Weight'") ?? false)
    }

    func testHeadingsBoldHeadsQuotationsAndLowerCaseAreNotWarned() {
        let body = "**Weight**: 학습되는 값이에요.\n노트에는 \"Weight sharing\"이라고 적혀 있어요.\nweight를 공유해요. Weights는 영어 복수형이라 다른 단어예요."
        XCTAssertEqual(warnings(lesson(title: "Weight 공유", body: body)).map(\.message), [])
    }

    func testLectureQuizItemsKeepTheNotesCapitals() {
        let text = """
            set: l6-fixture
            lecture: 6
            items:
              - id: l6-fixture-notes
                kind: truefalse
                source: lecture-quiz
                concepts: [yolo]
                lesson: l6-fixture#yolo
                prompt: {en: "Weights?", ko: "Weight를 공유할까요? 점수 지도도 볼까요?"}
                answer: true
                explanation: {en: "Yes.", ko: "네."}
            """
        let (_, items, problems) = QuizParser.parse(text, file: "Quizzes/l6-fixture.yaml")
        XCTAssertEqual(problems.map(\.description), [])
        let found = GlossaryCheck.warnings(glossary: glossary, lessons: [], items: items).map(\.message)
        XCTAssertEqual(found.count, 1, "only the calque, not the notes' capital: \(found)")
        XCTAssertTrue(found.first?.contains("'지도'") ?? false)
    }

    func testAGlossaryEntryThatChecksNothingIsAProblem() {
        let (_, problems) = Glossary.parse("terms:\n  - en: box\n    ko: 박스\n", file: "Lessons/glossary.yaml")
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems.first?.message.contains("checks nothing") ?? false)
        XCTAssertEqual(problems.first?.line, 2)
    }

    func testTheGlossaryFileIsNotLoadedAsALesson() {
        let library = ContentLoader.load(root: Fixtures.repository)
        XCTAssertFalse(library.lessons.contains { $0.file.hasSuffix(Glossary.fileName) })
        XCTAssertFalse(library.diagnostics.contains { $0.file.hasSuffix(Glossary.fileName) })
    }

    func testTheShippedContentUsesTheGlossarysTerms() {
        let library = ContentLoader.load(root: Fixtures.repository)
        let result = GlossaryCheck.check(glossaryFiles: [ContentLoader.glossaryPath(root: Fixtures.repository)], library: library)
        XCTAssertEqual(result.problems.map(\.description), [])
        XCTAssertEqual(result.warnings.map(\.description), [])
        XCTAssertTrue(FileManager.default.fileExists(atPath: ContentLoader.glossaryPath(root: Fixtures.repository)), "Lessons/glossary.yaml is shipped")
    }
}
