import Foundation

/// Paths of the committed test fixtures (Tests/Fixtures), found from this file's path.
enum Fixtures {
    static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures").path
    }
    static var content: String { (root as NSString).appendingPathComponent("content") }
    static var brokenContent: String { (root as NSString).appendingPathComponent("broken-content") }
    static var repository: String {
        URL(fileURLWithPath: root).deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// A fresh empty temporary folder.
    static func temporaryDirectory() -> String {
        let dir = NSTemporaryDirectory() + "dlstudy-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
