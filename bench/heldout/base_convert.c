/* Writes numbers in bases 2..36 with a hand-written conversion (negative
   numbers too) and reads them back with strtoll as a check. */
#include <stdio.h>
#include <stdlib.h>

static int to_base(long long value, int base, char *out)
{
    const char *digits = "0123456789abcdefghijklmnopqrstuvwxyz";
    char tmp[72];
    int n = 0, neg = value < 0;
    unsigned long long v = neg ? 0ULL - (unsigned long long)value : (unsigned long long)value;
    do {
        tmp[n++] = digits[v % (unsigned)base];
        v /= (unsigned)base;
    } while (v);
    int len = 0;
    if (neg)
        out[len++] = '-';
    while (n)
        out[len++] = tmp[--n];
    out[len] = '\0';
    return len;
}

int main(void)
{
    const long long samples[] = {0, 7, -255, 65535, 1000000007, -9223372036854775807LL, 0x7fffffffffffffffLL};
    const int bases[] = {2, 8, 16, 36};
    int mismatches = 0;
    char buf[80];
    for (int i = 0; i < 7; i++) {
        for (int b = 0; b < 4; b++) {
            to_base(samples[i], bases[b], buf);
            long long back = strtoll(buf, NULL, bases[b]);
            printf("%s%c", buf, b == 3 ? '\n' : ' ');
            mismatches += back != samples[i];
        }
    }
    printf("mismatches: %d\n", mismatches);
    return mismatches;
}
