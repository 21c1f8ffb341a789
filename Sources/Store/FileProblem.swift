import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain-words reasons for a failed file operation instead of Foundation's error domains and codes.
public enum FileProblem {
    /// Why `path` could not be created or used: a part of it that is a file, or the system's reason.
    public static func describe(_ error: Error, path: String? = nil) -> String {
        if let path, let file = fileAncestor(of: path) { return "\(file) is a file, not a folder" }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch ns.code {
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on the device"
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
        case NSFileWriteFileExistsError: return "a file of that name is in the way"
        default: return ns.localizedFailureReason ?? ns.localizedDescription
        }
    }

    /// The first existing ancestor of `path` (or `path` itself) that is not a folder.
    public static func fileAncestor(of path: String) -> String? {
        var current = (path as NSString).standardizingPath
        while !current.isEmpty {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: current, isDirectory: &isFolder) {
                return isFolder.boolValue ? nil : current
            }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current { return nil }
            current = parent
        }
        return nil
    }
}
