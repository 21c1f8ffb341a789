import ArgumentParser
import DLContent
import Foundation
import Terminal

// A crash writes its report into the data folder (the resolved `--data` replaces this default).
CrashReport.install(folder: DataDirectory.path(flag: nil, environment: ProcessInfo.processInfo.environment))

// Parses the command line and runs the command; usage errors exit 2, failures 1 (DESIGN §6).
// The home screen with global options only starts without building ArgumentParser's command tree.
do {
    if let global = HomeArguments.parse(Array(CommandLine.arguments.dropFirst())) {
        try DLStudyCommand.openHome(global)
    } else {
        var command = try DLStudyCommand.parseAsRoot()
        try command.run()
    }
} catch ExitCodeError.failure {
    exit(1)
} catch ExitCodeError.usage {
    exit(2)
} catch {
    let code = DLStudyCommand.exitCode(for: error)
    if code == .success {
        DLStudyCommand.exit(withError: error)
    }
    let message = DLStudyCommand.fullMessage(for: error)
    if !message.isEmpty { printError(message) }
    if code == .validationFailure { exit(2) }
    exit(code == .failure ? 1 : code.rawValue)
}
