import ArgumentParser

/// The root `dlstudy` command: opens the home screen, or runs a subcommand.
struct DLStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlstudy",
        abstract: "A terminal study companion for a deep-learning course.",
        version: "0.1.0",
        subcommands: [
            // Keep one subcommand per line.
            ModelCommand.self,
            CalcCommand.self,
        ]
    )
}
