/* Recursive merge sort of 64-bit signed values (large magnitudes, both
   signs); prints the result and the number of comparisons. */
#include <stdint.h>
#include <stdio.h>

#define N 20

static long comparisons;

static void merge_sort(int64_t *a, int64_t *tmp, int lo, int hi)
{
    if (hi - lo < 2)
        return;
    int mid = lo + (hi - lo) / 2;
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        comparisons++;
        tmp[k++] = (a[i] <= a[j]) ? a[i++] : a[j++];
    }
    while (i < mid)
        tmp[k++] = a[i++];
    while (j < hi)
        tmp[k++] = a[j++];
    for (k = lo; k < hi; k++)
        a[k] = tmp[k];
}

int main(void)
{
    int64_t a[N], tmp[N];
    uint64_t x = 0x123456789ULL;
    for (int i = 0; i < N; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        a[i] = (int64_t)x >> 20;
    }
    merge_sort(a, tmp, 0, N);
    for (int i = 0; i < N; i++)
        printf("%lld\n", (long long)a[i]);
    printf("comparisons: %ld\n", comparisons);
    return (int)(comparisons % 100);
}
