import XCTest

final class BinarySmokeTests: XCTestCase {
    func testVersionRuns() {
        let r = Run.dlstudy(["--version"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("0.1.0"))
    }
}
