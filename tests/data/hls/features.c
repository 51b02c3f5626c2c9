/* Kernels that exercise the HLS C backend beyond the corpus: odd integer
 * widths, shifts, division, float predicates and conversions, phi cycles,
 * multi-level exits, switches in loops, bit intrinsics, memset/memcpy,
 * globals, pointer walks, helper calls and 64-bit arithmetic.
 * Built by build.sh (clang 16, -O0/-O1/-O2) into features-O*.ll. */
#include <stdint.h>
#include <string.h>

int32_t odd_widths(int32_t a, int32_t b)
{
    _BitInt(33) x = (_BitInt(33))a * 3 + b;
    unsigned _BitInt(24) y = (unsigned _BitInt(24))(uint32_t)a >> (b & 15);
    _BitInt(12) z = (_BitInt(12))(a ^ b);
    z = (_BitInt(12))(z * 5 - 7);
    _BitInt(33) q = x / ((_BitInt(33))(b | 1));
    unsigned _BitInt(7) w = (unsigned _BitInt(7))(a * 37);
    w = (unsigned _BitInt(7))(w + 100);
    return (int32_t)(x >> 3) ^ (int32_t)y ^ (int32_t)z ^ (int32_t)(q % 7) ^ (int32_t)(x < (_BitInt(33))b) ^ (int32_t)w;
}

int32_t shifts(int32_t a, int32_t b, int64_t c)
{
    uint32_t s = (uint32_t)b & 31;
    int32_t r = (int32_t)((uint32_t)a << s) ^ (int32_t)((uint32_t)a >> s) ^ (a >> s);
    int64_t t = (int64_t)((uint64_t)c << ((s + 1) & 63)) ^ (c >> ((s * 2) & 63));
    int8_t e = (int8_t)a;
    e = (int8_t)(e >> (b & 7));
    int16_t f = (int16_t)(a * 1000);
    f = (int16_t)(f >> 3);
    uint8_t g = (uint8_t)((uint8_t)a << (b & 7));
    return r ^ (int32_t)t ^ e ^ f ^ g;
}

int32_t divs(int32_t a, int32_t b)
{
    int32_t d = b | 1;
    int8_t a8 = (int8_t)(a * 5), d8 = (int8_t)d;
    uint16_t ua = (uint16_t)(a * 777), ud = (uint16_t)d;
    int64_t wa = (int64_t)a * -123456789, wd = d;
    return a / d + a % d * 100 + (int32_t)((uint32_t)a / (uint32_t)d) + (int32_t)((uint32_t)a % (uint32_t)d)
        + a8 / d8 * 7 + a8 % d8 + ua / ud + ua % ud + (int32_t)(wa / wd) + (int32_t)(wa % wd);
}

uint32_t fcmps(float a, float b, double c)
{
    float n = (b - b) / (b - b); /* NaN */
    uint32_t r = 0;
    r |= (a < b) << 0;
    r |= (a <= b) << 1;
    r |= (a > b) << 2;
    r |= (a >= b) << 3;
    r |= (a == b) << 4;
    r |= (a != b) << 5;
    r |= !(a < n) << 6;
    r |= !(a >= n) << 7;
    r |= (n != n) << 8;
    r |= (a == a) << 9;
    r |= !(c > (double)a) << 10;
    r |= !(c <= (double)b) << 11;
    r |= (c < (double)n) << 12;
    r |= !(n == n) << 13;
    return r;
}

float floats(float a, double b, int32_t c, uint32_t d)
{
    double x = (double)a * b + (double)c;
    float y = (float)x - (float)d * 0.25f;
    float z = -y * a + b;
    int32_t i = (int32_t)(z * 3.0f);
    uint32_t u = (uint32_t)(a < 0 ? -a : a) * 2;
    uint8_t small = (uint8_t)(c & 255);
    float s = (float)small / 7.0f + (float)(uint64_t)d;
    return z + (float)i + (float)u * 0.5f + s - (float)(int64_t)c + __builtin_sqrtf(a * a + 1.0f);
}

int32_t swap_phis(int32_t n)
{
    int32_t a = 1, b = 2, c = 3;
    for (int32_t i = 0; i < (n & 31); i++) {
        int32_t t = a;
        a = b;
        b = c + t;
        c = t ^ (c << 1);
    }
    return a * 100 + b * 10 + c;
}

int32_t multi_exit(const int32_t *d, int32_t n)
{
    int32_t acc = n;
    for (int32_t i = 0; i < 8; i++) {
        for (int32_t j = 0; j < 8; j++) {
            int32_t v = d[(i * 8 + j) & 1023];
            if (v == 13)
                goto done;
            if (v == 7)
                break;
            if (v == 5)
                goto next_i;
            if (v == 3 && acc > 40)
                return acc * 2;
            acc += v;
        }
        acc ^= i;
    next_i:
        acc += 1;
    }
done:
    return acc;
}

