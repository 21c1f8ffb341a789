import Foundation
import XCTest
import Yams
@testable import DLContent

/// `YAMLComposer` (libyaml's events straight into `YAMLNode`) against the composer it replaced,
/// Yams' `compose(yaml:, .basic)`: the same tree (texts, styles, tags, positions) for every shipped
/// content file and fixture, and the same error (kind, message, position) for broken YAML.
final class YAMLComposerTests: XCTestCase {
    /// Every `.yaml` file of the repository's content and the test fixtures.
    private func yamlFiles() -> [String] {
        let repo = Fixtures.repository
        var out: [String] = []
        for top in ["Lessons", "Quizzes", "Tests/Fixtures"] {
            let dir = (repo as NSString).appendingPathComponent(top)
            guard let walk = FileManager.default.enumerator(atPath: dir) else { continue }
            for case let name as String in walk where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                out.append((dir as NSString).appendingPathComponent(name))
            }
        }
        return out.sorted()
    }

    func testSameTreeAsYamsForEveryContentFile() throws {
        let files = yamlFiles()
        XCTAssertGreaterThan(files.count, 40)
        var scalars = 0
        for path in files {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let theirs = Result { try Yams.compose(yaml: text, .basic) }
            let ours = Result { () throws(YAMLSyntaxError) in try YAMLComposer.compose(text) }
            switch (ours, theirs) {
            case (.success(let a?), .success(let b?)): scalars += same(a, b, at: path)
            case (.success(nil), .success(nil)): break
            case (.failure(let a), .failure(let b)): XCTAssertEqual(describe(a), describe(b), path)
            default: XCTFail("\(path): ours \(ours), Yams \(theirs)")
            }
        }
        XCTAssertGreaterThan(scalars, 10_000, "the comparison reached the scalars")
    }

    func testSameErrorsAsYamsForBrokenYAML() {
        let texts = [
            "a: 1\n\tb: 2\n",                                    // tab indentation
            "a: 'unclosed\n",
            "a: \"unclosed\n",
            "a:\n  - 1\n - 2\n",                                 // bad indentation
            "a: [1, 2\n",
            "a: {b: 1\n",
            "id: x\ntitle: y\nid: z\n",                          // duplicate key
            "pages:\n  - id: a\n    body: b\n    id: c\n",      // duplicate key nested
            "b: 1\na: 2\nb: 3\na: 4\n",                          // two duplicates: the first sorted one is reported
            "'id': x\nid: y\n",                                  // quoted and plain: the same str key
            "!!str 1: x\n1: y\n",
            "a: *nothing\n",                                     // undefined alias
            "a: &x [1, 2]\nb: *x\nc: *x\n",
            "a: &x\n  k: *x\n",                                  // an alias inside its own anchor is undefined
            "---\na: 1\n---\nb: 2\n",                            // two documents
            "",
            "# only a comment\n",
            "---\n",
            "a: b: c\n",
            "a: \u{7}\n",                                        // a control character
            "a: \"\\q\"\n",                                      // an unknown escape
            "- a\nb: c\n",
            "a: |\n  literal\n  text\nb: >\n  folded\n  text\n",
            "a: !!int 3\nb: !custom x\nc: ! y\n",
            "? [a, b]\n: c\n",
            "{a: 1, b: [x, y], c: {d: e}}\n",
            "k: 한국어: x\n",
            "x: 1\n...\n",
        ]
        for text in texts {
            let theirs = Result { try Yams.compose(yaml: text, .basic) }
            let ours = Result { () throws(YAMLSyntaxError) in try YAMLComposer.compose(text) }
            switch (ours, theirs) {
            case (.success(let a?), .success(let b?)): _ = same(a, b, at: text.debugDescription)
            case (.success(nil), .success(nil)): break
            case (.failure(let a), .failure(let b)): XCTAssertEqual(describe(a), describe(b), text.debugDescription)
            default: XCTFail("\(text.debugDescription): ours \(ours), Yams \(theirs)")
            }
        }
    }

    /// Number conversions: the fast paths agree with Yams' `Node.int` / `Node.float` / `Node.bool`.
    func testScalarNumbersAndBooleansReadAsYamsReadsThem() throws {
        let words = ["0", "-0", "+0", "7", "-7", "+7", "007", "08", "0x1f", "0o17", "0b101", "1_000", "1:30", "-1:30",
                     "12", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999",
                     "1.5", "-1.5", "1e3", "1E-3", "1.", ".5", "-.5", "+.5", "1e", "e1", "--1", "1-", "+-1", ".", "+",
                     ".inf", "-.inf", "+.inf", ".nan", ".NaN", "inf", "nan", "infinity", "0x1p3", "same", "valid", "",
                     "true", "True", "yes", "on", "off", "no", "false", "y", "n", "١٢", "１２", "1 2", "0.1_5",
                     "abc", "a:1", "inf:1", "1:inf", "Nan", "NAN", "INF", "Infinity", "-inf", "x1", "TRUE", "Yes", "ON",
                     "true1", "falsey", "\u{212A}", "1:30:15", "+1:30", "1_0:3_0"]
        for word in words {
            for (style, text) in [("plain", "v: \(word)\n"), ("quoted", "v: '\(word)'\n")] {
                guard word != "" || style == "quoted" else { continue }
                let b = try XCTUnwrap(Yams.compose(yaml: text, .basic)?.mapping?["v"])
                let a = try XCTUnwrap(YAMLComposer.compose(text)?.mapping?["v"])
                XCTAssertEqual(a.int, b.int, "\(style) \(word)")
                XCTAssertEqual(a.float.map { $0.isNaN ? "nan" : "\($0)" }, b.float.map { $0.isNaN ? "nan" : "\($0)" }, "\(style) \(word)")
                XCTAssertEqual(a.bool, b.bool, "\(style) \(word)")
            }
        }
    }

    /// `YAMLReader.isBlank` (bytes first) agrees with `CharacterSet.whitespacesAndNewlines` on every
    /// white-space scalar alone, mixed with others, and with letters, Hangul, controls around it.
    func testBlankTextAgreesWithCharacterSet() {
        var scalars: [Unicode.Scalar] = (0...0x7F).compactMap(Unicode.Scalar.init)
        scalars += [0x85, 0xA0, 0xAD, 0x1680, 0x180E, 0x200B, 0x200C, 0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060,
                    0x3000, 0xFEFF, 0xAC00, 0x3131, 0x00E9, 0x0301].compactMap(Unicode.Scalar.init)
        scalars += (0x2000...0x200A).compactMap(Unicode.Scalar.init)
        var blank = 0
        for a in scalars {
            for b in [" ", "\n", "x", "가", "\u{3000}", ""] {
                for text in [String(a), String(a) + b, b + String(a), String(a) + String(a)] {
                    let expected = text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains)
                    XCTAssertEqual(YAMLReader.isBlank(text), expected, text.unicodeScalars.map { String($0.value, radix: 16) }.description)
                    if expected { blank += 1 }
                }
            }
        }
        XCTAssertGreaterThan(blank, 100, "both outcomes are exercised")
    }

    // MARK: - Comparing

    /// Asserts `a` and `b` are the same tree; returns the number of scalars compared.
    private func same(_ a: YAMLNode, _ b: Node, at path: String) -> Int {
        XCTAssertEqual(a.mark.line, b.mark?.line, path)
        XCTAssertEqual(a.mark.column, b.mark?.column, path)
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            XCTAssertEqual(x.string, y.string, path)
            XCTAssertEqual(x.style, y.style, "\(path) \(x.string)")
            // Yams resolves a key's tag while checking duplicates; compare the resolved tags.
            let str = Tag.Name.str.rawValue
            XCTAssertEqual(x.tag.flatMap { $0 == "!" ? nil : $0 } ?? str,
                           ["", "!"].contains(y.tag.description) ? str : y.tag.description, "\(path) \(x.string)")
            return 1
        case (.mapping(let x), .mapping(let y)):
            XCTAssertEqual(x.count, y.count, path)
            var n = 0
            for (p, q) in zip(x, y) { n += same(p.key, q.key, at: path) + same(p.value, q.value, at: path) }
            return n
        case (.sequence(let x, _), .sequence(let y)):
            XCTAssertEqual(x.count, y.count, path)
            return zip(x, y).map { same($0, $1, at: path) }.reduce(0, +)
        default:
            XCTFail("\(path): \(a) is not \(b) at \(a.mark)")
            return 0
        }
    }

    /// The parts of an error a diagnostic shows, ours and Yams' written alike.
    private func describe(_ e: YAMLSyntaxError) -> String {
        switch e {
        case .reader(let problem): "reader \(problem)"
        case .syntax(let context, let problem, let mark): "syntax \(context ?? "-") \(problem) \(mark.line):\(mark.column)"
        case .duplicateKeys(let keys, let first): "duplicate \(keys) \(first.line):\(first.column)"
        case .memory: "memory"
        }
    }

    private func describe(_ e: Error) -> String {
        guard let y = e as? YamlError else { return "\(e)" }
        switch y {
        case .reader(let problem, _, _, _): return "reader \(problem)"
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return "syntax \(context?.text ?? "-") \(problem) \(mark.line):\(mark.column)"
        case .duplicatedKeysInMapping(let keys, let context): return "duplicate \(keys) \(context.mark.line):\(context.mark.column)"
        case .memory: return "memory"
        default: return "\(y)"
        }
    }
}
