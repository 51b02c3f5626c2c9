/* Counts and labels the connected regions of a character grid from stdin
   with a recursive 4-way flood fill; prints sizes and the labelled grid. */
#include <stdio.h>
#include <string.h>

#define W 40
#define H 20

static char grid[H][W + 2];
static int rows, cols;

static int fill(int r, int c, char target, char mark)
{
    if (r < 0 || r >= rows || c < 0 || c >= cols || grid[r][c] != target)
        return 0;
    grid[r][c] = mark;
    return 1 + fill(r + 1, c, target, mark) + fill(r - 1, c, target, mark) + fill(r, c + 1, target, mark) +
           fill(r, c - 1, target, mark);
}

int main(void)
{
    while (rows < H && fgets(grid[rows], sizeof grid[rows], stdin)) {
        grid[rows][strcspn(grid[rows], "\n")] = '\0';
        int len = (int)strlen(grid[rows]);
        if (len > cols)
            cols = len;
        rows++;
    }
    int regions = 0, largest = 0;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            if (grid[r][c] == '#') {
                int size = fill(r, c, '#', (char)('a' + regions % 26));
                printf("region %c: %d cells\n", 'a' + regions % 26, size);
                regions++;
                if (size > largest)
                    largest = size;
            }
    for (int r = 0; r < rows; r++)
        printf("%s\n", grid[r]);
    printf("%d regions, largest %d\n", regions, largest);
    return regions;
}
