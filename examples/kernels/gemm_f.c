/* gemm_f: C = alpha * A * B + beta * C for 16x16 float matrices (row-major). */
#define N 16

void gemm_f(const float *a, const float *b, float *c, float alpha, float beta)
{
    int i, j, k;
    for (i = 0; i < N; i++) {
        for (j = 0; j < N; j++) {
            float acc = 0.0f;
            for (k = 0; k < N; k++)
                acc += a[i * N + k] * b[k * N + j];
            c[i * N + j] = alpha * acc + beta * c[i * N + j];
        }
    }
}
