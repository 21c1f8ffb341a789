import DLEngine
import XCTest
@testable import DLContent

/// Placeholder expansion in one pass, duplicate YAML keys at the duplicate's line without the file
/// dumped into the message, and placeholders validated in every title at the title's line.
final class ContentHardeningTests: XCTestCase {
    func testExpansionReplacesEveryPlaceholderAndKeepsTheRest() {
        let text = "a {{x}} b {{ y }}{{z}} c {{open"
        XCTAssertEqual(Placeholders.expand(text) { $0 == "z" ? nil : "<\($0)>" }, "a <x> b <y>⟨z?⟩ c {{open")
        XCTAssertEqual(Placeholders.expressions(in: "합성곱 {{conv-out i=5 k=3}}는 {{rf layers=3/1}}"), ["conv-out i=5 k=3", "rf layers=3/1"])
        XCTAssertEqual(Placeholders.expand("no placeholders") { _ in "!" }, "no placeholders")
        XCTAssertEqual(Placeholders.expand("}} {{ {") { _ in "!" }, "}} {{ {")
    }

    func testExpansionOfAHundredThousandPlaceholdersIsExact() {
        // Quadratic expansion (as before) needs hours for this; one pass takes a fraction of a second.
        let count = 100_000
        let text = String(repeating: "x{{n}} ", count: count)
        var calls = 0
        let out = Placeholders.expand(text) { _ in calls += 1; return "7" }
        XCTAssertEqual(calls, count)
        XCTAssertEqual(out, String(repeating: "x7 ", count: count))
        // An unclosed '{{' at the start of a long text is copied once, not searched again and again.
        let unclosed = String(repeating: "{{", count: count)
        XCTAssertEqual(Placeholders.expand(unclosed) { _ in "!" }, unclosed)
    }

    func testDuplicateKeyIsReportedAtTheDuplicatesLineWithoutTheFile() {
        let yaml = """
            id: dup-keys
            lecture: 4
            order: 1
            title:
              en: One
              ko: 하나
            concepts: [stride]
            pages:
              - title:
                  en: Page
                  en: Again
                  ko: 쪽
                body:
                  en: Body
                  ko: 본문
            """
        let (_, diagnostics) = LessonParser.parse(yaml, file: "Lessons/dup-keys.yaml")
        XCTAssertEqual(diagnostics.map(\.description),
                       ["Lessons/dup-keys.yaml:11:7: duplicate key 'en' in one mapping (first at line 10); each key may appear once"])
        let top = LessonParser.parse("id: a\nlecture: 4\nid: b\n", file: "x.yaml").1
        XCTAssertEqual(top.map(\.description), ["x.yaml:3:1: duplicate key 'id' in one mapping (first at line 1); each key may appear once"])
    }

    func testPlaceholdersInTheLessonTitleAndPageTitlesAreCheckedAtTheirLines() {
        let yaml = """
            id: titled
            lecture: 4
            order: 1
            title:
              en: Lesson {{nosuch a=1}}
              ko: 강의
            concepts: [stride]
            pages:
              - id: first
                concepts: [stride]
                title:
                  en: Page
                  ko: 쪽 {{conv-out i=5}}
                body:
                  en: Body {{conv-out i=5 k=3}}
                  ko: 본문
            """
        let (lesson, parseProblems) = LessonParser.parse(yaml, file: "Lessons/titled.yaml")
        XCTAssertEqual(parseProblems, [])
        let problems = CalcValidator.check(lessons: [lesson].compactMap { $0 }, items: []).map(\.description)
        XCTAssertEqual(problems.count, 2, "\(problems)")
        XCTAssertTrue(problems[0].hasPrefix("Lessons/titled.yaml:5:1: lesson title: {{nosuch a=1}}: unknown calc name 'nosuch'"), problems[0])
        XCTAssertTrue(problems[1].hasPrefix("Lessons/titled.yaml:12:1: page 1 title: {{conv-out i=5}}: conv-out:"), problems[1])
    }

    func testBigMagnitudesAreWrittenInScientificNotation() {
        XCTAssertEqual(NumberFormat.text(1e308), "1e308")
        XCTAssertEqual(NumberFormat.text(-2.5e20), "−2.5e20")
        XCTAssertEqual(NumberFormat.text(-2.5e20, ascii: true), "-2.5e20")
        XCTAssertEqual(NumberFormat.text(1.2345678e17), "1.234568e17")
        XCTAssertEqual(NumberFormat.text(999_999_999_999_999), "999999999999999", "below 1e15 stays whole")
        XCTAssertEqual(NumberFormat.cell(1e300), "1e300")
        XCTAssertEqual(NumberFormat.cell(-1.5e10), "-1.5e10")
        XCTAssertEqual(NumberFormat.decimal(1e300, digits: 2), "1e300")
        XCTAssertEqual(NumberFormat.short(1.7976931348623157e308), "1.8e308")
        XCTAssertEqual(NumberFormat.scientific(1e-300), "1e-300")
    }

    func testAMegabyteTextIsReportedAndCutToTheLimit() {
        let huge = String(repeating: "합성곱 x", count: 200_000)
        let yaml = "id: big\nlecture: 4\norder: 1\ntitle:\n  en: \"\(huge)\"\n  ko: 큰\nconcepts: [stride]\npages:\n  - title:\n      en: P\n      ko: 쪽\n    body:\n      en: B\n      ko: 본\n"
        let (lesson, problems) = LessonParser.parse(yaml, file: "Lessons/big.yaml")
        XCTAssertEqual(problems.map(\.description),
                       ["Lessons/big.yaml:5:7: lesson title.en is \(huge.utf8.count) bytes long; a text may be at most 20000 bytes (cut to that)"])
        let title = lesson?.title.en ?? ""
        XCTAssertLessThanOrEqual(title.utf8.count, 20_000)
        XCTAssertGreaterThan(title.utf8.count, 20_000 - 10)
        XCTAssertTrue(huge.hasPrefix(title))
    }
}
