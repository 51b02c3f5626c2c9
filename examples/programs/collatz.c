/* 64-bit loops from argv: Collatz sequence lengths and peaks. */
#include <stdio.h>
#include <stdlib.h>

static int steps(unsigned long n, unsigned long *peak)
{
    int s = 0;
    *peak = n;
    while (n != 1) {
        n = (n & 1) ? 3 * n + 1 : n >> 1;
        if (n > *peak)
            *peak = n;
        s++;
    }
    return s;
}

int main(int argc, char **argv)
{
    unsigned long lo = argc > 1 ? strtoul(argv[1], 0, 10) : 1;
    unsigned long hi = argc > 2 ? strtoul(argv[2], 0, 10) : 30;
    int best = 0;
    unsigned long best_n = lo, best_peak = 0;
    for (unsigned long n = lo; n <= hi; n++) {
        unsigned long peak;
        int s = steps(n, &peak);
        if (s > best) {
            best = s;
            best_n = n;
            best_peak = peak;
        }
    }
    printf("longest in [%lu,%lu]: %lu with %d steps, peak %lu\n", lo, hi, best_n, best, best_peak);
    unsigned long p;
    printf("27 -> %d steps, 837799 -> %d steps\n", steps(27, &p), steps(837799, &p));
    return best & 0x7f;
}
