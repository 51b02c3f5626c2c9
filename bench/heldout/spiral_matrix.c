/* Fills an R x C matrix in spiral order, prints it, then reads it back in
   zig-zag diagonal order; sizes come from the arguments. */
#include <stdio.h>
#include <stdlib.h>

#define MAXD 12

int main(int argc, char **argv)
{
    int rows = argc > 1 ? atoi(argv[1]) : 4, cols = argc > 2 ? atoi(argv[2]) : 5;
    if (rows < 1 || cols < 1 || rows > MAXD || cols > MAXD)
        return 2;
    int m[MAXD][MAXD];
    int top = 0, bottom = rows - 1, left = 0, right = cols - 1, v = 1;
    while (top <= bottom && left <= right) {
        for (int j = left; j <= right; j++) m[top][j] = v++;
        top++;
        for (int i = top; i <= bottom; i++) m[i][right] = v++;
        right--;
        if (top <= bottom) {
            for (int j = right; j >= left; j--) m[bottom][j] = v++;
            bottom--;
        }
        if (left <= right) {
            for (int i = bottom; i >= top; i--) m[i][left] = v++;
            left++;
        }
    }
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++)
            printf("%4d", m[i][j]);
        printf("\n");
    }
    long weighted = 0;
    int k = 0;
    for (int d = 0; d < rows + cols - 1; d++) {
        for (int t = 0; t <= d; t++) {
            int i = (d % 2) ? t : d - t, j = d - i;
            if (i < rows && j < cols) {
                weighted += (long)m[i][j] * ++k;
                printf("%d ", m[i][j]);
            }
        }
    }
    printf("\nweighted %ld\n", weighted);
    return (int)(weighted % 101);
}
