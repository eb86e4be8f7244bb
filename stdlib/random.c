/* random.c — the random module: CPython's Mersenne Twister and random.py's algorithms, step
 * for step, so a seeded program draws exactly the numbers CPython 3.11 draws.
 *
 * random.Random is a class made at module start-up (a heap class with native methods); each
 * instance keeps its generator state in a private bytes object in its instance dict (aw has
 * no spare static type for it), and `gauss_next` as CPython does. The module-level functions
 * are bound methods of one hidden instance, as in random.py.
 * SystemRandom draws every word from getrandom(2) instead of the twister (same algorithms on
 * top, so its choice/shuffle/... are as random as the OS source).
 * Not provided: binomialvariate (new in 3.12).
 * randrange() accepts integral floats silently (CPython 3.11 also warns).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include "interp/args.h"
#include "interp/port.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/float.h"
#include "interp/function.h"
#include "interp/int.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/set.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

#define MT_N 624
#define MT_M 397

/* One Mersenne Twister generator (CPython's RandomObject state). */
typedef struct {
    uint32_t mt[MT_N];   /* the state vector */
    int32_t index;       /* next word of mt to temper; MT_N = regenerate first */
    int32_t system;      /* 1: a SystemRandom, whose words come from the OS instead */
} MTState;

/* A word from the OS entropy source (SystemRandom), buffered. */
static uint32_t system_uint32(void) {
    static uint32_t buf[64];
    static size_t avail;
    if (avail == 0) {
        size_t got = 0;
        while (got < sizeof buf) {
            ssize_t n = getrandom((char *)buf + got, sizeof buf - got, 0);
            if (n > 0) got += (size_t)n;
            else if (errno != EINTR) break;
        }
        avail = got / sizeof buf[0];
        if (avail == 0) return (uint32_t)rand();   /* no entropy source at all: never on Linux >= 3.17 */
    }
    return buf[--avail];
}

/* ---- the Mersenne Twister (CPython's _randommodule.c) ------------------------------------- */

static uint32_t genrand_uint32(MTState *s) {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    if (AW_UNLIKELY(s->system)) return system_uint32();
    uint32_t *mt = s->mt, y;
    if (s->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        s->index = 0;
    }
    y = mt[s->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(MTState *s, uint32_t seed) {
    s->mt[0] = seed;
    for (int i = 1; i < MT_N; i++) s->mt[i] = 1812433253U * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
    s->index = MT_N;
}

static void init_by_array(MTState *s, const uint32_t *key, size_t key_length) {
    uint32_t *mt = s->mt;
    init_genrand(s, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > key_length ? MT_N : key_length; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= key_length) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000U;
}

/* random(): 53 random bits as a float in [0, 1). */
static double genrand_double(MTState *s) {
    uint32_t a = genrand_uint32(s) >> 5, b = genrand_uint32(s) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for k <= 64: words least significant first, the last one cut from the top. */
static uint64_t getrandbits64(MTState *s, int k) {
    if (k <= 32) return k == 0 ? 0 : genrand_uint32(s) >> (32 - k);
    uint64_t lo = genrand_uint32(s);
    uint64_t hi = genrand_uint32(s) >> (64 - k);
    return lo | hi << 32;
}

static void getrandbits_mpz(MTState *s, uint64_t k, mpz_t out) {
    size_t words = (size_t)((k - 1) / 32 + 1);
    mpz_set_ui(out, 0);
    mpz_t word;
    mpz_init(word);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(s);
        if (k < 32) r >>= (32 - k);
        mpz_set_ui(word, r);
        mpz_mul_2exp(word, word, 32 * i);
        mpz_ior(out, out, word);
    }
    mpz_clear(word);
}

/* _randbelow(n) for 0 < n < 2**64: getrandbits(n.bit_length()) until below n. */
static uint64_t randbelow64(MTState *s, uint64_t n) {
    int k = 64 - aw_clz64(n);
    uint64_t r = getrandbits64(s, k);
    while (r >= n) r = getrandbits64(s, k);
    return r;
}

static void randbelow_mpz(MTState *s, const mpz_t n, mpz_t out) {
    uint64_t k = mpz_sizeinbase(n, 2);
    getrandbits_mpz(s, k, out);
    while (mpz_cmp(out, n) >= 0) getrandbits_mpz(s, k, out);
}

/* ---- SHA-512 (for seeding from str and bytes, as random.py does) -------------------------- */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80], v[8];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int b = 0; b < 8; b++) w[i] = w[i] << 8 | p[i * 8 + b];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, h, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = v[7] + (rotr64(v[4], 14) ^ rotr64(v[4], 18) ^ rotr64(v[4], 41))
                      + ((v[4] & v[5]) ^ (~v[4] & v[6])) + sha512_k[i] + w[i];
        uint64_t t2 = (rotr64(v[0], 28) ^ rotr64(v[0], 34) ^ rotr64(v[0], 39))
                      + ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof v[0]);
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) h[i] += v[i];
}

static void sha512(const unsigned char *data, size_t len, unsigned char out[64]) {
    uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                     0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    size_t full = len / 128 * 128;
    for (size_t i = 0; i < full; i += 128) sha512_block(h, data + i);
    unsigned char tail[256] = {0};
    size_t rest = len - full;
    memcpy(tail, data + full, rest);
    tail[rest] = 0x80;
    size_t tail_len = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int b = 0; b < 8; b++) tail[tail_len - 1 - b] = (unsigned char)(bits >> (8 * b));
    for (size_t i = 0; i < tail_len; i += 128) sha512_block(h, tail + i);
    for (int i = 0; i < 64; i++) out[i] = (unsigned char)(h[i / 8] >> (56 - 8 * (i % 8)));
}

/* ---- seeding ------------------------------------------------------------------------------ */

/* Seeds from |n|'s 32-bit words, least significant first (CPython's random_seed). */
static void seed_from_mpz(MTState *s, const mpz_t n) {
    size_t bits = mpz_sgn(n) ? mpz_sizeinbase(n, 2) : 0;
    size_t words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t stack_key[64];
    uint32_t *key = words <= 64 ? stack_key : calloc(words, sizeof *key);
    if (!key) { init_genrand(s, 19650218U); return; }
    memset(key, 0, words * sizeof *key);
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof *key, 0, 0, n);
    init_by_array(s, key, words);
    if (key != stack_key) free(key);
}

static void seed_from_os(MTState *s) {
    uint32_t key[MT_N];
    ssize_t got = getrandom(key, sizeof key, GRND_NONBLOCK);
    if (got != (ssize_t)sizeof key) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint32_t fallback[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)getpid(), 0};
        init_by_array(s, fallback, 4);
        return;
    }
    init_by_array(s, key, MT_N);
}

/* seed(str/bytes): int.from_bytes(a + sha512(a).digest()), big-endian. */
static void seed_from_bytes(MTState *s, const char *data, size_t len) {
    unsigned char *buf = malloc(len + 64);
    if (!buf) { seed_from_os(s); return; }
    memcpy(buf, data, len);
    sha512((const unsigned char *)data, len, buf + len);
    mpz_t n;
    mpz_init(n);
    mpz_import(n, len + 64, 1, 1, 0, 0, buf);
    seed_from_mpz(s, n);
    mpz_clear(n);
    free(buf);
}

