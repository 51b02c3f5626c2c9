/* dot: integer dot product of two vectors of length n (n clamped to 1024). */
#define MAX_N 1024

int dot(const int *a, const int *b, int n)
{
    int i, acc = 0;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++)
        acc += a[i] * b[i];
    return acc;
}
