/* Population count, parity, leading and trailing zeros of 32-bit values,
   each computed by a loop and by a table of nibbles; the two must agree. */
#include <stdint.h>
#include <stdio.h>

static const uint8_t nibble_bits[16] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4};

static int popcount_loop(uint32_t x)
{
    int c = 0;
    for (; x; x >>= 1)
        c += (int)(x & 1u);
    return c;
}

static int popcount_table(uint32_t x)
{
    int c = 0;
    for (int i = 0; i < 8; i++)
        c += nibble_bits[(x >> (4 * i)) & 0xfu];
    return c;
}

static int leading_zeros(uint32_t x)
{
    int n = 0;
    for (uint32_t bit = 0x80000000u; bit && !(x & bit); bit >>= 1)
        n++;
    return n;
}

static int trailing_zeros(uint32_t x)
{
    if (x == 0)
        return 32;
    int n = 0;
    while (!(x & 1u)) {
        x >>= 1;
        n++;
    }
    return n;
}

int main(void)
{
    const uint32_t samples[] = {0u, 1u, 0x80000000u, 0xffffffffu, 0x12345678u, 0xf0f0f0f0u, 40960u, 0x7fffu};
    int errors = 0;
    for (int i = 0; i < 8; i++) {
        uint32_t x = samples[i];
        int p = popcount_loop(x);
        errors += p != popcount_table(x);
        printf("%08x pop=%2d parity=%d clz=%2d ctz=%2d\n", x, p, p & 1, leading_zeros(x), trailing_zeros(x));
    }
    return errors;
}
