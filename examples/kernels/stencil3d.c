/* stencil3d: 7-point stencil on an 8x8x8 int volume (flat array).
 * out = c0 * centre + c1 * (sum of the 6 face neighbours); boundary copied. */
#define D 8
#define IDX(z, y, x) (((z) * D + (y)) * D + (x))

void stencil3d(const int *in, int *out, int c0, int c1)
{
    int z, y, x;
    for (z = 0; z < D; z++) {
        for (y = 0; y < D; y++) {
            for (x = 0; x < D; x++) {
                if (z == 0 || y == 0 || x == 0 ||
                    z == D - 1 || y == D - 1 || x == D - 1) {
                    out[IDX(z, y, x)] = in[IDX(z, y, x)];
                } else {
                    int s = in[IDX(z - 1, y, x)] + in[IDX(z + 1, y, x)]
                          + in[IDX(z, y - 1, x)] + in[IDX(z, y + 1, x)]
                          + in[IDX(z, y, x - 1)] + in[IDX(z, y, x + 1)];
                    out[IDX(z, y, x)] = c0 * in[IDX(z, y, x)] + c1 * s;
                }
            }
        }
    }
}
