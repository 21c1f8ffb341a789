import DLContent
import Foundation
import Store
import XCTest

/// The study database: answers and review state committed per answer, lesson progress, the one-time
/// import of progress.json, and damaged or foreign files moved aside with both paths named.
final class StudyStoreTests: XCTestCase {
    func temporaryDirectory() throws -> String {
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("dlstudy-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    func answer(_ id: String, _ correct: Bool, at time: Double) -> AnswerRecord {
        AnswerRecord(itemID: id, answeredAt: time, given: correct ? "b" : "a", correct: correct, seconds: 4.5)
    }

    func testAnswersAndReviewStateSurviveReopening() throws {
        let dir = try temporaryDirectory()
        let t0 = 1_780_000_000.0
        do {
            let (store, messages) = try StoreOpener.open(directory: dir)
            XCTAssertEqual(messages, [])
            try store.record(answer("q1", false, at: t0), schedule: true)
            try store.record(answer("q2", true, at: t0 + 5), schedule: true)
            try store.record(answer("gen-1-1-rf", true, at: t0 + 9), schedule: false)
        }
        let (store, _) = try StoreOpener.open(directory: dir)
        let history = try store.history()
        XCTAssertEqual(history.answers.map(\.itemID), ["q1", "q2", "gen-1-1-rf"])
        XCTAssertEqual(history.answers.map(\.correct), [false, true, true])
        XCTAssertEqual(Set(history.reviews.keys), ["q1", "q2"])
        // The stored state is exactly what the scheduler computes.
        XCTAssertEqual(history.reviews["q1"], ReviewRecord.first(answer("q1", false, at: t0)))
        XCTAssertEqual(history.reviews["q1"]?.lapses, 1)
        XCTAssertEqual(try store.integrityCheck(), "ok")
        XCTAssertEqual(try store.appliedMigrations(), ["v1-answers-reviews-progress", "v2-drills"])
    }

    func testLessonProgressIsStoredAndProgressJSONIsImportedOnce() throws {
        let dir = try temporaryDirectory()
        var old = LessonProgress()
        old.visit(lesson: "l4-convolution", page: 3, pageCount: 6)
        let json = try JSONEncoder().encode(old)
        try json.write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent("progress.json")))
        let (store, messages) = try StoreOpener.open(directory: dir)
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains("progress.json"), messages[0])
        XCTAssertEqual(try store.lessonProgress(), old)
        var newer = old
        newer.visit(lesson: "l4-convolution", page: 0, pageCount: 6)
        try store.save(newer)
        let (again, secondMessages) = try StoreOpener.open(directory: dir)
        XCTAssertEqual(secondMessages, [], "progress.json is imported only once")
        XCTAssertEqual(try again.lessonProgress().lessons["l4-convolution"], LessonProgress.Entry(lastPage: 0, furthestPage: 3, pageCount: 6))
    }

    func testUnreadableProgressJSONIsReportedOnceAndLeftAlone() throws {
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("progress.json")
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: path))
        let (store, messages) = try StoreOpener.open(directory: dir)
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains(path) && messages[0].contains("not readable"), messages[0])
        XCTAssertEqual(try store.lessonProgress(), LessonProgress())
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "{not json")
        let (_, secondMessages) = try StoreOpener.open(directory: dir)
        XCTAssertEqual(secondMessages, [], "an unreadable progress.json is reported only once")
    }

    func testDamagedFileIsMovedAsideWithBothPathsNamed() throws {
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent(StudyStore.fileName)
        try Data(String(repeating: "not a database ", count: 300).utf8).write(to: URL(fileURLWithPath: path))
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let (store, messages) = try StoreOpener.open(directory: dir, now: now)
        let aside = path + ".damaged-1780000000"
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains(path) && messages[0].contains(aside), messages[0])
        XCTAssertTrue(FileManager.default.fileExists(atPath: aside))
        XCTAssertEqual(try String(contentsOfFile: aside, encoding: .utf8).prefix(14), "not a database")
        XCTAssertEqual(try store.integrityCheck(), "ok")
        XCTAssertEqual(try store.history().answers, [])
    }

    func testTruncatedDatabaseIsMovedAside() throws {
        let dir = try temporaryDirectory()
        do {
            let (store, _) = try StoreOpener.open(directory: dir)
            for n in 0..<50 { try store.record(answer("q\(n)", n % 2 == 0, at: 1_780_000_000 + Double(n)), schedule: true) }
        }
        let path = (dir as NSString).appendingPathComponent(StudyStore.fileName)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var broken = data.prefix(100)
        broken.append(Data(repeating: 0xAB, count: 4000))
        try broken.write(to: URL(fileURLWithPath: path))
        let (store, messages) = try StoreOpener.open(directory: dir, now: Date(timeIntervalSince1970: 1_780_000_123))
        XCTAssertEqual(messages.count, 1, "\(messages)")
        XCTAssertTrue(messages[0].contains(path + ".damaged-1780000123"), messages[0])
        XCTAssertEqual(try store.integrityCheck(), "ok")
    }

    func testForeignSQLiteFileIsNotTakenOver() throws {
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent(StudyStore.fileName)
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        make.arguments = [path, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos VALUES (1, 'cat');"]
        try make.run()
        make.waitUntilExit()
        XCTAssertEqual(make.terminationStatus, 0)
        let (store, messages) = try StoreOpener.open(directory: dir, now: Date(timeIntervalSince1970: 1_780_000_000))
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages[0].contains(path + ".damaged-1780000000"), messages[0])
        XCTAssertEqual(try store.history().answers, [])
    }
}
