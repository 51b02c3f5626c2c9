/* Fibonacci numbers modulo 1e9+7 by 2x2 matrix exponentiation (repeated
   squaring on uint64_t), checked against the linear recurrence. */
#include <stdint.h>
#include <stdio.h>

#define MOD 1000000007ULL

typedef struct {
    uint64_t a, b, c, d;
} mat2;

static mat2 mul(mat2 x, mat2 y)
{
    mat2 r;
    r.a = (x.a * y.a + x.b * y.c) % MOD;
    r.b = (x.a * y.b + x.b * y.d) % MOD;
    r.c = (x.c * y.a + x.d * y.c) % MOD;
    r.d = (x.c * y.b + x.d * y.d) % MOD;
    return r;
}

static uint64_t fib_matrix(uint64_t n)
{
    mat2 result = {1, 0, 0, 1}, base = {1, 1, 1, 0};
    while (n) {
        if (n & 1)
            result = mul(result, base);
        base = mul(base, base);
        n >>= 1;
    }
    return result.b;
}

static uint64_t fib_linear(uint64_t n)
{
    uint64_t a = 0, b = 1;
    for (uint64_t i = 0; i < n; i++) {
        uint64_t t = (a + b) % MOD;
        a = b;
        b = t;
    }
    return a;
}

int main(void)
{
    int errors = 0;
    const uint64_t ns[] = {0, 1, 2, 10, 50, 90, 1000, 12345};
    for (int i = 0; i < 8; i++) {
        uint64_t m = fib_matrix(ns[i]), l = fib_linear(ns[i]);
        errors += m != l;
        printf("F(%llu) mod p = %llu\n", (unsigned long long)ns[i], (unsigned long long)m);
    }
    printf("F(10^18) mod p = %llu\n", (unsigned long long)fib_matrix(1000000000000000000ULL));
    return errors;
}
