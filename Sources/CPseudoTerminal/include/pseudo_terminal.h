#ifndef DLSTUDY_PSEUDO_TERMINAL_H
#define DLSTUDY_PSEUDO_TERMINAL_H
#include <stddef.h>

/// Opens a pseudo-terminal master of `rows`×`columns`; writes the slave's path into `slave`.
/// Returns the master's file descriptor, or -1 (errno set).
int pty_open(unsigned short rows, unsigned short columns, char *slave, size_t size);

/// The posix_spawn flag that starts the child in a new session (so the slave becomes its
/// controlling terminal), or 0 where the platform has none.
short pty_spawn_setsid_flag(void);

#endif
