import DLContent
import Foundation
import Store

/// Opens the study database of a command's data folder, printing its messages (moved-aside file,
/// imported progress) to standard error; exits 1 when it cannot be opened.
enum StoreAccess {
    static func open(_ context: Context) throws -> StudyStore {
        do {
            let (store, messages) = try StoreOpener.open(directory: context.dataDirectory)
            for message in messages { printError("dlstudy: \(message)") }
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
