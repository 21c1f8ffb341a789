import DLContent
import DLStudyApp
import Foundation
import Terminal
import TUIKit

/// Runs the interactive app: starts the terminal, loops view → draw → event → update → effects,
/// and always restores the terminal on the way out.
enum AppRunner {
    /// Runs until the student quits; a quit signal exits with 128 + the signal number.
    static func run(context: Context, options: GlobalOptions, start: (inout AppState) -> [Effect] = { _ in [] }) throws {
        try requireTerminal(alternative: "`dlstudy list`, `dlstudy lesson ID --plain` or `dlstudy check`")
        let (progress, warning) = ProgressFile.load(directory: context.dataDirectory)
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(noColor: options.noColor, environment: context.environment)
        } catch {
            printError("dlstudy: \(error)")
            throw ExitCodeError.failure
        }
        var state = AppState(library: context.library, language: context.language,
                             options: AppOptions(ascii: options.ascii, color: screen.tier != .attributesOnly),
                             size: screen.size, progress: progress)
        state.status = warning
        var quitSignal: Int32 = 0
        perform(start(&state), state: &state, dataDirectory: context.dataDirectory)
        while !state.done {
            screen.draw(App.view(state))
            if options.exitAfterFirstFrame { break }
            guard let event = screen.nextEvent(timeoutMilliseconds: 100) else {
                perform(App.update(&state, .tick), state: &state, dataDirectory: context.dataDirectory)
                continue
            }
            let msg: Msg
            switch event {
            case .key(let key): msg = .key(key)
            case .resize(let size): msg = .resize(size)
            case .tick: msg = .tick
            case .quit(let signal):
                quitSignal = signal
                state.done = true
                continue
            }
            perform(App.update(&state, msg), state: &state, dataDirectory: context.dataDirectory)
        }
        screen.stop()
        if quitSignal != 0 { exit(128 + quitSignal) }
    }

    static func perform(_ effects: [Effect], state: inout AppState, dataDirectory: String) {
        for effect in effects {
            switch effect {
            case .saveProgress(let progress):
                if let problem = ProgressFile.save(progress, directory: dataDirectory) { state.status = problem }
            case .quit:
                state.done = true
            }
        }
    }
}
