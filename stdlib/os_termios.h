/* os_termios.h — terminal control (tcgetattr, tcsetattr, ...) for termios.py. The primitives
 * live in the `posix` module under leading underscores, with the constants as _TC_<NAME>;
 * termios.py gives them CPython's names, argument rules and termios.error. */
#ifndef AW_OS_TERMIOS_H
#define AW_OS_TERMIOS_H

#include "interp/module.h"

/* Adds _tcgetattr, _tcsetattr, _tcflush, _tcdrain, _tcsendbreak, _tcflow and the _TC_*
 * constants to mod. */
AwStatus os_termios_add(AwVM *vm, AwModule *mod);

#endif