static AwStatus seed_value(AwVM *vm, MTState *s, AwValue a) {
    if (a == AW_NONE || a == AW_EMPTY) { seed_from_os(s); return AW_OK; }
    mpz_t n;
    mpz_init(n);
    if (int_check(a)) {
        int_to_mpz(a, n);
        mpz_abs(n, n);
    } else if (value_is_float(a)) {
        mpz_set_ui(n, (uint64_t)float_hash(value_as_double(a)));
    } else if (value_is_instance(a, &aw_type_str) || value_is_instance(a, &aw_type_bytes) ||
               value_is_instance(a, &aw_type_bytearray)) {
        const char *data = "";
        int64_t len = 0;
        if (value_is_instance(a, &aw_type_str)) {
            data = AW_STR(a)->data;
            len = AW_STR(a)->byte_len;
        } else if (!bytes_view(a, &data, &len) || !data) {
            data = "";
            len = 0;
        }
        seed_from_bytes(s, data, (size_t)len);
        mpz_clear(n);
        return AW_OK;
    } else {
        mpz_clear(n);
        return vm_fail(vm_raise(vm, &aw_exc_TypeError,
                                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."));
    }
    seed_from_mpz(s, n);
    mpz_clear(n);
    return AW_OK;
}

/* ---- instances ---------------------------------------------------------------------------- */

/* The Random class and its hidden module instance (both reachable from the module dict). */
static AwType *random_class;

/* "_mt_state", interned once (interned strings live until exit). */
static AwStr *state_key_str;
static AwStr *state_key(AwVM *vm) {
    if (!state_key_str) state_key_str = str_intern_cstr(vm, "_mt_state");
    return state_key_str;
}

/* The generator of a Random instance: a private bytes object used as a mutable buffer. */
static MTState *state_of(AwVM *vm, AwValue self) {
    AwStr *key = state_key(vm);
    AwDict *d = key ? object_dict_for_store(vm, self, key) : NULL;   /* keeps the class's instance-name filter */
    if (!d || !key) {
        vm_raise(vm, &aw_exc_TypeError, "descriptor requires a 'random.Random' object but received a '%s'",
                 ops_type_name(self));
        return NULL;
    }
    AwValue st = dict_get_str(d, key);
    if (value_is_type(st, &aw_type_bytes) && AW_BYTES(st)->len == (int64_t)sizeof(MTState))
        return (MTState *)(void *)AW_BYTES(st)->data;
    MTState fresh = {.system = 0};
    seed_from_os(&fresh);
    AwBytes *b = bytes_new(vm, (const char *)&fresh, sizeof fresh);
    if (!b || dict_set_str(vm, d, key, value_from_ptr(b)) != AW_OK) return NULL;
    return (MTState *)(void *)b->data;
}

static AwStatus set_gauss_next(AwVM *vm, AwValue self, AwValue v) {
    AwStr *key = str_intern_cstr(vm, "gauss_next");
    AwDict *d = key ? object_dict_for_store(vm, self, key) : NULL;
    return d && key ? dict_set_str(vm, d, key, v) : AW_ERROR;
}

static AwValue get_gauss_next(AwVM *vm, AwValue self) {
    AwStr *key = str_intern_cstr(vm, "gauss_next");
    AwDict *d = key ? object_dict_for_store(vm, self, key) : NULL;
    AwValue v = d && key ? dict_get_str(d, key) : AW_EMPTY;
    return v == AW_EMPTY ? AW_NONE : v;
}

/* A random int in [0, n) for an int n > 0 (small or big). */
static AwValue randbelow_value(AwVM *vm, MTState *s, AwValue n) {
    if (value_is_int(n)) return value_from_small((int64_t)randbelow64(s, (uint64_t)value_as_small(n)));
    mpz_t z, r;
    mpz_init(z);
    mpz_init(r);
    int_to_mpz(n, z);
    randbelow_mpz(s, z, r);
    AwValue out = int_from_mpz(vm, r);
    mpz_clear(z);
    mpz_clear(r);
    return out;
}

/* ---- methods: core ------------------------------------------------------------------------ */

static AwValue m_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "Random", kwnames) != AW_OK) return AW_ERR;
    if (argc > 2) return vm_raise(vm, &aw_exc_TypeError, "Random() takes at most 1 argument (%d given)", argc - 1);
    MTState *s = state_of(vm, argv[0]);
    if (!s || seed_value(vm, s, argc > 1 ? argv[1] : AW_NONE) != AW_OK) return AW_ERR;
    return set_gauss_next(vm, argv[0], AW_NONE) == AW_OK ? AW_NONE : AW_ERR;
}

/* seed(a, version=1) of a str or bytes: CPython's Python-2-compatible string hash of the
 * code points (bytes read as latin-1), then seeded as that int. */
static uint64_t seed_v1_hash(AwValue a) {
    const char *p;
    int64_t n, count = 0;
    bool is_str = value_is_instance(a, &aw_type_str);
    if (is_str) p = AW_STR(a)->data, n = AW_STR(a)->byte_len;
    else p = AW_BYTES(a)->data, n = AW_BYTES(a)->len;
    uint64_t x = 0;
    for (int64_t i = 0; i < n; count++) {
        int len = 1;
        uint32_t c = is_str ? str_decode_utf8(p + i, &len) : (unsigned char)p[i];
        if (count == 0) x = (uint64_t)c << 7;
        x = (1000003 * x) ^ c;
        i += len;
    }
    return x ^ (uint64_t)count;
}

static AwValue m_seed(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "a", "version", NULL};
    AwValue a[3];
    if (args_parse(vm, "seed", argc, argv, kwnames, names, 1, 3, a) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, a[0]);
    if (!s) return AW_ERR;
    if (a[2] != AW_EMPTY && value_is_int(a[2]) && value_as_small(a[2]) == 1 &&
        (value_is_instance(a[1], &aw_type_str) || value_is_instance(a[1], &aw_type_bytes))) {
        mpz_t n;
        mpz_init(n);
        mpz_set_ui(n, seed_v1_hash(a[1]));
        seed_from_mpz(s, n);
        mpz_clear(n);
    } else if (seed_value(vm, s, a[1]) != AW_OK) {
        return AW_ERR;
    }
    return set_gauss_next(vm, a[0], AW_NONE) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_random(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "random", argc - 1, 0, 0) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    return s ? value_from_double(genrand_double(s)) : AW_ERR;
}

static AwValue m_getrandbits(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t k;
    if (args_no_kwargs(vm, "getrandbits", kwnames) != AW_OK || args_count(vm, "getrandbits", argc - 1, 1, 1) != AW_OK)
        return AW_ERR;
    if (args_int(vm, argv[1], &k) != AW_OK) return AW_ERR;
    if (k < 0) return vm_raise(vm, &aw_exc_ValueError, "number of bits must be non-negative");
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    if (k <= 64) return int_from_u64(vm, getrandbits64(s, (int)k));
    mpz_t r;
    mpz_init(r);
    getrandbits_mpz(s, (uint64_t)k, r);
    AwValue out = int_from_mpz(vm, r);
    mpz_clear(r);
    return out;
}

