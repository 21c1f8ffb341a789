import DLContent
import Foundation
import GRDB
@testable import Store
import XCTest

/// Damage anywhere in the study database (a data page, an index page, a file cut to one byte, damage
/// appearing while the store is in use) moves the file aside with both paths named, copies the
/// readable answers into the new database and carries on.
final class StoreDamageTests: XCTestCase {
    let pageSize = 4096

    func temporaryDirectory() throws -> String {
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("dlstudy-damage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    func answer(_ n: Int) -> AnswerRecord {
        AnswerRecord(itemID: "item-\(n % 37)", answeredAt: 1_780_000_000 + Double(n), given: "choice \(n)", correct: n % 3 == 0, seconds: 2)
    }

    /// A database with `count` answers (no review states, so its table pages are the answers').
    func makeDatabase(in dir: String, answers count: Int) throws -> String {
        let (store, _) = try StoreOpener.open(directory: dir)
        // One transaction (one fsync) for all of them, the same INSERT as `record`.
        try store.queue.write { db in
            for n in 0..<count {
                let a = answer(n)
                try db.execute(sql: "INSERT INTO answers (item_id, answered_at, given, correct, seconds) VALUES (?, ?, ?, ?, ?)",
                               arguments: [a.itemID, a.answeredAt, a.given, a.correct, a.seconds])
            }
        }
        XCTAssertEqual(try store.history().answers.count, count)
        return store.path
    }

    /// Page numbers (1-based) whose b-tree page type byte is `type` (0x0D table leaf, 0x0A index leaf).
    func pages(of path: String, type: UInt8) throws -> [Int] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return stride(from: pageSize, to: data.count, by: pageSize).filter { data[$0] == type }.map { $0 / pageSize + 1 }
    }

    /// Overwrites page `number` with 0xFF and, when `bumpCounter`, changes the header's file change
    /// counter as another writer would (so an open connection rereads its pages).
    func overwrite(page number: Int, of path: String, bumpCounter: Bool = false) throws {
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64((number - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xFF, count: pageSize))
        if bumpCounter {
            try handle.seek(toOffset: 24)
            try handle.write(contentsOf: Data([0x7F, 0x01, 0x02, 0x03]))
        }
    }