int32_t switch_loop(const int32_t *d, int32_t n)
{
    int32_t acc = 0;
    for (int32_t i = 0; i < n && i < 1024; i++) {
        switch (d[i] & 7) {
        case 0:
            acc += 1;
            break;
        case 1:
            acc *= 3;
            continue;
        case 2:
            if (acc > 50)
                goto out;
            acc += 5;
            break;
        case 3:
        case 4:
            acc -= i;
            break;
        case 5:
            if (i > 10)
                return acc;
            break;
        default:
            acc ^= d[i];
        }
        acc += 2;
    }
out:
    return acc;
}

uint32_t bit_ops(uint32_t a, int32_t b, uint16_t h)
{
    uint32_t r = (uint32_t)__builtin_popcount(a);
    r += (uint32_t)__builtin_clz(a | 1u);
    r += (uint32_t)__builtin_ctz(a | 0x80000000u);
    r ^= __builtin_bswap32(a);
    r ^= __builtin_rotateleft32(a, (uint32_t)b & 31);
    r += (uint32_t)(b < 0 ? -b : b);
    r += (uint32_t)(b > 7 ? b : 7);
    r += (uint32_t)(a < 100u ? a : 100u);
    r += (uint32_t)__builtin_elementwise_add_sat((int32_t)a, b * 100000000);
    r += __builtin_elementwise_sub_sat(a, (uint32_t)b);
    r += (uint32_t)__builtin_elementwise_add_sat((int8_t)a, (int8_t)b);
    r += __builtin_bswap16(h);
    return r;
}

struct pair {
    int16_t k;
    float w;
};

static const struct pair table[4] = {{1, 0.5f}, {-2, 1.25f}, {3, -2.0f}, {4, 8.0f}};
static int32_t counts[8];
int32_t total_calls;

int32_t globals_rw(const int32_t *in, int32_t n)
{
    float s = 0;
    for (int32_t i = 0; i < (n & 15); i++) {
        const struct pair *p = &table[in[i] & 3];
        counts[in[i] & 7] += p->k;
        s += p->w;
    }
    total_calls += 1;
    return counts[1] + counts[6] + (int32_t)(s * 4.0f) + total_calls;
}

void mem_ops(int32_t *out, const int32_t *in, int32_t n)
{
    int32_t local[16];
    struct pair pairs[4];
    memset(local, 0x11, sizeof local);
    memset(pairs, 0, sizeof pairs);
    memcpy(local + 4, in, 8 * sizeof(int32_t));
    for (int32_t i = 0; i < 4; i++) {
        pairs[i].k = (int16_t)in[i + 8];
        pairs[i].w = (float)in[i] * 0.5f;
    }
    for (int32_t i = 0; i < 16; i++)
        out[i] = local[i] + n + pairs[i & 3].k + (int32_t)pairs[(i + 1) & 3].w;
}

int32_t ptr_walk(int32_t *a, int32_t n)
{
    int32_t *p = a, *end = a + (n & 63);
    while (p != end) {
        *p += 1;
        p++;
    }
    int32_t *q = n > 5 ? a + 2 : a + 3;
    return *q + (p > a);
}

__attribute__((noinline)) static int32_t sum_local(const int32_t *x, int32_t m)
{
    int32_t s = 0;
    for (int32_t i = 0; i < m; i++)
        s += x[i] * (i + 1);
    return s;
}

int32_t helper_calls(int32_t *a, int32_t n)
{
    int32_t buf[8];
    for (int32_t i = 0; i < 8; i++)
        buf[i] = a[i] * 2 - n;
    return sum_local(buf, 8) + sum_local(a, n & 7);
}

int64_t wide(int64_t a, int64_t b)
{
    int64_t x = a * 6364136223846793005LL + (int64_t)1442695040888963407ULL;
    uint64_t y = (uint64_t)b * 0x9E3779B97F4A7C15ULL;
    int64_t m = -(int64_t)(a < b);
    int64_t z = (int64_t)(y >> 17) ^ (x >> 5) ^ m;
    uint64_t big = 0xFFFFFFFF00000000ULL;
    return z + (int64_t)(a > -5 ? big : 3) + (int64_t)((uint64_t)x < y) + (int64_t)(uint32_t)a;
}

int32_t self_loop(int32_t n)
{
    int32_t k = 0;
    do {
        n = n * 3 + 1;
        k++;
    } while ((n & 3) != 0 && k < 10);
    return n + k;
}
