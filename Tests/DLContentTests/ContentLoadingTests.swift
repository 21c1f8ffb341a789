import XCTest
@testable import DLContent

final class ContentLoadingTests: XCTestCase {
    func testFixtureContentLoadsWithoutProblems() {
        let lib = ContentLoader.load(root: Fixtures.content)
        XCTAssertEqual(lib.diagnostics, [])
        XCTAssertEqual(lib.lessons.map(\.id).sorted(), ["l4-convolution", "l5-vgg", "l6-segmentation", "l7-lstm"])
        XCTAssertEqual(lib.quizItems.map(\.id), ["l4-why-channels", "l4-params-73728"])
        let conv = lib.lesson("l4-convolution")
        XCTAssertEqual(conv?.pages.count, 2)
        XCTAssertEqual(conv?.pages.first?.id, "conv-elementwise")
        XCTAssertEqual(lib.quizItems[0].answer, .choices([1]))
        XCTAssertEqual(lib.quizItems[1].answer, .number(73728))
        XCTAssertEqual(lib.quizItems[1].tolerance, 0)
        XCTAssertEqual(lib.quizItems[1].verify, "conv-params k=3 cin=128 cout=64 bias=0")
    }

    func testBrokenFilesAreReportedWithPositionsAndTheRestStillLoads() {
        let lib = ContentLoader.load(root: Fixtures.brokenContent)
        XCTAssertEqual(lib.diagnostics.map(\.description), [
            "Lessons/bad.yaml:4:8: lesson title: missing Korean (ko) translation",
            "Lessons/bad.yaml:5:12: unknown concept 'strde' (did you mean 'stride'?)",
            "Lessons/bad.yaml:7:1: page 1: {{nosuch a=1}}: unknown calc name 'nosuch' (did you mean 'rf'?)",
            "Lessons/bad.yaml:9:12: page 1 scene 'nosuchscene': unknown scene type (known: \(SceneCatalog.types.isEmpty ? "none yet" : SceneCatalog.types.joined(separator: ", ")))",
            "Lessons/syntax.yaml:3:1: YAML syntax: while parsing a flow sequence did not find expected ',' or ']'",
            "Quizzes/q.yaml:9:13: item 'dup': answer 'd' is not among the 2 choices",
            "Quizzes/q.yaml:11:5: item 'num': missing 'tolerance'",
            "Quizzes/q.yaml:18:1: item 'dup': no lesson 'nolesson'",
            "Quizzes/q.yaml:25:1: quiz item id 'dup' is also used in Quizzes/q.yaml:18",
            "Quizzes/q.yaml:31:1: item 'wrong-number': {{conv-out i=7 kk=3}}: conv-out: unknown key 'kk' (did you mean 'k'?) (keys: i k s p d)",
            "Quizzes/q.yaml:31:1: item 'wrong-number': answer 6 differs from the engine's 5 for 'conv-out i=7 k=3' (tolerance 0)",
        ])
        XCTAssertEqual(lib.lessons.map(\.id).sorted(), ["bad", "good"])
        XCTAssertTrue(lib.isBroken(lib.lesson("bad")!))
        XCTAssertFalse(lib.isBroken(lib.lesson("good")!))
        XCTAssertEqual(lib.brokenFiles, ["Lessons/bad.yaml", "Lessons/syntax.yaml", "Quizzes/q.yaml"])
    }

    func testQuizKindsAndAnswersAreValidated() {
        let yaml = """
        set: s
        lecture: 5
        items:
          - id: m
            kind: multiple
            concepts: [batchnorm]
            prompt: {en: p, ko: p}
            choices: [{en: a, ko: a}, {en: b, ko: b}, {en: c, ko: c}]
            answer: [c, a]
            explanation: {en: e, ko: e}
          - id: t
            kind: truefalse
            concepts: [batchnorm]
            prompt: {en: p, ko: p}
            answer: maybe
            explanation: {en: e, ko: e}
          - id: n
            kind: numeric
            concepts: [batchnorm]
            prompt: {en: p, ko: p}
            answer: 3
            tolerance: -1
            verify: "x"
            explanation: {en: e}
          - id: s
            kind: single
            concepts: [batchnorm]
            prompt: {en: p, ko: p}
            choices: [{en: a, ko: a}]
            answer: a
            tolerance: 0
            explanation: {en: e, ko: e}
        """
        let (set, items, diags) = QuizParser.parse(yaml, file: "x.yaml")
        XCTAssertEqual(set, "s")
        XCTAssertEqual(items.map(\.id), ["m"])
        XCTAssertEqual(items.first?.answer, .choices([0, 2]))
        XCTAssertEqual(diags.map(\.description), [
            "x.yaml:15:13: item 't': answer must be true or false",
            "x.yaml:24:18: item 'n' explanation: missing Korean (ko) translation",
            "x.yaml:22:16: item 'n': tolerance must not be negative",
            "x.yaml:29:14: item 's': needs 2 to 6 choices, has 1",
            "x.yaml:31:16: item 's': 'tolerance' is only for numeric items",
        ])
    }

    func testUnknownKeysAndEmptyFilesAreErrors() {
        let (lesson, diags) = LessonParser.parse("id: a\nlecture: 9\norder: 1\ntitel: {en: x, ko: y}\nconcepts: []\npages: []\n", file: "a.yaml")
        XCTAssertEqual(lesson?.id, "a")
        XCTAssertEqual(diags.map(\.message), [
            "lesson: unknown key 'titel' (known keys: concepts, id, lecture, order, pages, title)",
            "lecture must be 4, 5, 6 or 7, not 9",
            "lesson: missing 'title' (needs en and ko)",
            "a lesson needs at least one page",
        ])
        XCTAssertEqual(LessonParser.parse("", file: "e.yaml").1.map(\.message),
                       ["the file is empty: a lesson needs id, lecture, order, title, concepts and pages"])
    }

    func testLinksResolveToLessonPages() {
        let lib = ContentLoader.load(root: Fixtures.content)
        XCTAssertEqual(lib.resolve(link: "l4-convolution#conv-elementwise")?.page, 0)
        XCTAssertEqual(lib.resolve(link: "l7-lstm")?.lesson.id, "l7-lstm")
        XCTAssertNil(lib.resolve(link: "l4-convolution#nope"))
    }
}
