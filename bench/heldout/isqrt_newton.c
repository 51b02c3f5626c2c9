/* Integer square roots of 64-bit values by Newton's method and by the
   bit-by-bit method; both are checked against r*r <= n < (r+1)*(r+1). */
#include <stdint.h>
#include <stdio.h>

static uint64_t isqrt_newton(uint64_t n)
{
    if (n < 2)
        return n;
    uint64_t x = n / 2 + 1, y = (x + n / x) / 2;
    while (y < x) {
        x = y;
        y = (x + n / x) / 2;
    }
    return x;
}

static uint64_t isqrt_bits(uint64_t n)
{
    uint64_t r = 0, bit = 1ULL << 62;
    while (bit > n)
        bit >>= 2;
    while (bit) {
        if (n >= r + bit) {
            n -= r + bit;
            r = (r >> 1) + bit;
        } else {
            r >>= 1;
        }
        bit >>= 2;
    }
    return r;
}

int main(void)
{
    const uint64_t samples[] = {0, 1, 2, 3, 15, 16, 17, 99, 1000000, 4294967295ULL, 4294967296ULL,
                                123456789012345ULL, 18446744073709551615ULL};
    int bad = 0;
    for (int i = 0; i < 13; i++) {
        uint64_t n = samples[i], a = isqrt_newton(n), b = isqrt_bits(n);
        int ok = a == b && a * a <= n && (a + 1 > 4294967295ULL || (a + 1) * (a + 1) > n);
        printf("isqrt(%llu) = %llu %s\n", (unsigned long long)n, (unsigned long long)a, ok ? "ok" : "MISMATCH");
        bad += !ok;
    }
    return bad;
}
