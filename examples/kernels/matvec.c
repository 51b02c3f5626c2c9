/* matvec: y = A * x + b for a 16x32 float matrix (row-major). */
#define ROWS 16
#define COLS 32

void matvec(const float *a, const float *x, const float *b, float *y)
{
    int i, j;
    for (i = 0; i < ROWS; i++) {
        float acc = b[i];
        for (j = 0; j < COLS; j++)
            acc += a[i * COLS + j] * x[j];
        y[i] = acc;
    }
}
