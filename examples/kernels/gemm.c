/* gemm: C = A * B for 16x16 int matrices stored row-major in flat arrays. */
#define N 16

void gemm(const int *a, const int *b, int *c)
{
    int i, j, k;
    for (i = 0; i < N; i++) {
        for (j = 0; j < N; j++) {
            int acc = 0;
            for (k = 0; k < N; k++)
                acc += a[i * N + k] * b[k * N + j];
            c[i * N + j] = acc;
        }
    }
}
