import ArgumentParser

/// The root `dlstudy` command: opens the home screen, or runs a subcommand.
struct DLStudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlstudy",
        abstract: "A terminal study companion for a deep-learning course (CNNs, modern CNNs, vision, RNNs).",
        discussion: "Without a subcommand, opens the home screen. Keys: arrows or hjkl move, Enter opens, ? help, L language, q back/quit.",
        version: "0.1.0",
        subcommands: [
            // Keep one subcommand per line.
            LessonCommand.self,
            ListCommand.self,
            QuizCommand.self,
            ReviewCommand.self,
            StatsCommand.self,
            ExportCommand.self,
            ConvCommand.self,
            PoolCommand.self,
            RoICommand.self,
            LSTMCommand.self,
            GRUCommand.self,
            RNNCommand.self,
            ModelCommand.self,
            CalcCommand.self,
            ComputeCommand.self,
            TrainCommand.self,
            CheckCommand.self,
            ScenesCommand.self,
            TrainSeqCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        try Self.openHome(global)
    }

    /// Opens the home screen (also reached from `main` without ArgumentParser, see `HomeArguments`).
    static func openHome(_ global: GlobalOptions) throws {
        let context = try Context.load(global, cachedOverview: true)
        try AppRunner.run(context: context, options: global)
    }
}
