/* prefix_sum: inclusive scan out[i] = in[0] + ... + in[i] (n clamped to
 * 1024). Returns the total. */
#define MAX_N 1024

int prefix_sum(const int *in, int *out, int n)
{
    int i, acc = 0;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++) {
        acc += in[i];
        out[i] = acc;
    }
    return acc;
}
