import CTerminalGuard

/// Crash handling for the whole run: a crash signal restores the terminal (when full-screen), writes
/// a report file into the data folder, prints one line naming it and ends the process, instead of
/// the Swift runtime's backtracer waiting for keys on the student's terminal.
public enum CrashReport {
    /// Installs the handlers (once) and sets the folder reports go to (may be called again later).
    public static func install(folder: String) {
        folder.withCString { dl_set_crash_report_folder($0) }
        dl_install_crash_handlers()
    }
}
