/* frozen.h — modules written in Python (stdlib/NAME.py), compiled into the binary by
 * scripts/embed.sh. Import looks here after the native modules of modules.c. A frozen module
 * whose name is also a native module (asyncio) is that module's prelude: the native init runs
 * it after installing its core. */
#ifndef AW_FROZEN_H
#define AW_FROZEN_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *name;     /* module name */
    const char *source;   /* Python source text */
} AwFrozenModule;

extern const AwFrozenModule frozen_modules[];

/* The source of frozen module `name`, or NULL. */
const char *frozen_source(const char *name);
/* True if frozen modules named `name`.X exist: `name` is a package. */
bool frozen_is_package(const char *name);

#endif
