/* Integer formatting by hand: itoa in bases 2..36 for signed and unsigned 64-bit values. */
#include <stdio.h>
#include <string.h>

static char *utoa(unsigned long long v, unsigned base, char *buf)
{
    char tmp[72];
    int n = 0;
    do {
        unsigned d = (unsigned)(v % base);
        tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        v /= base;
    } while (v);
    for (int i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = 0;
    return buf;
}

static char *itoa(long long v, unsigned base, char *buf)
{
    if (v < 0) {
        buf[0] = '-';
        utoa(0ull - (unsigned long long)v, base, buf + 1);
    } else {
        utoa((unsigned long long)v, base, buf);
    }
    return buf;
}

int main(void)
{
    long long values[] = { 0, 1, -1, 255, -256, 1234567890123ll, -9223372036854775807ll - 1, 9223372036854775807ll };
    unsigned bases[] = { 2, 8, 10, 16, 36 };
    char buf[80], ref[80];
    int mismatches = 0;
    for (unsigned i = 0; i < sizeof values / sizeof values[0]; i++) {
        for (unsigned j = 0; j < sizeof bases / sizeof bases[0]; j++)
            printf("%s ", itoa(values[i], bases[j], buf));
        printf("\n");
        snprintf(ref, sizeof ref, "%lld", values[i]);
        mismatches += strcmp(ref, itoa(values[i], 10, buf)) != 0;
    }
    return mismatches;
}
