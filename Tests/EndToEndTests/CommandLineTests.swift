import Foundation
import XCTest

/// The non-interactive command line: exit codes and messages for good and bad input.
final class CommandLineTests: XCTestCase {
    var content: String { BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/content").path }
    var broken: String { BuiltBinary.packageRoot.appendingPathComponent("Tests/Fixtures/broken-content").path }

    func testInteractiveCommandsRefuseWithoutATerminal() {
        for args in [["--content", content], ["lesson", "l7-lstm", "--content", content]] {
            let r = Run.dlstudy(args)
            XCTAssertEqual(r.status, 1)
            XCTAssertTrue(r.stderr.contains("needs a terminal"), r.stderr)
            XCTAssertTrue(r.stderr.contains("--plain"), r.stderr)
        }
    }

    func testUnknownLessonSuggestsCloseMatchesAndExits2() {
        let r = Run.dlstudy(["lesson", "l7-lstn", "--plain", "--content", content])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "error: unknown lesson 'l7-lstn'; did you mean: l7-lstm?\n")
    }

    func testMissingContentNamesWhereItLookedAndExits1() {
        let r = Run.dlstudy(["list", "--content", "/nonexistent/place"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("/nonexistent/place"), r.stderr)
    }

    func testUsageErrorsExit2() {
        XCTAssertEqual(Run.dlstudy(["--lang", "fr", "list"]).status, 2)
        XCTAssertEqual(Run.dlstudy(["nosuchcommand"]).status, 2)
        XCTAssertEqual(Run.dlstudy(["list", "--bogus"]).status, 2)
    }

    func testHelpAndVersion() {
        let help = Run.dlstudy(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("lesson"))
        XCTAssertTrue(help.stdout.contains("check"))
        XCTAssertEqual(Run.dlstudy(["--version"]).stdout, "0.1.0\n")
    }

    func testCheckReportsFileLineColumnAndExits1() {
        let r = Run.dlstudy(["check", "--content", broken])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("Lessons/bad.yaml:4:8: lesson title: missing Korean (ko) translation"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Quizzes/q.yaml:9:13: item 'dup': answer 'd' is not among the 2 choices"), r.stdout)
        let one = Run.dlstudy(["check", broken + "/Lessons/good.yaml"])
        XCTAssertEqual(one.status, 0, one.stdout + one.stderr)
        XCTAssertEqual(Run.dlstudy(["check", "/no/such/file.yaml"]).status, 2)
    }

    func testCheckPassesOnFixtureContent() {
        let r = Run.dlstudy(["check", "--content", content])
        XCTAssertEqual(r.status, 0, r.stdout)
        XCTAssertEqual(r.stdout, "ok: 4 lessons, 2 quiz items\n")
    }

    func testListJSON() throws {
        let r = Run.dlstudy(["list", "--json", "--content", content])
        XCTAssertEqual(r.status, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let lessons = try XCTUnwrap(json["lessons"] as? [[String: Any]])
        XCTAssertEqual(lessons.map { $0["id"] as? String }, ["l4-convolution", "l5-vgg", "l6-segmentation", "l7-lstm"])
        XCTAssertEqual(lessons[0]["pages"] as? Int, 2)
        XCTAssertEqual((lessons[0]["title"] as? [String: String])?["ko"], "합성곱, 한 칸씩 따라가기")
        XCTAssertEqual(lessons[0]["concepts"] as? [String], ["conv-elementwise", "conv-activation-stack"])
        let items = try XCTUnwrap(json["quiz_items"] as? [[String: Any]])
        XCTAssertEqual(items.first?["kind"] as? String, "single")
        XCTAssertEqual(items.first?["concepts"] as? [String], ["multi-channel-why"])
        XCTAssertEqual(items.first?["lecture"] as? Int, 4)
    }

    /// `list --json` is written like every other `--json` (one compact JSONValue line, keys sorted):
    /// the expected text is the fixture content's ids, titles, concepts and page counts as the YAML files give them.
    func testListJSONIsOneCompactLineLikeEveryOtherJSONOutput() {
        let r = Run.dlstudy(["list", "--json", "--content", content])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lessons = [
            #"{"concepts":["conv-elementwise","conv-activation-stack"],"id":"l4-convolution","lecture":4,"pages":2,"title":{"en":"Convolution, cell by cell","ko":"합성곱, 한 칸씩 따라가기"}}"#,
            #"{"concepts":["vgg-3x3","receptive-field"],"id":"l5-vgg","lecture":5,"pages":1,"title":{"en":"VGG and 3×3 stacks","ko":"VGG와 3×3 쌓기"}}"#,
            #"{"concepts":["semantic-segmentation"],"id":"l6-segmentation","lecture":6,"pages":1,"title":{"en":"Semantic segmentation","ko":"시맨틱 세그멘테이션"}}"#,
            #"{"concepts":["lstm-gates","lstm-cell-state"],"id":"l7-lstm","lecture":7,"pages":1,"title":{"en":"LSTM gates","ko":"LSTM의 게이트"}}"#,
        ]
        let items = [
            #"{"concepts":["multi-channel-why"],"id":"l4-why-channels","kind":"single","lecture":4}"#,
            #"{"concepts":["conv-params"],"id":"l4-params-73728","kind":"numeric","lecture":4}"#,
        ]
        XCTAssertEqual(r.stdout, #"{"lessons":["# + lessons.joined(separator: ",") + #"],"quiz_items":["# + items.joined(separator: ",") + "]}\n")
    }

    func testPlainLessonSanitisesControlCharacters() {
        let r = Run.dlstudy(["lesson", "good", "--plain", "--content", broken])
        XCTAssertEqual(r.status, 0)
        XCTAssertFalse(r.stdout.unicodeScalars.contains { $0.value == 0x1B })
        XCTAssertTrue(r.stdout.contains("Steps of the window.\u{FFFD}[2J"))
    }

    func testContentFoundFromTheRepositoryWithoutFlags() {
        let r = Run.program(BuiltBinary.dlstudy, ["list", "--json"], environment: ["DLSTUDY_CONTENT": ""])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("\"lessons\""))
    }

    func testNumbersStartingWithAMinusAreValuesNotFlags() {
        let conv = Run.dlstudy(["conv", "--input", "1 2; 3 4", "--kernel", "-1 0; 0 1", "--bias", "-1", "--plain"])
        XCTAssertEqual(conv.status, 0, conv.stderr)
        XCTAssertTrue(conv.stdout.contains("out[0,0] = 1·(−1) + 2·0 + 3·0 + 4·1 + bias −1 = 2"), conv.stdout)
        let lstm = Run.dlstudy(["lstm", "--input", "-1; 0.5", "--hidden", "2", "--seed", "1", "--h0", "-0.5 0.5", "--plain"])
        XCTAssertEqual(lstm.status, 0, lstm.stderr)
        XCTAssertTrue(lstm.stdout.contains("x₁ = [-1.0000]"), lstm.stdout)
        let roi = Run.dlstudy(["roi", "--input", "-1 2 3; 4 5 6; 7 8 9", "--box", "0,0,2,2", "--plain"])
        XCTAssertEqual(roi.status, 0, roi.stderr)
    }
}
