import DLContent
import Foundation
import Store
import XCTest

/// Drills in the study database: an answered drill's generator, seed, position, variant and numbers
/// survive reopening and rebuild exactly the question; the quiz menu's choices are remembered.
final class DrillStoreTests: XCTestCase {
    func directory() throws -> String {
        let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("dlstudy-drills-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    func testAnsweredDrillIsStoredAndRebuiltExactlyAfterReopening() throws {
        let dir = try directory()
        let drill = DrillGenerator.make(seed: 1_234_567_890_123, count: 2, kinds: [.receptiveField], difficulty: .real)[1]
        var variant = try XCTUnwrap(drill.drill)
        variant.variant = 3
        do {
            let (store, _) = try StoreOpener.open(directory: dir)
            try store.record(AnswerRecord(itemID: drill.id, answeredAt: 1_780_000_000, given: "0", correct: false, seconds: 2, drill: drill.drill), schedule: true)
            try store.record(AnswerRecord(itemID: "gen-9-1-yolo-out", answeredAt: 1_780_000_010, given: "1", correct: true, seconds: 2,
                                          drill: DrillSpec(kind: .yoloOut, difficulty: .small, seed: 9, index: 1, variant: 3,
                                                           parameters: DrillParameters([("s", 2), ("b", 1), ("c", 3)]))), schedule: true)
        }
        let (store, _) = try StoreOpener.open(directory: dir)
        let history = try store.history()
        XCTAssertEqual(history.drills[drill.id], drill.drill)
        XCTAssertEqual(history.drills[drill.id].flatMap(DrillGenerator.item), drill)
        XCTAssertEqual(history.drills["gen-9-1-yolo-out"]?.variant, 3)
        XCTAssertEqual(history.drills["gen-9-1-yolo-out"].flatMap(DrillGenerator.item)?.answer, .number(Double(2 * 2 * (1 * 5 + 3))))
        XCTAssertEqual(Set(history.reviews.keys), [drill.id, "gen-9-1-yolo-out"], "drills are scheduled")
    }

    func testQuizPreferencesAreRemembered() throws {
        let dir = try directory()
        do {
            let (store, _) = try StoreOpener.open(directory: dir)
            XCTAssertEqual(try store.quizPreferences(), QuizPreferences(length: 10, difficulty: .lecture))
            try store.save(QuizPreferences(length: nil, difficulty: .small))
        }
        let (store, _) = try StoreOpener.open(directory: dir)
        XCTAssertEqual(try store.quizPreferences(), QuizPreferences(length: nil, difficulty: .small))
    }
}
