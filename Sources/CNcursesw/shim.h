// Header shim for ncursesw: enables the wide-character API and wraps the macros and C globals
// that Swift cannot import directly. Also holds the async-signal-safe parts of terminal restoring.
#ifndef DLSTUDY_CNCURSESW_SHIM_H
#define DLSTUDY_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *dl_stdscr(void) { return stdscr; }
static inline int dl_lines(void) { return LINES; }
static inline int dl_cols(void) { return COLS; }
static inline int dl_colors(void) { return COLORS; }
static inline int dl_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t dl_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t dl_a_normal(void) { return A_NORMAL; }
static inline attr_t dl_a_bold(void) { return A_BOLD; }
static inline attr_t dl_a_dim(void) { return A_DIM; }
static inline attr_t dl_a_reverse(void) { return A_REVERSE; }
static inline attr_t dl_a_underline(void) { return A_UNDERLINE; }
static inline int dl_key_resize(void) { return KEY_RESIZE; }
static inline int dl_err(void) { return ERR; }
static inline int dl_key_code_yes(void) { return KEY_CODE_YES; }

/// Reads one wide character or key code from the standard screen (honours the read timeout).
static inline int dl_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }
/// Sets the attributes and colour pair for the following writes.
static inline int dl_attr_set(attr_t attrs, short pair) { return wattr_set(stdscr, attrs, pair, NULL); }
/// Writes at most n wide characters at (y, x).
static inline int dl_mvaddnwstr(int y, int x, const wchar_t *s, int n) { return mvwaddnwstr(stdscr, y, x, s, n); }

// ---- Restoring the terminal from a crash or a quit signal -------------------------------------
// Everything below runs in signal handlers, so it only uses async-signal-safe calls:
// tcsetattr, write, sigaction and raise. The strings are captured at start-up.

static struct termios dl_saved_termios;
static int dl_saved_termios_valid = 0;
static char dl_restore_seq[256];
static size_t dl_restore_len = 0;
static volatile sig_atomic_t dl_quit_signal = 0;
static struct sigaction dl_previous_actions[32];

/// Saves the terminal's modes as found, before curses changes them.
static inline void dl_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, &dl_saved_termios) == 0) { dl_saved_termios_valid = 1; }
}

/// Restores the saved terminal modes (safe inside a signal handler).
static inline void dl_restore_termios(void) {
    if (dl_saved_termios_valid) { tcsetattr(STDIN_FILENO, TCSANOW, &dl_saved_termios); }
}

/// Records the byte sequence that leaves the alternate screen and shows the cursor again.
static inline void dl_set_restore_sequence(const char *seq) {
    size_t n = strlen(seq);
    if (n >= sizeof(dl_restore_seq)) { n = sizeof(dl_restore_seq) - 1; }
    memcpy(dl_restore_seq, seq, n);
    dl_restore_seq[n] = 0;
    dl_restore_len = n;
}

static void dl_crash_handler(int sig) {
    if (dl_restore_len > 0) { ssize_t r = write(STDOUT_FILENO, dl_restore_seq, dl_restore_len); (void)r; }
    dl_restore_termios();
    if (sig > 0 && sig < 32) { sigaction(sig, &dl_previous_actions[sig], NULL); }
    raise(sig);
}

static void dl_quit_handler(int sig) { dl_quit_signal = sig; }

/// Installs the crash handlers (restore, then chain to the previous handler) and the quit handlers
/// (SIGINT, SIGTERM, SIGHUP only set a flag that the main loop polls).
static inline void dl_install_signal_handlers(void) {
    int crash[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
    for (unsigned i = 0; i < sizeof(crash) / sizeof(crash[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = dl_crash_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(crash[i], &sa, &dl_previous_actions[crash[i]]);
    }
    int quit[] = { SIGINT, SIGTERM, SIGHUP };
    for (unsigned i = 0; i < sizeof(quit) / sizeof(quit[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = dl_quit_handler;
        sigemptyset(&sa.sa_mask);
        sigaction(quit[i], &sa, &dl_previous_actions[quit[i]]);
    }
}

/// Puts back the handlers that were there before `dl_install_signal_handlers`.
static inline void dl_restore_signal_handlers(void) {
    int all[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGINT, SIGTERM, SIGHUP };
    for (unsigned i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
        sigaction(all[i], &dl_previous_actions[all[i]], NULL);
    }
}

/// The quit signal received so far (0 if none).
static inline int dl_quit_signal_received(void) { return (int)dl_quit_signal; }

/// The terminfo string for a capability, or NULL.
static inline const char *dl_tigetstr(const char *cap) {
    char *s = tigetstr(cap);
    if (s == NULL || s == (char *)-1) { return NULL; }
    return s;
}

#endif
