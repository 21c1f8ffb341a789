import ArgumentParser
import DLEngine
import Foundation

/// `dlstudy train`: the small CNN on the 8×8 handwritten digits, epoch by epoch.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the small CNN on the 8×8 handwritten digits and report loss and accuracy per epoch.",
        discussion: """
            The network: conv 1→C 3×3 padding 1 → ReLU → max-pool 2×2 → flatten (C·4·4) → linear → 10, \
            cross-entropy loss, PyTorch-default initialisation from --seed. The data: the 1,797 digits \
            of scikit-learn's load_digits() (UCI "Optical Recognition of Handwritten Digits", CC BY 4.0), \
            a fixed stratified split of 1,438 training and 359 test digits; pixels enter as value / 16. \
            Default learning rates: sgd 0.1, momentum (SGD, momentum 0.9) 0.05, adam 0.01. \
            --json prints the per-epoch figures, the weights under their state_dict names, the split, \
            the test predictions and the confusion matrix; the same arguments print the same bytes.
            """
    )

    @Option(parsing: .unconditional, help: ArgumentHelp("Epochs to train, 1–200 (default 10).", valueName: "N"))
    var epochs: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Convolution filters: 4, 8 or 16 (default 8).", valueName: "C"))
    var channels: String?

    @Option(help: ArgumentHelp("sgd, momentum or adam (default momentum).", valueName: "NAME"))
    var optimizer: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Learning rate (default: the optimiser's).", valueName: "X"))
    var lr: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Mini-batch size, 1–1438 (default 32).", valueName: "B"))
    var batch: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Seed of the initial weights and the batch order (default 1).", valueName: "S"))
    var seed: String?

    @Flag(help: "Plain lines, one per epoch, even on a terminal.")
    var plain = false

    @Flag(help: "Print JSON: epochs, weights, split, predictions, confusion.")
    var json = false

    func run() throws {
        if plain && json { throw usageError("--plain and --json exclude each other") }
        let config = try parsedConfig()
        let epochCount = try Self.integer(epochs, "--epochs", default: 10, in: 1...200)
        let dataset: DigitsDataset
        switch DigitsDataset.shared {
        case .success(let d): dataset = d
        case .failure(let e): printError("error: \(e.message)"); throw ExitCodeError.failure
        }
        var trainer: DigitsTrainer
        do { trainer = try DigitsTrainer(config: config, dataset: dataset) } catch { throw usageError(error.message) }
        let bar = !plain && !json && isatty(1) == 1
        do {
            if !json { Output.text(TrainReport.header(trainer)); fflush(nil) }
            while trainer.history.count < epochCount {
                let step = try trainer.step()
                if let record = step.finishedEpoch {
                    if bar { TrainReport.clearBar() }
                    if !json { Output.text(TrainReport.line(record, of: epochCount)); fflush(nil) }
                } else if bar {
                    TrainReport.drawBar(trainer, of: epochCount)
                }
            }
            if json {
                Output.json(try trainer.reportJSON().serialized)
            } else {
                Output.text(try TrainReport.summary(trainer))
            }
        } catch {
            printError("error: \(error.message)")
            throw ExitCodeError.failure
        }
    }

    private func parsedConfig() throws -> DigitsTrainingConfig {
        let c = try Self.integer(channels, "--channels", default: 8, in: 4...16)
        guard [4, 8, 16].contains(c) else { throw usageError(RangeMessage.text("--channels", mustBe: "4, 8 or 16", got: String(c))) }
        var choice = DigitsOptimizerChoice.momentum
        if let optimizer {
            guard let o = DigitsOptimizerChoice(rawValue: optimizer) else {
                throw usageError(RangeMessage.text("--optimizer", mustBe: "sgd, momentum or adam", got: String(optimizer.prefix(40))))
            }
            choice = o
        }
        var rate: Double? = nil
        if let lr {
            guard let x = Double(lr), x.isFinite, x > 0, x <= 10 else {
                throw usageError(RangeMessage.text("--lr", mustBe: "a number above 0 and at most 10", got: String(lr.prefix(40))))
            }
            rate = x
        }
        let b = try Self.integer(batch, "--batch", default: 32, in: 1...1438)
        var s: UInt64 = 1
        if let seed {
            guard let v = UInt64(seed) else {
                throw usageError(RangeMessage.text("--seed", mustBe: "a whole number from 0 to \(UInt64.max)", got: String(seed.prefix(40))))
            }
            s = v
        }
        return DigitsTrainingConfig(architecture: .cnn(channels: c), optimizer: choice, learningRate: rate, batchSize: b, seed: s)
    }

    private static func integer(_ text: String?, _ option: String, default d: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text else { return d }
        guard let v = Int(text), range.contains(v) else {
            throw usageError(RangeMessage.text(option, mustBe: RangeMessage.wholeNumber(range), got: String(text.prefix(40))))
        }
        return v
    }
}
