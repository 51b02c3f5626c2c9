/* Recursion: naive and memoised Fibonacci, Ackermann for small arguments. */
#include <stdio.h>
#include <stdlib.h>

static long memo[91];

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static long fib_memo(int n)
{
    if (n < 2)
        return n;
    if (memo[n])
        return memo[n];
    memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
    return memo[n];
}

static unsigned ackermann(unsigned m, unsigned n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 20;
    printf("fib(%d) = %ld\n", n, fib(n));
    for (int i = 60; i <= 90; i += 10)
        printf("fib_memo(%d) = %ld\n", i, fib_memo(i));
    for (unsigned m = 0; m < 3; m++)
        for (unsigned k = 0; k < 4; k++)
            printf("A(%u,%u) = %u\n", m, k, ackermann(m, k));
    return (int)(fib(n) % 100);
}