static AwValue m_randbytes(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t n;
    if (args_no_kwargs(vm, "randbytes", kwnames) != AW_OK || args_count(vm, "randbytes", argc - 1, 1, 1) != AW_OK)
        return AW_ERR;
    if (args_int(vm, argv[1], &n) != AW_OK) return AW_ERR;
    if (n < 0) return vm_raise(vm, &aw_exc_ValueError, "number of bits must be non-negative");
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    char *buf = gc_alloc(vm, (size_t)n);
    if (!buf) return AW_ERR;
    /* getrandbits(n * 8).to_bytes(n, 'little'): 32-bit words, the last one cut from the top. */
    for (int64_t i = 0; i < n; i += 4) {
        int64_t left = n - i;
        uint32_t r = genrand_uint32(s);
        if (left < 4) r >>= 32 - 8 * left;
        for (int64_t k = 0; k < 4 && k < left; k++) buf[i + k] = (char)(r >> (8 * k));
    }
    AwBytes *b = bytes_new(vm, buf, (size_t)n);
    gc_free(vm, buf, (size_t)n);
    return b ? value_from_ptr(b) : AW_ERR;
}

static AwValue m_getstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "getstate", argc - 1, 0, 0) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    AwTuple *words = tuple_new(vm, MT_N + 1);
    if (!words) return AW_ERR;
    for (int i = 0; i < MT_N; i++) words->items[i] = value_from_small(s->mt[i]);
    words->items[MT_N] = value_from_small(s->index);
    AwTuple *state = tuple_new(vm, 3);
    if (!state) return AW_ERR;
    state->items[0] = value_from_small(3);
    state->items[1] = value_from_ptr(words);
    state->items[2] = get_gauss_next(vm, argv[0]);
    return value_from_ptr(state);
}

static AwValue m_setstate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "setstate", kwnames) != AW_OK || args_count(vm, "setstate", argc - 1, 1, 1) != AW_OK)
        return AW_ERR;
    AwValue st = argv[1];
    if (!value_is_instance(st, &aw_type_tuple) || AW_TUPLE(st)->len != 3)
        return vm_raise(vm, &aw_exc_ValueError, "state with version passed to Random.setstate() of version 3");
    AwTuple *state = AW_TUPLE(st);
    if (state->items[0] != value_from_small(3) && state->items[0] != value_from_small(2))
        return vm_raise(vm, &aw_exc_ValueError, "state with version passed to Random.setstate() of version 3");
    if (!value_is_instance(state->items[1], &aw_type_tuple))
        return vm_raise(vm, &aw_exc_TypeError, "state vector must be a tuple");
    AwTuple *words = AW_TUPLE(state->items[1]);
    if (words->len != MT_N + 1) return vm_raise(vm, &aw_exc_ValueError, "state vector is the wrong size");
    MTState tmp = {.system = 0};
    for (int i = 0; i <= MT_N; i++) {
        int64_t w;
        if (args_int(vm, words->items[i], &w) != AW_OK) return AW_ERR;
        if (i == MT_N) {
            if (w < 0 || w > MT_N) return vm_raise(vm, &aw_exc_ValueError, "invalid state");
            tmp.index = (int32_t)w;
        } else {
            tmp.mt[i] = (uint32_t)w;
        }
    }
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    *s = tmp;
    return set_gauss_next(vm, argv[0], state->items[2]) == AW_OK ? AW_NONE : AW_ERR;
}

/* ---- methods: integers and sequences ------------------------------------------------------ */

/* randrange's conversion of an argument: __index__, else CPython's int(x) fallback for
 * integral floats; other floats are "non-integer arg 1 for randrange()". */
static AwValue range_arg(AwVM *vm, AwValue v, const char *what) {
    static const char future[] = "randrange() will raise TypeError in the future";
    if (value_is_float(v)) {
        double d = value_as_double(v);
        if (isfinite(d) && d != floor(d)) {
            if (exception_warn(vm, &aw_exc_DeprecationWarning, future)) return AW_ERR;
            return vm_raise(vm, &aw_exc_ValueError, "non-integer %s for randrange()", what);
        }
        AwValue i = int_from_double(vm, d);
        if (i != AW_ERR && exception_warn(vm, &aw_exc_DeprecationWarning,
                                          "non-integer arguments to randrange() have been deprecated since "
                                          "Python 3.10 and will be removed in a subsequent version"))
            return AW_ERR;
        return i;
    }
    AwValue i = ops_index(vm, v);
    if (i != AW_ERR || !vm_exc_matches(vm, &aw_exc_TypeError)) return i;
    vm_exc_clear(vm);
    /* CPython's fallback: int(v), refused (with a warning) unless it equals v */
    i = vm_call(vm, value_from_ptr(&aw_type_int), 1, &v, NULL);
    if (i == AW_ERR || gc_push_root(vm, i) != AW_OK) return AW_ERR;
    int same = ops_eq(vm, i, v);
    AwStatus st = same < 0 ? AW_ERROR
                  : same ? exception_warn(vm, &aw_exc_DeprecationWarning,
                                          "non-integer arguments to randrange() have been deprecated since "
                                          "Python 3.10 and will be removed in a subsequent version")
                         : exception_warn(vm, &aw_exc_DeprecationWarning, future);
    gc_pop_roots(vm, 1);
    if (st != AW_OK) return AW_ERR;
    return same ? i : vm_raise(vm, &aw_exc_ValueError, "non-integer %s for randrange()", what);
}

/* randrange with small ints: width and the step arithmetic cannot overflow 64 bits. */
static AwValue randrange_small(AwVM *vm, MTState *s, int64_t start, int64_t stop, int64_t step) {
    int64_t width = stop - start;
    if (step == 1) {
        if (width > 0) return int_from_i64(vm, start + (int64_t)randbelow64(s, (uint64_t)width));
        return vm_raise(vm, &aw_exc_ValueError, "empty range for randrange() (%lld, %lld, %lld)",
                        (long long)start, (long long)stop, (long long)width);
    }
    if (step == 0) return vm_raise(vm, &aw_exc_ValueError, "zero step for randrange()");
    int64_t num = step > 0 ? width + step - 1 : width + step + 1;
    int64_t n = num / step - ((num % step != 0) && ((num < 0) != (step < 0)));   /* floor division */
    if (n <= 0) return vm_raise(vm, &aw_exc_ValueError, "empty range for randrange()");
    return int_from_i64(vm, start + step * (int64_t)randbelow64(s, (uint64_t)n));
}

