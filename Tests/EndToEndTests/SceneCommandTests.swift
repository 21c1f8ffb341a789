import Foundation
import XCTest

/// The scene reference (`dlstudy scenes`) and broken scenes through the real binary: `lesson --plain`
/// names the problem on stderr and exits 1, the viewer shows a box instead of a blank scene, and the
/// numbers that used to trap or hang (issue 18 finding 1) are refused without a trap.
final class SceneCommandTests: XCTestCase {
    /// A content folder with one lesson whose pages carry `scenes`.
    func brokenContent(_ scenes: [String]) throws -> String {
        let root = temporaryPath("dlstudy-e2e-scenes")
        let lessons = URL(fileURLWithPath: root).appendingPathComponent("Lessons")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: root).appendingPathComponent("Quizzes"), withIntermediateDirectories: true)
        var text = "id: l4-probe\nlecture: 4\norder: 1\ntitle: {en: Probe, ko: Probe}\nconcepts: []\npages:\n"
        for (i, scene) in scenes.enumerated() {
            text += "  - title: {en: Page \(i + 1), ko: Page \(i + 1)}\n    body: {en: prose, ko: prose}\n    scene: \(scene)\n"
        }
        try text.write(to: lessons.appendingPathComponent("l4-probe.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    func testScenesListsEveryTypeWithItsParametersInBothLanguages() throws {
        let all = Run.dlstudy(["scenes", "--lang", "en"])
        XCTAssertEqual(all.status, 0, all.stderr)
        for type in ["conv-stepper", "pool-stepper", "receptive-field", "roi-pool", "lstm-gates", "gru-gates"] {
            XCTAssertTrue(all.stdout.contains("\n\(type)\n") || all.stdout.hasPrefix("\(type)\n"), type)
        }
        let one = Run.dlstudy(["scenes", "conv-1x1", "--lang", "en"])
        XCTAssertEqual(one.stdout, """
            conv-1x1
              1×1 convolution: each output pixel mixes the channels of one input pixel; the bottleneck's savings.
              in_channels   whole number 1…4; default 3 - input channels
              out_channels  whole number 1…4; default 2 - output channels
              bottleneck    true | false; default false - start on the bottleneck comparison
              step          whole number 1…9999; default 1 - output cells already computed when the page opens (at most out_channels·3·3)
              middle        whole number 16…256; default 64 - the bottleneck's middle width (16, 32, 64, 128 or 256)

            """)
        let ko = Run.dlstudy(["scenes", "conv-1x1", "--lang", "ko"])
        XCTAssertTrue(ko.stdout.contains("in_channels   정수 1…4; 기본값 3 - 입력 채널 수"), ko.stdout)
        let json = Run.dlstudy(["scenes", "yolo-grid", "--json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let scenes = try XCTUnwrap(object["scenes"] as? [[String: Any]])
        let parameters = try XCTUnwrap(scenes.first?["parameters"] as? [[String: Any]])
        XCTAssertEqual(parameters.map { $0["name"] as? String }, ["s", "b", "c"])
        XCTAssertEqual(parameters.first?["range"] as? [Int], [2, 9])
        let bad = Run.dlstudy(["scenes", "conv-steper"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("did you mean 'conv-stepper'?"), bad.stderr)
    }

    func testPlainNamesEveryBrokenSceneOnStderrAndExitsOne() throws {
        let root = try brokenContent([
            "{type: conv-1x1, in_channels: -3, out_channels: 2}",
            "{type: conv-channels, out_channels: 4294967297}",
            "{type: conv-channels, size: 2147483648}",
            "{type: conv-1x1, out_channels: 1000000}",
            "{type: conv-channels, size: -1}",
            "{type: pool-stepper, input: \"1 2 3; 4 5 6; 7 8 9\", kernel: 5}",
            "{type: conv-1x1}",
        ])
        let r = Run.dlstudy(["lesson", "l4-probe", "--plain", "--content", root, "--lang", "en"], timeout: 30)
        XCTAssertEqual(r.status, 1, r.stderr)
        let lines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("error: Lessons/l4-probe.yaml:") }
        XCTAssertEqual(lines.count, 6, r.stderr)
        XCTAssertTrue(r.stderr.contains("page 1 scene 'conv-1x1': 'in_channels' must be a whole number from 1 to 4, got -3"), r.stderr)
        XCTAssertTrue(r.stderr.contains("page 4 scene 'conv-1x1': 'out_channels' must be a whole number from 1 to 4, got 1000000"), r.stderr)
        XCTAssertTrue(r.stderr.contains("page 6 scene 'pool-stepper':"), r.stderr)
        XCTAssertTrue(r.stdout.contains("[7/7] Page 7"), "the good page still prints")
        XCTAssertTrue(r.stdout.contains("A 1×1 kernel sees one pixel"), "the good scene's steps still print")
    }

    func testTheViewerShowsABoxInsteadOfABlankScene() throws {
        let root = try brokenContent(["{type: conv-channels, size: -1}"])
        let t = try TmuxSession(width: 80, height: 24, content: root, data: temporaryPath("dlstudy-e2e-scenes-data"), ["lesson", "l4-probe"])
        let screen = t.waitFor(text: "This page's scene cannot be shown")
        XCTAssertTrue(screen.contains("'size' must be a whole number from 2 to 6, got -1"), screen)
        t.quit()
    }
}

/// `y` shows the command that reopens the scene as it is; running it opens the same state.
final class SceneShareSessionTests: XCTestCase {
    func testSharedCommandReopensTheExplorerInTheSameState() throws {
        let t = try TmuxSession(width: 100, height: 30, data: temporaryPath("dlstudy-e2e-share"), ["lesson", "l4-stride-padding", "--page", "1"])
        t.waitFor(text: "n=7  k=3  s=2")
        t.send("I")
        t.send("S")
        t.waitFor(text: "n=8  k=3  s=3")
        t.send("y")
        let screen = t.waitFor(text: "Reopen this scene with")
        let expected = "dlstudy lesson l4-stride-padding --page 1 --scene \"dilation=1 kernel=3 padding=0 size=8 stride=3\""
        XCTAssertTrue(screen.replacingOccurrences(of: "\n", with: " ").contains("--scene \"dilation=1 kernel=3"), screen)
        t.quit()
        let r = Run.dlstudy(["lesson", "l4-stride-padding", "--page", "1", "--scene", "dilation=1 kernel=3 padding=0 size=8 stride=3", "--plain", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("n=8  k=3  s=3  p=0  d=1"), r.stdout)
        XCTAssertTrue(r.stdout.contains("reopen: " + expected), r.stdout)
        let bad = Run.dlstudy(["lesson", "l4-stride-padding", "--page", "1", "--scene", "stride=0"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("'stride' must be a whole number from 1 to 5, got 0"), bad.stderr)
    }
}

/// `conv`/`pool --json` use the one JSON representation: overflow is a message (exit 1), not silence.
final class SceneCommandJSONTests: XCTestCase {
    func testOverflowingResultsAreRefusedInsteadOfPrintingNothing() throws {
        for args in [["conv", "--input", "1e308 1e308; 1e308 1e308", "--kernel", "1 1; 1 1"],
                     ["pool", "--mode", "avg", "--input", "1e308 1e308; 1e308 1e308", "--kernel", "2"]] {
            let r = Run.dlstudy(args + ["--json"])
            XCTAssertEqual(r.status, 1, args.joined(separator: " "))
            XCTAssertEqual(r.stdout, "")
            XCTAssertTrue(r.stderr.contains("the result overflowed"), r.stderr)
        }
        let file = temporaryPath("dlstudy-e2e-json", suffix: ".json")
        try #"{"input": [[true, 1], [2, 3]]}"#.write(toFile: file, atomically: true, encoding: .utf8)
        let r = Run.dlstudy(["pool", "--mode", "max", "--input-file", file, "--kernel", "2", "--json"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("input holds true or false, which is not a number"), r.stderr)
        let ok = Run.dlstudy(["conv", "--input", "1 2; 3 4", "--kernel", "1 0; 0 1", "--json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["output"] as? [[[Double]]], [[[5]]])  // 1·1 + 2·0 + 3·0 + 4·1
    }
}
