import DLContent
import DLEngine
import XCTest

/// Generated drills: reproducible by seed, every kind produced, answers computed by the engine and
/// shown with the formula filled in.
final class DrillGeneratorTests: XCTestCase {
    func testSameSeedSameQuestionsDifferentSeedDifferentOnes() {
        let a = DrillGenerator.make(seed: 42, count: 25)
        XCTAssertEqual(a, DrillGenerator.make(seed: 42, count: 25))
        XCTAssertEqual(a.count, 25)
        XCTAssertNotEqual(a.map(\.prompt), DrillGenerator.make(seed: 43, count: 25).map(\.prompt))
        XCTAssertEqual(Set(a.map(\.id)).count, 25)
    }

    func testEveryKindIsGeneratedWithConceptLessonAndExplanation() {
        for kind in DrillKind.allCases {
            let items = DrillGenerator.make(seed: 7, count: 5, kinds: [kind])
            XCTAssertEqual(items.count, 5, kind.rawValue)
            for item in items {
                XCTAssertEqual(item.concepts, [kind.concept])
                XCTAssertNotNil(Syllabus.concept(kind.concept), kind.concept)
                XCTAssertEqual(item.kind, .numeric)
                guard case .number(let value) = item.answer else { return XCTFail("not numeric") }
                XCTAssertTrue(item.explanation.en.contains("= \(Int(value))"), item.explanation.en)
                XCTAssertTrue(item.explanation.ko.contains("= \(Int(value))"), item.explanation.ko)
                XCTAssertFalse(item.prompt.ko.isEmpty)
            }
        }
    }

    func testConvOutputAnswersMatchTheEngineOnFullTensorsIncludingFloorCases() throws {
        var floorCases = 0
        for item in DrillGenerator.make(seed: 3, count: 40, kinds: [.convOut]) {
            let numbers = item.prompt.en.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            // A I×I input, K×K kernel, stride S, padding P [, dilation D].
            let (i, k, s, p) = (numbers[0], numbers[2], numbers[4], numbers[5])
            let d = numbers.count > 6 ? numbers[6] : 1
            let out = try conv2d(Tensor(zeros: [1, 1, i, i]), weight: Tensor(zeros: [1, 1, k, k]),
                                 options: Conv2DOptions(stride: .square(s), padding: .int(p), dilation: .square(d)))
            XCTAssertEqual(item.answer, .number(Double(out.shape[2])), item.prompt.en)
            if (i + 2 * p - d * (k - 1) - 1) % s != 0 { floorCases += 1 }
        }
        XCTAssertGreaterThan(floorCases, 5, "the drills include sizes where the division rounds down")
    }

    func testRecurrentCountsMatchTheVocabularyFormula() {
        for item in DrillGenerator.make(seed: 11, count: 10, kinds: [.lstmParams, .gruParams]) {
            let n = item.prompt.en.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            let (i, h) = (n[0], n[1])
            let gates = item.prompt.en.contains("LSTM") ? 4 : 3
            XCTAssertEqual(item.answer, .number(Double(gates * h * (i + h) + 2 * gates * h)), item.prompt.en)
        }
    }

    func testAnswersAreParsedAndGraded() throws {
        let item = try XCTUnwrap(DrillGenerator.make(seed: 1, count: 1).first)
        guard case .number(let value) = item.answer else { return XCTFail() }
        let typed = try QuizResponse.parse(QuizNumber.format(value), for: item).get()
        XCTAssertTrue(item.isCorrect(typed))
        XCTAssertFalse(item.isCorrect(.number(value + 1)))
        XCTAssertEqual(QuizResponse.parse("abc", for: item), .failure(.expectedNumber))
        XCTAssertEqual(QuizNumber.parse("73,728"), 73728)
    }

    /// Stored answers are written as a student would type them and read back to the same number:
    /// no dangling point (`1.00001` was `1.`), no `.0000` tail on huge numbers, ASCII minus.
    func testNumbersAreWrittenAsTypedAnswers() {
        XCTAssertEqual(QuizResponse.number(1.00001).text, "1")
        XCTAssertEqual(QuizResponse.number(1.39).text, "1.39")
        XCTAssertEqual(QuizResponse.number(-0.25).text, "-0.25")
        XCTAssertEqual(QuizResponse.number(73728).text, "73728")
        XCTAssertEqual(QuizResponse.number(2e15).text, "2e15")
        XCTAssertEqual(QuizNumber.parse(QuizResponse.number(2e15).text), 2e15)
    }
}
