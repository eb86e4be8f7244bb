/* hashlib.c — the `_hashlib` module, the native core of hashlib.py: MD5 (RFC 1321), SHA-1,
 * SHA-224/256 and SHA-384/512 (FIPS 180-4), SHA-3 and SHAKE (FIPS 202), BLAKE2b and BLAKE2s
 * (RFC 7693; digest size, key, salt and person), written from the specifications.
 *
 *   new(name, data=b'') -> a HASH object (name as hashlib spells it, case-insensitive)
 *   compare_digest(a, b) -> bool, for hmac and secrets
 *   HASH: update(data), digest(), hexdigest(), copy(), name, digest_size, block_size, and
 *   CPython's repr "<md5 _hashlib.HASH object @ 0x...>".
 * Three families share the object: Merkle-Damgard (MD5, SHA-1, SHA-2: a compression function
 * and one padding, MD5 only differing in byte order), the Keccak sponge (SHA-3, SHAKE: the
 * block is the rate) and BLAKE2 (the last block is compressed with a flag, so a full buffer
 * is kept until more data comes). Hashing never runs aw code, so nothing here needs GC roots.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

typedef struct {
    uint32_t h32[8];      /* MD5, SHA-1, SHA-256, BLAKE2s chaining state */
    uint64_t h64[8];      /* SHA-512, BLAKE2b chaining state */
    uint64_t lanes[25];   /* Keccak state (SHA-3, SHAKE) */
} HashState;

enum { FAMILY_MD, FAMILY_SHA3, FAMILY_SHAKE, FAMILY_BLAKE2B, FAMILY_BLAKE2S };

/* One algorithm. */
typedef struct {
    const char *name;            /* hashlib's name */
    int digest_size;             /* bytes of the digest */
    int block_size;              /* bytes of a block */
    void (*init)(HashState *s);  /* the initial chaining value */
    void (*compress)(HashState *s, const uint8_t *block);
    bool little_endian;          /* MD5: length and output are little-endian */
    bool wide;                   /* state words are 64-bit (SHA-512 family) */
    int family;                  /* FAMILY_*: how data is fed and finished */
    const char *repr_module;     /* BLAKE2: CPython's module of its own type ("_blake2"), for repr */
} HashAlgo;

/* A HASH object. */
typedef struct {
    AwObject obj;            /* header */
    const HashAlgo *algo;    /* its algorithm */
    HashState state;         /* chaining state */
    uint8_t buf[168];        /* the partial block (up to SHAKE128's rate) */
    uint32_t buflen;         /* bytes in buf */
    uint64_t total;          /* bytes hashed so far (BLAKE2: compressed so far) */
    int digest_size;         /* bytes of the digest (BLAKE2's is chosen) */
} HashObj;

static inline uint32_t rol32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static inline uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }
static inline uint32_t load_be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static inline uint32_t load_le32(const uint8_t *p) { return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0]; }
static inline uint64_t load_be64(const uint8_t *p) { return (uint64_t)load_be32(p) << 32 | load_be32(p + 4); }

/* ---- MD5 ---- */

static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const uint8_t md5_r[64] = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
};

static void md5_init(HashState *s) {
    static const uint32_t iv[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    memcpy(s->h32, iv, sizeof iv);
}

static void md5_compress(HashState *s, const uint8_t *block) {
    uint32_t m[16], a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3];
    for (int i = 0; i < 16; i++) m[i] = load_le32(block + 4 * i);
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) f = (b & c) | (~b & d), g = i;
        else if (i < 32) f = (d & b) | (~d & c), g = (5 * i + 1) & 15;
        else if (i < 48) f = b ^ c ^ d, g = (3 * i + 5) & 15;
        else f = c ^ (b | ~d), g = (7 * i) & 15;
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol32(a + f + md5_k[i] + m[g], md5_r[i]);
        a = t;
    }
    s->h32[0] += a, s->h32[1] += b, s->h32[2] += c, s->h32[3] += d;
}

/* ---- SHA-1 ---- */

static void sha1_init(HashState *s) {
    static const uint32_t iv[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};
    memcpy(s->h32, iv, sizeof iv);
}

