/* normalize: y = x / ||x||_2 over n floats (n clamped to 256; y = 0 when the
 * norm is not positive). Returns the largest |y[i]|. Uses sqrtf and fabsf. */
#include <math.h>

#define MAX_N 256

float normalize(const float *x, float *y, int n)
{
    float ss = 0.0f, norm, peak = 0.0f;
    int i;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++)
        ss += x[i] * x[i];
    norm = sqrtf(ss);
    for (i = 0; i < n; i++) {
        float a;
        y[i] = norm > 0.0f ? x[i] / norm : 0.0f;
        a = fabsf(y[i]);
        if (a > peak)
            peak = a;
    }
    return peak;
}
