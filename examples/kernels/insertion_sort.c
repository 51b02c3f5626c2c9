/* insertion_sort: in-place ascending sort of n floats (n clamped to 128). */
#define MAX_N 128

void insertion_sort(float *a, int n)
{
    int i, j;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 1; i < n; i++) {
        float key = a[i];
        j = i - 1;
        while (j >= 0 && a[j] > key) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = key;
    }
}
