/* test_numbers.c — differential test of aw's numbers against CPython 3.11 (the oracle).
 *
 *   cc -O2 -o /tmp/test_numbers tests/unit/test_numbers.c
 *   /tmp/test_numbers [./aw [/usr/bin/python3 [SEED]]]
 *
 * Builds one script of expressions — a fixed list (int/float/bool arithmetic and errors,
 * float repr, format specs, int()/float() parsing, rounding, math) plus random ones from SEED
 * (doubles from random bit patterns given through float.fromhex, big-int arithmetic, format
 * specs applied to random values) — runs it under both interpreters, and reports every line
 * where they differ. Each expression prints repr(result) or "ExcType: message". Exit status 0
 * iff everything matched. A negative number to a fractional power gives a complex number, as
 * in CPython.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const fixed_exprs[] = {
    /* int arithmetic, Python's sign rules, errors */
    "7 // -2", "-7 // 2", "7 % -2", "-7 % 2", "divmod(-7, 2)", "divmod(7, -2)", "1 / 0", "1 // 0", "1 % 0",
    "divmod(1, 0)", "0 ** -1", "2 ** -1", "(-2) ** -3", "2 ** 100", "(-3) ** 41", "10 ** 30 // 7 ** 20",
    "1 << -1", "1 >> -1", "(-2 ** 64) >> 3", "~(2 ** 64)", "(2 ** 64) & -(2 ** 63)", "(2 ** 64) ^ (2 ** 64 - 1)",
    "2 ** 47 + 2 ** 47", "-(2 ** 47) - 1", "(2 ** 47) * (2 ** 47)", "(2 ** 47 - 1) * -(2 ** 47)",
    "pow(3, -1, 7)", "pow(2, -1, 4)", "pow(3, 2, -7)", "pow(2, 3, 0)", "pow(2.0, 3, 4)", "10 ** 400 / 3",
    "(10 ** 30 + 1) / 10 ** 10", "2 ** 1074 // 1 / 2 ** 2148", "(2 ** 54 + 3) / 2", "1 / 3", "-0 / 5", "0 / -5",
    /* bool */
    "True + True", "True & False", "True | 1", "-True", "~True", "True / 2", "hash(True)", "True == 1.0",
    /* comparisons between ints and floats are exact */
    "2 ** 53 + 1 == 2.0 ** 53", "2 ** 53 + 1 > 2.0 ** 53", "10 ** 400 > float('inf')", "-10 ** 400 < -1e308",
    "float('nan') == float('nan')", "1 < float('nan')", "float('nan') != 1",
    /* hashing */
    "hash(-1)", "hash(-1.0)", "hash(2 ** 61)", "hash(2 ** 61 - 1)", "hash(-(2 ** 61))", "hash(1.5)", "hash(1e100)",
    "hash(-1e-100)", "hash(float('inf'))", "hash(0.5) == hash(1/2)",
    /* float arithmetic */
    "1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1", "10.0 ** 400", "-7.5 // 2", "7.5 % -2",
    "-0.0 % 5", "0.0 % -5", "divmod(-0.0, 1)", "1e308 * 10", "float('inf') - float('inf')", "0.1 + 0.2",
    "float('nan') ** 0", "1 ** float('nan')", "(-8.0) ** 3", "(-8) ** 2.0", "2 ** 0.5", "(-8.0) ** (1/3)", "(-1) ** 0.5", "1.5 & 1",
    /* float repr */
    "0.1", "1/3", "1e22", "1e23", "1e-300", "5e-324", "2.5", "1e16", "1e15", "123456789.0", "1e-5", "0.0001",
    "1.5e300", "-0.0", "9007199254740993.0", "1.7976931348623157e308", "2.2250738585072014e-308", "100.0",
    /* conversions and parsing */
    "int('9' * 5000)", "str(10 ** 5000)", "repr(10 ** 4300)", "int('abc')", "int('1', 1)", "int(1.5, 10)",
    "int([])", "int('0x1f', 0)", "int('010', 0)", "int('0_0', 0)", "int('1__0')", "int(' -0b101_0 ', 0)",
    "int('z', 36)", "int('0x', 16)", "int(b'12')", "int(1e20)", "int(float('inf'))", "int(float('nan'))",
    "float('  -Infinity ')", "float('1_000.000_1')", "float('1__0')", "float('0x1p3')", "float('1e500')",
    "float('.')", "float('')", "float([])", "float(10 ** 400)", "float(2 ** 1024 - 2 ** 970)", "float(2 ** 53 + 1)",
    "(1024).to_bytes(2, 'big')", "(-1).to_bytes(1, 'big', signed=True)", "(128).to_bytes(1, 'big', signed=True)",
    "int.from_bytes(b'\\xff\\x00', 'little', signed=True)", "(0.75).as_integer_ratio()", "(0.1).hex()",
    "float.fromhex('0x1.8p1')", "(255).bit_length()", "(-255).bit_count()", "(2.0).is_integer()",
    /* rounding */
    "round(2.675, 2)", "round(-0.04, 1)", "round(-4.0, -1)", "round(1.7976931348623157e308, -308)", "round(15, -1)",
    "round(25, -1)", "round(-25, -1)", "round(0.5)", "round(1.5)", "round(2.5)", "round(-2.5)", "round(150.0, -2)",
    "round(float('inf'))", "round(1.5, 10 ** 20)",
    /* format specs */
    "format(1234, '010,')", "format(1234.5, '015,.2f')", "format(True, '>5')", "format(123.0, '.3')",
    "format(1.0, '.3')", "format(1e20, '.3')", "format(-0.0001, 'z.2f')", "format(0.5, '.0%')",
    "format(255, '#_b')", "format(-255, '#010x')", "format(65, '^5c')", "format(1e16, '#')", "format(1.0, '#.0e')",
    "format(float('inf'), '010')", "format(float('nan'), '+')", "format('ab', '05')", "format('a', '=5')",
    "format('a', '+')", "format('a', ' ')", "format('a', 'd')", "format('a', ',')", "format(1, '.2d')",
    "format(1, 'z')", "format(1, ',x')", "format(1, ',_')", "format(1.0, '.')", "format(1, 'c#')",
    "format(-1, 'c')", "format(1.0, 'd')", "format(1, '9' * 30)", "format(12345678, 'n')", "f'{1234567.891:,.2f}'",
    /* math */
    "math.sqrt(-1)", "math.log(0)", "math.exp(1000)", "math.sqrt(10 ** 400)", "math.log(10 ** 400)",
    "math.factorial(-1)", "math.factorial(1.0)", "math.isqrt(10 ** 40 + 1)", "math.comb(50, 20)", "math.perm(5)",
    "math.gcd(12, 18, 24)", "math.lcm(4, 6, 10)", "math.fsum([0.1] * 10)", "math.fsum([1e308, 1e308])",
    "math.fsum([1e-16, 1, 1e16])", "math.hypot(3, 4, 12)", "math.dist((1, 2), (4, 6))", "math.gamma(0.5)",
    "math.lgamma(100)", "math.pow(0, -1)", "math.fmod(1, 0)", "math.ldexp(1, 10000)", "math.floor(-0.5)",
    "math.trunc('a')", "math.isclose(1, 1.1, rel_tol=0.2)", "math.prod(range(1, 30))", "math.log(1, 1)",
};

