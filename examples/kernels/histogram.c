/* histogram: 16-bin intensity histogram of n uint8_t pixels (n clamped to
 * 1024); bin = pixel >> 4. Returns the index of the fullest bin. */
#include <stdint.h>

#define BINS 16
#define MAX_N 1024

int histogram(const uint8_t *img, unsigned *bins, int n)
{
    int i, best = 0;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < BINS; i++)
        bins[i] = 0;
    for (i = 0; i < n; i++)
        bins[img[i] >> 4]++;
    for (i = 1; i < BINS; i++)
        if (bins[i] > bins[best])
            best = i;
    return best;
}
