import Foundation
import XCTest

/// The repository checks out the same on a case-insensitive file system (the macOS default).
final class RepositoryLayoutTests: XCTestCase {
    /// Every tracked path and every folder on the way to it, compared ignoring case, is unique.
    func testNoTwoTrackedPathsDifferOnlyByCase() throws {
        let root = BuiltBinary.packageRoot.path
        guard FileManager.default.fileExists(atPath: root + "/.git") else { throw XCTSkip("not a git checkout") }
        let git = ["/usr/bin/git", "/usr/local/bin/git", "/opt/homebrew/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let git else { throw XCTSkip("git is not installed") }
        let listed = Run.program(git, ["-C", root, "ls-files"])
        XCTAssertEqual(listed.status, 0, listed.stderr)
        let files = listed.stdout.split(separator: "\n").map(String.init)
        XCTAssertGreaterThan(files.count, 100, "git ls-files listed the repository")
        XCTAssertEqual(Self.caseClashes(files), [])
    }

    /// The clash finder itself: `Tests/fixtures/a` and `Tests/Fixtures/b` share a folder on macOS.
    func testTheClashFinderSeesFoldersThatDifferOnlyByCase() {
        XCTAssertEqual(Self.caseClashes(["Tests/fixtures/a.json", "Tests/Fixtures/b.json", "README.md"]),
                       ["Tests/Fixtures / Tests/fixtures"])
        XCTAssertEqual(Self.caseClashes(["Lessons/a.yaml", "Lessons/b.yaml"]), [])
    }

    /// Pairs of distinct paths (files or their folders) that are equal ignoring case.
    static func caseClashes(_ files: [String]) -> [String] {
        var seen: [String: String] = [:]
        var clashes = Set<String>()
        for file in files {
            let parts = file.split(separator: "/")
            for end in parts.indices {
                let path = parts[...end].joined(separator: "/")
                let key = path.lowercased()
                if let other = seen[key], other != path { clashes.insert([other, path].sorted().joined(separator: " / ")) }
                seen[key] = seen[key] ?? path
            }
        }
        return clashes.sorted()
    }
}
