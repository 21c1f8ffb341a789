import Foundation

/// Opens the study database in a data folder. A damaged or foreign file is never replaced silently:
/// it is renamed to `dlstudy.sqlite.damaged-TIMESTAMP` and a new database is created, with a message
/// naming both paths.
public enum StoreOpener {
    /// The store and any messages for the student (moved-aside file, imported progress).
    public static func open(directory: String, now: Date = Date()) throws -> (StudyStore, messages: [String]) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError("cannot create the data folder \(directory): \(error.localizedDescription)")
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
        } catch let error as StoreError where !error.isDamagedOrForeign {
            throw error
        } catch {
            let aside = path + ".damaged-\(Int(now.timeIntervalSince1970))"
            do {
                for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
                    try FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
                }
            } catch {
                throw StoreError("\(path) is damaged or not a dlstudy database, and moving it to \(aside) failed: \(error.localizedDescription)")
            }
            messages.append("\(path) was damaged or not a dlstudy database; moved it to \(aside) and started a new one")
            store = try StudyStore(path: path)
        }
        if let imported = try store.importProgressJSONOnce(directory: directory) { messages.append(imported) }
        return (store, messages)
    }
}