/* The same with GMP, for big ints. */
static AwValue randrange_big(AwVM *vm, MTState *s, AwValue start, AwValue stop, AwValue step) {
    mpz_t a, b, st, width, n, r;
    mpz_inits(a, b, st, width, n, r, NULL);
    int_to_mpz(start, a);
    int_to_mpz(stop, b);
    int_to_mpz(step, st);
    mpz_sub(width, b, a);
    AwValue out = AW_ERR;
    if (mpz_cmp_ui(st, 1) == 0) {
        if (mpz_sgn(width) > 0) {
            randbelow_mpz(s, width, r);
            mpz_add(r, r, a);
            out = int_from_mpz(vm, r);
        } else {
            /* Buffers from malloc, not mpz_get_str(NULL): GMP's allocator may be the GC's. */
            char *sa = malloc(mpz_sizeinbase(a, 10) + 2), *sb = malloc(mpz_sizeinbase(b, 10) + 2);
            char *sw = malloc(mpz_sizeinbase(width, 10) + 2);
            if (sa && sb && sw)
                vm_raise(vm, &aw_exc_ValueError, "empty range for randrange() (%s, %s, %s)", mpz_get_str(sa, 10, a),
                         mpz_get_str(sb, 10, b), mpz_get_str(sw, 10, width));
            else
                vm_raise_memory(vm);
            free(sa);
            free(sb);
            free(sw);
        }
    } else if (mpz_sgn(st) == 0) {
        vm_raise(vm, &aw_exc_ValueError, "zero step for randrange()");
    } else {
        mpz_add(n, width, st);
        if (mpz_sgn(st) > 0) mpz_sub_ui(n, n, 1);
        else mpz_add_ui(n, n, 1);
        mpz_fdiv_q(n, n, st);
        if (mpz_sgn(n) <= 0) {
            vm_raise(vm, &aw_exc_ValueError, "empty range for randrange()");
        } else {
            randbelow_mpz(s, n, r);
            mpz_mul(r, r, st);
            mpz_add(r, r, a);
            out = int_from_mpz(vm, r);
        }
    }
    mpz_clears(a, b, st, width, n, r, NULL);
    return out;
}

static AwValue randrange(AwVM *vm, MTState *s, AwValue start, AwValue stop, AwValue step) {
    AwValue istart = range_arg(vm, start, "arg 1");
    if (istart == AW_ERR) return AW_ERR;
    if (stop == AW_EMPTY || stop == AW_NONE) {
        if (step != AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "Missing a non-None stop argument");
        if (int_sign(istart) > 0) return randbelow_value(vm, s, istart);
        return vm_raise(vm, &aw_exc_ValueError, "empty range for randrange()");
    }
    /* converting stop and step may run aw code (int(), warnings): keep the converted values rooted */
    if (gc_push_root(vm, istart) != AW_OK) return AW_ERR;
    AwValue istop = range_arg(vm, stop, "stop");
    if (istop == AW_ERR || gc_push_root(vm, istop) != AW_OK) {
        gc_pop_roots(vm, 1);
        return AW_ERR;
    }
    AwValue istep = step == AW_EMPTY ? value_from_small(1) : range_arg(vm, step, "step");
    gc_pop_roots(vm, 2);
    if (istep == AW_ERR) return AW_ERR;
    if (value_is_int(istart) && value_is_int(istop) && value_is_int(istep))
        return randrange_small(vm, s, value_as_small(istart), value_as_small(istop), value_as_small(istep));
    return randrange_big(vm, s, istart, istop, istep);
}

static AwValue m_randrange(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "start", "stop", "step", NULL};
    AwValue a[4];
    if (args_parse(vm, "randrange", argc, argv, kwnames, names, 2, 4, a) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, a[0]);
    return s ? randrange(vm, s, a[1], a[2], a[3]) : AW_ERR;
}

static AwValue m_randint(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "a", "b", NULL};
    AwValue a[3];
    if (args_parse(vm, "randint", argc, argv, kwnames, names, 3, 3, a) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, a[0]);
    if (!s) return AW_ERR;
    if (value_is_int(a[1]) && value_is_int(a[2]))
        return randrange_small(vm, s, value_as_small(a[1]), value_as_small(a[2]) + 1, 1);
    AwValue stop = ops_binary(vm, a[2], value_from_small(1), AW_BINOP_ADD);
    return stop == AW_ERR ? AW_ERR : randrange(vm, s, a[1], stop, AW_EMPTY);
}

static AwValue m_choice(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t n;
    if (args_no_kwargs(vm, "choice", kwnames) != AW_OK || args_count(vm, "choice", argc - 1, 1, 1) != AW_OK)
        return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    if (!s || ops_len(vm, argv[1], &n) != AW_OK) return AW_ERR;
    if (n == 0) return vm_raise(vm, &aw_exc_IndexError, "Cannot choose from an empty sequence");
    int64_t i = (int64_t)randbelow64(s, (uint64_t)n);
    if (value_is_type(argv[1], &aw_type_list) && i < AW_LIST(argv[1])->len) return AW_LIST(argv[1])->items[i];
    return ops_getitem(vm, argv[1], value_from_small(i));
}

