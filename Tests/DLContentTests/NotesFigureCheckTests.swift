import Foundation
import XCTest
@testable import DLContent

/// `dlstudy check` on the notes' figures file: each kind of bad entry is reported at its line.
final class NotesFigureCheckTests: XCTestCase {
    /// A figures file with one good entry; line numbers below refer to this text.
    static let good = """
        figures:
          - id: conv-example-params
            lecture: 4
            quote: '3 x 3 x 128 x 64 = 73,728'
            stated: 73728
            calc: conv-params k=3 cin=128 cout=64 bias=0
            verdict: exact
            explanation:
              en: With biases it is {{conv-params k=3 cin=128 cout=64}}.
              ko: bias를 더하면 {{conv-params k=3 cin=128 cout=64}}개예요.
        """

    static func parse(_ text: String) -> [Diagnostic] { NotesFigureParser.parse(text, file: "Lessons/notes-figures.yaml").1 }

    func testTheGoodEntryHasNoProblem() {
        XCTAssertEqual(Self.parse(Self.good), [])
        XCTAssertEqual(NotesFigureParser.parse(Self.good, file: "f.yaml").0.all.map(\.id), ["conv-example-params"])
    }

    /// (what is broken, text replaced → by, the line reported, words the message must contain)
    static let badEntries: [(String, String, String, Int, String)] = [
        ("calc that does not evaluate", "calc: conv-params k=3 cin=128 cout=64 bias=0", "calc: conv-parms k=3 cin=128 cout=64", 6,
         "figure 'conv-example-params': calc 'conv-parms k=3 cin=128 cout=64': unknown calc name 'conv-parms' (did you mean 'conv-params'?)"),
        ("exact but far off", "stated: 73728", "stated: 72000", 7,
         "verdict 'exact' does not fit: the notes' 72,000 against the computed 73,728: it is 1,728 off, at least one unit (1,000) of the last place the notes write, so the verdict is 'differs'"),
        ("exact but only rounded", "stated: 73728", "stated: 74000", 7, "so the verdict is 'rounded'"),
        ("rounded but equal", "verdict: exact", "verdict: rounded", 7, "verdict 'rounded' does not fit: the notes' 73,728 against the computed 73,728: they are equal, so the verdict is 'exact'"),
        ("rounded but far", "stated: 73728\n    calc: conv-params k=3 cin=128 cout=64 bias=0\n    verdict: exact",
         "stated: 75000\n    calc: conv-params k=3 cin=128 cout=64 bias=0\n    verdict: rounded", 7,
         "it is 1,272 off, at least one unit (1,000) of the last place the notes write, so the verdict is 'differs'"),
        ("differs but a rounding", "stated: 73728\n    calc: conv-params k=3 cin=128 cout=64 bias=0\n    verdict: exact",
         "stated: 73700\n    calc: conv-params k=3 cin=128 cout=64 bias=0\n    verdict: differs", 7,
         "verdict 'differs' does not fit: the notes' 73,700 against the computed 73,728: it is 28 off, less than one unit (100) of the last place the notes write, so the verdict is 'rounded'"),
        ("rounded without a number", "    stated: 73728\n    calc: conv-params k=3 cin=128 cout=64 bias=0\n    verdict: exact",
         "    calc: conv-params k=3 cin=128 cout=64 bias=0\n    verdict: rounded", 6, "figure 'conv-example-params': verdict 'rounded' needs 'stated'"),
        ("unknown verdict", "verdict: exact", "verdict: exactly", 7, "verdict 'exactly' must be one of exact, rounded, differs (did you mean 'exact'?)"),
        ("explanation placeholder (en)", "en: With biases it is {{conv-params k=3 cin=128 cout=64}}.", "en: With biases it is {{conv-params k=3 cin=128}}.", 9,
         "figure 'conv-example-params' explanation.en: {{conv-params k=3 cin=128}}: conv-params: missing key cout"),
        ("explanation placeholder (ko)", "개예요.", "개예요 {{yolo-out s=7}}.", 10, "explanation.ko: {{yolo-out s=7}}: yolo-out: missing key b"),
        ("unclosed placeholder", "개예요.", "개예요 {{yolo-out s=7 b=2 c=20.", 10, "explanation.ko: a '{{' placeholder is not closed"),
        ("missing translation", "\n      ko: bias를 더하면 {{conv-params k=3 cin=128 cout=64}}개예요.", "", 9, "explanation: missing Korean (ko) translation"),
        ("unknown key", "lecture: 4", "lecture: 4\n    page: 3", 4, "figure 'conv-example-params': unknown key 'page'"),
        ("lecture out of range", "lecture: 4", "lecture: 9", 3, "lecture must be 4, 5, 6 or 7, not 9"),
        ("stated not a number", "stated: 73728", "stated: 73.7k", 5, "'stated' must be a number"),
        ("missing calc", "    calc: conv-params k=3 cin=128 cout=64 bias=0\n", "", 2, "figure 'conv-example-params': missing 'calc'"),
        ("bad id", "id: conv-example-params", "id: Conv_Example", 2, "id must be lowercase letters, digits and '-'"),
    ]

