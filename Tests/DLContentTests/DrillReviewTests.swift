import DLContent
import DLEngine
import XCTest

/// Drills that come back: a drill's stored spec rebuilds exactly its question; every generator
/// works at every difficulty; a missed drill is due again after FSRS's one-minute learning step
/// (an injected clock, no sleeping) with the same numbers, and after a second miss it comes back
/// with fresh numbers; quiz plans grow endless sessions without changing what they asked.
final class DrillReviewTests: XCTestCase {
    let t0 = 1_780_000_000.0

    func testSpecRebuildsExactlyTheQuestionAndItsNumbersRoundTripAsText() throws {
        for difficulty in DrillDifficulty.allCases {
            for item in DrillGenerator.make(seed: 5, count: 30, difficulty: difficulty) {
                let spec = try XCTUnwrap(item.drill, item.id)
                XCTAssertEqual(spec.itemID, item.id)
                XCTAssertEqual(DrillGenerator.item(spec), item)
                XCTAssertEqual(DrillParameters(text: spec.parameters.text), spec.parameters)
            }
        }
        XCTAssertNil(DrillParameters(text: "i=3 k"))
    }

    func testEveryGeneratorAtEveryDifficultyAndTheSizesDiffer() throws {
        for kind in DrillKind.allCases {
            for difficulty in DrillDifficulty.allCases {
                let items = DrillGenerator.make(seed: 2, count: 6, kinds: [kind], difficulty: difficulty)
                XCTAssertEqual(items.count, 6, "\(kind.rawValue) \(difficulty.rawValue)")
            }
        }
        // Output size by hand: floor((i + 2p − d(k−1) − 1)/s) + 1, with the numbers read from the spec.
        for difficulty in DrillDifficulty.allCases {
            for item in DrillGenerator.make(seed: 8, count: 20, kinds: [.convOut], difficulty: difficulty) {
                let q = try XCTUnwrap(item.drill?.parameters)
                let (i, k, s, p, d) = (q["i"] ?? 0, q["k"] ?? 0, q["s"] ?? 0, q["p"] ?? 0, q["d"] ?? 0)
                XCTAssertEqual(item.answer, .number(Double((i + 2 * p - d * (k - 1) - 1) / s + 1)), item.prompt.en)
                XCTAssertTrue(item.prompt.en.contains("A \(i)×\(i) input"), item.prompt.en)
                switch difficulty {
                case .small: XCTAssertLessThanOrEqual(i, 10)
                case .lecture: break
                case .real: XCTAssertGreaterThanOrEqual(i, 56)
                }
            }
        }
    }

    func testLectureDifficultyDrawsTheSameQuestionsAsBefore() {
        // The first drill of seed 42 in the committed transcript (Tests/Fixtures/plain-quiz).
        let first = DrillGenerator.make(seed: 42, count: 1)[0]
        XCTAssertEqual(first, DrillGenerator.make(seed: 42, count: 4, difficulty: .lecture)[0])
    }

    func answer(_ item: QuizItem, correct: Bool, at time: Double) -> AnswerRecord {
        AnswerRecord(itemID: item.id, answeredAt: time, given: correct ? item.answerText : "0", correct: correct, seconds: 3, drill: item.drill)
    }

    func testMissedDrillIsDueAfterTheLearningStepWithTheSameNumbersThenFreshNumbersAfterASecondMiss() throws {
        let drill = DrillGenerator.make(seed: 77, count: 1, kinds: [.convOut])[0]
        var history = StudyHistory()
        history.record(answer(drill, correct: false, at: t0), schedule: true)
        // FSRS-6 learning step for "again": 60 s (FSRSScheduler default learning steps [60, 600]).
        let before = ReviewBoard(items: [], history: history, now: t0 + 59)
        XCTAssertEqual(before.due.count, 0)
        XCTAssertEqual(before.missed.map(\.item), [drill])
        XCTAssertEqual(before.nextDue, t0 + 60)
        let after = ReviewBoard(items: [], history: history, now: t0 + 60)
        XCTAssertEqual(after.due.map(\.item), [drill], "the same question, the same numbers")
        XCTAssertEqual(after.queue(limit: nil), [drill])

        history.record(answer(after.due[0].item, correct: false, at: t0 + 60), schedule: true)
        XCTAssertEqual(history.reviews[drill.id]?.lapses, 2)
        let again = ReviewBoard(items: [], history: history, now: t0 + 120)
        let fresh = try XCTUnwrap(again.due.first?.item)
        XCTAssertEqual(fresh.id, drill.id, "the same review slot")
        XCTAssertEqual(fresh.drill?.kind, .convOut)
        XCTAssertEqual(fresh.drill?.variant, 1)
        XCTAssertNotEqual(fresh.drill?.parameters, drill.drill?.parameters, "fresh numbers after two misses")
        XCTAssertNotEqual(fresh.prompt, drill.prompt)
        // Answering the variant stores it, so the board keeps asking the variant.
        history.record(answer(fresh, correct: true, at: t0 + 120), schedule: true)
        XCTAssertEqual(history.drills[drill.id]?.variant, 1)
        XCTAssertEqual(ReviewBoard(items: [], history: history, now: t0 + 200_000).all.first?.item, fresh)
    }

    func testPlansGrowWithoutChangingWhatTheyAskedAndFilterAsTheySay() throws {
        let bank = ContentLoader.load(root: Fixtures.repository).quizItems
        XCTAssertGreaterThan(bank.count, 100)
        let sources: [QuizPlan.Source] = [.bank(lecture: 5, lectureQuiz: false), .bank(lecture: nil, lectureQuiz: true),
                                          .concepts(["output-size"]), .drills([.poolOut], .small), .mixed]
        for source in sources {
            let plan = QuizPlan(source, seed: 31, count: nil)
            let short = plan.questions(bank: bank, first: 5), long = plan.questions(bank: bank, first: 40)
            XCTAssertEqual(Array(long.prefix(short.count)), short, "\(source)")
            XCTAssertEqual(short.count, 5, "\(source)")
        }
        let lecture5 = QuizPlan(.bank(lecture: 5, lectureQuiz: false), seed: 4, count: 500).questions(bank: bank)
        XCTAssertEqual(lecture5.count, bank.filter { $0.lecture == 5 }.count, "a counted session asks each question once")
        XCTAssertEqual(Set(lecture5.map(\.id)).count, lecture5.count)
        XCTAssertTrue(lecture5.allSatisfy { $0.lecture == 5 })
        let own = QuizPlan(.bank(lecture: nil, lectureQuiz: true), seed: 4, count: 10).questions(bank: bank)
        XCTAssertEqual(Set(own.map(\.id)), Set(bank.filter { $0.source == "lecture-quiz" }.map(\.id)))
        let concept = QuizPlan(.concepts(["output-size"]), seed: 9, count: 30).questions(bank: bank)
        XCTAssertTrue(concept.allSatisfy { $0.concepts.contains("output-size") })
        XCTAssertTrue(concept.contains { $0.drill != nil } && concept.contains { $0.drill == nil }, "bank questions and drills")
        let mixed = QuizPlan(.mixed, seed: 9, count: 30).questions(bank: bank)
        XCTAssertTrue(mixed.contains { $0.drill != nil } && mixed.contains { $0.drill == nil })
        XCTAssertEqual(QuizPlan(.drills([.convOut], .real), seed: 3, count: nil).arguments,
                       ["--drill", "conv-out", "--difficulty", "real", "--seed", "3", "--endless"])
    }
}
