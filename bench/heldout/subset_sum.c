/* Subset sum by recursion with pruning and by a bitset dynamic programme
   over reachable sums; both must agree for each target. */
#include <stdint.h>
#include <stdio.h>

static const int items[] = {3, 34, 4, 12, 5, 2, 27, 19, 8};
#define COUNT 9
#define MAXSUM 128

static int recursive(int i, int target, unsigned *chosen)
{
    if (target == 0)
        return 1;
    if (i == COUNT || target < 0)
        return 0;
    if (recursive(i + 1, target - items[i], chosen)) {
        *chosen |= 1u << i;
        return 1;
    }
    return recursive(i + 1, target, chosen);
}

int main(void)
{
    uint64_t reach[MAXSUM / 64 + 1] = {1};
    for (int i = 0; i < COUNT; i++)
        for (int s = MAXSUM; s >= items[i]; s--)
            if ((reach[(s - items[i]) / 64] >> ((s - items[i]) % 64)) & 1)
                reach[s / 64] |= 1ULL << (s % 64);
    int disagreements = 0, reachable = 0;
    for (int target = 0; target <= 60; target += 3) {
        unsigned chosen = 0;
        int a = recursive(0, target, &chosen);
        int b = (int)((reach[target / 64] >> (target % 64)) & 1);
        disagreements += a != b;
        reachable += a;
        printf("%2d: %s", target, a ? "yes {" : "no");
        for (int i = 0; a && i < COUNT; i++)
            if (chosen & (1u << i))
                printf(" %d", items[i]);
        printf("%s\n", a ? " }" : "");
    }
    printf("%d reachable, %d disagreements\n", reachable, disagreements);
    return disagreements;
}
