import ArgumentParser
import DLEngine
import Foundation

/// `dlstudy train-seq`: trains an RNN, LSTM or GRU on the seeded long-memory task (lecture 7).
struct TrainSeqCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-seq",
        abstract: "Train an RNN, LSTM or GRU to remember a bit over T steps (the long-memory task).",
        discussion: """
        Each sequence's first input is a bit (−1 or +1), the next T−1 inputs are noise drawn uniformly \
        from [−0.5, 0.5); a linear read-out of the last hidden state h_T must say the bit (cross-entropy, \
        2 classes, chance 50 %). 1000 training and 500 test sequences from --seed, mini-batches of 32, \
        Adam (lr 0.003 by default), 20 epochs. Weights start as PyTorch's defaults; the gated cells then \
        lean toward keeping their memory: LSTM forget-gate bias +2 and input-gate bias −2, GRU \
        update-gate bias +2 (the plain RNN has no gate to bias). Prints the training loss and test accuracy after every epoch; --json adds \
        the parameter count, the mean ‖∂L/∂h_t‖ for t = 1…T at the first and last epoch, and the weights. \
        The same arguments print the same bytes.
        """)

    @Option(name: .long, parsing: .unconditional, help: "The cell: rnn, lstm or gru.")
    var cell: String = "lstm"

    @Option(name: .customLong("length"), parsing: .unconditional, help: "Sequence length T (1…400).")
    var length: Int = 40

    @Option(name: .long, parsing: .unconditional, help: "Hidden size H (1…64).")
    var hidden: Int = 8

    @Option(name: .long, parsing: .unconditional, help: "Training epochs (1…500, default 20).")
    var epochs: Int?

    @Option(name: .long, parsing: .unconditional, help: "Adam learning rate (0 < lr ≤ 1, default 0.003).")
    var lr: Double?

    @Option(name: .long, parsing: .unconditional, help: "Clip the total gradient norm to C before each step (off by default).")
    var clip: Double?

    @Option(name: .long, parsing: .unconditional, help: "Seed for the data and the initial weights (0…2^53).")
    var seed: Int = 1

    @Flag(help: "Plain text (the default when not on a terminal).")
    var plain = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    mutating func validate() throws {
        guard RecurrentKind(rawValue: cell) != nil else { throw ValidationError(RangeMessage.text("--cell", mustBe: "rnn, lstm or gru", got: String(cell.prefix(40)))) }
        guard (1...400).contains(length) else { throw ValidationError(RangeMessage.wholeNumber("--length", 1...400, got: length)) }
        guard (1...64).contains(hidden) else { throw ValidationError(RangeMessage.wholeNumber("--hidden", 1...64, got: hidden)) }
        if let epochs, !(1...500).contains(epochs) { throw ValidationError(RangeMessage.wholeNumber("--epochs", 1...500, got: epochs)) }
        if let lr, !(lr > 0 && lr <= 1) { throw ValidationError(RangeMessage.text("--lr", mustBe: "a number above 0 and at most 1", got: RangeMessage.show(lr))) }
        if let clip, !(clip > 0 && clip.isFinite) { throw ValidationError(RangeMessage.text("--clip", mustBe: "a positive number", got: RangeMessage.show(clip))) }
        guard (0...(1 << 53)).contains(seed) else { throw ValidationError(RangeMessage.text("--seed", mustBe: "a whole number from 0 to 2^53", got: String(seed))) }
        guard !(plain && json) else { throw ValidationError("--plain and --json cannot be used together") }
        let work = Double(length) * Double(hidden) * Double(hidden + 1) * Double(epochs ?? 20)
        guard work <= 2e9 / 1000 else {
            throw ValidationError("length × hidden² × epochs is too much work (T = \(length), H = \(hidden), \(epochs ?? 20) epochs); lower one of them")
        }
    }

    func run() throws {
        var config = SequenceTrainingConfig(cell: RecurrentKind(rawValue: cell) ?? .lstm, length: length, hidden: hidden, clip: clip, seed: UInt64(seed))
        if let epochs { config.epochs = epochs }
        if let lr { config.learningRate = lr }
        var trainer = SequenceTrainer(config)
        let showProgress = !json && !plain && isatty(2) == 1
        if !json { Output.text(SequenceRunText.header(trainer)) }
        while !trainer.isFinished {
            let finished: SequenceEpoch?
            do { finished = try trainer.trainBatch() } catch {
                Output.error("error: \(error.message)")
                throw ExitCodeError.failure
            }
            if let epoch = finished {
                if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                if !json { Output.text(SequenceRunText.line(epoch, of: config.epochs)) }
            } else if showProgress {
                FileHandle.standardError.write(Data(("\r" + SequenceRunText.progress(trainer)).utf8))
            }
        }
        if json {
            Output.json(SequenceRunText.json(trainer).serialized)
        } else {
            Output.text(SequenceRunText.footer(trainer))
        }
    }
}
