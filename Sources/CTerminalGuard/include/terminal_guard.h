// Async-signal-safe terminal restoring for dlstudy: saves the terminal modes and the byte sequence
// that undoes full-screen mode, restores them from crash handlers (which also write a crash report
// file), and turns SIGINT/SIGTERM/SIGHUP into a flag the main loop polls.
#ifndef DLSTUDY_TERMINAL_GUARD_H
#define DLSTUDY_TERMINAL_GUARD_H

/// Saves the terminal's modes as found, before curses changes them.
void dl_save_termios(void);
/// Restores the saved terminal modes (safe inside a signal handler).
void dl_restore_termios(void);
/// Records the byte sequence that leaves the alternate screen and shows the cursor again.
void dl_set_restore_sequence(const char *seq);
/// Sets the folder crash reports are written to (the data folder).
void dl_set_crash_report_folder(const char *folder);
/// Installs the crash handlers for the whole run: restore the terminal if curses is running, write
/// the report file and one line naming it on stderr, then die of the signal (no interactive
/// backtracer waiting for keys).
void dl_install_crash_handlers(void);
/// Installs the crash handlers (if not yet) and the quit handlers, and arms the terminal restore.
void dl_install_signal_handlers(void);
/// Puts back the quit handlers that were there before `dl_install_signal_handlers`; crash reports stay.
void dl_restore_signal_handlers(void);
/// The quit signal received so far (0 if none).
int dl_quit_signal_received(void);
/// Turns XON/XOFF flow control off (Ctrl-S would otherwise freeze all output until Ctrl-Q);
/// 0 on success. The saved modes, restored on exit, keep the student's own setting.
int dl_disable_flow_control(void);

#endif
