/* A xorshift64* generator: histogram of 10000 draws into 10 buckets,
   the mean of the top byte, and the longest run of increasing values. */
#include <stdint.h>
#include <stdio.h>

static uint64_t state = 88172645463325252ULL;

static uint64_t next(void)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ULL;
}

int main(void)
{
    unsigned buckets[10] = {0};
    uint64_t prev = 0, top_sum = 0;
    int run = 0, longest = 0;
    for (int i = 0; i < 10000; i++) {
        uint64_t x = next();
        buckets[x % 10]++;
        top_sum += x >> 56;
        run = x > prev ? run + 1 : 1;
        if (run > longest)
            longest = run;
        prev = x;
    }
    for (int b = 0; b < 10; b++) {
        printf("%d: %5u ", b, buckets[b]);
        for (unsigned k = 0; k < buckets[b] / 50; k++)
            putchar('#');
        putchar('\n');
    }
    printf("mean top byte %llu, longest increasing run %d\n", (unsigned long long)(top_sum / 10000), longest);
    printf("last %016llx\n", (unsigned long long)prev);
    return longest;
}
