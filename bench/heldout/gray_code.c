/* 16-bit Gray codes: encoding, decoding by prefix XOR, and a check that
   consecutive codes differ in exactly one bit. */
#include <stdint.h>
#include <stdio.h>

static uint16_t to_gray(uint16_t n)
{
    return (uint16_t)(n ^ (n >> 1));
}

static uint16_t from_gray(uint16_t g)
{
    uint16_t n = g;
    for (int shift = 1; shift < 16; shift <<= 1)
        n = (uint16_t)(n ^ (n >> shift));
    return n;
}

static int one_bit(uint16_t x)
{
    return x != 0 && (x & (x - 1)) == 0;
}

int main(void)
{
    int errors = 0;
    for (uint16_t n = 0; n < 16; n++) {
        uint16_t g = to_gray(n);
        printf("%2u -> ", n);
        for (int b = 3; b >= 0; b--)
            putchar('0' + ((g >> b) & 1));
        putchar('\n');
    }
    uint16_t prev = to_gray(0);
    uint32_t n = 1;
    do {
        uint16_t g = to_gray((uint16_t)n);
        errors += !one_bit((uint16_t)(g ^ prev));
        errors += from_gray(g) != (uint16_t)n;
        prev = g;
        n++;
    } while (n <= 0xffffu);
    errors += !one_bit((uint16_t)(prev ^ to_gray(0)));
    printf("checked 65536 codes, %d errors\n", errors);
    printf("gray(40000) = %u, back = %u\n", to_gray(40000), from_gray(to_gray(40000)));
    return errors;
}