    /// The count in "with the N answers" of a salvage message.
    func salvagedAnswers(_ message: String) -> Int? {
        guard let range = message.range(of: #"with the (\d+) answers"#, options: .regularExpression) else { return nil }
        return Int(message[range].split(separator: " ")[2])
    }

    func testDamagedDataPageIsFoundAtOpenAndTheOtherAnswersAreKept() throws {
        let dir = try temporaryDirectory()
        let path = try makeDatabase(in: dir, answers: 2000)
        let leaves = try pages(of: path, type: 0x0D)
        XCTAssertGreaterThan(leaves.count, 10)
        try overwrite(page: leaves[leaves.count / 2], of: path)
        let (store, messages) = try StoreOpener.open(directory: dir, now: Date(timeIntervalSince1970: 1_780_000_500))
        let aside = path + ".damaged-1780000500"
        XCTAssertEqual(messages.count, 1, "\(messages)")
        XCTAssertTrue(messages[0].hasPrefix(path + " was damaged ("), messages[0])
        XCTAssertTrue(messages[0].contains(aside), messages[0])
        XCTAssertTrue(FileManager.default.fileExists(atPath: aside))
        let kept = try store.history().answers
        // One 4 KiB leaf holds well under 150 of these rows; all the others are read back.
        XCTAssertLessThan(kept.count, 2000)
        XCTAssertGreaterThan(kept.count, 2000 - 150)
        XCTAssertEqual(salvagedAnswers(messages[0]), kept.count, messages[0])
        XCTAssertEqual(kept.first, answer(0))
        XCTAssertEqual(kept.last, answer(1999))
        XCTAssertEqual(try store.integrityCheck(), "ok")
        try store.record(answer(5000), schedule: true)
        XCTAssertEqual(try store.history().answers.count, kept.count + 1)
    }

    func testDamagedIndexPageIsFoundAtOpenAndNoAnswerIsLost() throws {
        let dir = try temporaryDirectory()
        let path = try makeDatabase(in: dir, answers: 2000)
        let indexLeaves = try pages(of: path, type: 0x0A)
        XCTAssertFalse(indexLeaves.isEmpty)
        try overwrite(page: indexLeaves[indexLeaves.count / 2], of: path)
        let (store, messages) = try StoreOpener.open(directory: dir)
        XCTAssertEqual(messages.count, 1, "\(messages)")
        XCTAssertTrue(messages[0].hasPrefix(path + " was damaged"), messages[0])
        XCTAssertEqual(try store.history().answers.count, 2000, "the rows are read by rowid, not through the index")
        XCTAssertEqual(try store.integrityCheck(), "ok")
    }

    func testFileShorterThanAnSQLiteHeaderIsMovedAside() throws {
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent(StudyStore.fileName)
        try Data([0x53]).write(to: URL(fileURLWithPath: path))
        let (store, messages) = try StoreOpener.open(directory: dir, now: Date(timeIntervalSince1970: 1_780_000_000))
        XCTAssertEqual(messages.count, 1, "\(messages)")
        XCTAssertTrue(messages[0].contains(path + " was damaged (only 1 bytes long, shorter than an SQLite header"), messages[0])
        XCTAssertTrue(messages[0].contains(path + ".damaged-1780000000"), messages[0])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path + ".damaged-1780000000")), Data([0x53]))
        XCTAssertEqual(try store.history().answers, [])
    }

    func testEmptyFileIsANewDatabaseWithoutMessage() throws {
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent(StudyStore.fileName)
        try Data().write(to: URL(fileURLWithPath: path))
        let (store, messages) = try StoreOpener.open(directory: dir)
        XCTAssertEqual(messages, [])
        XCTAssertEqual(try store.integrityCheck(), "ok")
    }

    func testDamageFoundWhileInUseMovesTheFileAsideAndTheCallSucceeds() throws {
        let dir = try temporaryDirectory()
        _ = try makeDatabase(in: dir, answers: 1500)
        let (store, opened) = try StoreOpener.open(directory: dir)
        XCTAssertEqual(opened, [])
        let reported = Reports()
        store.reportDamage { reported.add($0) }
        let leaves = try pages(of: store.path, type: 0x0D)
        try overwrite(page: leaves[leaves.count / 2], of: store.path, bumpCounter: true)
        let history = try store.history()
        XCTAssertEqual(reported.all.count, 1, "\(reported.all)")
        let message = try XCTUnwrap(reported.all.first)
        XCTAssertTrue(message.hasPrefix(store.path + " was damaged ("), message)
        XCTAssertTrue(message.contains(store.path + ".damaged-"), message)
        XCTAssertGreaterThan(history.answers.count, 1500 - 150)
        XCTAssertLessThan(history.answers.count, 1500)
        // Writing goes on in the new file.
        try store.record(answer(9000), schedule: true)
        XCTAssertEqual(try store.history().answers.count, history.answers.count + 1)
        XCTAssertEqual(try store.integrityCheck(), "ok")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir)
        XCTAssertEqual(files.filter { $0.hasPrefix("dlstudy.sqlite.damaged-") && !$0.contains("-journal") }.count, 1, "\(files)")
    }

    func testDataFolderUnderARegularFileIsNamedInPlainWords() throws {
        let dir = try temporaryDirectory()
        let file = (dir as NSString).appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        XCTAssertThrowsError(try StoreOpener.open(directory: file + "/data")) { error in
            XCTAssertEqual("\(error)", "cannot create the data folder \(file)/data: \(file) is a file, not a folder")
        }
    }
}

/// Messages collected from the store's reporter.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
