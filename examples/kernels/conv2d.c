/* conv2d: 3x3 "valid" convolution of a 16x16 int image with 2-D array
 * parameters; border pixels of the output are set to zero. */
#define H 16
#define W 16
#define K 3

void conv2d(int in[H][W], int kern[K][K], int out[H][W])
{
    int r, c, kr, kc;
    for (r = 0; r < H; r++) {
        for (c = 0; c < W; c++) {
            int acc = 0;
            if (r == 0 || c == 0 || r == H - 1 || c == W - 1) {
                out[r][c] = 0;
                continue;
            }
            for (kr = 0; kr < K; kr++)
                for (kc = 0; kc < K; kc++)
                    acc += in[r + kr - 1][c + kc - 1] * kern[kr][kc];
            out[r][c] = acc;
        }
    }
}
