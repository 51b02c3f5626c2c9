/* Counts the solutions of the N-queens problem for N = 1..8 by
   backtracking with column and diagonal bit masks; prints the first
   solution for the largest N. */
#include <stdio.h>

static int first[16];
static int have_first;
static int placed[16];

static long solve(int n, int row, unsigned cols, unsigned diag1, unsigned diag2)
{
    if (row == n) {
        if (!have_first) {
            for (int i = 0; i < n; i++)
                first[i] = placed[i];
            have_first = 1;
        }
        return 1;
    }
    long count = 0;
    unsigned free_cols = ~(cols | diag1 | diag2) & ((1u << n) - 1);
    while (free_cols) {
        unsigned bit = free_cols & -free_cols;
        free_cols ^= bit;
        int col = 0;
        while (!((bit >> col) & 1u))
            col++;
        placed[row] = col;
        count += solve(n, row + 1, cols | bit, (diag1 | bit) << 1, (diag2 | bit) >> 1);
    }
    return count;
}

int main(void)
{
    long total = 0;
    for (int n = 1; n <= 8; n++) {
        have_first = 0;
        long c = solve(n, 0, 0, 0, 0);
        total += c;
        printf("%d queens: %ld solutions\n", n, c);
    }
    for (int r = 0; r < 8; r++) {
        for (int c = 0; c < 8; c++)
            putchar(first[r] == c ? 'Q' : '.');
        putchar('\n');
    }
    return (int)(total % 256);
}