static void sha1_compress(HashState *s, const uint8_t *block) {
    uint32_t w[80], a = s->h32[0], b = s->h32[1], c = s->h32[2], d = s->h32[3], e = s->h32[4];
    for (int i = 0; i < 16; i++) w[i] = load_be32(block + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) f = (b & c) | (~b & d), k = 0x5a827999;
        else if (i < 40) f = b ^ c ^ d, k = 0x6ed9eba1;
        else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8f1bbcdc;
        else f = b ^ c ^ d, k = 0xca62c1d6;
        uint32_t t = rol32(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rol32(b, 30), b = a, a = t;
    }
    s->h32[0] += a, s->h32[1] += b, s->h32[2] += c, s->h32[3] += d, s->h32[4] += e;
}

/* ---- SHA-224 / SHA-256 ---- */

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_init(HashState *s) {
    static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(s->h32, iv, sizeof iv);
}

static void sha224_init(HashState *s) {
    static const uint32_t iv[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    memcpy(s->h32, iv, sizeof iv);
}

static void sha256_compress(HashState *s, const uint8_t *block) {
    uint32_t w[64], v[8];
    for (int i = 0; i < 16; i++) w[i] = load_be32(block + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, s->h32, sizeof v);
    for (int i = 0; i < 64; i++) {
        uint32_t s1 = ror32(v[4], 6) ^ ror32(v[4], 11) ^ ror32(v[4], 25);
        uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint32_t t1 = v[7] + s1 + ch + sha256_k[i] + w[i];
        uint32_t s0 = ror32(v[0], 2) ^ ror32(v[0], 13) ^ ror32(v[0], 22);
        uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        memmove(v + 1, v, 7 * sizeof *v);
        v[4] += t1;
        v[0] = t1 + s0 + maj;
    }
    for (int i = 0; i < 8; i++) s->h32[i] += v[i];
}

/* ---- SHA-384 / SHA-512 ---- */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};

static void sha512_init(HashState *s) {
    static const uint64_t iv[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                                   0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
    memcpy(s->h64, iv, sizeof iv);
}

static void sha384_init(HashState *s) {
    static const uint64_t iv[8] = {0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                                   0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4};
    memcpy(s->h64, iv, sizeof iv);
}

static void sha512_compress(HashState *s, const uint8_t *block) {
    uint64_t w[80], v[8];
    for (int i = 0; i < 16; i++) w[i] = load_be64(block + 8 * i);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    memcpy(v, s->h64, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint64_t s1 = ror64(v[4], 14) ^ ror64(v[4], 18) ^ ror64(v[4], 41);
        uint64_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
        uint64_t t1 = v[7] + s1 + ch + sha512_k[i] + w[i];
        uint64_t s0 = ror64(v[0], 28) ^ ror64(v[0], 34) ^ ror64(v[0], 39);
        uint64_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        memmove(v + 1, v, 7 * sizeof *v);
        v[4] += t1;
        v[0] = t1 + s0 + maj;
    }
    for (int i = 0; i < 8; i++) s->h64[i] += v[i];
}

/* ---- Keccak-f[1600] (SHA-3, SHAKE) ---- */

static const uint64_t keccak_rc[24] = {
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000, 0x000000000000808b,
    0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008a, 0x0000000000000088,
    0x0000000080008009, 0x000000008000000a, 0x000000008000808b, 0x800000000000008b, 0x8000000000008089,
    0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
};
static const uint8_t keccak_rot[24] = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
static const uint8_t keccak_pi[24] = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};

static inline uint64_t rol64(uint64_t x, int n) { return (x << n) | (x >> (64 - n)); }

static void keccak_permute(uint64_t st[25]) {
    for (int round = 0; round < 24; round++) {
        uint64_t bc[5], t;
        for (int i = 0; i < 5; i++) bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
        for (int i = 0; i < 5; i++) {
            t = bc[(i + 4) % 5] ^ rol64(bc[(i + 1) % 5], 1);
            for (int j = 0; j < 25; j += 5) st[j + i] ^= t;
        }
        t = st[1];
        for (int i = 0; i < 24; i++) {
            int j = keccak_pi[i];
            uint64_t next = st[j];
            st[j] = rol64(t, keccak_rot[i]);
            t = next;
        }
        for (int j = 0; j < 25; j += 5) {
            for (int i = 0; i < 5; i++) bc[i] = st[j + i];
            for (int i = 0; i < 5; i++) st[j + i] ^= ~bc[(i + 1) % 5] & bc[(i + 2) % 5];
        }
        st[0] ^= keccak_rc[round];
    }
}

