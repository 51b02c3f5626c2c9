/* 2D grid: Conway's Game of Life on a small torus for a few generations. */
#include <stdio.h>
#include <string.h>

#define W 12
#define H 10

static unsigned char grid[H][W], next[H][W];

static int neighbours(int y, int x)
{
    int n = 0;
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
            if (dy || dx)
                n += grid[(y + dy + H) % H][(x + dx + W) % W];
    return n;
}

static int step(void)
{
    int alive = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int n = neighbours(y, x);
            next[y][x] = n == 3 || (n == 2 && grid[y][x]);
            alive += next[y][x];
        }
    memcpy(grid, next, sizeof grid);
    return alive;
}

int main(void)
{
    /* a glider and a blinker */
    grid[0][1] = grid[1][2] = grid[2][0] = grid[2][1] = grid[2][2] = 1;
    grid[6][7] = grid[6][8] = grid[6][9] = 1;
    int alive = 0;
    for (int g = 1; g <= 8; g++) {
        alive = step();
        printf("generation %d: %d alive\n", g, alive);
    }
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++)
            putchar(grid[y][x] ? '#' : '.');
        putchar('\n');
    }
    return alive;
}