static AwStatus swap_items(AwVM *vm, AwValue seq, int64_t i, int64_t j) {
    if (value_is_type(seq, &aw_type_list)) {
        AwList *l = AW_LIST(seq);
        if (i < l->len && j < l->len) {
            AwValue t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
            return AW_OK;
        }
    }
    AwValue a = ops_getitem(vm, seq, value_from_small(j));
    if (a == AW_ERR || gc_push_root(vm, a) != AW_OK) return AW_ERROR;
    AwValue b = ops_getitem(vm, seq, value_from_small(i));
    AwStatus st = b == AW_ERR ? AW_ERROR : AW_OK;
    if (st == AW_OK && gc_push_root(vm, b) == AW_OK) {
        st = ops_setitem(vm, seq, value_from_small(i), a);
        if (st == AW_OK) st = ops_setitem(vm, seq, value_from_small(j), b);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return st;
}

/* shuffle(x): for i in reversed(range(1, len(x))): swap x[i] and x[randbelow(i + 1)]. */
static AwValue m_shuffle(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t n;
    if (args_no_kwargs(vm, "shuffle", kwnames) != AW_OK || args_count(vm, "shuffle", argc - 1, 1, 1) != AW_OK)
        return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    if (!s || ops_len(vm, argv[1], &n) != AW_OK) return AW_ERR;
    for (int64_t i = n - 1; i >= 1; i--) {
        int64_t j = (int64_t)randbelow64(s, (uint64_t)(i + 1));
        if (swap_items(vm, argv[1], i, j) != AW_OK) return AW_ERR;
    }
    return AW_NONE;
}

/* itertools.accumulate(values) into a new list (generic +, as random.py). */
static AwValue accumulate(AwVM *vm, AwValue iterable) {
    AwValue items = list_from_iterable(vm, iterable);
    if (items == AW_ERR) return AW_ERR;
    AwList *l = AW_LIST(items);
    if (gc_push_root(vm, items) != AW_OK) return AW_ERR;
    for (int64_t i = 1; i < l->len; i++) {
        AwValue sum = ops_binary(vm, l->items[i - 1], l->items[i], AW_BINOP_ADD);
        if (sum == AW_ERR) { gc_pop_roots(vm, 1); return AW_ERR; }
        l->items[i] = sum;
    }
    gc_pop_roots(vm, 1);
    return items;
}

/* bisect.bisect_right(a, x, 0, hi). */
static int64_t bisect_right(AwVM *vm, AwList *a, AwValue x, int64_t hi) {
    int64_t lo = 0;
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        int lt = ops_compare_bool(vm, x, a->items[mid], AW_CMP_LT);
        if (lt < 0) return -1;
        if (lt) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

static AwValue choices_weighted(AwVM *vm, MTState *s, AwValue population, int64_t n, AwList *cum, int64_t k) {
    if (cum->len != n) return vm_raise(vm, &aw_exc_ValueError, "The number of weights does not match the population");
    if (n == 0) return vm_raise(vm, &aw_exc_IndexError, "list index out of range");
    AwValue total_v = ops_binary(vm, cum->items[n - 1], value_from_double(0.0), AW_BINOP_ADD);
    if (total_v == AW_ERR) return AW_ERR;
    double total;
    if (float_as_double(vm, total_v, &total) != AW_OK) return AW_ERR;
    if (total <= 0.0) return vm_raise(vm, &aw_exc_ValueError, "Total of weights must be greater than zero");
    if (!isfinite(total)) return vm_raise(vm, &aw_exc_ValueError, "Total of weights must be finite");
    AwList *out = list_new(vm, k > 0 ? k : 0);
    if (!out || gc_push_root(vm, value_from_ptr(out)) != AW_OK) return AW_ERR;
    AwValue result = value_from_ptr(out);
    for (int64_t i = 0; i < k && result != AW_ERR; i++) {
        int64_t idx = bisect_right(vm, cum, value_from_double(genrand_double(s) * total), n - 1);
        AwValue item = idx < 0 ? AW_ERR : ops_getitem(vm, population, value_from_small(idx));
        if (item == AW_ERR || list_append(vm, out, item) != AW_OK) result = AW_ERR;
    }
    gc_pop_roots(vm, 1);
    return result;
}

static AwValue m_choices(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "population", "weights", "cum_weights", "k", NULL};
    AwValue a[5];
    int64_t n, k = 1;
    if (args_parse(vm, "choices", argc, argv, kwnames, names, 2, 3, a) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, a[0]);
    if (!s || ops_len(vm, a[1], &n) != AW_OK) return AW_ERR;
    if (a[4] != AW_EMPTY && args_int(vm, a[4], &k) != AW_OK) return AW_ERR;
    AwValue weights = a[2] == AW_EMPTY ? AW_NONE : a[2], cum = a[3] == AW_EMPTY ? AW_NONE : a[3];
    if (cum == AW_NONE && weights == AW_NONE) {
        AwList *out = list_new(vm, k > 0 ? k : 0);
        if (!out || gc_push_root(vm, value_from_ptr(out)) != AW_OK) return AW_ERR;
        AwValue result = value_from_ptr(out);
        for (int64_t i = 0; i < k && result != AW_ERR; i++) {
            int64_t idx = (int64_t)floor(genrand_double(s) * (double)n);
            AwValue item = ops_getitem(vm, a[1], value_from_small(idx));
            if (item == AW_ERR || list_append(vm, out, item) != AW_OK) result = AW_ERR;
        }
        gc_pop_roots(vm, 1);
        return result;
    }
    if (cum != AW_NONE && weights != AW_NONE)
        return vm_raise(vm, &aw_exc_TypeError, "Cannot specify both weights and cumulative weights");
    AwValue list = cum != AW_NONE ? list_from_iterable(vm, cum) : accumulate(vm, weights);
    if (list == AW_ERR) {
        if (cum == AW_NONE && int_check(weights) && vm_exc_matches(vm, &aw_exc_TypeError)) {
            vm_exc_clear(vm);
            return vm_raise(vm, &aw_exc_TypeError, "The number of choices must be a keyword argument: k=%lld",
                            (long long)value_as_small(weights));
        }
        return AW_ERR;
    }
    if (gc_push_root(vm, list) != AW_OK) return AW_ERR;
    AwValue r = choices_weighted(vm, s, a[1], n, AW_LIST(list), k);
    gc_pop_roots(vm, 1);
    return r;
}

/* sample's choice between a pool copy and a set of taken indices (random.py's rule). */
static bool sample_uses_pool(int64_t n, int64_t k) {
    double setsize = 21;
    if (k > 5) setsize += pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    return (double)n <= setsize;
}

static AwValue sample_pool(AwVM *vm, MTState *s, AwValue population, int64_t n, int64_t k, AwList *out) {
    AwValue pool_v = list_from_iterable(vm, population);
    if (pool_v == AW_ERR || gc_push_root(vm, pool_v) != AW_OK) return AW_ERR;
    AwList *pool = AW_LIST(pool_v);
    AwValue result = value_from_ptr(out);
    for (int64_t i = 0; i < k; i++) {
        int64_t j = (int64_t)randbelow64(s, (uint64_t)(n - i));
        if (pool->len < n || list_append(vm, out, pool->items[j]) != AW_OK) {
            if (pool->len < n) vm_raise(vm, &aw_exc_RuntimeError, "sample population changed size");
            result = AW_ERR;
            break;
        }
        pool->items[j] = pool->items[n - i - 1];
    }
    gc_pop_roots(vm, 1);
    return result;
}

static AwValue sample_set(AwVM *vm, MTState *s, AwValue population, int64_t n, int64_t k, AwList *out) {
    AwSet *selected = set_new(vm, &aw_type_set);
    if (!selected || gc_push_root(vm, value_from_ptr(selected)) != AW_OK) return AW_ERR;
    AwValue result = value_from_ptr(out);
    for (int64_t i = 0; i < k && result != AW_ERR; i++) {
        AwValue j = value_from_small((int64_t)randbelow64(s, (uint64_t)n));
        int taken;
        while ((taken = set_contains(vm, selected, j)) == 1) j = value_from_small((int64_t)randbelow64(s, (uint64_t)n));
        AwValue item = taken < 0 || set_add(vm, selected, j) != AW_OK ? AW_ERR : ops_getitem(vm, population, j);
        if (item == AW_ERR || list_append(vm, out, item) != AW_OK) result = AW_ERR;
    }
    gc_pop_roots(vm, 1);
    return result;
}

static AwValue sample_core(AwVM *vm, MTState *s, AwValue population, int64_t n, int64_t k) {
    if (k < 0 || k > n) return vm_raise(vm, &aw_exc_ValueError, "Sample larger than population or is negative");
    AwList *out = list_new(vm, k);
    if (!out || gc_push_root(vm, value_from_ptr(out)) != AW_OK) return AW_ERR;
    AwValue r = sample_uses_pool(n, k) ? sample_pool(vm, s, population, n, k, out)
                                       : sample_set(vm, s, population, n, k, out);
    gc_pop_roots(vm, 1);
    return r;
}

/* sample(population, k, counts=...): a sample of range(total) mapped through the counts. */
static AwValue sample_counts(AwVM *vm, MTState *s, AwValue population, int64_t n, AwValue counts, int64_t k) {
    AwValue cum = accumulate(vm, counts);
    if (cum == AW_ERR || gc_push_root(vm, cum) != AW_OK) return AW_ERR;
    AwList *c = AW_LIST(cum);
    AwValue result = AW_ERR;
    int64_t total;
    if (c->len != n) vm_raise(vm, &aw_exc_ValueError, "The number of counts does not match the population");
    else if (n == 0) vm_raise(vm, &aw_exc_IndexError, "pop from empty list");
    else if (!int_check(c->items[--c->len])) vm_raise(vm, &aw_exc_TypeError, "Counts must be integers");
    else if (int_to_i64(vm, c->items[c->len], &total) != AW_OK) {}
    else if (total <= 0) vm_raise(vm, &aw_exc_ValueError, "Total of counts must be greater than zero");
    else {
        AwValue tv = value_from_small(total);
        AwValue range = vm_call(vm, value_from_ptr(&aw_type_range), 1, &tv, NULL);
        AwValue picks = range == AW_ERR ? AW_ERR : sample_core(vm, s, range, total, k);
        if (picks != AW_ERR && gc_push_root(vm, picks) == AW_OK) {
            AwList *p = AW_LIST(picks);
            result = picks;
            for (int64_t i = 0; i < p->len && result != AW_ERR; i++) {
                int64_t idx = bisect_right(vm, c, p->items[i], c->len);
                AwValue item = idx < 0 ? AW_ERR : ops_getitem(vm, population, value_from_small(idx));
                if (item == AW_ERR) result = AW_ERR;
                else p->items[i] = item;
            }
            gc_pop_roots(vm, 1);
        }
    }
    gc_pop_roots(vm, 1);
    return result;
}

static AwValue python_method(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw);

static bool is_sequence(AwValue v) {
    return value_is_instance(v, &aw_type_list) || value_is_instance(v, &aw_type_tuple)
           || value_is_instance(v, &aw_type_str) || value_is_instance(v, &aw_type_range)
           || value_is_instance(v, &aw_type_bytes);
}

static AwValue m_sample(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "population", "k", "counts", NULL};
    AwValue a[4];
    int64_t n, k;
    if (args_parse(vm, "sample", argc, argv, kwnames, names, 3, 3, a) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, a[0]);
    if (!s) return AW_ERR;
    if (!is_sequence(a[1]))   /* any collections.abc.Sequence, or CPython's TypeError */
        return python_method(vm, "sample", argc, argv, kwnames);
    if (ops_len(vm, a[1], &n) != AW_OK || args_int(vm, a[2], &k) != AW_OK) return AW_ERR;
    if (a[3] != AW_EMPTY && a[3] != AW_NONE) return sample_counts(vm, s, a[1], n, a[3], k);
    return sample_core(vm, s, a[1], n, k);
}

