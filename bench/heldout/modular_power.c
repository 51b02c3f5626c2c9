/* Modular exponentiation and a Miller-Rabin primality test on 64-bit
   numbers, with 128-bit-free multiplication (double and add). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m)
{
    uint64_t r = 0;
    a %= m;
    while (b) {
        if (b & 1)
            r = (r >= m - a) ? r - (m - a) : r + a;
        a = (a >= m - a) ? a - (m - a) : a + a;
        b >>= 1;
    }
    return r;
}

static uint64_t powmod(uint64_t base, uint64_t exp, uint64_t m)
{
    uint64_t r = 1 % m;
    for (base %= m; exp; exp >>= 1) {
        if (exp & 1)
            r = mulmod(r, base, m);
        base = mulmod(base, base, m);
    }
    return r;
}

static int probably_prime(uint64_t n)
{
    static const uint64_t witnesses[] = {2, 3, 5, 7, 11, 13, 17};
    if (n < 2)
        return 0;
    uint64_t d = n - 1;
    int s = 0;
    for (; (d & 1) == 0; d >>= 1)
        s++;
    for (int i = 0; i < 7; i++) {
        uint64_t a = witnesses[i] % n;
        if (a == 0)
            continue;
        uint64_t x = powmod(a, d, n);
        int r = 1;
        for (; r < s && x != 1 && x != n - 1; r++)
            x = mulmod(x, x, n);
        if (x != 1 && x != n - 1)
            return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    int primes = 0;
    for (int i = 1; i < argc; i++) {
        uint64_t n = strtoull(argv[i], NULL, 10);
        int p = probably_prime(n);
        primes += p;
        printf("%llu: %s, 3^n mod n = %llu\n", (unsigned long long)n, p ? "prime" : "composite",
               (unsigned long long)powmod(3, n, n ? n : 1));
    }
    return primes;
}
