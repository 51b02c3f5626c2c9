/* Two-dimensional arrays: matrix product, transpose and trace of int matrices. */
#include <stdio.h>

#define N 6

static void multiply(int a[N][N], int b[N][N], long c[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            long s = 0;
            for (int k = 0; k < N; k++)
                s += (long)a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static void transpose(int m[N][N])
{
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++) {
            int t = m[i][j];
            m[i][j] = m[j][i];
            m[j][i] = t;
        }
}

int main(void)
{
    int a[N][N], b[N][N];
    long c[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = (i + 1) * (j + 2) - 7;
            b[i][j] = (i ^ j) - 3;
        }
    transpose(b);
    multiply(a, b, c);
    long trace = 0;
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++)
            printf("%6ld", c[i][j]);
        printf("\n");
        trace += c[i][i];
    }
    printf("trace %ld\n", trace);
    return (int)(trace & 0x7f);
}
