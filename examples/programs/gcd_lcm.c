/* 64-bit integer loops: Euclid's gcd, lcm, extended Euclid and modular inverse. */
#include <stdio.h>
#include <stdlib.h>

static unsigned long gcd(unsigned long a, unsigned long b)
{
    while (b) {
        unsigned long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static long ext_gcd(long a, long b, long *x, long *y)
{
    if (b == 0) {
        *x = 1;
        *y = 0;
        return a;
    }
    long x1, y1;
    long g = ext_gcd(b, a % b, &x1, &y1);
    *x = y1;
    *y = x1 - (a / b) * y1;
    return g;
}

int main(int argc, char **argv)
{
    unsigned long m = argc > 1 ? strtoul(argv[1], 0, 10) : 1000000007ul;
    unsigned long pairs[][2] = { { 12, 18 }, { 1071, 462 }, { 270, 192 }, { 17, 5 }, { 1u << 20, 3u << 12 }, { 600851475143ul, 6857 } };
    unsigned long l = 1;
    for (int i = 0; i < 6; i++) {
        unsigned long a = pairs[i][0], b = pairs[i][1];
        unsigned long g = gcd(a, b);
        long x, y;
        ext_gcd((long)a, (long)b, &x, &y);
        printf("gcd(%lu,%lu)=%lu lcm=%lu bezout=(%ld,%ld)\n", a, b, g, a / g * b, x, y);
        if (i < 4)
            l = l / gcd(l, a) * a;
    }
    long inv, dummy;
    ext_gcd(65537, (long)m, &inv, &dummy);
    inv = ((inv % (long)m) + (long)m) % (long)m;
    printf("lcm of firsts %lu, inverse of 65537 mod %lu = %ld\n", l, m, inv);
    return (int)(l % 97);
}
