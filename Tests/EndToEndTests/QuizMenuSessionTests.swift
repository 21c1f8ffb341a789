import Foundation
import XCTest

/// The quiz menu on the real binary in tmux, with the clock fixed by DLSTUDY_NOW: home → Quiz →
/// By lecture → 5 (every header says Lecture 5, and `quiz --plain` with the summary's command asks
/// the same questions) → Drills → Output size (three questions, the first answered wrong on
/// purpose) → the Review row and home show the drill as missed → `review --list` lists it → one
/// learning step later `review --plain` asks the very same numbers.
final class QuizMenuSessionTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-menu")
    let content = BuiltBinary.packageRoot.path
    let t0 = 1_780_000_000

    /// The screen's text with runs of spaces and line breaks collapsed (wrapping undone).
    func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The prompt of the question on screen: the lines after the header line, up to the first blank.
    func prompt(_ screen: String) -> String {
        let lines = screen.components(separatedBy: "\n")
        return collapsed(lines.dropFirst(3).prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: "\n"))
    }

    /// The output height by hand, from the prompt's numbers: ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1.
    func outputSize(_ prompt: String) throws -> Int {
        let n = prompt.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let (i, k, s, p) = (n[0], n[2], n[4], n[5])
        let d = prompt.contains("dilation") ? n[6] : 1
        return (i + 2 * p - d * (k - 1) - 1) / s + 1
    }

    func testMenuByLectureThenDrillsThenReviewAsksTheSameNumbersAfterTheLearningStep() throws {
        let env = ["DLSTUDY_NOW": "\(t0)"]
        // 32 rows: the summary lists every concept asked and ends with the plain-mode command line.
        let t = try TmuxSession(height: 32, data: dataDir, [], environment: env)
        t.waitFor(text: "Lecture 4 ·")
        t.send("g", "Enter")
        t.waitFor(text: "Quiz · what to practise")
        t.send("G", "Left")
        t.waitFor(text: "‹ 5 ›")
        t.send("g", "Down", "Enter")
        t.waitFor(text: "Quiz · By lecture")
        t.send("Down", "Enter")
        var prompts: [String] = []
        for n in 1...5 {
            let screen = t.waitFor("question \(n)/5") { $0.contains("\(n)/5 · ✓") && !$0.contains("Correct!") && !$0.contains("Not quite.") }
            let header = screen.components(separatedBy: "\n")[2]
            XCTAssertTrue(header.hasPrefix("  Lecture 5 · "), "question \(n) header: \(header)")
            prompts.append(prompt(screen))
            if screen.contains("Type a number") { t.type("1") } else if screen.contains("[ ] ") { t.send("Space") }
            t.send("Enter")
            t.waitFor("feedback \(n)") { $0.contains("Correct!") || $0.contains("Not quite.") }
            t.send("Enter")
        }
        let summary = t.waitFor(text: "Score: ")
        let command = try XCTUnwrap(summary.components(separatedBy: "\n").first { $0.contains("dlstudy quiz --plain") },
                                    "no plain command on the summary:\n\(summary)")
        let args = command.trimmingCharacters(in: .whitespaces).split(separator: " ").dropFirst(1).map(String.init)
        XCTAssertEqual(Array(args.prefix(4)), ["quiz", "--plain", "--lecture", "5"])
        t.send("Enter")
        t.waitFor(text: "Quiz · By lecture")
        t.send("q")
        t.waitFor(text: "Quiz · what to practise")

        // The same session in plain mode (another data folder): the same questions in the same order.
        let answers = String(repeating: "true\n1\na\n", count: 10)
        let plain = Run.dlstudy(["--content", content, "--data", temporaryPath("dlstudy-menu-plain"), "--lang", "en"] + args, stdin: answers)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        var rest = Substring(collapsed(plain.stdout))
        for p in prompts {
            let found = try XCTUnwrap(rest.range(of: p), "plain mode does not ask '\(p)' next:\n\(plain.stdout)")
            rest = rest[found.upperBound...]
        }

        t.send("g", "Down", "Down", "Down", "Down", "Enter")
        t.waitFor(text: "Quiz · Drills")
        t.send("Down", "Down", "Enter")
        var missedPrompt = ""
        for n in 1...3 {
            let screen = t.waitFor("drill \(n)") { $0.contains("\(n)/∞ · ✓") && !$0.contains("Correct!") && !$0.contains("Not quite.") }
            XCTAssertTrue(screen.contains("Drill · Output size (convolution)"), screen)
            let question = prompt(screen)
            if n == 1 { missedPrompt = question }
            t.type(n == 1 ? "0" : String(try outputSize(question)))
            t.send("Enter")
            let feedback = t.waitFor("drill feedback \(n)") { $0.contains("Correct!") || $0.contains("Not quite.") }
            XCTAssertTrue(feedback.contains(n == 1 ? "Not quite." : "Correct!"), feedback)
            if n < 3 { t.send("Enter") }
        }
        t.send("q")
        let drillSummary = t.waitFor(text: "Score: 2/3")
        XCTAssertTrue(drillSummary.contains("Practise these (p): Output size formula"), drillSummary)
        t.send("Enter")
        t.waitFor(text: "Quiz · Drills")
        t.send("q")
        let menu = t.waitFor(text: "Quiz · what to practise")
        let reviewRow = try XCTUnwrap(menu.components(separatedBy: "\n").first { $0.contains("Review") })
        XCTAssertTrue(reviewRow.contains("missed, back in 1 min"), reviewRow)
        t.send("q")
        let home = t.waitFor(text: "Lecture 4 ·")
        XCTAssertTrue(home.contains("0 due ·") && home.contains("missed"), home)
        t.send("q")
        t.assertExits(with: 0)

        let list = Run.dlstudy(["--content", content, "--data", dataDir, "review", "--list"], environment: env)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("gen-0-1-conv-out\tmissed\t2026-05-28T20:27:40Z"), list.stdout)

        // One learning step (60 s) later the drill is due and review asks exactly its numbers.
        let later = ["DLSTUDY_NOW": "\(t0 + 61)"]
        let dueList = Run.dlstudy(["--content", content, "--data", dataDir, "review", "--list"], environment: later)
        XCTAssertTrue(dueList.stdout.contains("gen-0-1-conv-out\tdue\t"), dueList.stdout)
        let review = Run.dlstudy(["--content", content, "--data", dataDir, "--lang", "en", "review", "--plain"],
                                 stdin: answers, environment: later)
        XCTAssertEqual(review.status, 0, review.stderr)
        XCTAssertTrue(review.stdout.contains("gen-0-1-conv-out · Lecture 4 · Output size formula"), review.stdout)
        XCTAssertTrue(collapsed(review.stdout).contains(missedPrompt), "review does not ask '\(missedPrompt)':\n\(review.stdout)")
    }

    /// The ids of the items marked `source: lecture-quiz`, read from the quiz files' text.
    func lectureQuizIDs() -> Set<String> {
        let folder = BuiltBinary.packageRoot.appendingPathComponent("Quizzes")
        var ids = Set<String>()
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where file.hasSuffix(".yaml") {
            let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            for block in text.components(separatedBy: "\n  - id: ").dropFirst() where block.contains("\n    source: lecture-quiz") {
                ids.insert(String(block.prefix { !$0.isNewline }))
            }
        }
        return ids
    }

    func testQuizChoicesOnTheCommandLine() {
        func dlstudy(_ args: [String], stdin: String = "", env: [String: String] = [:]) -> RunResult {
            Run.dlstudy(["--content", content, "--data", dataDir, "--lang", "en"] + args, stdin: stdin, environment: env)
        }
        let empty = dlstudy(["review", "--plain"])
        XCTAssertEqual(empty.status, 0)
        XCTAssertEqual(empty.stdout, "Nothing to review: no question has been answered yet.\n")
        let own = dlstudy(["quiz", "--plain", "--source", "lecture-quiz", "--count", "20", "--seed", "1"],
                          stdin: String(repeating: "true\n1\na\n", count: 20))
        XCTAssertEqual(own.status, 0, own.stderr)
        let headers = own.stdout.split(separator: "\n").filter { $0.hasPrefix("[") }
        XCTAssertEqual(Set(headers.map { String($0.split(separator: " ")[1]) }), lectureQuizIDs(), own.stdout)
        let small = dlstudy(["quiz", "--plain", "--drill", "pool-out", "--difficulty", "small", "--count", "3", "--seed", "5"], stdin: "1\n1\n1\n")
        XCTAssertEqual(small.status, 0, small.stderr)
        XCTAssertEqual(small.stdout.split(separator: "\n").filter { $0.hasPrefix("[") && $0.contains("-pool-out · ") }.count, 3, small.stdout)
        for bad in [["quiz", "--drill", "conv-outt"], ["quiz", "--source", "notes"], ["quiz", "--generated", "--difficulty", "huge"],
                    ["quiz", "--mixed", "--lecture", "4"], ["quiz", "--difficulty", "small"]] {
            let r = dlstudy(bad)
            XCTAssertEqual(r.status, 2, "\(bad): \(r.stderr)")
            XCTAssertTrue(r.stderr.hasPrefix("error: "), r.stderr)
        }
        let clock = dlstudy(["stats", "--json"], env: ["DLSTUDY_NOW": "yesterday"])
        XCTAssertEqual(clock.status, 2)
        XCTAssertTrue(clock.stderr.contains("DLSTUDY_NOW"), clock.stderr)
    }
}
