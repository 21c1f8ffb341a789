import DLContent
import Foundation
import XCTest

/// The Korean of every scene, read from the scene sources: a string given to `tr` is translated
/// (identical en and ko mean "not translated" — a formula or a name is written without `tr`),
/// in 해요체 (no 합니다체 endings), and uses the glossary's terms (no 상자, 지도, 세그멘테이션, …).
final class SceneStringsTests: XCTestCase {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// (file, line, en, ko) of every `x.tr("…", "…")` and `LocalizedText(en: "…", ko: "…")` with literal texts.
    static func pairs() throws -> [(file: String, line: Int, en: String, ko: String)] {
        let folders = ["Sources/DLStudyApp/Scenes", "Sources/DLContent/Scenes"].map { repository.appendingPathComponent($0) }
        let literal = #""((?:[^"\\]|\\.)*)""#
        let patterns = [try NSRegularExpression(pattern: #"\.tr\(\s*"# + literal + #"\s*,\s*"# + literal + #"\s*\)"#),
                        try NSRegularExpression(pattern: #"LocalizedText\(\s*en:\s*"# + literal + #"\s*,\s*ko:\s*"# + literal + #"\s*\)"#)]
        var out: [(String, Int, String, String)] = []
        for folder in folders {
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
            for url in files.sorted(by: { $0.path < $1.path }) {
                let text = try String(contentsOf: url, encoding: .utf8)
                let ns = text as NSString
                for pattern in patterns {
                    for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                        let line = ns.substring(to: m.range.location).components(separatedBy: "\n").count
                        out.append((url.lastPathComponent, line, ns.substring(with: m.range(at: 1)), ns.substring(with: m.range(at: 2))))
                    }
                }
            }
        }
        return out
    }

    func testTheScanFindsTheScenesStrings() throws {
        let pairs = try Self.pairs()
        XCTAssertGreaterThan(pairs.count, 200, "the scan reads the scene sources")
        XCTAssertTrue(pairs.contains { $0.en == "Press Space to compute the first output cell." })
    }

    func testNoSceneStringIsTheSameInBothLanguages() throws {
        let same = try Self.pairs().filter { $0.en == $0.ko }.map { "\($0.file):\($0.line): \($0.en)" }
        XCTAssertEqual(same, [], "translate these, or write a formula or name without tr")
    }

    func testKoreanSceneStringsAreHaeyoche() throws {
        let formal = try Self.pairs().filter { $0.ko.contains("니다") }.map { "\($0.file):\($0.line): \($0.ko)" }
        XCTAssertEqual(formal, [], "해요체 (…해요, …예요), not 합니다체")
    }

    func testKoreanSceneStringsUseTheGlossarysTerms() throws {
        let text = try String(contentsOf: Self.repository.appendingPathComponent("Lessons/glossary.yaml"), encoding: .utf8)
        let (glossary, problems) = Glossary.parse(text, file: "Lessons/glossary.yaml")
        XCTAssertEqual(problems.map(\.description), [])
        let found = try Self.pairs().compactMap { p -> String? in
            let words = GlossaryCheck.replacedWords(inKorean: p.ko, glossary: glossary)
            return words.isEmpty ? nil : "\(p.file):\(p.line): \(words) in \(p.ko)"
        }
        XCTAssertEqual(found, [])
    }

    func testTheGlossaryRuleCatchesACalquedFixture() throws {
        let text = try String(contentsOf: Self.repository.appendingPathComponent("Lessons/glossary.yaml"), encoding: .utf8)
        let glossary = Glossary.parse(text, file: "glossary.yaml").0
        XCTAssertEqual(GlossaryCheck.replacedWords(inKorean: "상자를 옮겨요", glossary: glossary), ["상자"])
        XCTAssertEqual(GlossaryCheck.replacedWords(inKorean: "Weight를 공유해요", glossary: glossary), ["Weight"])
        XCTAssertEqual(GlossaryCheck.replacedWords(inKorean: "박스를 옮기고 weight를 공유해요", glossary: glossary), [])
    }
}
