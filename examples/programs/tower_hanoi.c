/* Recursion: Towers of Hanoi with move counting and peg state checks. */
#include <stdio.h>
#include <stdlib.h>

static int pegs[3][16];
static int height[3];
static long moves;

static void move_disk(int from, int to)
{
    int d = pegs[from][--height[from]];
    if (height[to] && pegs[to][height[to] - 1] < d) {
        printf("illegal move\n");
        exit(3);
    }
    pegs[to][height[to]++] = d;
    moves++;
}

static void hanoi(int n, int from, int to, int via, int verbose)
{
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to, verbose);
    move_disk(from, to);
    if (verbose)
        printf("disk %d: %c -> %c\n", n, 'A' + from, 'A' + to);
    hanoi(n - 1, via, to, from, verbose);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 4;
    if (n < 1 || n > 16)
        n = 4;
    for (int i = 0; i < n; i++)
        pegs[0][i] = n - i;
    height[0] = n;
    hanoi(n, 0, 2, 1, n <= 4);
    printf("%d disks: %ld moves, peg C holds %d\n", n, moves, height[2]);
    return height[2] == n ? 0 : 1;
}
