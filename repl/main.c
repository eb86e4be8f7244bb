/* main.c — the `aw` command: options, running a file, -c CODE or stdin, the prompt, exit status.
 *
 *   aw FILE [ARGS]    run FILE; sys.argv = [FILE, ARGS...]; sys.path[0] = the script's folder
 *   aw -c CODE [ARGS] run CODE ("<string>"); sys.argv[0] = '-c'; sys.path[0] = ''
 *   aw - [ARGS]       run stdin ("<stdin>"); sys.argv[0] = '-'
 *   aw                the prompt on a terminal, else the program on stdin (like `aw -`)
 *   aw -i ...         run the program (if any), then the prompt even if stdin is not a terminal
 *   aw --dis FILE     print the bytecode of FILE and of every code object nested in it
 *   aw --timeline ... at exit, draw what every asyncio task did (timeline.h)
 *
 * Exit status as CPython: 0; 1 after an uncaught exception; SystemExit's code; 2 for a bad
 * command line or a file that cannot be opened. SIGPIPE is ignored, so writing to a closed
 * pipe is an EPIPE error the program sees (a BrokenPipeError), and a closed stdout ends
 * quietly (repl.h).
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "interp/code.h"
#include "interp/dict.h"
#include "interp/dis.h"
#include "interp/file.h"
#include "interp/list.h"
#include "interp/loop.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/timeline.h"
#include "interp/source.h"
#include "interp/traceback.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "repl/repl.h"
#include "stdlib/modules.h"

static const char USAGE_LINE[] = "usage: aw [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char HELP[] =
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-i     : run the prompt after the program, even if stdin is not a terminal\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-u     : unbuffered binary stdout and stderr; also PYTHONUNBUFFERED=x\n"
    "-W arg : warning control (sys.warnoptions); arg is action:message:category:module:lineno\n"
    "-E, -s, -B : accepted for CPython's command lines; no effect in aw\n"
    "-h     : print this help message and exit (also --help)\n"
    "--version : print the version and exit (also -V)\n"
    "--dis file : print the bytecode of file and exit\n"
    "--virtual-clock : asyncio waits on timers take no real time (also AW_VIRTUAL_CLOCK=1)\n"
    "--timeline : at exit, draw on stderr what every asyncio task did (also AW_TIMELINE=1)\n"
    "file   : program read from script file (.aw or .py)\n"
    "-      : program read from stdin (default; the prompt when stdin is a terminal)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

typedef enum { RUN_FILE, RUN_CODE, RUN_MODULE, RUN_STDIN, RUN_PROMPT, RUN_DIS } RunMode;

/* The parsed command line. */
typedef struct {
    RunMode mode;          /* what to run */
    const char *target;    /* the file (RUN_FILE, RUN_DIS), the code (RUN_CODE) or the module (RUN_MODULE) */
    bool inspect;          /* -i: the prompt afterwards */
    bool asyncio_repl;     /* -m asyncio: the prompt with asyncio imported, as CPython's asyncio REPL */
    int argv_count;        /* entries in sys_argv */
    char **sys_argv;       /* sys.argv (points into main's argv, or at static strings) */
    char **argv;           /* main's argv, for the -W options among argv[1..opt_end) */
    int opt_end;           /* index of the first argument after the interpreter's options */
    bool ignore_env;       /* -E: PYTHONPATH is not read */
    int argc;              /* main's argc: sys.orig_argv is argv[0..argc) ... */
    int renamed_at;        /* ... with argv[renamed_at] (0: none) back to renamed_from, the */
    char *renamed_from;    /* argument parse_options replaced by '-c' / '-m' / '-' for sys.argv[0] */
} Options;

/* A program's text and the name it is compiled under. */
typedef struct {
    char *text;            /* source (malloc), NUL-terminated */
    size_t len;            /* bytes, excluding the NUL */
    char *filename;        /* code filename: absolute path, "<string>" or "<stdin>" (malloc) */
} Program;

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, fmt, arg);
    fputs(USAGE_LINE, stderr);
    fputs("Try `aw -h' for more information.\n", stderr);
    return 2;
}

