/* Unsigned arithmetic that wraps at 8, 16, 32 and 64 bits. */
#include <stdio.h>
#include <stdint.h>

int main(void)
{
    uint8_t a8 = 250;
    uint16_t a16 = 65530;
    uint32_t a32 = 4294967290u;
    uint64_t a64 = 18446744073709551610ull;
    for (int i = 0; i < 10; i++) {
        a8 += 3;
        a16 += 3;
        a32 += 3;
        a64 += 3;
        printf("%3u %5u %10u %20llu\n", a8, a16, a32, (unsigned long long)a64);
    }
    uint8_t m8 = 200;
    uint16_t m16 = 60000;
    uint32_t m32 = 3000000000u;
    printf("mul %u %u %u\n", (uint8_t)(m8 * 3), (uint16_t)(m16 * 3), m32 * 3u);
    printf("sub %u %u %u\n", (uint8_t)(a8 - 100), (uint16_t)(a16 - 100), a32 - 100u);
    uint32_t d = 0xdeadbeef;
    printf("div %u %u %u %u\n", d / 7u, d % 7u, d / 65536u, d % 1000u);
    uint64_t big = 0xfedcba9876543210ull;
    printf("div64 %llu %llu\n", (unsigned long long)(big / 1000003ull), (unsigned long long)(big % 1000003ull));
    unsigned cmp = 0;
    for (uint32_t x = 0xfffffff0u; x != 5; x++)
        cmp += x > 0x7fffffffu;
    printf("cmp %u\n", cmp);
    return (int)(a8 ^ (uint8_t)a16);
}
