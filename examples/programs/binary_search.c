/* Binary search (iterative and recursive) and lower bound over sorted arrays. */
#include <stdio.h>

static int search(const int *a, int n, int key)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] == key)
            return mid;
        if (a[mid] < key)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

static int search_rec(const long *a, int lo, int hi, long key)
{
    if (lo > hi)
        return -1;
    int mid = (lo + hi) >> 1;
    if (a[mid] == key)
        return mid;
    return a[mid] < key ? search_rec(a, mid + 1, hi, key) : search_rec(a, lo, mid - 1, key);
}

static unsigned lower_bound(const unsigned short *a, unsigned n, unsigned short key)
{
    unsigned lo = 0, hi = n;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (a[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int main(void)
{
    int a[40];
    long b[40];
    unsigned short c[40];
    for (int i = 0; i < 40; i++) {
        a[i] = i * i - 200;
        b[i] = (long)i * 1000000007L;
        c[i] = (unsigned short)(i * 1500);
    }
    int found = 0;
    for (int k = -210; k < 1400; k += 97) {
        int r = search(a, 40, k);
        found += r >= 0;
        printf("search %d -> %d\n", k, r);
    }
    printf("rec %d %d\n", search_rec(b, 0, 39, 17L * 1000000007L), search_rec(b, 0, 39, 5));
    printf("lower_bound %u %u %u\n", lower_bound(c, 40, 0), lower_bound(c, 40, 3001), lower_bound(c, 40, 65535));
    return found;
}
