/* frameobj.h — frame objects (sys._getframe(), generator.gi_frame): snapshots of a running or
 * suspended frame with f_code, f_lineno, f_lasti, f_globals, f_builtins, f_locals (the namespace
 * of module and class code, a dict of a function's variables at the time of the snapshot) and
 * f_back (the caller's snapshot, taken at the same time).
 */
#ifndef AW_FRAMEOBJ_H
#define AW_FRAMEOBJ_H

#include "interp/types.h"

/* sys._getframe(depth): the frame `depth` (>= 0) calls up from the running aw code, with its
 * callers; ValueError "call stack is not deep enough" past the outermost. */
AwValue frameobj_current(AwVM *vm, int64_t depth);
/* gen.gi_frame / coro.cr_frame: None once finished, else the body's frame (f_back None). */
AwValue frameobj_of_generator(AwVM *vm, AwGenerator *g);

#endif
