/* os_posix.h — the small POSIX calls of `posix` (and so `os`) that take and give plain numbers:
 * process groups and sessions, user and group ids, fsync/fdatasync/sync, umask, fchmod/fchown,
 * dup2, inheritable flags, pipe2, killpg, nice, priorities, getloadavg, ttyname, openpty,
 * sendfile, closerange, major/minor/makedev, getlogin. Errors are CPython's OSErrors. */
#ifndef AW_OS_POSIX_H
#define AW_OS_POSIX_H

#include "interp/module.h"

/* Adds the functions and their constants (PRIO_*) to mod. */
AwStatus os_posix_add(AwVM *vm, AwModule *mod);

#endif
