/* Heap sort (sift-down, array-based binary heap) of a fixed table; prints
   the heap after building it and the sorted array. */
#include <stdio.h>

static void sift_down(int *a, int start, int end)
{
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1;
        int target = root;
        if (a[target] < a[child])
            target = child;
        if (child + 1 <= end && a[target] < a[child + 1])
            target = child + 1;
        if (target == root)
            return;
        int t = a[root];
        a[root] = a[target];
        a[target] = t;
        root = target;
    }
}

static void print_array(const char *title, const int *a, int n)
{
    printf("%s:", title);
    for (int i = 0; i < n; i++)
        printf(" %d", a[i]);
    printf("\n");
}

int main(void)
{
    int a[] = {42, -7, 19, 0, 88, 3, 3, -120, 56, 1000, 17, -1, 64, 9};
    int n = sizeof a / sizeof a[0];
    for (int start = (n - 2) / 2; start >= 0; start--)
        sift_down(a, start, n - 1);
    print_array("heap", a, n);
    for (int end = n - 1; end > 0; end--) {
        int t = a[0];
        a[0] = a[end];
        a[end] = t;
        sift_down(a, 0, end - 1);
    }
    print_array("sorted", a, n);
    return a[0] < 0 ? 2 : 0;
}
