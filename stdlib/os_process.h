/* os_process.h — child processes for subprocess.py: the posix module's _spawn (fork + exec
 * with the child's standard streams, directory and environment set up), waitpid (also with a
 * real-time timeout) and _communicate (feed stdin and drain stdout/stderr together, with a timeout). Blocking waits
 * let other threads run (gil_begin_blocking). */
#ifndef AW_OS_PROCESS_H
#define AW_OS_PROCESS_H

#include "interp/module.h"

/* Adds _spawn, waitpid, _waitpid_timeout, _communicate, WNOHANG and WUNTRACED to mod. */
AwStatus os_process_add(AwVM *vm, AwModule *mod);

#endif