static void keccak_init(HashState *s) { memset(s->lanes, 0, sizeof s->lanes); }

/* Absorbs one rate-sized block (the block size of the algorithm). */
static void keccak_absorb(uint64_t st[25], const uint8_t *block, int rate) {
    for (int i = 0; i < rate; i++) st[i / 8] ^= (uint64_t)block[i] << (8 * (i % 8));
    keccak_permute(st);
}

/* ---- BLAKE2b / BLAKE2s ---- */

static const uint8_t blake2_sigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};
static const uint64_t blake2b_iv[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                                       0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
static const uint32_t blake2s_iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

static inline uint64_t load_le64(const uint8_t *p) { return (uint64_t)load_le32(p + 4) << 32 | load_le32(p); }

#define BLAKE2_G(v, a, b, c, d, x, y, r1, r2, r3, r4, ror) do { \
        v[a] = v[a] + v[b] + (x); v[d] = ror(v[d] ^ v[a], r1); \
        v[c] = v[c] + v[d]; v[b] = ror(v[b] ^ v[c], r2); \
        v[a] = v[a] + v[b] + (y); v[d] = ror(v[d] ^ v[a], r3); \
        v[c] = v[c] + v[d]; v[b] = ror(v[b] ^ v[c], r4); \
    } while (0)

/* One BLAKE2 compression; t is the byte count so far including this block. */
#define BLAKE2_COMPRESS(W, h, iv, load, block, t, last, rounds, r1, r2, r3, r4, ror) do { \
        W m[16], v[16]; \
        for (int i_ = 0; i_ < 16; i_++) m[i_] = load((block) + i_ * sizeof(W)); \
        for (int i_ = 0; i_ < 8; i_++) v[i_] = (h)[i_], v[i_ + 8] = (iv)[i_]; \
        v[12] ^= (W)(t); \
        v[13] ^= (W)(sizeof(W) == 8 ? 0 : (uint64_t)(t) >> 32); \
        if (last) v[14] = ~v[14]; \
        for (int r_ = 0; r_ < (rounds); r_++) { \
            const uint8_t *s_ = blake2_sigma[r_]; \
            BLAKE2_G(v, 0, 4, 8, 12, m[s_[0]], m[s_[1]], r1, r2, r3, r4, ror); \
            BLAKE2_G(v, 1, 5, 9, 13, m[s_[2]], m[s_[3]], r1, r2, r3, r4, ror); \
            BLAKE2_G(v, 2, 6, 10, 14, m[s_[4]], m[s_[5]], r1, r2, r3, r4, ror); \
            BLAKE2_G(v, 3, 7, 11, 15, m[s_[6]], m[s_[7]], r1, r2, r3, r4, ror); \
            BLAKE2_G(v, 0, 5, 10, 15, m[s_[8]], m[s_[9]], r1, r2, r3, r4, ror); \
            BLAKE2_G(v, 1, 6, 11, 12, m[s_[10]], m[s_[11]], r1, r2, r3, r4, ror); \
            BLAKE2_G(v, 2, 7, 8, 13, m[s_[12]], m[s_[13]], r1, r2, r3, r4, ror); \
            BLAKE2_G(v, 3, 4, 9, 14, m[s_[14]], m[s_[15]], r1, r2, r3, r4, ror); \
        } \
        for (int i_ = 0; i_ < 8; i_++) (h)[i_] ^= v[i_] ^ v[i_ + 8]; \
    } while (0)

static void blake2b_compress(HashState *s, const uint8_t *block, uint64_t t, bool last) {
    BLAKE2_COMPRESS(uint64_t, s->h64, blake2b_iv, load_le64, block, t, last, 12, 32, 24, 16, 63, ror64);
}

