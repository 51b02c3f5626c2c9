/* dot_f: double-precision dot product of length n (n clamped to 1024). */
#define MAX_N 1024

double dot_f(const double *a, const double *b, int n)
{
    int i;
    double acc = 0.0;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++)
        acc += a[i] * b[i];
    return acc;
}
