import ArgumentParser

/// `dlstudy calc`: quick layer calculations with the formula filled in.
struct CalcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calc",
        abstract: "Quick calculations: output sizes, parameters and receptive fields with the formulas.",
        subcommands: [
            CalcConvCommand.self,
            CalcPoolCommand.self,
            CalcConvTransposeCommand.self,
            CalcRFCommand.self,
            CalcLSTMCommand.self,
            CalcGRUCommand.self,
        ]
    )
}
