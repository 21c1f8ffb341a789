// Pseudo-terminal helpers for dlstudy-bench (posix_openpt and friends are not visible to Swift).
#define _GNU_SOURCE
#include "pseudo_terminal.h"
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int pty_open(unsigned short rows, unsigned short columns, char *slave, size_t size) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY);
    if (fd < 0) return -1;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ptsname_r(fd, slave, size) != 0) {
        close(fd);
        return -1;
    }
    struct winsize ws = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    if (ioctl(fd, TIOCSWINSZ, &ws) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

short pty_spawn_setsid_flag(void) {
#ifdef POSIX_SPAWN_SETSID
    return POSIX_SPAWN_SETSID;
#else
    return 0;
#endif
}