/* ---- methods: real-valued distributions --------------------------------------------------- */

/* Reads optional float parameters: out[i] = argument i, or defaults[i] when absent. */
static AwStatus float_params(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames,
                             const char *const *names, int required, const double *defaults, double *out) {
    AwValue a[4];
    if (args_parse(vm, fname, argc, argv, kwnames, names, required, 4, a) != AW_OK) return AW_ERROR;
    for (int i = 1; names[i]; i++) {
        if (a[i] == AW_EMPTY || (a[i] == AW_NONE && defaults)) out[i - 1] = defaults[i - 1];
        else if (float_as_double(vm, a[i], &out[i - 1]) != AW_OK) return AW_ERROR;
    }
    return AW_OK;
}

static AwValue m_uniform(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "a", "b", NULL};
    AwValue a[3];
    if (args_parse(vm, "uniform", argc, argv, kwnames, names, 3, 3, a) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, a[0]);
    if (!s) return AW_ERR;
    double r = genrand_double(s);
    if (value_is_int(a[1]) && value_is_int(a[2]))
        return value_from_double((double)value_as_small(a[1]) + (double)(value_as_small(a[2]) - value_as_small(a[1])) * r);
    double lo, hi;
    if (float_as_double(vm, a[1], &lo) != AW_OK || float_as_double(vm, a[2], &hi) != AW_OK) return AW_ERR;
    return value_from_double(lo + (hi - lo) * r);
}

static AwValue m_triangular(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "low", "high", "mode", NULL};
    static const double defaults[] = {0.0, 1.0, NAN};
    double p[3];
    if (float_params(vm, "triangular", argc, argv, kwnames, names, 1, defaults, p) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    double low = p[0], high = p[1], u = genrand_double(s);
    if (!isnan(p[2]) && high == low) return value_from_double(low);
    double c = isnan(p[2]) ? 0.5 : (p[2] - low) / (high - low);
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return value_from_double(low + (high - low) * sqrt(u * c));
}

static AwValue m_gauss(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "mu", "sigma", NULL};
    static const double defaults[] = {0.0, 1.0};
    double p[2];
    if (float_params(vm, "gauss", argc, argv, kwnames, names, 1, defaults, p) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    AwValue next = get_gauss_next(vm, argv[0]);
    double z;
    if (set_gauss_next(vm, argv[0], AW_NONE) != AW_OK) return AW_ERR;
    if (next == AW_NONE) {
        double x2pi = genrand_double(s) * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - genrand_double(s)));
        z = cos(x2pi) * g2rad;
        if (set_gauss_next(vm, argv[0], value_from_double(sin(x2pi) * g2rad)) != AW_OK) return AW_ERR;
    } else if (float_as_double(vm, next, &z) != AW_OK) {
        return AW_ERR;
    }
    return value_from_double(p[0] + z * p[1]);
}

static double normal_variate(MTState *s, double mu, double sigma) {
    const double nv_magic = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = genrand_double(s);
        double u2 = 1.0 - genrand_double(s);
        z = nv_magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) break;
    }
    return mu + z * sigma;
}

static AwValue m_normalvariate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "mu", "sigma", NULL};
    static const double defaults[] = {0.0, 1.0};
    double p[2];
    if (float_params(vm, "normalvariate", argc, argv, kwnames, names, 1, defaults, p) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    return s ? value_from_double(normal_variate(s, p[0], p[1])) : AW_ERR;
}

static AwValue m_lognormvariate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "mu", "sigma", NULL};
    double p[2];
    if (float_params(vm, "lognormvariate", argc, argv, kwnames, names, 3, NULL, p) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    return s ? value_from_double(exp(normal_variate(s, p[0], p[1]))) : AW_ERR;
}

static AwValue m_expovariate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "lambd", NULL};
    double p[1];
    if (float_params(vm, "expovariate", argc, argv, kwnames, names, 2, NULL, p) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    double u = genrand_double(s);
    if (p[0] == 0.0) return vm_raise(vm, &aw_exc_ZeroDivisionError, "float division by zero");
    return value_from_double(-log(1.0 - u) / p[0]);
}