/* Fills opts; returns -1 to go on, or the status to exit with (help, version, errors). */
static int parse_options(int argc, char **argv, Options *opts) {
    static char *dash_c = "-c", *dash_m = "-m", *empty = "";
    int i = 1;
    opts->mode = RUN_PROMPT;
    for (; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--version") == 0 || strcmp(arg, "-V") == 0) {
            puts(AW_VERSION_LINE);
            return 0;
        }
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0 || strcmp(arg, "-?") == 0) {
            fputs(USAGE_LINE, stdout);
            fputs(HELP, stdout);
            return 0;
        }
        if (strcmp(arg, "-u") == 0) { file_unbuffered = true; continue; }
        if (strcmp(arg, "-E") == 0) { opts->ignore_env = true; continue; }
        if (strcmp(arg, "-s") == 0 || strcmp(arg, "-B") == 0) continue;
        if (strncmp(arg, "-W", 2) == 0) {   /* collected by set_sys_warnoptions */
            if (arg[2] == '\0' && ++i >= argc) return usage_error("Argument expected for the %s option\n", "-W");
            continue;
        }
        if (strcmp(arg, "--virtual-clock") == 0) { loop_set_virtual_clock(true); continue; }
        if (strcmp(arg, "--timeline") == 0) { timeline_enable(); continue; }
        if (strcmp(arg, "-i") == 0) { opts->inspect = true; continue; }
        if (strcmp(arg, "--dis") == 0) {
            if (i + 1 >= argc) return usage_error("Argument expected for the %s option\n", arg);
            opts->mode = RUN_DIS;
            opts->target = argv[++i];
            break;
        }
        if (strncmp(arg, "-c", 2) == 0) {
            if (arg[2] == '\0' && i + 1 >= argc) return usage_error("Argument expected for the %s option\n", "-c");
            opts->mode = RUN_CODE;
            opts->target = arg[2] ? arg + 2 : argv[++i];
            opts->renamed_at = i, opts->renamed_from = argv[i];
            argv[i] = dash_c;   /* sys.argv[0] is '-c' */
            break;
        }
        if (strncmp(arg, "-m", 2) == 0) {
            if (arg[2] == '\0' && i + 1 >= argc) return usage_error("Argument expected for the %s option\n", "-m");
            opts->mode = RUN_MODULE;
            opts->target = arg[2] ? arg + 2 : argv[++i];
            if (strcmp(opts->target, "asyncio") == 0) {   /* aw's prompt takes top-level await */
                opts->mode = RUN_PROMPT;
                opts->inspect = opts->asyncio_repl = true;
            }
            opts->renamed_at = i, opts->renamed_from = argv[i];
            argv[i] = dash_m;   /* sys.argv[0] is '-m' until runpy finds the module's file */
            break;
        }
        if (strcmp(arg, "-") == 0) { opts->mode = RUN_STDIN; break; }
        if (strcmp(arg, "--") == 0) { i++; if (i < argc) { opts->mode = RUN_FILE; opts->target = argv[i]; } break; }
        if (arg[0] == '-') return usage_error("aw: unknown option '%s'\n", arg);
        opts->mode = RUN_FILE;
        opts->target = arg;
        break;
    }
    opts->argv = argv;
    opts->argc = argc;
    opts->opt_end = i;
    if (i < argc) {
        opts->sys_argv = argv + i;
        opts->argv_count = argc - i;
    } else {
        opts->sys_argv = &empty;   /* no program: sys.argv == [''] as CPython's prompt */
        opts->argv_count = 1;
    }
    return -1;
}

/* ---- reading the program ---- */

/* CPython makes the script name absolute by prefixing the working directory (no
 * normalisation: "./x.aw" becomes "/cwd/./x.aw"). */
static char *absolute_path(const char *path) {
    if (path[0] == '/') return strdup(path);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *out = malloc(n);
    if (out) snprintf(out, n, "%s/%s", cwd, path);
    return out;
}

