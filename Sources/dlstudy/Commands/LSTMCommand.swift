import ArgumentParser
import DLEngine

/// `dlstudy lstm`: steps an LSTM cell (gates i, f, g, o) on your own numbers; interactive, --plain or --json.
struct LSTMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lstm",
        abstract: "Step an LSTM cell (gates i, f, g, o) on your own numbers (--plain or --json for text).")

    @OptionGroup var cell: RecurrentCellOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try RecurrentCellCommand.run(.lstm, cell, global: global)
    }
}