    func testEachKindOfBadEntryIsReportedAtItsLine() {
        for (what, old, new, line, message) in Self.badEntries {
            let text = Self.good.replacingOccurrences(of: old, with: new)
            XCTAssertNotEqual(text, Self.good, "\(what): the replacement did not apply")
            let diagnostics = Self.parse(text)
            XCTAssertTrue(diagnostics.contains { $0.line == line && $0.message.contains(message) },
                          "\(what): expected line \(line) '\(message)', got \(diagnostics.map(\.description))")
            XCTAssertTrue(diagnostics.allSatisfy { $0.file == "Lessons/notes-figures.yaml" }, what)
        }
    }

    /// `check`'s glossary warnings cover the figures' Korean explanations, at the word's line.
    func testGlossaryWarningsCoverTheExplanations() {
        let text = Self.good.replacingOccurrences(of: "bias를 더하면", with: "특징 지도마다 Weight를 더하면")
        let figures = NotesFigureParser.parse(text, file: "Lessons/notes-figures.yaml").0
        let glossary = Glossary(terms: [Glossary.Term(en: "map", ko: "맵", avoid: ["지도"]),
                                        Glossary.Term(en: "weight", ko: "weight (가중치)", lowercase: true)])
        let warnings = GlossaryCheck.warnings(glossary: glossary, lessons: [], items: [], figures: figures) { _ in text }
        XCTAssertEqual(warnings.map(\.description), [
            "Lessons/notes-figures.yaml:10:1: warning: Korean text uses '지도' (a calque of 'map'); the glossary says '맵'",
            "Lessons/notes-figures.yaml:10:1: warning: Korean text uses 'Weight' ('weight' is written in lower case in Korean text); the glossary says 'weight (가중치)'",
        ])
        XCTAssertEqual(GlossaryCheck.warnings(glossary: glossary, lessons: [], items: [], figures: NotesFigureParser.parse(Self.good, file: "f").0), [])
    }

    func testADuplicateIdIsReportedAtTheSecondEntry() {
        let entry = Self.good.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        let diagnostics = Self.parse(Self.good + "\n" + entry)
        XCTAssertEqual(diagnostics.map(\.description), ["Lessons/notes-figures.yaml:11:5: figure id 'conv-example-params' is also used at line 2"])
    }

    func testAFileWithoutFiguresIsReported() {
        XCTAssertEqual(Self.parse("").map(\.message), ["the file is empty: it needs 'figures', a list of the notes' figures"])
        XCTAssertEqual(Self.parse("figures: []").map(\.description), ["Lessons/notes-figures.yaml:1:10: 'figures' is empty: list at least one of the notes' figures"])
        XCTAssertEqual(Self.parse("figures: 3").map(\.message), ["'figures' must be a list of figures"])
        XCTAssertEqual(Self.parse("figures: [\n").first?.message.hasPrefix("YAML syntax"), true)
    }

    /// A scene that needs a figure the file lacks is reported at the scene's line, by `check` and the
    /// player alike (both parse the spec with the figures the lesson was loaded with).
    func testASceneNeedingAnUnknownFigureIsReportedAtTheScenesLine() throws {
        let dir = Fixtures.temporaryDirectory() + "/Lessons"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let shipped = try String(contentsOfFile: Fixtures.repository + "/Lessons/notes-figures.yaml", encoding: .utf8)
        try shipped.replacingOccurrences(of: "id: alexnet-fc7", with: "id: alexnet-fc-7")
            .write(toFile: dir + "/notes-figures.yaml", atomically: true, encoding: .utf8)
        let lesson = try String(contentsOfFile: Fixtures.repository + "/Lessons/l4-parameters.yaml", encoding: .utf8)
        try lesson.write(toFile: dir + "/l4-parameters.yaml", atomically: true, encoding: .utf8)
        let lines = lesson.components(separatedBy: "\n")
        let sceneLine = try XCTUnwrap(lines.firstIndex { $0.contains("scene: {type: alexnet-walkthrough}") }) + 1
        let page = lines[..<sceneLine].filter { $0.hasPrefix("  - ") }.count
        let root = (dir as NSString).deletingLastPathComponent
        let problem = "page \(page) scene 'alexnet-walkthrough': no notes figure 'alexnet-fc7' in %@ (did you mean 'alexnet-fc-7'?)"
        let expected = "Lessons/l4-parameters.yaml:\(sceneLine):12: " + problem.replacingOccurrences(of: "%@", with: "Lessons/notes-figures.yaml")
        XCTAssertEqual(ContentLoader.load(root: root).diagnostics.map(\.description), [expected])
        // Checking the lesson file alone still finds the figures beside it.
        let alone = ContentLoader.load(files: [dir + "/l4-parameters.yaml"])
        XCTAssertEqual(alone.diagnostics.map(\.message), [problem.replacingOccurrences(of: "%@", with: dir + "/notes-figures.yaml")])
        let spec = try XCTUnwrap(alone.lessons.first?.pages[page - 1].scene)
        XCTAssertEqual(SceneCatalog.validate(spec), ["no notes figure 'alexnet-fc7' in \(dir)/notes-figures.yaml (did you mean 'alexnet-fc-7'?)"])
        // Without any figures file the scene says what it needs, once.
        try FileManager.default.removeItem(atPath: dir + "/notes-figures.yaml")
        let none = ContentLoader.load(root: root).diagnostics.map(\.message)
        XCTAssertEqual(none.count, 1)
        XCTAssertTrue(none.first?.contains("needs the notes' figures (alexnet-conv1") ?? false, "\(none)")
    }
}
