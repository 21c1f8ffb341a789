// swift-tools-version:6.0
import PackageDescription

// The ncurses module: ncursesw on Linux (libncurses-dev); on macOS the system's ncurses, which has
// the wide API in <curses.h> (or Homebrew's `ncurses`, see README "Building on macOS").
#if os(macOS)
let ncurses: Target = .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw/macOS", providers: [.brew(["ncurses"])])
#else
let ncurses: Target = .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])])
#endif

let package = Package(
    name: "dlstudy",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dlstudy", targets: ["dlstudy"]),
        .executable(name: "dlstudy-bench", targets: ["dlstudy-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The ncursesw system library plus a header of inline wrappers for its macros and globals.
        ncurses,
        // Async-signal-safe terminal restoring (crash and quit signal handlers) in plain C.
        .target(name: "CTerminalGuard"),
        // Run-time-dispatched AVX matrix-multiply tile for the conv2d fast path, in plain C (Swift cannot
        // compile one function for AVX and the rest for baseline x86-64).
        .target(name: "CConvKernels"),
        // Pure numeric engine and architecture arithmetic: no I/O, no UI.
        .target(name: "DLEngine", dependencies: ["CConvKernels"]),
        // Pure terminal-UI core: cells, frames, display width, widgets, frame diff.
        .target(name: "TUIKit"),
        // Lessons, quizzes and scenes: parsing, validation, generators.
        .target(name: "DLContent", dependencies: ["DLEngine", .product(name: "Yams", package: "Yams")]),
        // The pure app core: state, messages, update, view.
        .target(name: "DLStudyApp", dependencies: ["DLContent", "DLEngine", "TUIKit"]),
        // Persistence of lesson progress, quiz answers and review state (SQLite through GRDB).
        .target(name: "Store", dependencies: ["DLContent", .product(name: "GRDB", package: "GRDB.swift")]),
        // The only code that touches ncurses.
        .target(name: "Terminal", dependencies: ["CNcursesw", "CTerminalGuard", "TUIKit"]),
        .executableTarget(
            name: "dlstudy",
            dependencies: [
                "DLStudyApp", "DLContent", "DLEngine", "Store", "Terminal", "TUIKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Pseudo-terminal helpers for the benchmark (posix_openpt, window size) in plain C.
        .target(name: "CPseudoTerminal"),
        .executableTarget(name: "dlstudy-bench", dependencies: ["CPseudoTerminal", "DLEngine", "DLContent", "DLStudyApp", "TUIKit"]),
        .testTarget(name: "TUIKitTests", dependencies: ["TUIKit"]),
        // The terminal backend's pure parts (escape sequences chosen for a frame change), no terminal.
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "TUIKit"]),
        .testTarget(name: "DLEngineTests", dependencies: ["DLEngine"]),
        .testTarget(name: "ArchitectureTests", dependencies: ["DLEngine"]),
        .testTarget(name: "DLContentTests", dependencies: ["DLContent", "DLEngine"]),
        .testTarget(name: "DLStudyAppTests", dependencies: ["DLStudyApp", "DLContent", "TUIKit"], exclude: ["Screens"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "DLContent", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EndToEndTests", dependencies: ["dlstudy", "TUIKit"]),
    ],
    swiftLanguageModes: [.v6]
)
