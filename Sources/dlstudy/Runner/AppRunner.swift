import DLContent
import DLStudyApp
import Foundation
import Store
import Terminal
import TUIKit

/// Runs the interactive app: starts the terminal, loops view → draw → event → update → effects,
/// and always restores the terminal on the way out.
enum AppRunner {
    /// Runs until the student quits; a quit signal exits with 128 + the signal number.
    static func run(context: Context, options: GlobalOptions, store given: StudyStore? = nil,
                    start: (inout AppState) -> [Effect] = { _ in [] }) throws {
        try requireTerminal(alternative: "`dlstudy list`, `dlstudy lesson ID --plain`, `dlstudy quiz --plain` or `dlstudy check`")
        var storeMessages: [String] = []
        let store = try given ?? StoreAccess.open(context, messages: &storeMessages)
        let progress: LessonProgress
        let history: StudyHistory
        do {
            progress = try store.lessonProgress()
            history = try store.history()
        } catch {
            printError("error: cannot read \(store.path): \(error)")
            throw ExitCodeError.failure
        }
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
        state.history = history
        state.utcOffset = Double(TimeZone.current.secondsFromGMT())
        if !storeMessages.isEmpty { state.status = storeMessages.joined(separator: " ") }
        var quitSignal: Int32 = 0
        perform(start(&state), state: &state, store: store)
        var firstFrame = true
        while !state.done {
            screen.draw(App.view(state))
            if options.exitAfterFirstFrame { break }
            if firstFrame {
                // Parse the lessons and quizzes while the student reads the first frame.
                context.library.preload()
                firstFrame = false
            }
            guard let event = screen.nextEvent(timeoutMilliseconds: 100) else {
                perform(App.update(&state, .tick), state: &state, store: store)
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
            perform(App.update(&state, msg), state: &state, store: store)
        }
        screen.stop()
        if quitSignal != 0 { exit(128 + quitSignal) }
    }

    static func perform(_ effects: [Effect], state: inout AppState, store: StudyStore) {
        for effect in effects {
            switch effect {
            case .saveProgress(let progress):
                do { try store.save(progress) } catch { state.status = "could not save progress in \(store.path): \(error)" }
            case .recordAnswer(let answer, let schedule):
                do { try store.record(answer, schedule: schedule) } catch { state.status = "could not save the answer in \(store.path): \(error)" }
            case .quit:
                state.done = true
            }
        }
    }
}