static void blake2s_compress(HashState *s, const uint8_t *block, uint64_t t, bool last) {
    BLAKE2_COMPRESS(uint32_t, s->h32, blake2s_iv, load_le32, block, t, last, 10, 16, 12, 8, 7, ror32);
}

static void blake2b_init(HashState *s) { memcpy(s->h64, blake2b_iv, sizeof blake2b_iv); }
static void blake2s_init(HashState *s) { memcpy(s->h32, blake2s_iv, sizeof blake2s_iv); }

static const HashAlgo algos[] = {
    {"md5", 16, 64, md5_init, md5_compress, true, false, FAMILY_MD, NULL},
    {"sha1", 20, 64, sha1_init, sha1_compress, false, false, FAMILY_MD, NULL},
    {"sha224", 28, 64, sha224_init, sha256_compress, false, false, FAMILY_MD, NULL},
    {"sha256", 32, 64, sha256_init, sha256_compress, false, false, FAMILY_MD, NULL},
    {"sha384", 48, 128, sha384_init, sha512_compress, false, true, FAMILY_MD, NULL},
    {"sha512", 64, 128, sha512_init, sha512_compress, false, true, FAMILY_MD, NULL},
    {"sha3_224", 28, 144, keccak_init, NULL, true, true, FAMILY_SHA3, NULL},
    {"sha3_256", 32, 136, keccak_init, NULL, true, true, FAMILY_SHA3, NULL},
    {"sha3_384", 48, 104, keccak_init, NULL, true, true, FAMILY_SHA3, NULL},
    {"sha3_512", 64, 72, keccak_init, NULL, true, true, FAMILY_SHA3, NULL},
    {"shake_128", 0, 168, keccak_init, NULL, true, true, FAMILY_SHAKE, NULL},
    {"shake_256", 0, 136, keccak_init, NULL, true, true, FAMILY_SHAKE, NULL},
    {"blake2b", 64, 128, blake2b_init, NULL, true, true, FAMILY_BLAKE2B, "_blake2"},
    {"blake2s", 32, 64, blake2s_init, NULL, true, false, FAMILY_BLAKE2S, "_blake2"},
};

/* ---- streaming ---- */

static void blake2_compress(HashObj *h, const uint8_t *block, bool last) {
    if (h->algo->family == FAMILY_BLAKE2B) blake2b_compress(&h->state, block, h->total, last);
    else blake2s_compress(&h->state, block, h->total, last);
}

/* BLAKE2 keeps a full last block until more data shows it was not the last. */
static void blake2_feed(HashObj *h, const uint8_t *data, size_t len) {
    size_t bs = (size_t)h->algo->block_size;
    while (len) {
        if (h->buflen == bs) {
            h->total += bs;
            blake2_compress(h, h->buf, false);
            h->buflen = 0;
        }
        size_t take = bs - h->buflen < len ? bs - h->buflen : len;
        memcpy(h->buf + h->buflen, data, take);
        h->buflen += (uint32_t)take, data += take, len -= take;
    }
}

static void blake2_final(HashObj *c, uint8_t *out) {
    size_t bs = (size_t)c->algo->block_size;
    c->total += c->buflen;
    memset(c->buf + c->buflen, 0, bs - c->buflen);
    blake2_compress(c, c->buf, true);
    for (int i = 0; i < c->digest_size; i++)
        out[i] = c->algo->wide ? (uint8_t)(c->state.h64[i / 8] >> (8 * (i % 8))) : (uint8_t)(c->state.h32[i / 4] >> (8 * (i % 4)));
}

/* SHA-3 pads with the domain bits 01 (SHAKE: 1111), then squeezes n bytes. */
static void keccak_final(HashObj *c, uint8_t *out, size_t n) {
    int rate = c->algo->block_size;
    memset(c->buf + c->buflen, 0, (size_t)rate - c->buflen);
    c->buf[c->buflen] ^= c->algo->family == FAMILY_SHAKE ? 0x1f : 0x06;
    c->buf[rate - 1] ^= 0x80;
    keccak_absorb(c->state.lanes, c->buf, rate);
    for (size_t i = 0; i < n; i++) {
        if (i && i % (size_t)rate == 0) keccak_permute(c->state.lanes);
        size_t k = i % (size_t)rate;
        out[i] = (uint8_t)(c->state.lanes[k / 8] >> (8 * (k % 8)));
    }
}

