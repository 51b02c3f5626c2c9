/* int8/int16 saturating arithmetic, signed char comparisons and clamping. */
#include <stdio.h>
#include <stdint.h>

static int8_t sat_add8(int8_t a, int8_t b)
{
    int s = a + b;
    return (int8_t)(s > INT8_MAX ? INT8_MAX : s < INT8_MIN ? INT8_MIN : s);
}

static int16_t sat_mul16(int16_t a, int16_t b)
{
    int32_t p = (int32_t)a * b;
    if (p > INT16_MAX) return INT16_MAX;
    if (p < INT16_MIN) return INT16_MIN;
    return (int16_t)p;
}

static uint8_t sat_sub_u8(uint8_t a, uint8_t b) { return a > b ? (uint8_t)(a - b) : 0; }

static int16_t clamp16(int32_t v, int16_t lo, int16_t hi) { return (int16_t)(v < lo ? lo : v > hi ? hi : v); }

int main(void)
{
    int8_t a[] = { 100, -100, 50, -128, 127, 0, -1 };
    int16_t h[] = { 300, -300, 200, -32768, 32767, 181 };
    int clipped = 0;
    for (int i = 0; i < 7; i++) {
        int8_t s = sat_add8(a[i], a[(i + 3) % 7]);
        clipped += s == INT8_MAX || s == INT8_MIN;
        printf("%d + %d -> %d\n", a[i], a[(i + 3) % 7], s);
    }
    for (int i = 0; i < 6; i++) {
        int16_t m = sat_mul16(h[i], h[(i + 1) % 6]);
        clipped += m == INT16_MAX || m == INT16_MIN;
        printf("%d * %d -> %d\n", h[i], h[(i + 1) % 6], m);
    }
    printf("u8: %u %u\n", sat_sub_u8(10, 200), sat_sub_u8(200, 10));
    printf("clamp: %d %d %d\n", clamp16(70000, -1000, 1000), clamp16(-70000, -1000, 1000), clamp16(5, -1000, 1000));
    signed char sc = -5;
    unsigned char uc = 250;
    printf("cmp: %d %d\n", sc < 0, uc > sc);
    return clipped;
}
