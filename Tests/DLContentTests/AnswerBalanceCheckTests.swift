import XCTest
@testable import DLContent

/// `dlstudy check` reports answer-position bias per quiz set: hand-built biased banks are caught, a
/// balanced one and the shipped bank pass.
final class AnswerBalanceCheckTests: XCTestCase {
    /// A quiz set file whose items have the given kinds and answers (`b`, `[a, c]`, `true`).
    func bank(_ answers: [(kind: String, answer: String)]) -> [QuizItem] {
        var text = "set: l4-fixture\nlecture: 4\nitems:\n"
        for (n, a) in answers.enumerated() {
            text += """
              - id: l4-fixture-\(n)
                kind: \(a.kind)
                concepts: [pooling]
                lesson: l4-pooling#pooling
                prompt: {en: "Question \(n)?", ko: "질문 \(n)?"}

            """
            if a.kind != "truefalse" {
                text += "    choices:\n" + (0..<4).map { "      - {en: \"choice \($0)\", ko: \"보기 \($0)\"}\n" }.joined()
            }
            text += "    answer: \(a.answer)\n    explanation: {en: \"Because.\", ko: \"그래서요.\"}\n"
        }
        let (_, items, diagnostics) = QuizParser.parse(text, file: "Quizzes/l4-fixture.yaml")
        XCTAssertEqual(diagnostics.map(\.description), [], "the fixture itself parses")
        return items
    }

    func testOneLetterKeyingMostSingleChoiceItemsIsReported() {
        let items = bank([("single", "b"), ("single", "b"), ("false-statement", "b"), ("single", "a"), ("single", "c")])
        let messages = AnswerBalanceCheck.problems(items: items).map(\.message)
        XCTAssertEqual(messages.count, 1, messages.joined(separator: "\n"))
        XCTAssertTrue(messages[0].contains("(b) is the key of 3 of its 5 single-answer items"), messages[0])
    }

    func testTwoInFiveIsTheLimitAndPasses() {
        let items = bank([("single", "a"), ("single", "b"), ("single", "c"), ("single", "d"), ("false-statement", "a")])
        XCTAssertEqual(AnswerBalanceCheck.problems(items: items).map(\.message), [])
    }

    func testMultipleAnswerItemsThatAlwaysKeyAAndThreeChoicesAreReported() {
        let items = bank([("multiple", "[a, b, c]"), ("multiple", "[a, c, d]"), ("multiple", "[a, b, d]")])
        let messages = AnswerBalanceCheck.problems(items: items).map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("(a) is a key of 3 of its 3 multiple-answer items") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("3 of its 3 multiple-answer items have exactly 3 correct choices") }, "\(messages)")
        XCTAssertEqual(messages.count, 2, "\(messages)")
    }

    func testVariedMultipleAnswerItemsPass() {
        let items = bank([("multiple", "[a, c]"), ("multiple", "[b, c, d]"), ("multiple", "[b, d]"), ("multiple", "[a, b, c, d]")])
        XCTAssertEqual(AnswerBalanceCheck.problems(items: items).map(\.message), [])
    }

    func testTrueFalseItemsThatAreAlmostAllFalseAreReported() {
        let items = bank([("truefalse", "false"), ("truefalse", "false"), ("truefalse", "false"), ("truefalse", "false"), ("truefalse", "true")])
        let messages = AnswerBalanceCheck.problems(items: items).map(\.message)
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains("4 of its 5 true/false items are false"), messages[0])
    }

    func testTheProblemPointsAtTheSetsFirstItemOfThatKind() throws {
        let items = bank([("truefalse", "true"), ("single", "b"), ("single", "b"), ("single", "b")])
        let problem = try XCTUnwrap(AnswerBalanceCheck.problems(items: items).first)
        let firstSingle = try XCTUnwrap(items.first { $0.kind == .single })
        XCTAssertEqual(problem.line, firstSingle.line)
        XCTAssertEqual(problem.file, "Quizzes/l4-fixture.yaml")
    }

    func testTheShippedBankHasNoPositionBias() {
        let library = ContentLoader.load(root: Fixtures.repository)
        XCTAssertEqual(AnswerBalanceCheck.problems(items: library.quizItems).map(\.description), [])
    }
}
