import DLEngine
import Foundation
import XCTest

/// One reference case written by Tests/Fixtures/gen_engine_fixtures.py from PyTorch.
struct FixtureCase {
    let file: String
    let name: String
    /// Integer inputs: must match bit for bit. Otherwise within `tolerance`.
    let exact: Bool
    let request: JSONValue
    let expected: JSONValue

    var label: String { "\(file): \(name)" }
    var requestData: Data { Data(request.serialized.utf8) }
}

/// Loads fixture files by path (no SwiftPM resources).
enum Fixtures {
    static let tolerance = 1e-12

    static var directory: URL { folder("engine") }

    /// A sub-folder of Tests/Fixtures (each generator script writes its own).
    static func folder(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)")
    }

    static let files = [
        "conv2d", "conv_transpose2d", "max_pool2d", "avg_pool2d", "adaptive_avg_pool2d", "roi_pool",
        "rnn", "lstm", "gru", "elementwise",
    ]

    static func load(_ file: String, folder name: String = "engine") throws -> [FixtureCase] {
        let data = try Data(contentsOf: folder(name).appendingPathComponent("\(file).json"))
        guard case .object(let root) = try JSONValue.parse(data), case .array(let cases)? = root["cases"] else {
            throw EngineError("fixture \(file) has no cases")
        }
        return cases.compactMap { c in
            guard case .object(let o) = c, case .string(let name)? = o["name"], case .bool(let exact)? = o["exact"],
                  let request = o["request"], let expected = o["expected"] else { return nil }
            return FixtureCase(file: file, name: name, exact: exact, request: request, expected: expected)
        }
    }

    static func all() throws -> [FixtureCase] { try files.flatMap { try load($0) } }
}

/// Compares two JSON values: same structure, numbers equal (exact) or within `tolerance`.
/// Returns the path of the first difference, or nil.
func jsonDifference(_ a: JSONValue, _ b: JSONValue, exact: Bool, path: String = "") -> String? {
    switch (a, b) {
    case let (.number(x), .number(y)):
        if exact ? x == y : abs(x - y) <= Fixtures.tolerance { return nil }
        return "\(path): \(x) vs \(y) (diff \(abs(x - y)))"
    case let (.array(x), .array(y)):
        guard x.count == y.count else { return "\(path): \(x.count) items vs \(y.count)" }
        for (i, (p, q)) in zip(x, y).enumerated() {
            if let d = jsonDifference(p, q, exact: exact, path: "\(path)[\(i)]") { return d }
        }
        return nil
    case let (.object(x), .object(y)):
        guard Set(x.keys) == Set(y.keys) else { return "\(path): keys \(x.keys.sorted()) vs \(y.keys.sorted())" }
        for k in x.keys.sorted() {
            if let p = x[k], let q = y[k], let d = jsonDifference(p, q, exact: exact, path: "\(path).\(k)") { return d }
        }
        return nil
    default:
        return a == b ? nil : "\(path): \(a) vs \(b)"
    }
}

/// Runs every case of a fixture file through the JSON compute service and compares with PyTorch's result.
func checkFixtures(_ file: String, folder: String, minimum: Int) throws {
    let cases = try Fixtures.load(file, folder: folder)
    XCTAssertGreaterThanOrEqual(cases.count, minimum, "fixture \(file) lost cases")
    for c in cases {
        switch ComputeService.respond(to: c.requestData) {
        case .failure(let e):
            XCTFail("\(c.label): \(e.message)")
        case .success(let data):
            if let diff = jsonDifference(try JSONValue.parse(data), c.expected, exact: c.exact) {
                XCTFail("\(c.label)\(c.exact ? " (exact)" : ""): \(diff)")
            }
        }
    }
}
