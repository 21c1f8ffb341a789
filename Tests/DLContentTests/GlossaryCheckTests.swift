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

/// The glossary check's byte search (`WordSearch`) finds exactly what Foundation's `range(of:)`
/// search (`GlossaryCheck.containsWord`, kept for texts the byte search declines) finds, on the
/// shipped Korean texts with calques, capitals, quotes and bold heads put in.
final class WordSearchTests: XCTestCase {
    func testByteSearchAgreesWithRangeOfOnTheShippedTexts() throws {
        let library = ContentLoader.load(root: Fixtures.repository)
        var texts = library.lessons.flatMap { lesson in [lesson.title.ko] + lesson.pages.flatMap { [$0.title.ko, $0.body.ko] } }
        texts += library.quizItems.flatMap { [$0.prompt.ko, $0.explanation.ko] + $0.choices.map(\.ko) }
        let marked = texts.filter { $0.contains("\"") || $0.contains("“") || $0.contains("*") }
        let sample = Array(marked.prefix(30)) + stride(from: 0, to: texts.count, by: max(1, texts.count / 30)).map { texts[$0] }
        let words = ["지도", "상자", "Weight", "Feature map", "Kernel", "필터", "\"", "e"]
        let asciiLetter: (Character) -> Bool = { $0.isASCII && $0.isLetter }
        var compared = 0, found = 0
        for text in sample {
            for variant in [text, "지도 " + text + " Weight를", "**Weight**: \"Weight 지도\" " + text, "섞이지도 " + text + "\r\n“Kernel”Kernels"] {
                var fast = try XCTUnwrap(WordSearch(variant), "the shipped texts are simple: \(variant.prefix(60))")
                for word in words {
                    let needle = try XCTUnwrap(WordSearch.Needle(word))
                    for (boundary, unquoted) in [(GlossaryCheck.isHangulOrLetter, false), (asciiLetter, true)] {
                        let reference = GlossaryCheck.containsWord(word, in: unquoted ? GlossaryCheck.unquoted(variant) : variant,
                                                                   boundary: boundary, skipAfterBold: unquoted)
                        XCTAssertEqual(fast.contains(needle, unquoted: unquoted, boundary: boundary, skipAfterBold: unquoted), reference,
                                       "'\(word)' (unquoted: \(unquoted)) in \(variant.prefix(80))")
                        compared += 1
                        if reference { found += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(found, 50, "words found")
        XCTAssertGreaterThan(compared - found, 50, "words not found")
    }

    func testTextsWithCombiningMarksOrEquivalentScalarsAreLeftToRangeOf() {
        XCTAssertNil(WordSearch("cafe\u{301} 지도"))
        XCTAssertNil(WordSearch("\u{1100}\u{1161} 지도"))    // conjoining jamo: 가 written in two scalars
        XCTAssertNil(WordSearch("저항 \u{2126}"))           // OHM SIGN equals Ω
        XCTAssertNotNil(WordSearch("합성곱 3×3 → “필터” Wᵀx"))
        XCTAssertNil(WordSearch.Needle(""))
    }
}
