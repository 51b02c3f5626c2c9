/* Longest common subsequence of two strings (full table), then the
   subsequence itself by walking the table back. */
#include <stdio.h>
#include <string.h>

#define MAXN 40

static short table[MAXN + 1][MAXN + 1];

static int lcs(const char *a, const char *b, char *out)
{
    int n = (int)strlen(a), m = (int)strlen(b);
    for (int i = n - 1; i >= 0; i--)
        for (int j = m - 1; j >= 0; j--)
            if (a[i] == b[j])
                table[i][j] = (short)(1 + table[i + 1][j + 1]);
            else
                table[i][j] = table[i + 1][j] > table[i][j + 1] ? table[i + 1][j] : table[i][j + 1];
    int i = 0, j = 0, k = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out[k++] = a[i];
            i++;
            j++;
        } else if (table[i + 1][j] >= table[i][j + 1]) {
            i++;
        } else {
            j++;
        }
    }
    out[k] = '\0';
    return table[0][0];
}

int main(void)
{
    static const char *pairs[][2] = {
        {"AGGTAB", "GXTXAYB"},
        {"transpiler", "translation"},
        {"aarch64", "riscv64"},
        {"", "empty"},
        {"ABCBDAB", "BDCABA"},
    };
    int sum = 0;
    char out[MAXN + 1];
    for (int p = 0; p < 5; p++) {
        memset(table, 0, sizeof table);
        int len = lcs(pairs[p][0], pairs[p][1], out);
        printf("lcs(%s, %s) = %d \"%s\"\n", pairs[p][0], pairs[p][1], len, out);
        sum += len;
    }
    return sum;
}