/* xorshift64*: reproducible on every platform. */
static uint64_t rng_state = 88172645463325252ull;
static uint64_t rng(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ull;
}

/* A random finite double as a float.fromhex() expression (exact, parser independent). */
static void random_double_expr(char *out, size_t size) {
    uint64_t bits;
    unsigned exp;
    do {
        bits = rng();
        exp = (unsigned)((bits >> 52) & 0x7ff);
    } while (exp == 0x7ff);
    uint64_t mant = bits & 0xFFFFFFFFFFFFFull;
    const char *sign = bits >> 63 ? "-" : "";
    if (exp == 0) snprintf(out, size, "float.fromhex('%s0x0.%013" PRIx64 "p-1022')", sign, mant);
    else snprintf(out, size, "float.fromhex('%s0x1.%013" PRIx64 "p%d')", sign, mant, (int)exp - 1023);
}

/* A random int literal of up to 300 bits, as a hex literal with a sign. */
static void random_int_expr(char *out, size_t size) {
    int words = (int)(rng() % 5) + 1;
    size_t n = (size_t)snprintf(out, size, "(%s0x", rng() & 1 ? "-" : "");
    for (int i = 0; i < words && n + 20 < size; i++) n += (size_t)snprintf(out + n, size - n, "%016" PRIx64, rng() >> (i == 0 ? rng() % 64 : 0));
    snprintf(out + n, size - n, ")");
}

