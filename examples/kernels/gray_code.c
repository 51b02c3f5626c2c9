/* gray_code: (re)builds a 64-entry Gray-code lookup table in a global array,
 * then maps n inputs (n clamped to 1024, masked to 6 bits) through it.
 * Returns the table's last entry (a load from a constant global offset). */
#define LUT 64
#define MAX_N 1024

unsigned gray_lut[LUT];

unsigned gray_code(const unsigned *in, unsigned *out, int n)
{
    unsigned i;
    int k;
    for (i = 0; i < LUT; i++)
        gray_lut[i] = i ^ (i >> 1);
    if (n > MAX_N)
        n = MAX_N;
    for (k = 0; k < n; k++)
        out[k] = gray_lut[in[k] & (LUT - 1)];
    return gray_lut[LUT - 1];
}
