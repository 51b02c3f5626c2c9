/* Signed division, modulo and shifts with negative operands at several widths. */
#include <stdio.h>
#include <stdint.h>

static int floor_div(int a, int b)
{
    int q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

int main(void)
{
    int vals[] = { 17, -17, 100, -100, 7, -7, 2147483647, -2147483647 };
    int divs[] = { 5, -5, 3, -3 };
    long checksum = 0;
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        for (unsigned j = 0; j < sizeof divs / sizeof divs[0]; j++) {
            int a = vals[i], b = divs[j];
            printf("%d/%d=%d %%=%d floor=%d\n", a, b, a / b, a % b, floor_div(a, b));
            checksum += a / b + a % b;
        }
    }
    int64_t big = -9000000000000000000ll;
    printf("%lld %lld %lld\n", (long long)(big / 7), (long long)(big % 7), (long long)(big >> 13));
    int16_t h = -12345;
    int8_t c = -128;
    printf("%d %d %d %d\n", h / 10, h % 10, c / 3, c >> 1);
    printf("%d %d\n", -37 >> 2, -37 / 4);
    printf("checksum %ld\n", checksum);
    return (int)(checksum & 0xff);
}