/* Reads all of fp; NULL with errno set on failure. */
static char *read_stream(FILE *fp, size_t *len_out) {
    size_t cap = 4096, len = 0;
    char *text = malloc(cap);
    while (text) {
        len += fread(text + len, 1, cap - len - 1, fp);
        if (ferror(fp)) { free(text); return NULL; }
        if (feof(fp)) break;
        char *bigger = realloc(text, cap * 2);
        if (!bigger) { free(text); errno = ENOMEM; return NULL; }
        text = bigger;
        cap *= 2;
    }
    if (!text) { errno = ENOMEM; return NULL; }
    text[len] = '\0';
    *len_out = len;
    return text;
}

/* Loads a script; on failure prints CPython's "can't open file" line and returns false. */
static bool load_file(const char *path, Program *prog) {
    prog->filename = absolute_path(path);
    if (!prog->filename) { perror("aw"); return false; }
    FILE *fp = fopen(path, "rb");
    struct stat st;
    if (fp && fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        fp = NULL;
        errno = EISDIR;
    }
    if (fp) {
        prog->text = read_stream(fp, &prog->len);
        fclose(fp);
    }
    if (!fp || !prog->text) {
        int err = errno;
        fprintf(stderr, "aw: can't open file '%s': [Errno %d] %s\n", prog->filename, err, strerror(err));
        return false;
    }
    return true;
}

static bool load_stdin(Program *prog) {
    prog->filename = strdup("<stdin>");
    prog->text = read_stream(stdin, &prog->len);
    if (!prog->filename || !prog->text) {
        perror("aw: can't read stdin");
        return false;
    }
    return true;
}

static bool load_code(const char *code, Program *prog) {
    prog->filename = strdup("<string>");
    prog->text = strdup(code);
    prog->len = prog->text ? strlen(code) : 0;
    if (!prog->filename || !prog->text) { perror("aw"); return false; }
    return true;
}

static void program_free(Program *prog) {
    free(prog->text);
    free(prog->filename);
}

/* ---- setting up sys and __main__ ---- */

/* A command-line argument as a str; bytes that are not UTF-8 become '?'. */
static AwValue arg_str(AwVM *vm, const char *arg) {
    AwStr *s = str_from_utf8_checked(vm, arg, strlen(arg));
    if (s) return str_value(s);
    vm_exc_clear(vm);
    char *copy = strdup(arg);
    if (!copy) return vm_raise_memory(vm);
    for (char *p = copy; *p; p++)
        if ((unsigned char)*p >= 0x80) *p = '?';
    s = str_from_cstr(vm, copy);
    free(copy);
    return s ? str_value(s) : AW_ERR;
}