static void hash_feed(HashObj *h, const uint8_t *data, size_t len) {
    if (h->algo->family == FAMILY_BLAKE2B || h->algo->family == FAMILY_BLAKE2S) { blake2_feed(h, data, len); return; }
    size_t bs = (size_t)h->algo->block_size;
    h->total += len;
    if (h->buflen) {
        size_t take = bs - h->buflen < len ? bs - h->buflen : len;
        memcpy(h->buf + h->buflen, data, take);
        h->buflen += (uint32_t)take, data += take, len -= take;
        if (h->buflen < bs) return;
        if (h->algo->compress) h->algo->compress(&h->state, h->buf);
        else keccak_absorb(h->state.lanes, h->buf, (int)bs);
        h->buflen = 0;
    }
    for (; len >= bs; data += bs, len -= bs) {
        if (h->algo->compress) h->algo->compress(&h->state, data);
        else keccak_absorb(h->state.lanes, data, (int)bs);
    }
    memcpy(h->buf, data, len);
    h->buflen = (uint32_t)len;
}

/* The first n bytes of the digest of what was fed (n is the digest size except for SHAKE),
 * from a copy of the state (the object can go on). */
static void hash_final(const HashObj *h, uint8_t *out, size_t n) {
    HashObj c = *h;
    const HashAlgo *a = c.algo;
    if (a->family == FAMILY_SHA3 || a->family == FAMILY_SHAKE) { keccak_final(&c, out, n); return; }
    if (a->family != FAMILY_MD) { blake2_final(&c, out); return; }
    size_t bs = (size_t)a->block_size, lenfield = a->wide ? 16 : 8;
    uint64_t bits = c.total * 8;
    c.buf[c.buflen++] = 0x80;
    if (c.buflen > bs - lenfield) {
        memset(c.buf + c.buflen, 0, bs - c.buflen);
        a->compress(&c.state, c.buf);
        c.buflen = 0;
    }
    memset(c.buf + c.buflen, 0, bs - c.buflen);
    for (int i = 0; i < 8; i++)
        c.buf[a->little_endian ? bs - 8 + i : bs - 1 - i] = (uint8_t)(bits >> (8 * i));
    a->compress(&c.state, c.buf);
    for (int i = 0; i < a->digest_size; i++) {
        if (a->wide) out[i] = (uint8_t)(c.state.h64[i / 8] >> (56 - 8 * (i % 8)));
        else if (a->little_endian) out[i] = (uint8_t)(c.state.h32[i / 4] >> (8 * (i % 4)));
        else out[i] = (uint8_t)(c.state.h32[i / 4] >> (24 - 8 * (i % 4)));
    }
}

/* ---- the HASH class ---- */

static HashObj *hash_self(AwVM *vm, AwValue v) {
    if (value_is_ptr(v) && type_of(v) == &aw_type_hashlib_hash) return AW_AS(HashObj, v);
    vm_raise(vm, &aw_exc_TypeError, "descriptor requires a '_hashlib.HASH' object but received a '%s'", ops_type_name(v));
    return NULL;
}

/* Feeds a bytes-like argument, with CPython's messages for the rest. */
static AwStatus hash_update_value(AwVM *vm, HashObj *h, AwValue data) {
    const char *p;
    int64_t len;
    if (value_is_instance(data, &aw_type_str))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "Strings must be encoded before hashing"));
    if (bytes_view(data, &p, &len)) {
        hash_feed(h, (const uint8_t *)p, (size_t)len);
        return AW_OK;
    }
    /* an object exporting its bytes through __buffer__ (array.array); nothing runs aw code
     * between the export and the feed, so the copy needs no root */
    AwValue exported = bytes_from_export(vm, data);
    if (exported == AW_ERR) return AW_ERROR;
    if (exported == AW_EMPTY)
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "object supporting the buffer API required"));
    hash_feed(h, (const uint8_t *)AW_BYTES(exported)->data, (size_t)AW_BYTES(exported)->len);
    return AW_OK;
}

