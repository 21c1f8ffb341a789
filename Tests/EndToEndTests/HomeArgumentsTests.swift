import ArgumentParser
import XCTest
@testable import dlstudy

/// The home screen's start reads its arguments without ArgumentParser (`HomeArguments`): for
/// global options only it must give exactly the options ArgumentParser gives, and it must leave
/// everything else (subcommands, help, unknown, repeated or missing values, invalid values) to it.
final class HomeArgumentsTests: XCTestCase {
    /// Every stored property of the options, as text (an option the fast path forgot to set shows
    /// as ArgumentParser's unparsed definition and differs).
    private func fields(_ options: GlobalOptions) -> [String] {
        Mirror(reflecting: options).children.map { "\($0.label ?? "?")=\($0.value)" }
    }

    func testGlobalOptionsOnlyGiveWhatArgumentParserGives() throws {
        let cases: [[String]] = [
            [],
            ["--exit-after-first-frame"],
            ["--lang", "ko", "--ascii"],
            ["--content", "/tmp/c", "--data", "/tmp/d", "--no-color", "--lang", "en", "--exit-after-first-frame"],
            ["--no-color", "--content", "some folder"],
        ]
        for arguments in cases {
            let fast = try XCTUnwrap(HomeArguments.parse(arguments), "\(arguments)")
            let parsed = try XCTUnwrap(DLStudyCommand.parseAsRoot(arguments) as? DLStudyCommand, "\(arguments)")
            XCTAssertEqual(fields(fast), fields(parsed.global), "\(arguments)")
        }
    }

    func testAnythingElseIsLeftToArgumentParser() {
        let cases: [[String]] = [
            ["check"], ["--help"], ["-h"], ["--version"], ["help"],
            ["--lang"], ["--lang", "fr"], ["--lang=ko"], ["--data", ""], ["--content", "--help"],
            ["--ascii", "--ascii"], ["--lang", "ko", "--lang", "en"], ["--"], ["--bogus"], ["list", "--json"],
        ]
        for arguments in cases {
            XCTAssertNil(HomeArguments.parse(arguments), "\(arguments)")
        }
    }
}
