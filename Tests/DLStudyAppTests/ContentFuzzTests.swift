import DLContent
import DLEngine
import DLStudyApp
import Foundation
import TUIKit
import XCTest

/// Seeded mutations of every shipped lesson file (truncation, byte flips, deleted lines, duplicate
/// keys, huge/negative/zero numbers anywhere and in scene parameters, 1 MB strings, invalid UTF-8, alias bombs), each checked,
/// loaded, printed as `lesson --plain` does and rendered page by page at 80×24 through the app core
/// (with scene steps and a resize to 1×1): no trap, and no step above a generous time budget.
final class ContentFuzzTests: XCTestCase {
    /// One mutation per kind per lesson file with the same seed: the same files every run.
    static let seed: UInt64 = 18
    /// A step is one load, one plain print or one page (with its key presses) — far below this in
    /// a debug build; a quadratic or unbounded step passes it by orders of magnitude.
    static let stepBudget: Duration = .seconds(5)

    static var repoLessons: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons").path
    }

    enum Mutation: CaseIterable {
        case truncate, flipBytes, deleteLines, duplicateKey, extremeNumber, sceneNumber, megabyteString, invalidUTF8, aliasBomb
    }

    static let extremes = ["4294967297", "2147483648", "-3", "-1", "0", "1000000", "1e308", "99999999999999999999", "-2147483649", "0.5"]

    static func mutate(_ data: Data, _ kind: Mutation, _ g: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        switch kind {
        case .truncate:
            return Data(bytes.prefix(g.int(in: 0...bytes.count - 1)))
        case .flipBytes:
            for _ in 0..<g.int(in: 1...8) { bytes[g.int(in: 0...bytes.count - 1)] = UInt8(g.int(in: 0...255)) }
            return Data(bytes)
        case .deleteLines:
            for _ in 0..<g.int(in: 1...4) where lines.count > 1 { lines.remove(at: g.int(in: 0...lines.count - 1)) }
        case .duplicateKey:
            let keyed = lines.indices.filter { lines[$0].contains(":") }
            if let i = keyed.isEmpty ? nil : g.pick(keyed) { lines.insert(lines[i], at: i + 1) }
        case .extremeNumber:
            // Every number on a few lines (scene parameters included) becomes an extreme one.
            let numbered = lines.indices.filter { lines[$0].range(of: #"[0-9]"#, options: .regularExpression) != nil }
            for _ in 0..<g.int(in: 1...3) where !numbered.isEmpty {
                let i = g.pick(numbered)
                lines[i] = lines[i].replacingOccurrences(of: #"-?[0-9]+(\.[0-9]+)?"#, with: g.pick(extremes), options: .regularExpression)
            }
        case .sceneNumber:
            // The numbers of a scene's parameters (the lines indented under `scene:`) become extreme.
            var inScene = false, indent = 0, numbered: [Int] = []
            for (i, line) in lines.enumerated() {
                let lead = line.prefix { $0 == " " || $0 == "-" }.count
                if line.trimmingCharacters(in: .whitespaces) == "scene:" { inScene = true; indent = lead; continue }
                if inScene, !line.trimmingCharacters(in: .whitespaces).isEmpty, lead <= indent { inScene = false }
                if inScene, line.range(of: #"[0-9]"#, options: .regularExpression) != nil { numbered.append(i) }
            }
            for _ in 0..<g.int(in: 1...3) where !numbered.isEmpty {
                let i = g.pick(numbered)
                lines[i] = lines[i].replacingOccurrences(of: #"-?[0-9]+(\.[0-9]+)?"#, with: g.pick(extremes), options: .regularExpression)
            }
        case .megabyteString:
            let texts = lines.indices.filter { lines[$0].contains("en: ") || lines[$0].contains("ko: ") }
            if let i = texts.isEmpty ? nil : g.pick(texts) {
                let indent = lines[i].prefix { $0 == " " || $0 == "-" }
                let key = lines[i].contains("en: ") ? "en" : "ko"
                lines[i] = "\(indent)\(key): \"" + String(repeating: "합성곱 {{conv-out i=5 k=3}} x", count: 1_000_000 / 28) + "\""
            }
        case .invalidUTF8:
            for _ in 0..<g.int(in: 1...3) { bytes.insert(g.pick([0xFF, 0xC0, 0xED, 0xF8, 0x80]), at: g.int(in: 0...bytes.count)) }
            return Data(bytes)
        case .aliasBomb:
            let bomb = ["x-bomb-a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
                + (1...8).map { n in
                    let prev = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(n - 1)))
                    let this = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(n)))
                    return "x-bomb-\(this): &\(this) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ", ") + "]"
                }
            lines.insert(contentsOf: bomb, at: min(g.int(in: 0...lines.count), lines.count))
            // And a scene parameter that is an alias.
            if let i = lines.firstIndex(where: { $0.contains("type: ") && $0.contains("scene") == false }) {
                lines.insert(String(lines[i].prefix { $0 == " " }) + "input: *i", at: i + 1)
            }
        }
        return Data(lines.joined(separator: "\n").utf8)
    }

    var spentByStep: [String: Duration] = [:]

    func timed(_ what: String, _ body: () -> Void) {
        let clock = ContinuousClock()
        let spent = clock.measure(body)
        XCTAssertLessThan(spent, Self.stepBudget, "\(what) took \(spent)")
        let step = what.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces).prefix(4) }.map(String.init) ?? what
        spentByStep[step, default: .zero] += spent
    }

    func testMutatedLessonsNeitherTrapNorHang() throws {
        let sources = ContentLoader.yamlFiles(in: Self.repoLessons)
        XCTAssertGreaterThan(sources.count, 10)
        let folder = NSTemporaryDirectory() + "dlstudy-fuzz-\(UUID().uuidString)/Lessons"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        var g = SeededGenerator(seed: Self.seed)
        var tried = 0, loaded = 0, pages = 0
        for source in sources {
            let original = try Data(contentsOf: URL(fileURLWithPath: source))
            for kind in Mutation.allCases {
                let mutated = Self.mutate(original, kind, &g)
                let path = (folder as NSString).appendingPathComponent((source as NSString).lastPathComponent)
                try mutated.write(to: URL(fileURLWithPath: path))
                tried += 1
                let what = "\((source as NSString).lastPathComponent) \(kind)"
                var library = ContentLibrary(root: "", lessons: [], quizItems: [], brokenFiles: [], diagnostics: [])
                timed("\(what): check and load") { library = ContentLoader.load(files: [path]) }
                for lesson in library.lessons {
                    loaded += 1
                    timed("\(what): plain") {
                        for language in [Language.en, .ko] { _ = PlainLesson.render(lesson, language: language, evaluate: CalcEvaluator.placeholder) }
                    }
                    for page in lesson.pages.indices {
                        pages += 1
                        var state = AppState(library: library, language: .en, size: Size(width: 80, height: 24))
                        timed("\(what): page \(page + 1)") {
                            _ = App.openLesson(&state, id: lesson.id, page: page)
                            _ = App.view(state)
                            for key in [Key.enter, .char("a")] {
                                _ = App.update(&state, .key(key))
                                _ = App.update(&state, .tick)
                                _ = App.view(state)
                            }
                            _ = App.update(&state, .resize(Size(width: 1, height: 1)))
                            _ = App.view(state)
                            _ = App.update(&state, .resize(Size(width: 80, height: 24)))
                            _ = App.update(&state, .key(.char("L")))
                            _ = App.view(state)
                        }
                    }
                }
            }
        }
        XCTAssertEqual(tried, sources.count * Mutation.allCases.count)
        XCTAssertGreaterThan(loaded, tried / 4, "most mutations still leave a lesson to render")
        print("content fuzz: \(tried) mutated files, \(loaded) lessons loaded, \(pages) pages rendered; time by step: \(spentByStep.sorted { $0.key < $1.key })")
    }
}
