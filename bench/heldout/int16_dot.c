/* Dot products and a small FIR filter on int16_t samples: int32_t products,
   int64_t accumulators; saturating the result back to 16 bits. */
#include <stdint.h>
#include <stdio.h>

#define N 16

static int64_t dot(const int16_t *a, const int16_t *b, int n)
{
    int64_t acc = 0;
    for (int i = 0; i < n; i++)
        acc += (int32_t)a[i] * b[i];
    return acc;
}

static int16_t saturate16(int64_t v)
{
    if (v > INT16_MAX)
        return INT16_MAX;
    if (v < INT16_MIN)
        return INT16_MIN;
    return (int16_t)v;
}

int main(void)
{
    int16_t x[N], taps[4] = {8192, -16384, 24576, 4096};
    for (int i = 0; i < N; i++)
        x[i] = (int16_t)((i * 7919) % 65536 - 32768 + (i & 1) * 1000);
    printf("x.x = %lld\n", (long long)dot(x, x, 8));
    printf("x.taps = %lld\n", (long long)dot(x, taps, 4));
    int64_t energy = 0;
    for (int i = 3; i < N; i++) {
        int64_t acc = 0;
        for (int k = 0; k < 4; k++)
            acc += (int64_t)taps[k] * x[i - k];
        int16_t y = saturate16(acc >> 14);
        energy += (int64_t)y * y;
        printf("y[%2d] = %6d\n", i, y);
    }
    printf("energy %lld\n", (long long)energy);
    return (int)(energy % 97);
}
