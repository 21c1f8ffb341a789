import ArgumentParser
import DLEngine

/// `dlstudy gru`: steps a GRU cell (gates r, z, n) on your own numbers; interactive, --plain or --json.
struct GRUCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gru",
        abstract: "Step a GRU cell (gates r, z, n) on your own numbers (--plain or --json for text).")

    @OptionGroup var cell: RecurrentCellOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try RecurrentCellCommand.run(.gru, cell, global: global)
    }
}
