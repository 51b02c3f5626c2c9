/* Dynamic programming: 0/1 knapsack, longest common subsequence, coin change. */
#include <stdio.h>
#include <string.h>

static int knapsack(const int *w, const int *v, int n, int cap)
{
    int best[101] = { 0 };
    for (int i = 0; i < n; i++)
        for (int c = cap; c >= w[i]; c--)
            if (best[c - w[i]] + v[i] > best[c])
                best[c] = best[c - w[i]] + v[i];
    return best[cap];
}

static int lcs(const char *a, const char *b)
{
    static short t[33][33];
    int n = (int)strlen(a), m = (int)strlen(b);
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++)
            t[i][j] = (short)(i == 0 || j == 0 ? 0
                      : a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1
                      : t[i - 1][j] > t[i][j - 1] ? t[i - 1][j] : t[i][j - 1]);
    return t[n][m];
}

static long coin_ways(const int *coins, int k, int amount)
{
    long ways[201] = { 1 };
    for (int i = 0; i < k; i++)
        for (int a = coins[i]; a <= amount; a++)
            ways[a] += ways[a - coins[i]];
    return ways[amount];
}

int main(void)
{
    int w[] = { 12, 7, 11, 8, 9, 5, 14, 3 };
    int v[] = { 24, 13, 23, 15, 16, 8, 30, 4 };
    int coins[] = { 1, 2, 5, 10, 20, 50 };
    int best = knapsack(w, v, 8, 26);
    printf("knapsack(26) = %d, knapsack(40) = %d\n", best, knapsack(w, v, 8, 40));
    printf("lcs = %d %d\n", lcs("ACCGGTCGAGTGCGCGGAAGCCGGCCGAA", "GTCGTTCGGAATGCCGTTGCTCTGTAAA"), lcs("abc", "xyz"));
    printf("coin ways(100) = %ld, (200) = %ld\n", coin_ways(coins, 6, 100), coin_ways(coins, 6, 200));
    return best;
}
