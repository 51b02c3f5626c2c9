/* Function pointers: a dispatch table, callbacks and a generic fold. */
#include <stdio.h>

typedef long (*binop)(long, long);

static long add(long a, long b) { return a + b; }
static long sub(long a, long b) { return a - b; }
static long mul(long a, long b) { return a * b; }
static long maxi(long a, long b) { return a > b ? a : b; }
static long xor_(long a, long b) { return a ^ b; }

static const struct { const char *name; binop fn; long init; } ops[] = {
    { "sum", add, 0 }, { "diff", sub, 0 }, { "product", mul, 1 }, { "max", maxi, -1000000 }, { "xor", xor_, 0 },
};

static long fold(const long *v, int n, binop f, long init)
{
    for (int i = 0; i < n; i++)
        init = f(init, v[i]);
    return init;
}

static void apply_each(long *v, int n, long (*f)(long))
{
    for (int i = 0; i < n; i++)
        v[i] = f(v[i]);
}

static long square_minus_3(long x) { return x * x - 3; }

int main(void)
{
    long v[] = { 3, -1, 4, 1, -5, 9, 2, 6 };
    int n = sizeof v / sizeof v[0];
    long acc = 0;
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        long r = fold(v, n, ops[i].fn, ops[i].init);
        printf("%-8s %ld\n", ops[i].name, r);
        acc += r;
    }
    apply_each(v, n, square_minus_3);
    printf("after map: sum %ld max %ld\n", fold(v, n, add, 0), fold(v, n, maxi, -1000));
    return (int)(acc & 0x7f);
}
