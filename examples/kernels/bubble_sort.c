/* bubble_sort: in-place ascending sort of n ints (n clamped to 64) with an
 * early exit when a pass makes no swaps. Returns the number of swaps. */
#define MAX_N 64

int bubble_sort(int *a, int n)
{
    int i, j, swaps = 0;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n - 1; i++) {
        int swapped = 0;
        for (j = 0; j < n - 1 - i; j++) {
            if (a[j] > a[j + 1]) {
                int t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
                swapped = 1;
                swaps++;
            }
        }
        if (!swapped)
            break;
    }
    return swaps;
}
