// Header shim for ncursesw: enables the wide-character API and wraps the macros and C globals
// that Swift cannot import directly.
#ifndef DLSTUDY_CNCURSESW_SHIM_H
#define DLSTUDY_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <langinfo.h>
#include <string.h>
#include <wchar.h>
#if defined(__APPLE__)
// macOS: the system ncurses (or Homebrew's, when its include folder comes first with -Xcc -I)
// has the wide-character API in <curses.h> once _XOPEN_SOURCE_EXTENDED is defined.
#include <curses.h>
#include <term.h>
#else
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#endif

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

/// Starts curses on stdin/stdout without exiting on failure (NULL when TERM is unusable).
static inline SCREEN *dl_newterm(void) { return newterm(NULL, stdout, stdin); }
/// Whether the current locale's codeset is UTF-8.
static inline int dl_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0 || strcmp(cs, "UTF8") == 0);
}
/// Flushes the C standard output stream.
static inline void dl_flush_stdout(void) { fflush(stdout); }

/// Reads one wide character or key code from the standard screen (honours the read timeout).
static inline int dl_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }
/// Sets the attributes and colour pair for the following writes.
static inline int dl_attr_set(attr_t attrs, short pair) { return wattr_set(stdscr, attrs, pair, NULL); }
/// Writes at most n wide characters at (y, x).
static inline int dl_mvaddnwstr(int y, int x, const wchar_t *s, int n) { return mvwaddnwstr(stdscr, y, x, s, n); }

/// The terminfo string for a capability, or NULL.
static inline const char *dl_tigetstr(const char *cap) {
    char *s = tigetstr(cap);
    if (s == NULL || s == (char *)-1) { return NULL; }
    return s;
}

/// Whether a terminfo boolean capability is set (extended names such as AX included).
static inline int dl_tigetflag(const char *cap) { return tigetflag(cap) > 0; }
/// A terminfo string capability instantiated with one parameter, or NULL.
static inline const char *dl_tiparm1(const char *cap, int p) {
    const char *s = dl_tigetstr(cap);
    return s == NULL ? NULL : tiparm(s, p);
}
/// A terminfo string capability instantiated with two parameters, or NULL.
static inline const char *dl_tiparm2(const char *cap, int p1, int p2) {
    const char *s = dl_tigetstr(cap);
    return s == NULL ? NULL : tiparm(s, p1, p2);
}
/// Writes bytes to the C standard output stream (as ncurses' mvcur does).
static inline void dl_write_stdout(const char *bytes, size_t count) { fwrite(bytes, 1, count, stdout); }
/// Holds (1) or releases (0) SIGTSTP: ncurses' suspend handler leaves and repaints the screen,
/// which must not fall between two of the program's own writes (it would move the cursor under them).
static inline void dl_hold_suspend(int hold) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(hold ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}
/// Makes curses' record of the physical screen equal to its virtual screen, after the program
/// itself has written the cells that differed (copywin marks the lines; the next update finds them equal).
static inline int dl_sync_current_screen(void) {
    return copywin(newscr, curscr, 0, 0, 0, 0, getmaxy(newscr) - 1, getmaxx(newscr) - 1, FALSE);
}

#endif
