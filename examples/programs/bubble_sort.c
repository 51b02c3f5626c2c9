/* Arrays: bubble sort and insertion sort of int arrays, with a checksum. */
#include <stdio.h>

#define N 24

static void bubble(int *a, int n)
{
    for (int i = 0; i < n - 1; i++) {
        int swapped = 0;
        for (int j = 0; j < n - 1 - i; j++) {
            if (a[j] > a[j + 1]) {
                int t = a[j];
                a[j] = a[j + 1];
                a[j + 1] = t;
                swapped = 1;
            }
        }
        if (!swapped)
            break;
    }
}

static void insertion(short *a, int n)
{
    for (int i = 1; i < n; i++) {
        short key = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > key) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = key;
    }
}

int main(void)
{
    int a[N];
    short s[N];
    unsigned seed = 12345;
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        a[i] = (int)(seed >> 16) % 1000 - 500;
        s[i] = (short)(a[i] * 7);
    }
    bubble(a, N);
    insertion(s, N);
    long sum = 0;
    for (int i = 0; i < N; i++) {
        printf("%d%c", a[i], i == N - 1 ? '\n' : ' ');
        sum += (long)a[i] * (i + 1);
    }
    for (int i = 0; i < N; i++)
        printf("%hd%c", s[i], i == N - 1 ? '\n' : ' ');
    printf("weighted sum %ld\n", sum);
    for (int i = 1; i < N; i++)
        if (a[i - 1] > a[i] || s[i - 1] > s[i])
            return 1;
    return 0;
}
