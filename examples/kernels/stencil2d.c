/* stencil2d: one Jacobi sweep of a 5-point stencil on a 32x32 float grid.
 * Boundary cells are copied unchanged. */
#define R 32
#define C 32

void stencil2d(float in[R][C], float out[R][C])
{
    int i, j;
    for (i = 0; i < R; i++) {
        for (j = 0; j < C; j++) {
            if (i == 0 || j == 0 || i == R - 1 || j == C - 1)
                out[i][j] = in[i][j];
            else
                out[i][j] = 0.5f * in[i][j]
                          + 0.125f * (in[i - 1][j] + in[i + 1][j]
                                      + in[i][j - 1] + in[i][j + 1]);
        }
    }
}
