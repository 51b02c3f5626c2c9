/* fir: 16-tap Q15 fixed-point FIR filter over int16_t samples.
 * y[i] = sum_k (x[i + k] * h[k]) >> 15, for 0 <= i < n (n clamped to 512). */
#include <stdint.h>

#define TAPS 16
#define MAX_N 512

void fir(const int16_t *x, const int16_t *h, int32_t *y, int n)
{
    int i, k;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++) {
        int32_t acc = 0;
        for (k = 0; k < TAPS; k++)
            acc += ((int32_t)x[i + k] * (int32_t)h[k]) >> 15;
        y[i] = acc;
    }
}
