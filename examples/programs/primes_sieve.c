/* Sieve of Eratosthenes over a byte array, prime gaps and twin primes. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#define LIMIT 5000

static unsigned char composite[LIMIT + 1];

int main(int argc, char **argv)
{
    int limit = argc > 1 ? atoi(argv[1]) : 1000;
    if (limit > LIMIT || limit < 2)
        limit = LIMIT;
    memset(composite, 0, sizeof composite);
    for (int i = 2; i * i <= limit; i++)
        if (!composite[i])
            for (int j = i * i; j <= limit; j += i)
                composite[j] = 1;
    int count = 0, twins = 0, max_gap = 0, prev = 2;
    long sum = 0;
    for (int i = 2; i <= limit; i++) {
        if (composite[i])
            continue;
        count++;
        sum += i;
        if (i - prev == 2)
            twins++;
        if (i - prev > max_gap)
            max_gap = i - prev;
        prev = i;
        if (count <= 25)
            printf("%d ", i);
    }
    printf("\nprimes <= %d: %d, sum %ld, twins %d, largest gap %d\n", limit, count, sum, twins, max_gap);
    return count % 128;
}