static void emit(FILE *f, const char *expr) {
    fprintf(f, "try:\n    print(repr(%s))\nexcept Exception as ex:\n    print(type(ex).__name__ + ': ' + str(ex))\n", expr);
}

static int write_script(const char *path, char ***exprs_out) {
    static const char *const ops[] = {"+", "-", "*", "/", "//", "%", "&", "|", "^", "<", "==", ">="};
    static const char *const specs[] = {"", ".3", ".17g", "e", ".2f", ",.3f", "+015,.4f", "%", "#g", "^12.5"};
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    size_t nfixed = sizeof fixed_exprs / sizeof fixed_exprs[0], total = nfixed + 3000;
    char **exprs = calloc(total, sizeof *exprs);
    char a[256], b[256], buf[600];
    fputs("import math\n", f);
    for (size_t i = 0; i < total; i++) {
        if (i < nfixed) snprintf(buf, sizeof buf, "%s", fixed_exprs[i]);
        else if (i % 3 == 0) random_double_expr(buf, sizeof buf);
        else if (i % 3 == 1) {
            random_int_expr(a, sizeof a);
            random_int_expr(b, sizeof b);
            snprintf(buf, sizeof buf, "%s %s %s", a, ops[rng() % 12], b);
        } else {
            random_double_expr(a, sizeof a);
            snprintf(buf, sizeof buf, "format(%s, '%s')", a, specs[rng() % 10]);
        }
        exprs[i] = strdup(buf);
        emit(f, buf);
    }
    fclose(f);
    *exprs_out = exprs;
    return (int)total;
}

/* Runs `interp script` and returns its stdout split into lines (NULL-terminated). */
static char **run_lines(const char *interp, const char *script, int max_lines) {
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "'%s' '%s' 2>/dev/null", interp, script);
    FILE *p = popen(cmd, "r");
    if (!p) return NULL;
    char **lines = calloc((size_t)max_lines + 1, sizeof *lines);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int n = 0;
    while (n < max_lines && (len = getline(&line, &cap, p)) >= 0) {
        if (len > 0 && line[len - 1] == '\n') line[len - 1] = '\0';
        lines[n++] = strdup(line);
    }
    free(line);
    pclose(p);
    return lines;
}

int main(int argc, char **argv) {
    const char *aw = argc > 1 ? argv[1] : "./aw";
    const char *py = argc > 2 ? argv[2] : "/usr/bin/python3";
    if (argc > 3) rng_state ^= strtoull(argv[3], NULL, 10) * 0x9E3779B97F4A7C15ull;
    const char *script = "/tmp/aw_test_numbers.py";
    char **exprs;
    int n = write_script(script, &exprs);
    if (n < 0) {
        perror(script);
        return 2;
    }
    char **want = run_lines(py, script, n), **got = run_lines(aw, script, n);
    if (!want || !got) {
        fprintf(stderr, "test_numbers: cannot run the interpreters\n");
        return 2;
    }
    int passed = 0;
    for (int i = 0; i < n; i++) {
        const char *w = want[i] ? want[i] : "<no output>", *g = got[i] ? got[i] : "<no output>";
        if (strcmp(w, g) == 0) passed++;
        else printf("FAIL %s\n  python: %s\n  aw:     %s\n", exprs[i], w, g);
    }
    printf("%d/%d passed\n", passed, n);
    return passed == n ? 0 : 1;
}
