// Async-signal-safe terminal restoring for dlstudy: saves the terminal modes and the byte sequence
// that undoes full-screen mode, restores them from crash handlers (then chains to the previous
// handler), and turns SIGINT/SIGTERM/SIGHUP into a flag the main loop polls.
#ifndef DLSTUDY_TERMINAL_GUARD_H
#define DLSTUDY_TERMINAL_GUARD_H

/// Saves the terminal's modes as found, before curses changes them.
void dl_save_termios(void);
/// Restores the saved terminal modes (safe inside a signal handler).
void dl_restore_termios(void);
/// Records the byte sequence that leaves the alternate screen and shows the cursor again.
void dl_set_restore_sequence(const char *seq);
/// Installs the crash handlers (restore, then chain to the previous handler) and the quit handlers.
void dl_install_signal_handlers(void);
/// Puts back the handlers that were there before `dl_install_signal_handlers`.
void dl_restore_signal_handlers(void);
/// The quit signal received so far (0 if none).
int dl_quit_signal_received(void);

#endif
