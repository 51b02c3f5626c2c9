/* xorshift64: fills out with n values (n clamped to 1024) of Marsaglia's
 * 64-bit xorshift generator and returns the final state. A zero seed is
 * replaced by a fixed non-zero constant. */
#include <stdint.h>

#define MAX_N 1024

uint64_t xorshift64(uint64_t seed, uint64_t *out, int n)
{
    uint64_t x = seed ? seed : 0x9E3779B97F4A7C15ull;
    int i;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out[i] = x;
    }
    return x;
}
