import DLContent
import Foundation
import XCTest

/// The FSRS-6 scheduler reproduces the reference `fsrs` package's schedules
/// (Tests/Fixtures/fsrs/schedules.json, written by Tests/Fixtures/gen_fsrs_fixtures.py).
final class FSRSReferenceTests: XCTestCase {
    struct Step: Decodable {
        let rating: Int, at: Double, state: Int, step: Int?, stability: Double, difficulty: Double, due: Double
        let last_review: Double
    }
    struct History: Decodable { let name: String; let reviews: [Step] }
    struct Document: Decodable { let parameters: [Double]; let start: Double; let histories: [History] }

    func load() throws -> Document {
        let url = URL(fileURLWithPath: Fixtures.repository).appendingPathComponent("Tests/Fixtures/fsrs/schedules.json")
        return try JSONDecoder().decode(Document.self, from: Data(contentsOf: url))
    }

    func testDefaultParametersAreTheReferenceOnes() throws {
        XCTAssertEqual(try load().parameters, FSRSScheduler.defaultParameters)
    }

    func testSchedulesMatchTheReference() throws {
        let doc = try load()
        XCTAssertGreaterThanOrEqual(doc.histories.count, 30)
        let scheduler = FSRSScheduler()
        for history in doc.histories {
            var card = FSRSCard(now: doc.start)
            for (n, expected) in history.reviews.enumerated() {
                let rating = try XCTUnwrap(FSRSRating(rawValue: expected.rating))
                card = scheduler.review(card, rating: rating, at: expected.at)
                let label = "\(history.name) review \(n + 1)"
                XCTAssertEqual(card.phase.rawValue, expected.state, label)
                XCTAssertEqual(card.step, expected.step, label)
                XCTAssertEqual(card.stability ?? -1, expected.stability, accuracy: 1e-9, label)
                XCTAssertEqual(card.difficulty ?? -1, expected.difficulty, accuracy: 1e-9, label)
                XCTAssertEqual(card.due, expected.due, accuracy: 1e-3, label)
                XCTAssertEqual(card.lastReview, expected.last_review, label)
            }
        }
    }
}
