import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock (flock) on a small file next to the database, held while the
/// database is opened and migrated.
final class OpenLock {
    private var fd: Int32

    /// Waits for the lock on `path` (creating the file if needed).
    init(path: String) throws {
        fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError("cannot create the lock file \(path): \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(fd)
                throw StoreError("cannot lock \(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Releases the lock (also done on deinit).
    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
