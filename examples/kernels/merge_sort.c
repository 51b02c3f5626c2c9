/* merge_sort: iterative bottom-up merge sort of n ints (n clamped to 64),
 * using a local temporary array and a non-inlined merge helper. */
#define MAX_N 64

__attribute__((noinline))
static void merge(int *a, int *tmp, int lo, int mid, int hi)
{
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[i] <= a[j])
            tmp[k++] = a[i++];
        else
            tmp[k++] = a[j++];
    }
    while (i < mid)
        tmp[k++] = a[i++];
    while (j < hi)
        tmp[k++] = a[j++];
    for (k = lo; k < hi; k++)
        a[k] = tmp[k];
}

void merge_sort(int *a, int n)
{
    int tmp[MAX_N];
    int width, lo;
    if (n > MAX_N)
        n = MAX_N;
    for (width = 1; width < n; width *= 2) {
        for (lo = 0; lo < n - width; lo += 2 * width) {
            int mid = lo + width;
            int hi = lo + 2 * width;
            if (hi > n)
                hi = n;
            merge(a, tmp, lo, mid, hi);
        }
    }
}
