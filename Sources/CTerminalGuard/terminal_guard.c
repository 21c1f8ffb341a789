#include "terminal_guard.h"

#include <execinfo.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

// Everything here may run in signal handlers, so it only uses async-signal-safe calls:
// tcsetattr, write, sigaction and raise. The restore string is captured at start-up.

static struct termios saved_termios;
static int saved_termios_valid = 0;
static char restore_seq[256];
static size_t restore_len = 0;
static volatile sig_atomic_t quit_signal = 0;
static struct sigaction previous_actions[65];
static int handlers_installed = 0;
static char report_folder[1024];
static int crash_handlers_installed = 0;
static struct sigaction previous_crash_actions[65];
static int restore_pending = 0;

void dl_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) { saved_termios_valid = 1; }
}

void dl_restore_termios(void) {
    if (saved_termios_valid) { tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios); }
}

void dl_set_restore_sequence(const char *seq) {
    size_t n = strlen(seq);
    if (n >= sizeof(restore_seq)) { n = sizeof(restore_seq) - 1; }
    memcpy(restore_seq, seq, n);
    restore_seq[n] = 0;
    restore_len = n;
}

static void put(int fd, const char *s) { ssize_t r = write(fd, s, strlen(s)); (void)r; }

/// Writes the decimal digits of `n` into `out` (at least 24 bytes); returns `out`.
static char *decimal(long long n, char *out) {
    char tmp[24];
    int i = 0, j = 0;
    if (n < 0) { out[j++] = '-'; n = -n; }
    do { tmp[i++] = (char)('0' + n % 10); n /= 10; } while (n > 0 && i < 23);
    while (i > 0) { out[j++] = tmp[--i]; }
    out[j] = 0;
    return out;
}

static const char *signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV, invalid memory access";
    case SIGBUS: return "SIGBUS, bus error";
    case SIGILL: return "SIGILL, a Swift runtime trap or illegal instruction";
    case SIGFPE: return "SIGFPE, arithmetic exception";
    case SIGABRT: return "SIGABRT, abort";
    case SIGTRAP: return "SIGTRAP, a Swift runtime trap";
    default: return "a crash signal";
    }
}

/// Writes the crash report (signal, time, backtrace) to `<folder>/crash-<time>-<pid>.txt` and one
/// line naming it on standard error; falls back to standard error alone when no file can be made.
static void write_crash_report(int sig) {
    char path[1200];
    char num[24];
    int fd = -1;
    if (report_folder[0] != 0) {
        mkdir(report_folder, 0700);
        size_t n = strlen(report_folder);
        memcpy(path, report_folder, n);
        path[n] = 0;
        strcat(path, "/crash-");
        strcat(path, decimal((long long)time(NULL), num));
        strcat(path, "-");
        strcat(path, decimal((long long)getpid(), num));
        strcat(path, ".txt");
        fd = open(path, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
    }
    int out = fd >= 0 ? fd : STDERR_FILENO;
    put(out, "dlstudy crashed: ");
    put(out, signal_name(sig));
    put(out, "\nsignal: ");
    put(out, decimal(sig, num));
    put(out, "\ntime: ");
    put(out, decimal((long long)time(NULL), num));
    put(out, "\npid: ");
    put(out, decimal((long long)getpid(), num));
    put(out, "\nbacktrace (innermost first; swift demangle turns the names into Swift):\n");
    void *frames[64];
    int count = backtrace(frames, 64);
    backtrace_symbols_fd(frames, count, out);
    if (fd >= 0) {
        close(fd);
        put(STDERR_FILENO, "dlstudy: crashed (");
        put(STDERR_FILENO, signal_name(sig));
        put(STDERR_FILENO, "); the report is in ");
        put(STDERR_FILENO, path);
        put(STDERR_FILENO, "\n");
    }
}

static void crash_handler(int sig) {
    if (restore_pending && restore_len > 0) { ssize_t r = write(STDOUT_FILENO, restore_seq, restore_len); (void)r; }
    if (restore_pending) { dl_restore_termios(); }
    write_crash_report(sig);
    // Die of the signal itself, without the Swift runtime's interactive backtracer (it would wait
    // for keys on the student's terminal).
    signal(sig, SIG_DFL);
    raise(sig);
    _exit(128 + sig);
}

static void quit_handler(int sig) { quit_signal = sig; }

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
static const int quit_signals[] = { SIGINT, SIGTERM, SIGHUP };

void dl_set_crash_report_folder(const char *folder) {
    size_t n = strlen(folder);
    if (n >= sizeof(report_folder)) { n = 0; }
    memcpy(report_folder, folder, n);
    report_folder[n] = 0;
}

void dl_install_crash_handlers(void) {
    if (crash_handlers_installed) { return; }
    // backtrace() loads its unwinder on first use (which allocates): do that now, not in a handler.
    void *warm[2];
    (void)backtrace(warm, 2);
    static char alt_stack[64 * 1024];
    stack_t ss;
    memset(&ss, 0, sizeof(ss));
    ss.ss_sp = alt_stack;
    ss.ss_size = sizeof(alt_stack);
    sigaltstack(&ss, NULL);
    for (unsigned i = 0; i < sizeof(crash_signals) / sizeof(crash_signals[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = crash_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND | SA_NODEFER | SA_ONSTACK;
        sigaction(crash_signals[i], &sa, &previous_crash_actions[crash_signals[i]]);
    }
    crash_handlers_installed = 1;
}

void dl_install_signal_handlers(void) {
    dl_install_crash_handlers();
    restore_pending = 1;
    for (unsigned i = 0; i < sizeof(quit_signals) / sizeof(quit_signals[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = quit_handler;
        sigemptyset(&sa.sa_mask);
        sigaction(quit_signals[i], &sa, &previous_actions[quit_signals[i]]);
    }
    handlers_installed = 1;
}

void dl_restore_signal_handlers(void) {
    if (!handlers_installed) { return; }
    restore_pending = 0;
    for (unsigned i = 0; i < sizeof(quit_signals) / sizeof(quit_signals[0]); i++) {
        sigaction(quit_signals[i], &previous_actions[quit_signals[i]], NULL);
    }
    handlers_installed = 0;
}

int dl_quit_signal_received(void) { return (int)quit_signal; }

int dl_disable_flow_control(void) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) { return -1; }
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    return tcsetattr(STDIN_FILENO, TCSANOW, &t);
}
