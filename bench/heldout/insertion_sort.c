/* Insertion sort of the integers given as arguments; prints the sorted list
   and the number of element moves. */
#include <stdio.h>
#include <stdlib.h>

#define MAX_ITEMS 64

static int insertion_sort(long *v, int n)
{
    int moves = 0;
    for (int i = 1; i < n; i++) {
        long key = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > key) {
            v[j + 1] = v[j];
            j--;
            moves++;
        }
        v[j + 1] = key;
    }
    return moves;
}

int main(int argc, char **argv)
{
    long values[MAX_ITEMS];
    int n = 0;
    for (int i = 1; i < argc && n < MAX_ITEMS; i++)
        values[n++] = strtol(argv[i], NULL, 10);
    int moves = insertion_sort(values, n);
    for (int i = 0; i < n; i++)
        printf("%ld%c", values[i], i + 1 < n ? ' ' : '\n');
    printf("moves: %d\n", moves);
    for (int i = 1; i < n; i++)
        if (values[i - 1] > values[i])
            return 1;
    return 0;
}
