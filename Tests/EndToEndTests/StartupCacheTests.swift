import Foundation
import XCTest

/// The home screen drawn from the content cache in the data folder is the one drawn from the files:
/// same text and attributes at 120×40 with the real content; a lesson then opens from the lazily
/// parsed content, and an edited content file is not answered from the cache.
final class StartupCacheTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-e2e-cache")

    func start(content: String = BuiltBinary.packageRoot.path) throws -> TmuxSession {
        try TmuxSession(width: 120, height: 40, content: content, data: dataDir, lang: "en", [])
    }

    private func home(_ t: TmuxSession) -> String {
        t.waitFor("the whole home screen", escapes: true) { $0.contains("Lecture 4") && $0.contains("quit") }
    }

    func testHomeFromTheCacheIsTheHomeFromTheFiles() throws {
        let first = try start()
        let fromFiles = home(first)
        first.quit()
        XCTAssertTrue(FileManager.default.fileExists(atPath: dataDir + "/content-overview.tsv"), "the first start wrote the cache")
        let second = try start()
        XCTAssertEqual(home(second), fromFiles)
        second.send("Enter")
        second.waitFor(text: "Why not just a dense layer?")
        second.send("q")
        second.waitFor(text: "Quiz · ")
        second.quit()
    }

    func testEditedLessonTitleShowsAtOnce() throws {
        let content = temporaryPath("dlstudy-e2e-content")
        for folder in ["Lessons", "Quizzes"] {
            try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: BuiltBinary.packageRoot.appendingPathComponent(folder).path,
                                             toPath: content + "/" + folder)
        }
        let first = try start(content: content)
        first.waitFor(text: "1. Convolution, cell by cell")
        first.quit()
        let file = content + "/Lessons/l4-convolution.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "en: Convolution, cell by cell", with: "en: Convolution, one cell at a time")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let second = try start(content: content)
        second.waitFor(text: "1. Convolution, one cell at a time")
        second.quit()
    }
}
