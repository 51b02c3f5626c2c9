/* Determinants of integer matrices up to 5x5 by cofactor expansion
   (recursive, on int64_t), checked against fraction-free elimination. */
#include <stdint.h>
#include <stdio.h>

#define MAXN 5

static int64_t det_cofactor(int64_t m[MAXN][MAXN], int n)
{
    if (n == 1)
        return m[0][0];
    int64_t sub[MAXN][MAXN], total = 0;
    for (int col = 0; col < n; col++) {
        for (int i = 1; i < n; i++)
            for (int j = 0, k = 0; j < n; j++)
                if (j != col)
                    sub[i - 1][k++] = m[i][j];
        int64_t term = m[0][col] * det_cofactor(sub, n - 1);
        total += (col % 2) ? -term : term;
    }
    return total;
}

static int64_t det_bareiss(int64_t m[MAXN][MAXN], int n)
{
    int64_t a[MAXN][MAXN], prev = 1, sign = 1;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            a[i][j] = m[i][j];
    for (int k = 0; k < n - 1; k++) {
        if (a[k][k] == 0) {
            int r = k + 1;
            while (r < n && a[r][k] == 0)
                r++;
            if (r == n)
                return 0;
            for (int j = 0; j < n; j++) {
                int64_t t = a[k][j]; a[k][j] = a[r][j]; a[r][j] = t;
            }
            sign = -sign;
        }
        for (int i = k + 1; i < n; i++)
            for (int j = k + 1; j < n; j++)
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) / prev;
        prev = a[k][k];
    }
    return sign * a[n - 1][n - 1];
}

int main(void)
{
    int64_t m[MAXN][MAXN];
    int errors = 0;
    for (int n = 1; n <= MAXN; n++) {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                m[i][j] = ((i + 1) * (j + 3) * 7 + i * i * 5 - j * 11) % 19 - 9;
        int64_t a = det_cofactor(m, n), b = det_bareiss(m, n);
        printf("det%d = %lld (elimination %lld)\n", n, (long long)a, (long long)b);
        errors += a != b;
    }
    return errors;
}
