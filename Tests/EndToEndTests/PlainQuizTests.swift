import Foundation
import XCTest

/// `dlstudy quiz --plain` and friends through pipes: golden transcripts (Tests/Fixtures/plain-quiz,
/// re-record with DLSTUDY_RECORD=1 and read them), review after a wrong answer, bad flags, export.
final class PlainQuizTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-plain")
    let content = BuiltBinary.packageRoot.path

    func dlstudy(_ args: [String], stdin: String = "", environment: [String: String] = [:]) -> RunResult {
        Run.dlstudy(["--content", content, "--data", dataDir] + args, stdin: stdin, environment: environment)
    }

    func assertGolden(_ output: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let path = BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/plain-quiz/\(name).txt").path
        if ProcessInfo.processInfo.environment["DLSTUDY_RECORD"] == "1" {
            try? output.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<missing \(path)>"
        XCTAssertEqual(output, expected, "transcript \(name) differs", file: file, line: line)
    }

    func testGeneratedDrillsTranscriptEnglish() {
        let r = dlstudy(["quiz", "--plain", "--generated", "--count", "4", "--seed", "42", "--lang", "en"],
                        stdin: "55\nabc\n12\n1,000\n\n7\n")
        XCTAssertEqual(r.status, 0, r.stderr)
        assertGolden(r.stdout, "generated-seed42-en")
        XCTAssertTrue(r.stdout.hasSuffix("\n"))
        XCTAssertTrue(r.stdout.split(separator: "\n").last?.hasPrefix("score: ") ?? false)
    }

    func testBankTranscriptKoreanWithAWrongAnswerThatIsThenDueForReview() {
        let r = dlstudy(["quiz", "--plain", "--concept", "skip-gradient", "--count", "3", "--seed", "2", "--lang", "ko"],
                        stdin: "c\nmaybe\ntrue\na\n")  // l5-skip-gradient-why: c; the false statement: b (a is wrong on purpose)
        XCTAssertEqual(r.status, 0, r.stderr)
        assertGolden(r.stdout, "skip-gradient-seed2-ko")
        XCTAssertTrue(r.stdout.hasSuffix("score: 2/3\n"))
        let review = dlstudy(["review", "--list"])
        XCTAssertEqual(review.status, 0, review.stderr)
        XCTAssertTrue(review.stdout.hasPrefix("l5-skip-gradient-false\t"), review.stdout)
        let missed = dlstudy(["export", "--format", "tsv", "--missed"])
        XCTAssertEqual(missed.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.count, 1)
        XCTAssertTrue(missed.stdout.contains("l5-skip-gradient-false"))
    }

    func testSameSeedSameQuiz() {
        let a = dlstudy(["quiz", "--plain", "--count", "5", "--seed", "7", "--lang", "en"])
        let b = dlstudy(["quiz", "--plain", "--count", "5", "--seed", "7", "--lang", "en"])
        XCTAssertEqual(a.stdout, b.stdout)
        XCTAssertTrue(a.stdout.hasPrefix("seed: 7\n[1/5] "))
    }

    func testUnknownLectureAndConceptListValidOnes() {
        let lecture = dlstudy(["quiz", "--plain", "--lecture", "9"])
        XCTAssertEqual(lecture.status, 2)
        XCTAssertTrue(lecture.stderr.contains("valid lectures: 4, 5, 6, 7"), lecture.stderr)
        let concept = dlstudy(["quiz", "--concept", "skip-gradiant"])
        XCTAssertEqual(concept.status, 2)
        XCTAssertTrue(concept.stderr.contains("skip-gradient") && concept.stderr.contains("L7: sequence-models"), concept.stderr)
        XCTAssertEqual(dlstudy(["export", "--format", "csv"]).status, 2)
    }

    func testExportIsAnkiTSVWithThreeFieldsPerNote() {
        let r = dlstudy(["export", "--format", "tsv", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(Array(lines.prefix(3)), ["#separator:tab", "#html:true", "#tags column:3"])
        let notes = lines.dropFirst(3)
        XCTAssertGreaterThan(notes.count, 150)
        for note in notes { XCTAssertEqual(note.split(separator: "\t", omittingEmptySubsequences: false).count, 3, String(note)) }
    }

    func testStatsJSONCountsAnswers() throws {
        _ = dlstudy(["quiz", "--plain", "--generated", "--count", "2", "--seed", "1"], stdin: "1\n2\n")
        let r = dlstudy(["stats", "--json"])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["total"] as? [String: Any])?["answers"] as? Int, 2)
        XCTAssertEqual(json["integrity"] as? String, "ok")
    }

    /// The day an answer counts on is the student's local day, from the C library's zone (`TZ`).
    /// Answered at 2026-03-01 16:30 UTC, which is 2026-03-02 01:30 in Seoul (UTC+9, no summer time);
    /// asked ten hours later (2026-03-02 02:30 UTC, 11:30 in Seoul): in Seoul the answer is today's,
    /// in UTC it is yesterday's.
    func testStatsCountAnswersOnTheLocalDayOfTZ() throws {
        let answeredAt = "1772382600", askedAt = "1772418600"
        let quiz = dlstudy(["quiz", "--plain", "--generated", "--count", "1", "--seed", "1"], stdin: "1\n",
                           environment: ["DLSTUDY_NOW": answeredAt, "TZ": "Asia/Seoul"])
        XCTAssertEqual(quiz.status, 0, quiz.stderr)
        func lastTwoDays(_ zone: String) throws -> [Int] {
            let r = dlstudy(["stats", "--json"], environment: ["DLSTUDY_NOW": askedAt, "TZ": zone])
            XCTAssertEqual(r.status, 0, r.stderr)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let perDay = try XCTUnwrap(json["answers_per_day"] as? [Int], r.stdout)
            return Array(perDay.suffix(2))
        }
        XCTAssertEqual(try lastTwoDays("Asia/Seoul"), [0, 1])
        XCTAssertEqual(try lastTwoDays("UTC"), [1, 0])
    }
}
