import Foundation
import XCTest

/// A real terminal quiz in tmux: three questions, one answered wrong, which then leads `review`.
final class QuizSessionTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-quiz")
    let content = BuiltBinary.packageRoot.path

    func testThreeQuestionsOneWrongThenItIsFirstInReview() throws {
        let t = try TmuxSession(data: dataDir, ["quiz", "--concept", "skip-gradient", "--count", "3", "--seed", "2"])
        t.waitFor(text: "It passes the gradient directly backward")
        t.send("c")  // Quizzes/l5-modern-cnn.yaml: l5-skip-gradient-why answer c
        t.send("Enter")
        t.waitFor(text: "Correct!")
        t.send("Enter")
        t.waitFor(text: "2/3 · ✓1")
        t.send("t")
        t.send("Enter")
        t.waitFor(text: "Correct!")
        t.send("Enter")
        t.waitFor(text: "3/3 · ✓2")
        t.send("a")
        t.send("Enter")
        t.waitFor(text: "Not quite.")
        t.send("Enter")
        t.waitFor(text: "Score: 2/3")
        XCTAssertTrue(t.screen().contains("l5-skip-gradient-false"))
        t.send("Enter")
        XCTAssertEqual(t.waitForExit().status, 0)
        let review = Run.dlstudy(["--content", content, "--data", dataDir, "review", "--list"])
        XCTAssertEqual(review.status, 0, review.stderr)
        XCTAssertTrue(review.stdout.hasPrefix("l5-skip-gradient-false\tmissed\t"), review.stdout)
    }
}
