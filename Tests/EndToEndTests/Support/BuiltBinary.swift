import Foundation

/// Finds the `dlstudy` executable that `swift build`/`swift test` put next to the test bundle.
enum BuiltBinary {
    /// The directory holding the test bundle (and the package's executables).
    static var productsDirectory: URL {
        let candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments.first ?? ".")]
        for candidate in candidates {
            var dir = candidate
            for _ in 0..<4 {
                if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("dlstudy").path) {
                    return dir
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return Bundle.main.bundleURL.deletingLastPathComponent()
    }

    /// Path of the `dlstudy` binary under test: the one `swift build` put beside the tests, or the
    /// one named by `DLSTUDY_TEST_BINARY` (`.ci/run` runs these suites again on the release binary
    /// `scripts/build-release.sh` makes, the one a student installs).
    static var dlstudy: String {
        if let other = ProcessInfo.processInfo.environment["DLSTUDY_TEST_BINARY"], !other.isEmpty { return other }
        return productsDirectory.appendingPathComponent("dlstudy").path
    }

    /// The package root (where Lessons/ and Quizzes/ live), found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
