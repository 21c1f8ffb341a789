import ArgumentParser
import DLContent
import DLEngine
import Foundation

/// Shared helpers of `dlstudy calc` and `dlstudy model`: size parsing, checks and the size report lines.
enum CalcSupport {
    /// Prints `error: message` and exits 1 (invalid spec or network).
    static func invalid(_ message: String) -> ExitCodeError {
        printError("error: \(message)")
        return .failure
    }

    /// The order of the three numbers in a size option.
    enum Order { case chw, whc }

    /// `3x224x224` (C×H×W) or `40x50x128` (W×H×C).
    static func shape(_ text: String, option: String, order: Order) throws -> FeatureShape {
        let nums = text.split(whereSeparator: { $0 == "x" || $0 == "×" || $0 == "X" }).map { Int($0) }
        let form = order == .chw ? "C×H×W, e.g. 3x224x224" : "W×H×C, e.g. 40x50x128"
        guard nums.count == 3, let a = nums[0], let b = nums[1], let c = nums[2] else {
            throw usageError("\(option) \(text): expected \(form)")
        }
        guard a > 0, b > 0, c > 0, max(a, b, c) <= ModelSpecParser.maxNumber else {
            let what = order == .chw ? "C×H×W" : "W×H×C"
            throw usageError(RangeMessage.text(option, mustBe: "\(what) of whole numbers from 1 to \(ModelSpecParser.maxNumber)", got: text))
        }
        return order == .chw ? FeatureShape(channels: a, height: b, width: c) : FeatureShape(channels: c, height: b, width: a)
    }

    /// A calc function's result; its errors are usage errors (bad numbers on the command line).
    static func usage<T>(_ calc: () throws(CalcError) -> T) throws -> T {
        do { return try calc() } catch { throw usageError(error.message) }
    }

    /// Output width and height on `shape` of one side's size function (`LayerCalc.convOut`, `poolOut`, `convTOut`).
    static func outputSize(_ shape: FeatureShape, _ side: (Int) throws(CalcError) -> CalcResult) throws -> (width: CalcResult, height: CalcResult) {
        (try usage { () throws(CalcError) in try side(shape.width) }, try usage { () throws(CalcError) in try side(shape.height) })
    }

    /// ` on W×H×C (W×H×C) → W×H×C` and the width and height formulas, one line each.
    static func sizeLines(_ shape: FeatureShape, _ size: (width: CalcResult, height: CalcResult), channels: Int) -> String {
        var text = " on \(shape.width)×\(shape.height)×\(shape.channels) (W×H×C)"
        text += " → \(Int(size.width.value))×\(Int(size.height.value))×\(channels)\n"
        text += "Width:      \(size.width.filledFormula)\n"
        text += "Height:     \(size.height.filledFormula)\n"
        return text
    }

    /// The end of a parameter line: ` (no bias)` or ` (+bias bias = total)`.
    static func biasNote(noBias: Bool, bias: Int, total: Int) -> String {
        noBias ? " (no bias)\n" : " (+\(NumberFormat.grouped(bias)) bias = \(NumberFormat.grouped(total)))\n"
    }

    /// Checks that a number option is from `min` to `ModelSpecParser.maxNumber`.
    static func check(_ value: Int, _ option: String, min: Int) throws {
        let range = min...ModelSpecParser.maxNumber
        guard range.contains(value) else { throw usageError(RangeMessage.wholeNumber(option, range, got: value)) }
    }
}
