/* spmv_csr: y = A * x for a 16x16 sparse float matrix in CSR form with at
 * most 64 non-zeros. Row pointers are clamped and column indices masked so
 * that any array contents stay in bounds. */
#define ROWS 16
#define NNZ 64

void spmv_csr(const float *val, const int *cols, const int *row_ptr,
              const float *x, float *y)
{
    int i;
    for (i = 0; i < ROWS; i++) {
        unsigned start = (unsigned)row_ptr[i];
        unsigned end = (unsigned)row_ptr[i + 1];
        unsigned j;
        float sum = 0.0f;
        if (start > NNZ)
            start = NNZ;
        if (end > NNZ)
            end = NNZ;
        for (j = start; j < end; j++)
            sum += val[j] * x[(unsigned)cols[j] % ROWS];
        y[i] = sum;
    }
}
