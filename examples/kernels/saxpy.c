/* saxpy: y = a * x + y over n floats (n clamped to 1024). */
#define MAX_N 1024

void saxpy(float a, const float *x, float *y, int n)
{
    int i;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++)
        y[i] = a * x[i] + y[i];
}