static AwValue hash_m_update(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "update", kw)) return AW_ERR;
    if (argc != 2) return vm_raise(vm, &aw_exc_TypeError, "HASH.update() takes exactly one argument (%d given)", argc - 1);
    HashObj *h = hash_self(vm, argv[0]);
    if (!h || hash_update_value(vm, h, argv[1])) return AW_ERR;
    return AW_NONE;
}

/* The digest length asked for: none for fixed-size algorithms, `length` for SHAKE. */
static AwStatus digest_length(AwVM *vm, const char *fname, HashObj *h, int argc, const AwValue *argv, AwTuple *kw, int64_t *n) {
    static const char *const names[] = {"length", NULL};
    AwValue a[1];
    if (h->algo->family != FAMILY_SHAKE) {
        *n = h->digest_size;
        if (args_no_kwargs(vm, fname, kw)) return AW_ERROR;
        if (argc > 1) return vm_fail(vm_raise(vm, &aw_exc_TypeError, "HASH.%s() takes no arguments (%d given)", fname, argc - 1));
        return AW_OK;
    }
    if (args_parse(vm, fname, argc - 1, argv + 1, kw, names, 1, 1, a) || args_int(vm, a[0], n)) return AW_ERROR;
    if (*n < 0) return vm_fail(vm_raise(vm, &aw_exc_SystemError, "Negative size passed to PyBytes_FromStringAndSize"));
    if (*n > ((int64_t)1 << 32)) return vm_fail(vm_raise_memory(vm));
    return AW_OK;
}

/* The digest into a buffer of n bytes (malloc'd when large); NULL when out of memory. */
static uint8_t *digest_bytes(AwVM *vm, HashObj *h, int64_t n, uint8_t *small) {
    uint8_t *out = n <= 64 ? small : malloc((size_t)n);
    if (!out) { vm_raise_memory(vm); return NULL; }
    hash_final(h, out, (size_t)n);
    return out;
}

static AwValue hash_m_digest(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    HashObj *h = argc ? hash_self(vm, argv[0]) : NULL;
    int64_t n;
    uint8_t small[64], *out;
    if (!h || digest_length(vm, "digest", h, argc, argv, kw, &n) || !(out = digest_bytes(vm, h, n, small))) return AW_ERR;
    AwBytes *b = bytes_new(vm, (const char *)out, n);
    if (out != small) free(out);
    return b ? value_from_ptr(b) : AW_ERR;
}

static AwValue hash_m_hexdigest(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    HashObj *h = argc ? hash_self(vm, argv[0]) : NULL;
    int64_t n;
    uint8_t small[64], *out;
    if (!h || digest_length(vm, "hexdigest", h, argc, argv, kw, &n) || !(out = digest_bytes(vm, h, n, small))) return AW_ERR;
    char *hex = malloc((size_t)n * 2 + 1);
    AwStr *s = NULL;
    if (hex) {
        for (int64_t i = 0; i < n; i++) {
            hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
            hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
        }
        hex[2 * n] = 0;
        s = str_from_cstr(vm, hex);
        free(hex);
    } else {
        vm_raise_memory(vm);
    }
    if (out != small) free(out);
    return s ? str_value(s) : AW_ERR;
}

static HashObj *hash_alloc(AwVM *vm, const HashAlgo *algo) {
    HashObj *h = (HashObj *)gc_new(vm, &aw_type_hashlib_hash, sizeof(HashObj));
    if (!h) return NULL;
    h->algo = algo;
    h->digest_size = algo->digest_size;
    algo->init(&h->state);
    return h;
}

static AwValue hash_m_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "copy", kw) || args_count(vm, "copy", argc, 1, 1)) return AW_ERR;
    HashObj *h = hash_self(vm, argv[0]);
    HashObj *c = h ? hash_alloc(vm, h->algo) : NULL;
    if (!c) return AW_ERR;
    c->state = h->state;
    memcpy(c->buf, h->buf, sizeof c->buf);
    c->buflen = h->buflen;
    c->total = h->total;
    c->digest_size = h->digest_size;
    return value_from_ptr(c);
}

static AwValue hash_get_name(AwVM *vm, AwValue self) {
    AwStr *s = str_from_cstr(vm, AW_AS(HashObj, self)->algo->name);
    return s ? str_value(s) : AW_ERR;
}

