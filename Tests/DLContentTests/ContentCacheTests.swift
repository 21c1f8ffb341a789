import Foundation
import XCTest
@testable import DLContent

/// The content overview cache in the data folder: used only for the exact files and binary it was
/// made from, ignored and rebuilt when damaged, and the lazily parsed library equals the eager one.
final class ContentCacheTests: XCTestCase {
    private var root = ""
    private var data = ""

    override func setUpWithError() throws {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("dlstudy-cache-\(UUID().uuidString)")
        root = (base as NSString).appendingPathComponent("content")
        data = (base as NSString).appendingPathComponent("data")
        let fm = FileManager.default
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        for folder in ["Lessons", "Quizzes"] {
            try fm.copyItem(atPath: (Fixtures.repository as NSString).appendingPathComponent(folder),
                            toPath: (root as NSString).appendingPathComponent(folder))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent)
    }

    private var cachePath: String { (data as NSString).appendingPathComponent(ContentCache.fileName) }

    /// Rewrites the cached overview's first lesson title, keeping the key: a start that shows the
    /// marker read the cache; one that does not ignored it.
    private func markCache() throws {
        let text = try String(contentsOfFile: cachePath, encoding: .utf8)
        let title = try XCTUnwrap(ContentLoader.load(root: root).overview.lessons.first?.title.en)
        XCTAssertTrue(text.contains("\t\(title)\t"), "the cache holds the first lesson's title")
        try text.replacingOccurrences(of: "\t\(title)\t", with: "\tMARKER\t")
            .write(toFile: cachePath, atomically: true, encoding: .utf8)
    }

    private func firstTitle(_ library: ContentLibrary) -> String? { library.overview.lessons.first?.title.en }

    func testSecondStartTakesTheOverviewFromTheCache() throws {
        let eager = ContentLoader.load(root: root)
        let first = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")
        XCTAssertEqual(first.overview, eager.overview)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cachePath))
        try markCache()
        XCTAssertEqual(firstTitle(ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")), "MARKER")
    }

    func testLazilyParsedLibraryEqualsTheEagerOne() {
        let eager = ContentLoader.load(root: root)
        _ = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")
        let lazy = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")
        lazy.preload()
        XCTAssertEqual(lazy.overview, eager.overview)
        XCTAssertEqual(lazy.lessons, eager.lessons)
        XCTAssertEqual(lazy.quizItems, eager.quizItems)
        XCTAssertEqual(lazy.diagnostics, eager.diagnostics)
        XCTAssertFalse(eager.lessons.isEmpty)
        XCTAssertEqual(eager.overview.quizCount, eager.quizItems.count)
        XCTAssertEqual(eager.overview.lessons.map(\.pageCount), eager.lessons.map(\.pages.count))
    }

    func testEditedContentFileIsNotAnsweredFromTheCache() throws {
        _ = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")
        try markCache()
        let lesson = try XCTUnwrap(ContentLoader.contentFiles(root: root).first)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: lesson))
        handle.seekToEndOfFile()
        handle.write(Data("\n# edited\n".utf8))
        handle.closeFile()
        let library = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")
        XCTAssertNotEqual(firstTitle(library), "MARKER")
        XCTAssertEqual(library.overview, ContentLoader.load(root: root).overview)
    }

    func testAnotherBinaryDoesNotUseTheCache() throws {
        _ = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")
        try markCache()
        XCTAssertNotEqual(firstTitle(ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v2")), "MARKER")
    }

    func testDamagedCacheIsIgnoredAndRebuilt() throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let key = ContentCache.key(files: ContentLoader.read(ContentLoader.contentFiles(root: root)), root: root, binaryVersion: "v1")
        let intact = ContentCache.encode(ContentLoader.load(root: root).overview, key: key)
        XCTAssertNotNil(ContentCache.decode(intact, key: key), "the undamaged file reads back")
        let truncated = String(intact.dropLast(5))
        for damage in ["", "{\"key\": 3", String(repeating: "\u{0}", count: 64), truncated, intact + "lesson\tx\n"] {
            try damage.write(toFile: cachePath, atomically: true, encoding: .utf8)
            let library = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")
            XCTAssertEqual(library.overview, ContentLoader.load(root: root).overview, "damage \(damage.debugDescription)")
            try markCache()
            XCTAssertEqual(firstTitle(ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")), "MARKER",
                           "the cache was written anew after \(damage.debugDescription)")
        }
    }

    func testBrokenFilesComeFromTheCacheToo() throws {
        let broken = (root as NSString).appendingPathComponent("Lessons/zz-broken.yaml")
        try "id: zz-broken\nlecture: 4\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let eager = ContentLoader.load(root: root)
        XCTAssertEqual(eager.brokenFiles, ["Lessons/zz-broken.yaml"])
        _ = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")
        let cached = ContentLoader.load(root: root, cacheDirectory: data, binaryVersion: "v1")
        XCTAssertEqual(cached.brokenFiles, eager.brokenFiles)
        XCTAssertEqual(cached.diagnostics, eager.diagnostics)
    }

    func testFieldsWithTabsNewlinesAndBackslashesRoundTrip() throws {
        var overview = ContentLoader.load(root: root).overview
        overview.lessons[0].title = LocalizedText(en: "a\tb\nc\\d\\t", ko: "합성곱\r\n 층")
        overview.lessons[0].concepts = ["x\ty", ""]
        overview.brokenFiles = ["Lessons/odd\tname.yaml"]
        let text = ContentCache.encode(overview, key: "line one\nline\ttwo")
        XCTAssertEqual(ContentCache.decode(text, key: "line one\nline\ttwo"), overview)
        XCTAssertNil(ContentCache.decode(text, key: "line one"))
    }
}
