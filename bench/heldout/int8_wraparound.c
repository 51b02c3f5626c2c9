/* 8-bit signed and unsigned arithmetic in C's conversions: sums, products
   and negations wrapped back to int8_t/uint8_t, and mixed comparisons. */
#include <stdint.h>
#include <stdio.h>

static int8_t add8(int8_t a, int8_t b)
{
    return (int8_t)(a + b);
}

static int8_t mul8(int8_t a, int8_t b)
{
    return (int8_t)(a * b);
}

static uint8_t sub_u8(uint8_t a, uint8_t b)
{
    return (uint8_t)(a - b);
}

int main(void)
{
    const int8_t s[] = {127, -128, -1, 100, -100, 37};
    const uint8_t u[] = {255, 0, 1, 200, 128, 37};
    int checksum = 0;
    for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 6; j++) {
            int8_t a = add8(s[i], s[j]), m = mul8(s[i], s[j]);
            uint8_t d = sub_u8(u[i], u[j]);
            checksum = (checksum * 31 + a + m + d) & 0xffff;
            if (i <= j)
                printf("%4d %4d: add %4d mul %4d | %3u-%3u=%3u\n", s[i], s[j], a, m, u[i], u[j], d);
        }
    }
    int8_t neg = (int8_t)-s[1];
    uint8_t big = u[0];
    int8_t as_signed = (int8_t)big;
    printf("-(-128) -> %d, (int8_t)255 -> %d, 255 > -1 as ints: %d\n", neg, as_signed, big > as_signed);
    printf("checksum %d\n", checksum);
    return checksum & 0x7f;
}