static AwValue hash_get_digest_size(AwVM *vm, AwValue self) { return value_from_small(AW_AS(HashObj, self)->digest_size); }
static AwValue hash_get_block_size(AwVM *vm, AwValue self) { return value_from_small(AW_AS(HashObj, self)->algo->block_size); }

/* CPython's reprs: OpenSSL's types for MD5/SHA-1/SHA-2/SHA-3/SHAKE, _blake2's for BLAKE2. */
static AwValue hash_repr(AwVM *vm, AwValue self) {
    const HashAlgo *a = AW_AS(HashObj, self)->algo;
    void *p = value_as_ptr(self);
    AwStr *s = a->repr_module ? str_printf(vm, "<%s.%s object at %p>", a->repr_module, a->name, p)
                              : str_printf(vm, "<%s _hashlib.%s object @ %p>", a->name, a->family == FAMILY_SHAKE ? "HASHXOF" : "HASH", p);
    return s ? str_value(s) : AW_ERR;
}

static AwValue hash_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "cannot create '_hashlib.HASH' instances");
}

/* A bytes-like parameter of at most max bytes ("maximum key length is 64 bytes"). */
static AwStatus blake2_param(AwVM *vm, AwValue v, const char *what, int64_t max, const char **p, int64_t *len) {
    *p = "", *len = 0;
    if (v == AW_EMPTY) return AW_OK;
    if (!bytes_view(v, p, len))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(v)));
    if (*len > max) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "maximum %s length is %d bytes", what, (int)max));
    return AW_OK;
}

/* BLAKE2's parameter block (sequential mode): digest size, key length, salt, person; a key
 * is then hashed as a first block of its own. */
static AwStatus blake2_setup(AwVM *vm, HashObj *h, const AwValue *a) {
    bool wide = h->algo->family == FAMILY_BLAKE2B;
    int64_t max = wide ? 64 : 32, saltmax = wide ? 16 : 8, size = max, klen, slen, plen;
    const char *key, *salt, *person;
    if (a[2] != AW_EMPTY && args_int(vm, a[2], &size)) return AW_ERROR;
    if (size < 1 || size > max)
        return vm_fail(vm_raise(vm, &aw_exc_ValueError, "digest_size must be between 1 and %d bytes", (int)max));
    if (blake2_param(vm, a[3], "key", max, &key, &klen) || blake2_param(vm, a[4], "salt", saltmax, &salt, &slen) ||
        blake2_param(vm, a[5], "person", saltmax, &person, &plen))
        return AW_ERROR;
    h->digest_size = (int)size;
    uint8_t sp[32] = {0};   /* salt then person, little-endian words 4-7 of the parameter block */
    memcpy(sp, salt, (size_t)slen);
    memcpy(sp + saltmax, person, (size_t)plen);
    if (wide) {
        h->state.h64[0] ^= 0x01010000u ^ ((uint64_t)klen << 8) ^ (uint64_t)size;
        for (int i = 0; i < 4; i++) h->state.h64[4 + i] ^= load_le64(sp + 8 * i);
    } else {
        h->state.h32[0] ^= 0x01010000u ^ ((uint32_t)klen << 8) ^ (uint32_t)size;
        for (int i = 0; i < 4; i++) h->state.h32[4 + i] ^= load_le32(sp + 4 * i);
    }
    if (klen) {
        uint8_t block[128] = {0};
        memcpy(block, key, (size_t)klen);
        blake2_feed(h, block, (size_t)h->algo->block_size);
    }
    return AW_OK;
}

/* new(name, data=b'', *, digest_size, key, salt, person): the algorithm by hashlib's name,
 * any case; the keywords are BLAKE2's. */
