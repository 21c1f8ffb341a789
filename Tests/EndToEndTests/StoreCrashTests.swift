import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The study database survives `kill -9` in the middle of a plain quiz: the answers given before
/// are there and the integrity check passes; a damaged file is moved aside with a message.
final class StoreCrashTests: XCTestCase {
    lazy var dataDir = temporaryPath("dlstudy-crash")
    let content = BuiltBinary.packageRoot.path

    func stats() -> [String: Any]? {
        let r = Run.dlstudy(["--content", content, "--data", dataDir, "stats", "--json"])
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any]
    }

    func answers(_ json: [String: Any]?) -> Int { ((json?["total"] as? [String: Any])?["answers"] as? Int) ?? -1 }

    func testKillNineMidQuizKeepsEarlierAnswers() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.dlstudy)
        process.arguments = ["--content", content, "--data", dataDir, "quiz", "--plain", "--count", "5", "--seed", "3"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // Three answers in whatever form each item takes; an unreadable one is simply asked again.
        input.fileHandleForWriting.write(Data("a\ntrue\n1\na\ntrue\n1\na\ntrue\n1\n".utf8))
        let deadline = Date().addingTimeInterval(20)
        var stored = 0
        while Date() < deadline {
            stored = answers(stats())
            if stored >= 2 { break }
        }
        XCTAssertGreaterThanOrEqual(stored, 2, "answers are committed while the quiz is still running")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        let after = try XCTUnwrap(stats())
        XCTAssertEqual(after["integrity"] as? String, "ok")
        XCTAssertGreaterThanOrEqual(answers(after), stored, "no committed answer is lost")
        XCTAssertLessThan(answers(after), 5 + 1)
    }

    func testProcessesOpeningANewDatabaseTogetherNeverMoveItAside() throws {
        // Many dlstudy processes creating and migrating the same new database at once: each one
        // either waits for the other or finds it ready; none may take it for a damaged file.
        for round in 0..<3 {
            let dir = dataDir + "/round\(round)"
            let processes: [Process] = try (0..<6).map { _ in
                let p = Process()
                p.executableURL = URL(fileURLWithPath: BuiltBinary.dlstudy)
                p.arguments = ["--content", content, "--data", dir, "stats", "--json"]
                p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
                p.standardError = FileHandle(forWritingAtPath: "/dev/null")
                try p.run()
                return p
            }
            for p in processes { p.waitUntilExit() }
            XCTAssertEqual(processes.map(\.terminationStatus), Array(repeating: 0, count: 6))
            let files = try FileManager.default.contentsOfDirectory(atPath: dir)
            XCTAssertFalse(files.contains { $0.contains(".damaged-") }, "\(files)")
        }
    }

    func testDamagedDatabaseIsMovedAsideWithBothPathsNamed() throws {
        try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
        let path = dataDir + "/dlstudy.sqlite"
        try Data(String(repeating: "garbage ", count: 1000).utf8).write(to: URL(fileURLWithPath: path))
        let r = Run.dlstudy(["--content", content, "--data", dataDir, "stats"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains(path + " was damaged"), r.stderr)
        XCTAssertTrue(r.stderr.contains(path + ".damaged-"), r.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: dataDir)
        XCTAssertTrue(files.contains { $0.hasPrefix("dlstudy.sqlite.damaged-") }, "\(files)")
    }

    func testDataPageOverwrittenWithFFIsMovedAsideAndAnswersAreKept() throws {
        // A database with 3,000 answers (made with the sqlite3 command line tool, see README),
        // then one 4 KiB data page in the middle overwritten with 0xFF.
        _ = stats()
        let path = dataDir + "/dlstudy.sqlite"
        let make = Run.program("/usr/bin/env", ["sqlite3", path, """
            WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000)
            INSERT INTO answers (item_id, answered_at, given, correct, seconds)
            SELECT 'l4-why-channels', 1780000000 + x, 'b', 1, 3 FROM c;
            """])
        XCTAssertEqual(make.status, 0, make.stderr)
        XCTAssertEqual(answers(stats()), 3000)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let pages = data.count / 4096
        let leaf = try XCTUnwrap((pages / 2..<pages).first { data[$0 * 4096] == 0x0D }, "a table leaf page")
        data.replaceSubrange(leaf * 4096..<(leaf + 1) * 4096, with: Data(repeating: 0xFF, count: 4096))
        try data.write(to: URL(fileURLWithPath: path))
        let r = Run.dlstudy(["--content", content, "--data", dataDir, "stats", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains(path + " was damaged (") && r.stderr.contains(path + ".damaged-"), r.stderr)
        let json = (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any]
        XCTAssertEqual(json?["integrity"] as? String, "ok")
        let kept = answers(json)
        XCTAssertGreaterThan(kept, 3000 - 300)
        XCTAssertLessThan(kept, 3000)
        // A plain quiz now saves its answer in the new file.
        let quiz = Run.dlstudy(["--content", content, "--data", dataDir, "quiz", "--plain", "--count", "1", "--seed", "1"], stdin: "b\ntrue\n1\n")
        XCTAssertEqual(quiz.status, 0, quiz.stderr)
        XCTAssertEqual(answers(stats()), kept + 1)
    }
}
