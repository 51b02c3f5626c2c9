/* Catalan numbers three ways: the convolution recurrence, the product
   formula with exact division, and counting balanced bracket strings. */
#include <stdint.h>
#include <stdio.h>

static uint64_t by_recurrence(int n)
{
    uint64_t c[36] = {1};
    for (int i = 1; i <= n; i++) {
        c[i] = 0;
        for (int j = 0; j < i; j++)
            c[i] += c[j] * c[i - 1 - j];
    }
    return c[n];
}

static uint64_t by_formula(int n)
{
    uint64_t c = 1;
    for (int i = 0; i < n; i++)
        c = c * 2 * (2 * (uint64_t)i + 1) / ((uint64_t)i + 2);
    return c;
}

static int balanced(unsigned bits, int len)
{
    int depth = 0;
    for (int i = 0; i < len; i++) {
        depth += (bits >> i) & 1 ? 1 : -1;
        if (depth < 0)
            return 0;
    }
    return depth == 0;
}

int main(void)
{
    int errors = 0;
    for (int n = 0; n <= 30; n++) {
        uint64_t a = by_recurrence(n), b = by_formula(n);
        printf("C%d = %llu\n", n, (unsigned long long)a);
        errors += a != b;
    }
    for (int n = 1; n <= 8; n++) {
        long count = 0;
        for (unsigned bits = 0; bits < (1u << (2 * n)); bits++)
            count += balanced(bits, 2 * n);
        printf("balanced strings of %d pairs: %ld\n", n, count);
        errors += (uint64_t)count != by_recurrence(n);
    }
    return errors;
}
