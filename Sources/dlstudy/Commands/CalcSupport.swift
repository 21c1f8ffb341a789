import ArgumentParser
import DLContent
import DLEngine
import Foundation

/// Shared helpers of `dlstudy calc` and `dlstudy model`: errors with exit codes, size parsing.
enum CalcSupport {
    /// Prints `error: message` and exits 2 (usage error).
    static func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(2)
    }

    /// Prints `error: message` and exits 1 (invalid spec or network).
    static func invalid(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(1)
    }

    /// The order of the three numbers in a size option.
    enum Order { case chw, whc }

    /// `3x224x224` (C×H×W) or `40x50x128` (W×H×C).
    static func shape(_ text: String, option: String, order: Order) throws -> FeatureShape {
        let nums = text.split(whereSeparator: { $0 == "x" || $0 == "×" || $0 == "X" }).map { Int($0) }
        let form = order == .chw ? "C×H×W, e.g. 3x224x224" : "W×H×C, e.g. 40x50x128"
        guard nums.count == 3, let a = nums[0], let b = nums[1], let c = nums[2] else {
            throw usage("\(option) \(text): expected \(form)")
        }
        guard a > 0, b > 0, c > 0, max(a, b, c) <= ModelSpecParser.maxNumber else {
            throw usage("\(option) \(text): sizes must be positive (at most \(ModelSpecParser.maxNumber))")
        }
        return order == .chw ? FeatureShape(channels: a, height: b, width: c) : FeatureShape(channels: c, height: b, width: a)
    }

    /// Evaluates a calc expression; its errors are usage errors (bad numbers on the command line).
    static func eval(_ expression: String) throws -> CalcResult {
        do { return try CalcEvaluator.evaluate(expression) } catch { throw usage(error.message) }
    }

    /// Checks that a number option is at least `min`.
    static func check(_ value: Int, _ option: String, min: Int) throws {
        guard value >= min else { throw usage("\(option) \(value) must be at least \(min)") }
        guard value <= ModelSpecParser.maxNumber else { throw usage("\(option) \(value) is too large") }
    }
}
