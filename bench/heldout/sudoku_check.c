/* Validates 9x9 sudoku grids read from stdin (81 digits, 0 for empty):
   rows, columns and boxes via 16-bit masks; counts the candidates of
   each empty cell. */
#include <stdint.h>
#include <stdio.h>

static int grid[9][9];

static int read_grid(void)
{
    int n = 0, c;
    while (n < 81 && (c = getchar()) != EOF)
        if (c >= '0' && c <= '9') {
            grid[n / 9][n % 9] = c - '0';
            n++;
        }
    return n == 81;
}

int main(void)
{
    int number = 0, invalid = 0;
    while (read_grid()) {
        uint16_t row[9] = {0}, col[9] = {0}, box[9] = {0};
        int ok = 1, empty = 0, forced = 0;
        for (int r = 0; r < 9; r++)
            for (int c = 0; c < 9; c++) {
                int v = grid[r][c];
                if (!v) continue;
                uint16_t bit = (uint16_t)(1u << v);
                int b = (r / 3) * 3 + c / 3;
                if ((row[r] | col[c] | box[b]) & bit)
                    ok = 0;
                row[r] |= bit; col[c] |= bit; box[b] |= bit;
            }
        for (int r = 0; r < 9; r++)
            for (int c = 0; c < 9; c++)
                if (!grid[r][c]) {
                    uint16_t used = row[r] | col[c] | box[(r / 3) * 3 + c / 3];
                    int candidates = 0;
                    for (int v = 1; v <= 9; v++)
                        candidates += !((used >> v) & 1);
                    empty++;
                    forced += candidates == 1;
                }
        number++;
        invalid += !ok;
        printf("grid %d: %s, %d empty, %d forced\n", number, ok ? "valid" : "INVALID", empty, forced);
    }
    return invalid;
}
