/* Reads intervals "lo hi" from stdin, sorts them by start (insertion sort
   of structs), merges overlapping ones and reports the covered length. */
#include <stdio.h>

struct interval {
    long lo, hi;
};

int main(void)
{
    struct interval v[100];
    int n = 0;
    while (n < 100 && scanf("%ld %ld", &v[n].lo, &v[n].hi) == 2) {
        if (v[n].lo > v[n].hi) {
            long t = v[n].lo;
            v[n].lo = v[n].hi;
            v[n].hi = t;
        }
        n++;
    }
    for (int i = 1; i < n; i++) {
        struct interval key = v[i];
        int j = i - 1;
        while (j >= 0 && v[j].lo > key.lo) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = key;
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
        if (m > 0 && v[i].lo <= v[m - 1].hi) {
            if (v[i].hi > v[m - 1].hi)
                v[m - 1].hi = v[i].hi;
        } else {
            v[m++] = v[i];
        }
    }
    long covered = 0;
    for (int i = 0; i < m; i++) {
        printf("[%ld, %ld]\n", v[i].lo, v[i].hi);
        covered += v[i].hi - v[i].lo;
    }
    printf("%d intervals merged into %d, covering %ld\n", n, m, covered);
    return m;
}
