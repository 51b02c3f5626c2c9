/* qmatvec: quantized fully-connected layer: y = clamp(relu(W x + b) >> shift)
 * with int8_t weights/activations (16x32 row-major W), int16_t bias, int32_t
 * accumulation and int8_t output saturated to [0, 127]. */
#include <stdint.h>

#define ROWS 16
#define COLS 32

void qmatvec(const int8_t *w, const int8_t *x, const int16_t *bias,
             int8_t *y, int shift)
{
    int i, j;
    shift &= 15;
    for (i = 0; i < ROWS; i++) {
        int32_t acc = bias[i];
        for (j = 0; j < COLS; j++)
            acc += (int32_t)w[i * COLS + j] * (int32_t)x[j];
        if (acc < 0)
            acc = 0;
        acc >>= shift;
        if (acc > 127)
            acc = 127;
        y[i] = (int8_t)acc;
    }
}