static AwStatus set_sys_argv(AwVM *vm, const Options *opts) {
    AwList *list = list_new(vm, opts->argv_count);
    if (!list) return AW_ERROR;
    for (int i = 0; i < opts->argv_count; i++) {
        AwValue s = arg_str(vm, opts->sys_argv[i]);
        if (s == AW_ERR || list_append(vm, list, s) != AW_OK) return AW_ERROR;
    }
    if (module_add_value(vm, vm->sys, "argv", value_from_ptr(list)) != AW_OK) return AW_ERROR;
    AwList *orig = list_new(vm, opts->argc);   /* sys.orig_argv: the command line as given */
    if (!orig || module_add_value(vm, vm->sys, "orig_argv", value_from_ptr(orig)) != AW_OK) return AW_ERROR;
    for (int i = 0; i < opts->argc; i++) {
        AwValue s = arg_str(vm, i && i == opts->renamed_at ? opts->renamed_from : opts->argv[i]);
        if (s == AW_ERR || list_append(vm, orig, s) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* sys.warnoptions: the -W options in order (warnings.py applies them when imported). */
static AwStatus set_sys_warnoptions(AwVM *vm, const Options *opts) {
    AwValue list = module_get(vm->sys, "warnoptions");
    if (!value_is_ptr(list) || !value_is_instance(list, &aw_type_list)) return AW_OK;
    for (int j = 1; j < opts->opt_end; j++) {
        const char *arg = opts->argv[j];
        if (strncmp(arg, "-W", 2) != 0) continue;
        AwValue s = arg_str(vm, arg[2] ? arg + 2 : opts->argv[++j]);
        if (s == AW_ERR || list_append(vm, AW_LIST(list), s) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

/* sys.path.insert(0, entry) */
static AwStatus sys_path_prepend(AwVM *vm, const char *entry) {
    AwValue path = module_get(vm->sys, "path");
    if (!value_is_ptr(path) || !value_is_instance(path, &aw_type_list)) return AW_OK;
    AwList *list = AW_LIST(path);
    AwValue s = arg_str(vm, entry);
    if (s == AW_ERR || list_append(vm, list, s) != AW_OK) return AW_ERROR;
    memmove(list->items + 1, list->items, (size_t)(list->len - 1) * sizeof *list->items);
    list->items[0] = s;
    return AW_OK;
}

/* The script's folder with symbolic links resolved, as CPython's sys.path[0]. */
static AwStatus add_script_dir(AwVM *vm, const char *abs_path) {
    char *copy = strdup(abs_path), resolved[PATH_MAX];
    if (!copy) { vm_raise_memory(vm); return AW_ERROR; }
    char *slash = strrchr(copy, '/');
    if (slash == copy) slash[1] = '\0';
    else if (slash) *slash = '\0';
    char *real = realpath(abs_path, resolved);   /* the script itself may be a link */
    if (real) {
        slash = strrchr(real, '/');
        if (slash == real) slash[1] = '\0';
        else if (slash) *slash = '\0';
    }
    AwStatus st = sys_path_prepend(vm, real ? real : copy);
    free(copy);
    return st;
}

/* PYTHONPATH's entries go after sys.path[0], as CPython: each made absolute against the working
 * directory (an empty one is the working directory), without a trailing slash, and a repeated
 * entry once (CPython's site module drops duplicates). */
static AwStatus add_pythonpath(AwVM *vm) {
    const char *env = getenv("PYTHONPATH");
    AwValue path = module_get(vm->sys, "path");
    if (!env || !*env || !value_is_ptr(path) || !value_is_instance(path, &aw_type_list)) return AW_OK;
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return AW_OK;
    for (const char *p = env;; p++) {
        const char *end = strchr(p, ':');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        char entry[2 * PATH_MAX];
        if (n == 0) snprintf(entry, sizeof entry, "%s", cwd);
        else if (p[0] == '/') snprintf(entry, sizeof entry, "%.*s", (int)n, p);
        else snprintf(entry, sizeof entry, "%s/%.*s", strcmp(cwd, "/") ? cwd : "", (int)n, p);
        size_t len = strlen(entry);
        while (len > 1 && entry[len - 1] == '/') entry[--len] = '\0';
        bool seen = false;
        for (int64_t i = 0; i < AW_LIST(path)->len && !seen; i++) {
            AwValue item = AW_LIST(path)->items[i];
            seen = value_is_str(item) && str_equal_cstr(AW_STR(item), entry);
        }
        AwValue s = seen ? AW_NONE : arg_str(vm, entry);
        if (s == AW_ERR || (!seen && list_append(vm, AW_LIST(path), s) != AW_OK)) return AW_ERROR;
        if (!end) return AW_OK;
        p = end;
    }
}

static AwStatus prepare(AwVM *vm, const Options *opts, const Program *prog) {
    if (set_sys_argv(vm, opts) != AW_OK || set_sys_warnoptions(vm, opts) != AW_OK) return AW_ERROR;
    if (!opts->ignore_env && add_pythonpath(vm) != AW_OK) return AW_ERROR;
    if (opts->mode == RUN_MODULE) {   /* -m: the working directory, as a full path */
        char cwd[PATH_MAX];
        return sys_path_prepend(vm, getcwd(cwd, sizeof cwd) ? cwd : "");
    }
    if (opts->mode != RUN_FILE) return sys_path_prepend(vm, "");
    if (add_script_dir(vm, prog->filename) != AW_OK) return AW_ERROR;
    AwValue file = arg_str(vm, prog->filename);
    if (file == AW_ERR) return AW_ERROR;
    /* a script's __main__ has __cached__ = None, as CPython (there is no bytecode cache) */
    if (dict_set_str(vm, vm->main_module->dict, AW_NAME(vm, __file__), file)) return AW_ERROR;
    AwStr *cached = str_intern_cstr(vm, "__cached__");
    return cached ? dict_set_str(vm, vm->main_module->dict, cached, AW_NONE) : AW_ERROR;
}

/* ---- running ---- */

/* Takes the pending exception and turns it into the exit status. */
static int report_pending(AwVM *vm, bool *is_exit) {
    AwValue exc = vm_exc_take(vm);
    return repl_report_exception(vm, exc, is_exit);
}

/* The program's source as UTF-8: a script or stdin in another encoding declares it (PEP 263;
 * -c code is a str, whose cookie CPython ignores). Tracebacks quote the lines of a file, but
 * not of `-c` code or a program read from stdin (CPython cannot read those back either, so it
 * prints no line for "<string>" / "<stdin>"). A script file or stdin is parsed as CPython
 * parses a file; `-c` code as a string. NULL with SyntaxError raised. */
static AwCode *compile_program(AwVM *vm, const Program *prog) {
    if (strcmp(prog->filename, "<string>") == 0)
        return vm_compile(vm, prog->text, prog->len, prog->filename, AW_PARSE_FILE);
    const char *text = prog->text;
    size_t len = prog->len;
    char *owned = NULL;
    if (source_decode(vm, prog->text, prog->len, prog->filename, SOURCE_SCRIPT, &text, &len, &owned) != AW_OK) return NULL;
    if (prog->filename[0] != '<') traceback_register_source(vm, prog->filename, text, len);
    AwCode *code = vm_compile_script(vm, text, len, prog->filename);
    free(owned);
    return code;
}

static int run_program(AwVM *vm, const Program *prog, bool *is_exit) {
    *is_exit = false;
    AwCode *code = compile_program(vm, prog);
    if (!code || vm_run_code(vm, code, vm->main_module->dict, NULL) == AW_ERR)
        return report_pending(vm, is_exit);
    return 0;
}

/* -m: runpy._run_module_as_main(name), called directly so that a traceback starts in runpy,
 * as CPython's does. */
static int run_module(AwVM *vm, const char *name, bool *is_exit) {
    *is_exit = false;
    AwStr *runpy = str_intern_cstr(vm, "runpy"), *fn_name = str_intern_cstr(vm, "_run_module_as_main");
    AwValue mod = runpy ? vm_import(vm, runpy, AW_NONE, NULL) : AW_ERR;
    AwValue fn = mod != AW_ERR && fn_name ? ops_getattr(vm, mod, fn_name) : AW_ERR;
    AwValue arg = fn != AW_ERR ? arg_str(vm, name) : AW_ERR;
    if (arg == AW_ERR || vm_call(vm, fn, 1, &arg, NULL) == AW_ERR) return report_pending(vm, is_exit);
    return 0;
}

/* aw -m asyncio: CPython's asyncio REPL is a prompt that takes top-level await and starts with
 * asyncio imported; aw's prompt takes await anyway, so this imports asyncio and says so. */
static AwStatus start_asyncio_repl(AwVM *vm) {
    fprintf(stderr, "asyncio REPL %s\nUse \"await\" directly instead of \"asyncio.run()\".\n>>> import asyncio\n",
            AW_VERSION_LINE);
    AwStr *name = str_intern_cstr(vm, "asyncio");
    AwValue mod = name ? vm_import(vm, name, AW_NONE, NULL) : AW_ERR;
    if (mod == AW_ERR) return AW_ERROR;
    return dict_set_str(vm, vm->main_module->dict, name, mod);
}

static int run_dis(AwVM *vm, const Program *prog) {
    AwCode *code = compile_program(vm, prog);
    bool is_exit;
    if (!code) return report_pending(vm, &is_exit);
    dis_code_tree(vm, code, stdout);
    return 0;
}

static bool load_program(const Options *opts, Program *prog) {
    switch (opts->mode) {
    case RUN_FILE:
    case RUN_DIS: return load_file(opts->target, prog);
    case RUN_CODE: return load_code(opts->target, prog);
    case RUN_MODULE: return true;
    case RUN_STDIN: return load_stdin(prog);
    case RUN_PROMPT: return true;
    }
    return false;
}

/* Runs what the options ask for on a fresh VM; returns the exit status. */
static int run(AwVM *vm, const Options *opts, const Program *prog) {
    if (prepare(vm, opts, prog) != AW_OK) {
        bool is_exit;
        return report_pending(vm, &is_exit);
    }
    if (opts->mode == RUN_DIS) return run_dis(vm, prog);
    int status = 0;
    bool is_exit = false;
    if (opts->asyncio_repl && start_asyncio_repl(vm) != AW_OK) return report_pending(vm, &is_exit);
    if (opts->mode == RUN_MODULE) status = run_module(vm, opts->target, &is_exit);
    else if (opts->mode != RUN_PROMPT) status = run_program(vm, prog, &is_exit);
    if (opts->mode == RUN_PROMPT || (opts->inspect && !is_exit)) status = repl_run(vm);
    if (opts->asyncio_repl) fputs("\nexiting asyncio REPL...\n", stderr);
    return status;
}

/* The VM that SIGINT interrupts: the handler only sets a flag the VM polls at safe points. */
static AwVM *interrupted_vm;

static void on_sigint(int sig) {
    (void)sig;
    if (interrupted_vm) vm_interrupt(interrupted_vm);
}

static void install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* Like CPython at exit: threading._shutdown() waits for the non-daemon threads. True when
 * threads (daemons) are still running afterwards. */
static bool join_threads(AwVM *vm) {
    AwValue mod = dict_get_str(vm->modules, str_intern_cstr(vm, "threading"));
    if (mod != AW_EMPTY && value_is_ptr(mod)) {
        AwValue r = vm_call_method(vm, mod, str_intern_cstr(vm, "_shutdown"), 0, NULL);
        if (r == AW_ERR) vm_print_exception(vm, vm_exc_take(vm));
    }
    return thread_running_count() > 0;
}

/* Like CPython at exit, after the threads: the functions registered with atexit, last first. */
static void run_atexit(AwVM *vm) {
    AwValue mod = dict_get_str(vm->modules, str_intern_cstr(vm, "atexit"));
    if (mod == AW_EMPTY || !value_is_ptr(mod)) return;
    AwValue r = vm_call_method(vm, mod, str_intern_cstr(vm, "_run_exitfuncs"), 0, NULL);
    if (r == AW_ERR) vm_print_exception(vm, vm_exc_take(vm));
}

int main(int argc, char **argv) {
    signal(SIGPIPE, SIG_IGN);
    const char *vc = getenv("AW_VIRTUAL_CLOCK");
    if (vc && *vc && strcmp(vc, "0") != 0) loop_set_virtual_clock(true);
    const char *tl = getenv("AW_TIMELINE");
    if (tl && *tl && strcmp(tl, "0") != 0) timeline_enable();
    Options opts = {0};
    int status = parse_options(argc, argv, &opts);
    if (status >= 0) return status;
    if (opts.mode == RUN_PROMPT && !opts.inspect && !isatty(STDIN_FILENO)) opts.mode = RUN_STDIN;
    Program prog = {0};
    if (!load_program(&opts, &prog)) {
        program_free(&prog);
        return 2;
    }
    AwVM *vm = vm_new(opts.argv_count, opts.sys_argv);
    if (!vm) {
        fputs("aw: out of memory\n", stderr);
        program_free(&prog);
        return 1;
    }
    interrupted_vm = vm;
    install_sigint();
    status = run(vm, &opts, &prog);
    bool daemons = join_threads(vm);
    run_atexit(vm);
    if (daemons) {
        /* daemon threads still run aw code: the interpreter cannot be freed under them */
        file_flush_std(vm);
        fflush(NULL);
        _exit(status);
    }
    vm_finalize_main(vm);
    interrupted_vm = NULL;
    program_free(&prog);
    file_flush_std(vm);
    vm_exc_clear(vm);   /* a failed flush of a closed stdout ends quietly */
    traceback_fini(vm);
    vm_free(vm);
    if (timeline_on) timeline_print(stderr, loop_virtual_clock());
    return status;
}
