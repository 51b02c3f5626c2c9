/* Median of the numbers read from stdin with quickselect (Lomuto
   partition); also prints the minimum and maximum. */
#include <stdio.h>

#define MAX 128

static void swap(int *a, int *b)
{
    int t = *a;
    *a = *b;
    *b = t;
}

static int select_kth(int *a, int lo, int hi, int k)
{
    while (lo < hi) {
        int pivot = a[hi];
        int store = lo;
        for (int i = lo; i < hi; i++)
            if (a[i] < pivot)
                swap(&a[i], &a[store++]);
        swap(&a[store], &a[hi]);
        if (store == k)
            return a[k];
        if (store < k)
            lo = store + 1;
        else
            hi = store - 1;
    }
    return a[lo];
}

int main(void)
{
    int a[MAX];
    int n = 0;
    while (n < MAX && scanf("%d", &a[n]) == 1)
        n++;
    if (n == 0) {
        puts("no input");
        return 1;
    }
    int median = select_kth(a, 0, n - 1, n / 2);
    int lo = select_kth(a, 0, n - 1, 0);
    int hi = select_kth(a, 0, n - 1, n - 1);
    printf("n=%d median=%d min=%d max=%d\n", n, median, lo, hi);
    return 0;
}
