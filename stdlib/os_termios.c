/* os_termios.c — terminal control primitives for termios.py (see os_termios.h). A failing call
 * raises OSError(errno, strerror), which termios.py turns into termios.error. */
#include <errno.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/int.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/os_termios.h"

static AwValue raise_os(AwVM *vm) {
    int err = errno;
    AwStr *msg = str_from_cstr(vm, strerror(err));
    if (!msg) return AW_ERR;
    AwValue args[2] = {value_from_small(err), value_from_ptr(msg)};
    AwException *e = exception_new(vm, &aw_exc_OSError, 2, args);
    return e ? vm_raise_value(vm, value_from_ptr(e)) : AW_ERR;
}

/* Reads n int arguments (fd first) after checking the count. */
static AwStatus int_args(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames,
                         int n, int64_t *out) {
    if (args_no_kwargs(vm, fname, kwnames) || args_count(vm, fname, argc, n, n)) return AW_ERROR;
    for (int i = 0; i < n; i++)
        if (args_int(vm, argv[i], &out[i])) return AW_ERROR;
    return AW_OK;
}

/* _tcgetattr(fd) -> (iflag, oflag, cflag, lflag, ispeed, ospeed, cc as bytes of NCCS) */
static AwValue tc_getattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd;
    if (int_args(vm, "_tcgetattr", argc, argv, kwnames, 1, &fd)) return AW_ERR;
    struct termios t;
    if (tcgetattr((int)fd, &t) < 0) return raise_os(vm);
    AwBytes *cc = bytes_new(vm, (const char *)t.c_cc, NCCS);
    AwTuple *r = cc ? tuple_new(vm, 7) : NULL;
    if (!r) return AW_ERR;
    int64_t flags[6] = {t.c_iflag, t.c_oflag, t.c_cflag, t.c_lflag, cfgetispeed(&t), cfgetospeed(&t)};
    for (int i = 0; i < 6; i++) r->items[i] = value_from_small(flags[i]);
    r->items[6] = value_from_ptr(cc);
    return value_from_ptr(r);
}

/* _tcsetattr(fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed, cc): cc is bytes of NCCS */
static AwValue tc_setattr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t v[8];
    if (args_no_kwargs(vm, "_tcsetattr", kwnames) || args_count(vm, "_tcsetattr", argc, 9, 9)) return AW_ERR;
    for (int i = 0; i < 8; i++)
        if (args_int(vm, argv[i], &v[i])) return AW_ERR;
    const char *cc;
    int64_t cc_len;
    if (!bytes_view(argv[8], &cc, &cc_len) || cc_len != NCCS)
        return vm_raise(vm, &aw_exc_TypeError, "tcsetattr: attributes[6] must be %d element list", NCCS);
    struct termios t;
    if (tcgetattr((int)v[0], &t) < 0) return raise_os(vm);
    t.c_iflag = (tcflag_t)v[2];
    t.c_oflag = (tcflag_t)v[3];
    t.c_cflag = (tcflag_t)v[4];
    t.c_lflag = (tcflag_t)v[5];
    memcpy(t.c_cc, cc, NCCS);
    if (cfsetispeed(&t, (speed_t)v[6]) < 0 || cfsetospeed(&t, (speed_t)v[7]) < 0) return raise_os(vm);
    if (tcsetattr((int)v[0], (int)v[1], &t) < 0) return raise_os(vm);
    return AW_NONE;
}

/* One call of (fd, int) -> None: tcflush, tcsendbreak, tcflow. */
static AwValue tc_fd_int(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames,
                         int (*call)(int, int)) {
    int64_t v[2];
    if (int_args(vm, fname, argc, argv, kwnames, 2, v)) return AW_ERR;
    return call((int)v[0], (int)v[1]) < 0 ? raise_os(vm) : AW_NONE;
}

static AwValue tc_flush(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return tc_fd_int(vm, "_tcflush", argc, argv, kwnames, tcflush);
}
static AwValue tc_sendbreak(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return tc_fd_int(vm, "_tcsendbreak", argc, argv, kwnames, tcsendbreak);
}
static AwValue tc_flow(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return tc_fd_int(vm, "_tcflow", argc, argv, kwnames, tcflow);
}

static AwValue tc_drain(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t fd;
    if (int_args(vm, "_tcdrain", argc, argv, kwnames, 1, &fd)) return AW_ERR;
    return tcdrain((int)fd) < 0 ? raise_os(vm) : AW_NONE;
}

static const AwMethodDef termios_functions[] = {
    {"_tcgetattr", tc_getattr, AW_METH_DEFAULT},
    {"_tcsetattr", tc_setattr, AW_METH_DEFAULT},
    {"_tcflush", tc_flush, AW_METH_DEFAULT},
    {"_tcdrain", tc_drain, AW_METH_DEFAULT},
    {"_tcsendbreak", tc_sendbreak, AW_METH_DEFAULT},
    {"_tcflow", tc_flow, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

#define C(name) {"_TC_" #name, name}
static const struct {
    const char *name;  /* _TC_ + termios.h's name */
    long value;        /* its value on this system */
} termios_constants[] = {
    C(TCSANOW), C(TCSADRAIN), C(TCSAFLUSH), C(TCIFLUSH), C(TCOFLUSH), C(TCIOFLUSH),
    C(TCOOFF), C(TCOON), C(TCIOFF), C(TCION),
    C(IGNBRK), C(BRKINT), C(IGNPAR), C(PARMRK), C(INPCK), C(ISTRIP), C(INLCR), C(IGNCR),
    C(ICRNL), C(IXON), C(IXANY), C(IXOFF), C(IMAXBEL), C(IUTF8),
    C(OPOST), C(ONLCR), C(OCRNL), C(ONOCR), C(ONLRET),
    C(CSIZE), C(CS5), C(CS6), C(CS7), C(CS8), C(CSTOPB), C(CREAD), C(PARENB), C(PARODD),
    C(HUPCL), C(CLOCAL),
    C(ISIG), C(ICANON), C(ECHO), C(ECHOE), C(ECHOK), C(ECHONL), C(NOFLSH), C(TOSTOP),
    C(IEXTEN), C(ECHOCTL), C(ECHOKE),
    C(VINTR), C(VQUIT), C(VERASE), C(VKILL), C(VEOF), C(VTIME), C(VMIN), C(VSTART), C(VSTOP),
    C(VSUSP), C(VEOL), C(VEOL2), C(VREPRINT), C(VDISCARD), C(VWERASE), C(VLNEXT), C(NCCS),
    C(B0), C(B50), C(B75), C(B110), C(B134), C(B150), C(B200), C(B300), C(B600), C(B1200),
    C(B1800), C(B2400), C(B4800), C(B9600), C(B19200), C(B38400), C(B57600), C(B115200),
    C(B230400),
    {NULL, 0},
};
#undef C

AwStatus os_termios_add(AwVM *vm, AwModule *mod) {
    if (module_add_functions(vm, mod, termios_functions)) return AW_ERROR;
    for (int i = 0; termios_constants[i].name; i++)
        if (module_add_value(vm, mod, termios_constants[i].name, value_from_small(termios_constants[i].value)))
            return AW_ERROR;
    return AW_OK;
}
