#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
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

static void crash_handler(int sig) {
    if (restore_len > 0) { ssize_t r = write(STDOUT_FILENO, restore_seq, restore_len); (void)r; }
    dl_restore_termios();
    if (sig > 0 && sig < 65) { sigaction(sig, &previous_actions[sig], NULL); }
    raise(sig);
    // The previous handler returned (a signal sent with kill(2) does not fault again): make sure
    // the process still dies of the signal.
    signal(sig, SIG_DFL);
    raise(sig);
}

static void quit_handler(int sig) { quit_signal = sig; }

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
static const int quit_signals[] = { SIGINT, SIGTERM, SIGHUP };

void dl_install_signal_handlers(void) {
    for (unsigned i = 0; i < sizeof(crash_signals) / sizeof(crash_signals[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = crash_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND | SA_NODEFER;
        sigaction(crash_signals[i], &sa, &previous_actions[crash_signals[i]]);
    }
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
    for (unsigned i = 0; i < sizeof(crash_signals) / sizeof(crash_signals[0]); i++) {
        sigaction(crash_signals[i], &previous_actions[crash_signals[i]], NULL);
    }
    for (unsigned i = 0; i < sizeof(quit_signals) / sizeof(quit_signals[0]); i++) {
        sigaction(quit_signals[i], &previous_actions[quit_signals[i]], NULL);
    }
    handlers_installed = 0;
}

int dl_quit_signal_received(void) { return (int)quit_signal; }
