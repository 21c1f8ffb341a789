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

    /// Path of the built `dlstudy` binary.
    static var dlstudy: String { productsDirectory.appendingPathComponent("dlstudy").path }

    /// The package root (where Lessons/ and Quizzes/ live), found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