static AwValue m_paretovariate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "alpha", NULL};
    double p[1];
    if (float_params(vm, "paretovariate", argc, argv, kwnames, names, 2, NULL, p) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    double u = 1.0 - genrand_double(s);
    if (p[0] == 0.0) return vm_raise(vm, &aw_exc_ZeroDivisionError, "float division by zero");
    return value_from_double(pow(u, -1.0 / p[0]));
}

static AwValue m_weibullvariate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "alpha", "beta", NULL};
    double p[2];
    if (float_params(vm, "weibullvariate", argc, argv, kwnames, names, 3, NULL, p) != AW_OK) return AW_ERR;
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    double u = 1.0 - genrand_double(s);
    if (p[1] == 0.0) return vm_raise(vm, &aw_exc_ZeroDivisionError, "float division by zero");
    return value_from_double(p[0] * pow(-log(u), 1.0 / p[1]));
}

/* Python's float x % m for m > 0. */
static double float_mod(double x, double m) {
    double r = fmod(x, m);
    if (r != 0.0 && r < 0.0) r += m;
    return r == 0.0 ? 0.0 : r;
}

static AwValue m_vonmisesvariate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "mu", "kappa", NULL};
    double p[2];
    if (float_params(vm, "vonmisesvariate", argc, argv, kwnames, names, 3, NULL, p) != AW_OK) return AW_ERR;
    MTState *st = state_of(vm, argv[0]);
    if (!st) return AW_ERR;
    double mu = p[0], kappa = p[1];
    if (kappa <= 1e-6) return value_from_double(2.0 * M_PI * genrand_double(st));
    double s = 0.5 / kappa, r = s + sqrt(1.0 + s * s), z;
    for (;;) {
        double u1 = genrand_double(st);
        z = cos(M_PI * u1);
        double d = z / (r + z), u2 = genrand_double(st);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    double q = 1.0 / r, f = (q + z) / (1.0 + q * z), u3 = genrand_double(st);
    return value_from_double(u3 > 0.5 ? float_mod(mu + acos(f), 2.0 * M_PI) : float_mod(mu - acos(f), 2.0 * M_PI));
}

/* random.py's gammavariate: Cheng's method for alpha > 1, Kennedy & Gentle's GS below 1. */
static double gamma_variate(MTState *s, double alpha, double beta) {
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log(4.0), ccc = alpha + ainv;
        for (;;) {
            double u1 = genrand_double(s);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - genrand_double(s);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v);
            double z = u1 * u1 * u2, r = bbb + ccc * v - x;
            if (r + (1.0 + log(4.5)) - 4.5 * z >= 0.0 || r >= log(z)) return x * beta;
        }
    }
    if (alpha == 1.0) return -log(1.0 - genrand_double(s)) * beta;
    double x;
    for (;;) {
        double u = genrand_double(s), b = (M_E + alpha) / M_E, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = genrand_double(s);
        if (p > 1.0 ? u1 <= pow(x, alpha - 1.0) : u1 <= exp(-x)) break;
    }
    return x * beta;
}

static AwValue m_gammavariate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "alpha", "beta", NULL};
    double p[2];
    if (float_params(vm, "gammavariate", argc, argv, kwnames, names, 3, NULL, p) != AW_OK) return AW_ERR;
    if (p[0] <= 0.0 || p[1] <= 0.0) return vm_raise(vm, &aw_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    MTState *s = state_of(vm, argv[0]);
    return s ? value_from_double(gamma_variate(s, p[0], p[1])) : AW_ERR;
}

static AwValue m_betavariate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    static const char *const names[] = {"self", "alpha", "beta", NULL};
    double p[2];
    if (float_params(vm, "betavariate", argc, argv, kwnames, names, 3, NULL, p) != AW_OK) return AW_ERR;
    if (p[0] <= 0.0 || p[1] <= 0.0) return vm_raise(vm, &aw_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    double y = gamma_variate(s, p[0], 1.0);
    return value_from_double(y != 0.0 ? y / (y + gamma_variate(s, p[1], 1.0)) : 0.0);
}

/* ---- SystemRandom ------------------------------------------------------------------------- */

static AwValue m_sys_init(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_no_kwargs(vm, "SystemRandom", kwnames) != AW_OK) return AW_ERR;
    if (argc > 2) return vm_raise(vm, &aw_exc_TypeError, "SystemRandom() takes at most 1 argument (%d given)", argc - 1);
    MTState *s = state_of(vm, argv[0]);
    if (!s) return AW_ERR;
    s->system = 1;
    return set_gauss_next(vm, argv[0], AW_NONE) == AW_OK ? AW_NONE : AW_ERR;
}

