import Foundation

/// Opens the study database in a data folder. A damaged or foreign file is never replaced silently:
/// it is renamed to `dlstudy.sqlite.damaged-TIMESTAMP`, the answers, review states and lesson
/// positions still readable in a damaged one are copied into a new database, and a message names
/// both paths.
public enum StoreOpener {
    /// The store and any messages for the student (moved-aside file, imported progress).
    public static func open(directory: String, now: Date = Date()) throws -> (StudyStore, messages: [String]) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError("cannot create the data folder \(directory): \(FileProblem.describe(error, path: directory))")
        }
        let path = (directory as NSString).appendingPathComponent(StudyStore.fileName)
        // Creating, migrating or moving the file aside happens under an exclusive lock, so two
        // dlstudy processes starting together never see each other's half-made database.
        let lock = try OpenLock(path: path + ".lock")
        defer { lock.release() }
        var messages: [String] = []
        let store: StudyStore
        do {
            store = try StudyStore(path: path)
        } catch let error as StoreError where error.isDamagedOrForeign {
            let (queue, message) = try DamageRecovery.replace(path: path, because: error, now: now)
            messages.append(message)
            store = StudyStore(path: path, queue: queue)
        }
        if let imported = try store.importProgressJSONOnce(directory: directory) { messages.append(imported) }
        return (store, messages)
    }
}