static AwValue hashlib_new(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"name", "data", "digest_size", "key", "salt", "person", NULL};
    AwValue a[6];
    if (args_parse(vm, "new", argc, argv, kw, names, 1, 2, a)) return AW_ERR;
    if (!value_is_str(a[0])) return vm_raise(vm, &aw_exc_TypeError, "new() argument 'name' must be str, not %s", ops_type_name(a[0]));
    const char *name = AW_STR(a[0])->data;
    const HashAlgo *algo = NULL;
    for (size_t i = 0; i < sizeof algos / sizeof algos[0]; i++)
        if (strcasecmp(algos[i].name, name) == 0 && (int64_t)strlen(name) == AW_STR(a[0])->byte_len) algo = &algos[i];
    if (!algo) return vm_raise(vm, &aw_exc_ValueError, "unsupported hash type %s", name);
    bool blake2 = algo->family == FAMILY_BLAKE2B || algo->family == FAMILY_BLAKE2S;
    if (!blake2 && (a[2] != AW_EMPTY || a[3] != AW_EMPTY || a[4] != AW_EMPTY || a[5] != AW_EMPTY))
        return vm_raise(vm, &aw_exc_TypeError, "%s() got an unexpected keyword argument", algo->name);
    HashObj *h = hash_alloc(vm, algo);
    if (!h || (blake2 && blake2_setup(vm, h, a))) return AW_ERR;
    if (a[1] != AW_EMPTY && hash_update_value(vm, h, a[1])) return AW_ERR;
    return value_from_ptr(h);
}

/* compare_digest(a, b): a == b in time that depends on the length only (hmac, secrets).
 * Both ASCII strs, or both bytes-like, as CPython requires. */
static AwValue hashlib_compare_digest(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    if (args_no_kwargs(vm, "compare_digest", kw) || args_count(vm, "compare_digest", argc, 2, 2)) return AW_ERR;
    const char *p[2];
    int64_t len[2];
    if (value_is_instance(argv[0], &aw_type_str) && value_is_instance(argv[1], &aw_type_str)) {
        for (int i = 0; i < 2; i++) {
            AwStr *s = str_unwrap(argv[i]);
            p[i] = s->data, len[i] = s->byte_len;
            if (s->char_len != s->byte_len)
                return vm_raise(vm, &aw_exc_TypeError, "comparing strings with non-ASCII characters is not supported");
        }
    } else {
        bool ok0 = bytes_view(argv[0], &p[0], &len[0]), ok1 = bytes_view(argv[1], &p[1], &len[1]);
        if (!ok0 && !ok1)
            return vm_raise(vm, &aw_exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                            ops_type_name(argv[0]), ops_type_name(argv[1]));
        if (!ok0 || !ok1)
            return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(argv[ok0 ? 1 : 0]));
    }
    /* Always walk the right operand, so the time does not tell where they differ. */
    const uint8_t *left = (const uint8_t *)(len[0] == len[1] ? p[0] : p[1]), *right = (const uint8_t *)p[1];
    unsigned diff = len[0] != len[1];
    for (int64_t i = 0; i < len[1]; i++) diff |= left[i] ^ right[i];
    return value_from_bool(diff == 0);
}

static const AwMethodDef hash_methods[] = {
    {"update", hash_m_update, AW_METH_DEFAULT},
    {"digest", hash_m_digest, AW_METH_DEFAULT},
    {"hexdigest", hash_m_hexdigest, AW_METH_DEFAULT},
    {"copy", hash_m_copy, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static const AwGetSetDef hash_getsets[] = {
    {"name", hash_get_name, NULL},
    {"digest_size", hash_get_digest_size, NULL},
    {"block_size", hash_get_block_size, NULL},
    {NULL, NULL, NULL},
};

AwType aw_type_hashlib_hash = {
    .name = "HASH",
    .base = &aw_type_object,
    .instance_size = sizeof(HashObj),
    .repr = hash_repr,
    .new_ = hash_new_slot,
    .methods = hash_methods,
    .getsets = hash_getsets,
};

static const AwMethodDef hashlib_functions[] = {
    {"new", hashlib_new, AW_METH_DEFAULT},
    {"compare_digest", hashlib_compare_digest, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

AwModule *hashlib_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "_hashlib");
    if (!mod || module_add_functions(vm, mod, hashlib_functions)) return NULL;
    AwStr *m = str_intern_cstr(vm, "_hashlib");
    if (!m) return NULL;
    aw_type_hashlib_hash.module = m;
    if (module_add_type(vm, mod, &aw_type_hashlib_hash)) return NULL;
    return mod;
}
