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
        let preferences: QuizPreferences
        do {
            progress = try store.lessonProgress()
            history = try store.history()
            preferences = try store.quizPreferences()
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
                             options: AppOptions(ascii: options.ascii, color: screen.tier != .attributesOnly, boundsWork: true),
                             size: screen.size, progress: progress)
        state.history = history
        state.quizPreferences = preferences
        state.clock = context.now
        state.utcOffset = LocalTime.utcOffset(at: state.clock())
        if !storeMessages.isEmpty { state.status = storeMessages.joined(separator: " ") }
        // Damage found while the app runs: said on stderr (after the screen closes) and in the status line.
        let laterMessages = MessageBox()
        store.reportDamage { message in laterMessages.append(message) }
        var quitSignal: Int32 = 0
        perform(start(&state), state: &state, store: store)
        var firstFrame = true
        var redraw = true
        while !state.done {
            if redraw { screen.draw(App.view(state)) }
            if options.exitAfterFirstFrame { break }
            if firstFrame {
                // Parse the lessons and quizzes while the student reads the first frame.
                context.library.preload()
                firstFrame = false
            }
            // A scene with work pending (training in slices) is ticked again as soon as no key waits.
            // A tick that leaves work pending changed nothing on screen (a scene shows its work only
            // once done), so no frame is drawn for it.
            guard let event = screen.nextEvent(timeoutMilliseconds: state.hasPendingWork ? 0 : 100) else {
                perform(App.update(&state, .tick), state: &state, store: store)
                redraw = !state.hasPendingWork
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
            redraw = msg != .tick || !state.hasPendingWork
            if let message = laterMessages.takeAll().last { state.status = message }
        }
        screen.stop()
        for message in laterMessages.all { printError("dlstudy: \(message)") }
        if quitSignal != 0 { exit(128 + quitSignal) }
    }

    /// Messages collected from another part of the program (thread-safe).
    final class MessageBox: @unchecked Sendable {
        private let lock = NSLock()
        private var pending: [String] = []
        private var seen: [String] = []
        func append(_ message: String) { lock.withLock { pending.append(message); seen.append(message) } }
        func takeAll() -> [String] { lock.withLock { defer { pending = [] }; return pending } }
        var all: [String] { lock.withLock { seen } }
    }

    static func perform(_ effects: [Effect], state: inout AppState, store: StudyStore) {
        for effect in effects {
            switch effect {
            case .saveProgress(let progress):
                do { try store.save(progress) } catch { state.status = "could not save progress in \(store.path): \(error)" }
            case .recordAnswer(let answer, let schedule):
                do { try store.record(answer, schedule: schedule) } catch { state.status = "could not save the answer in \(store.path): \(error)" }
            case .savePreferences(let preferences):
                do { try store.save(preferences) } catch { state.status = "could not save the quiz settings in \(store.path): \(error)" }
            case .quit:
                state.done = true
            }
        }
    }
}