static AwValue m_sys_seed(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { return AW_NONE; }

static AwValue m_sys_nostate(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    return vm_raise(vm, &aw_exc_NotImplementedError, "System entropy source does not have state.");
}

/* ---- subclasses and instances that override random() or getrandbits() --------------------- */

/* Random's own random and getrandbits (natives in its dict, which keeps them alive), and
 * their names (interned strings live until exit). */
static AwValue native_random_fn, native_getrandbits_fn;
static AwStr *name_random, *name_getrandbits;
static uint64_t override_bits;   /* their bits in a class's instance-name filter */

/* True when self's class or instance replaces random() or getrandbits(): CPython's methods
 * then draw through them, so aw's must too (the C fast paths use the generator directly). */
static bool draws_overridden(AwVM *vm, AwValue self) {
    AwStr *rnd = name_random, *bits = name_getrandbits;
    AwType *t = type_of(self);
    if (type_lookup(t, rnd) != native_random_fn || type_lookup(t, bits) != native_getrandbits_fn) return true;
    /* no instance of this class ever stored either name: no instance dict lookup needed */
    if (class_tracks_instance_names(t) && !(t->instance_names & override_bits)) return false;
    AwDict *d = object_dict(vm, self);
    return d && (dict_get_str(d, rnd) != AW_EMPTY || dict_get_str(d, bits) != AW_EMPTY);
}

/* The method `name` of CPython's pure-Python Random (the frozen _random_py module) applied to
 * the arguments (self first). */
static AwValue python_method(AwVM *vm, const char *name, int argc, const AwValue *argv, AwTuple *kw) {
    AwStr *modname = str_intern_cstr(vm, "_random_py"), *attr = str_intern_cstr(vm, name);
    AwValue mod = modname && attr ? vm_import(vm, modname, AW_NONE, NULL) : AW_ERR;
    AwValue fn = mod == AW_ERR ? AW_ERR : ops_getattr(vm, mod, attr);
    return fn == AW_ERR ? AW_ERR : vm_call(vm, fn, argc, argv, kw);
}

#define DRAWS_VIA_SELF(name)                                                                    \
    static AwValue o_##name(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {             \
        if (argc >= 1 && draws_overridden(vm, argv[0])) return python_method(vm, #name, argc, argv, kw); \
        return m_##name(vm, argc, argv, kw);                                                    \
    }
DRAWS_VIA_SELF(randbytes)
DRAWS_VIA_SELF(randrange)
DRAWS_VIA_SELF(randint)
DRAWS_VIA_SELF(choice)
DRAWS_VIA_SELF(choices)
DRAWS_VIA_SELF(shuffle)
DRAWS_VIA_SELF(sample)
DRAWS_VIA_SELF(uniform)
DRAWS_VIA_SELF(triangular)
DRAWS_VIA_SELF(gauss)
DRAWS_VIA_SELF(normalvariate)
DRAWS_VIA_SELF(lognormvariate)
DRAWS_VIA_SELF(expovariate)
DRAWS_VIA_SELF(paretovariate)
DRAWS_VIA_SELF(weibullvariate)
DRAWS_VIA_SELF(vonmisesvariate)
DRAWS_VIA_SELF(gammavariate)
DRAWS_VIA_SELF(betavariate)
#undef DRAWS_VIA_SELF

/* ---- the module --------------------------------------------------------------------------- */

static const AwMethodDef random_methods[] = {
    {"__init__", m_init, AW_METH_DEFAULT},
    {"seed", m_seed, AW_METH_DEFAULT},
    {"random", m_random, AW_METH_DEFAULT},
    {"getrandbits", m_getrandbits, AW_METH_DEFAULT},
    {"randbytes", o_randbytes, AW_METH_DEFAULT},
    {"getstate", m_getstate, AW_METH_DEFAULT},
    {"setstate", m_setstate, AW_METH_DEFAULT},
    {"randrange", o_randrange, AW_METH_DEFAULT},
    {"randint", o_randint, AW_METH_DEFAULT},
    {"choice", o_choice, AW_METH_DEFAULT},
    {"choices", o_choices, AW_METH_DEFAULT},
    {"shuffle", o_shuffle, AW_METH_DEFAULT},
    {"sample", o_sample, AW_METH_DEFAULT},
    {"uniform", o_uniform, AW_METH_DEFAULT},
    {"triangular", o_triangular, AW_METH_DEFAULT},
    {"gauss", o_gauss, AW_METH_DEFAULT},
    {"normalvariate", o_normalvariate, AW_METH_DEFAULT},
    {"lognormvariate", o_lognormvariate, AW_METH_DEFAULT},
    {"expovariate", o_expovariate, AW_METH_DEFAULT},
    {"paretovariate", o_paretovariate, AW_METH_DEFAULT},
    {"weibullvariate", o_weibullvariate, AW_METH_DEFAULT},
    {"vonmisesvariate", o_vonmisesvariate, AW_METH_DEFAULT},
    {"gammavariate", o_gammavariate, AW_METH_DEFAULT},
    {"betavariate", o_betavariate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static const AwMethodDef system_random_methods[] = {
    {"__init__", m_sys_init, AW_METH_DEFAULT},
    {"seed", m_sys_seed, AW_METH_DEFAULT},
    {"getstate", m_sys_nostate, AW_METH_DEFAULT},
    {"setstate", m_sys_nostate, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

/* class Random (or SystemRandom): a heap class whose methods are natives (owner set so they
 * bind). */
static AwType *make_class(AwVM *vm, const char *cname, AwType *base, const AwMethodDef *methods) {
    AwDict *ns = dict_new(vm);
    AwStr *mod = str_intern_cstr(vm, "random"), *name = str_intern_cstr(vm, cname);
    AwTuple *bases = tuple_from(vm, 1, (AwValue[]){value_from_ptr(base)});
    if (!ns || !mod || !name || !bases) return NULL;
    if (dict_set_str(vm, ns, AW_NAME(vm, __module__), value_from_ptr(mod)) != AW_OK) return NULL;
    for (const AwMethodDef *m = methods; m->name; m++) {
        AwNative *fn = native_new(vm, m->name, m->fn, m->flags, NULL);
        if (!fn || dict_set_cstr(vm, ns, m->name, value_from_ptr(fn)) != AW_OK) return NULL;
    }
    if (gc_push_root(vm, value_from_ptr(ns)) != AW_OK) return NULL;
    AwValue cls = class_new(vm, &aw_type_type, name, bases, ns);
    gc_pop_roots(vm, 1);
    if (cls == AW_ERR) return NULL;
    AwType *t = (AwType *)value_as_ptr(cls);
    int64_t pos = 0;
    AwValue k, v;
    while (dict_next(t->dict, &pos, &k, &v))
        if (value_is_type(v, &aw_type_native)) AW_NATIVE(v)->owner = t;
    return t;
}

AwModule *random_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "random");
    if (!mod) return NULL;
    random_class = make_class(vm, "Random", &aw_type_object, random_methods);
    if (!random_class || module_add_value(vm, mod, "Random", value_from_ptr(random_class)) != AW_OK) return NULL;
    name_random = str_intern_cstr(vm, "random");
    name_getrandbits = str_intern_cstr(vm, "getrandbits");
    if (!name_random || !name_getrandbits) return NULL;
    override_bits = ((uint64_t)1 << class_name_bit(name_random)) | ((uint64_t)1 << class_name_bit(name_getrandbits));
    native_random_fn = dict_get_str(random_class->dict, name_random);
    native_getrandbits_fn = dict_get_str(random_class->dict, name_getrandbits);
    AwType *system = make_class(vm, "SystemRandom", random_class, system_random_methods);
    if (!system || module_add_value(vm, mod, "SystemRandom", value_from_ptr(system)) != AW_OK) return NULL;
    static const struct { const char *name; double value; } consts[] = {
        {"NV_MAGICCONST", 1.7155277699214135}, {"TWOPI", 6.283185307179586}, {"LOG4", 1.3862943611198906},
        {"SG_MAGICCONST", 2.504077396776274}, {"RECIP_BPF", 1.1102230246251565e-16},
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add_value(vm, mod, consts[i].name, value_from_double(consts[i].value)) != AW_OK) return NULL;
    if (module_add_value(vm, mod, "BPF", value_from_small(53)) != AW_OK) return NULL;
    static const char *const all[] = {
        "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss",
        "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint",
        "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
        "vonmisesvariate", "weibullvariate",
    };
    AwList *names = list_new(vm, 0);
    if (!names || module_add_value(vm, mod, "__all__", value_from_ptr(names)) != AW_OK) return NULL;
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        AwStr *n = str_intern_cstr(vm, all[i]);
        if (!n || list_append(vm, names, value_from_ptr(n)) != AW_OK) return NULL;
    }
    AwValue inst = vm_call(vm, value_from_ptr(random_class), 0, NULL, NULL);
    if (inst == AW_ERR || module_add_value(vm, mod, "_inst", inst) != AW_OK) return NULL;
    for (const AwMethodDef *m = random_methods + 1; m->name; m++) {
        AwValue fn = dict_get_str(random_class->dict, str_intern_cstr(vm, m->name));
        AwValue bound = fn == AW_EMPTY ? AW_ERR : value_is_type(fn, &aw_type_native) ? native_bind(vm, fn, inst) : method_new(vm, fn, inst);
        if (bound == AW_ERR || module_add_value(vm, mod, m->name, bound) != AW_OK) return NULL;
    }
    return mod;
}
