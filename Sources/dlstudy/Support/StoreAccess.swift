import DLContent
import Foundation
import Store

/// Opens the study database of a command's data folder, printing its messages (moved-aside file,
/// imported progress) to standard error; exits 1 when it cannot be opened.
enum StoreAccess {
    static func open(_ context: Context) throws -> StudyStore {
        var messages: [String] = []
        return try open(context, messages: &messages)
    }

    /// Opens the store and also hands its messages back (the full-screen app shows them in its
    /// status line, where they are not hidden by the alternate screen).
    static func open(_ context: Context, messages: inout [String]) throws -> StudyStore {
        do {
            let (store, opened) = try StoreOpener.open(directory: context.dataDirectory)
            for message in opened { printError("dlstudy: \(message)") }
            store.reportDamage { message in printError("dlstudy: \(message)") }
            messages = opened
            return store
        } catch {
            printError("error: \(error)")
            throw ExitCodeError.failure
        }
    }

    /// The history, or exit 1 with the reason.
    static func history(_ store: StudyStore) throws -> StudyHistory {
        do { return try store.history() } catch {
            printError("error: cannot read \(store.path): \(error)")
            throw ExitCodeError.failure
        }
    }
}
