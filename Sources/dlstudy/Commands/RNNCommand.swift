import ArgumentParser
import DLEngine

/// `dlstudy rnn`: steps a tanh RNN cell on your own numbers; interactive, --plain or --json.
struct RNNCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rnn",
        abstract: "Step a tanh RNN cell on your own numbers (--plain or --json for text).")

    @OptionGroup var cell: RecurrentCellOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try RecurrentCellCommand.run(.rnn, cell, global: global)
    }
}
