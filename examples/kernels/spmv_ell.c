/* spmv_ell: y = A * x for a 16x16 sparse float matrix in ELLPACK form with
 * 4 stored entries per row; column indices are masked into range. */
#define ROWS 16
#define L 4

void spmv_ell(const float *val, const int *cols, const float *x, float *y)
{
    int i, j;
    for (i = 0; i < ROWS; i++) {
        float sum = 0.0f;
        for (j = 0; j < L; j++)
            sum += val[i * L + j] * x[cols[i * L + j] & (ROWS - 1)];
        y[i] = sum;
    }
}
