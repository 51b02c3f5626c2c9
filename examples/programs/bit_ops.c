/* 8/16/32/64-bit bit manipulation: popcount, rotates, bit reversal, byte swaps. */
#include <stdio.h>
#include <stdint.h>

static int popcount64(uint64_t x)
{
    int n = 0;
    while (x) {
        x &= x - 1;
        n++;
    }
    return n;
}

static uint32_t rotl32(uint32_t x, unsigned r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }
static uint16_t rotr16(uint16_t x, unsigned r) { return (uint16_t)((x >> (r & 15)) | (x << ((16 - r) & 15))); }

static uint8_t reverse8(uint8_t b)
{
    uint8_t r = 0;
    for (int i = 0; i < 8; i++)
        r = (uint8_t)((r << 1) | ((b >> i) & 1));
    return r;
}

static uint64_t bswap64(uint64_t x)
{
    uint64_t r = 0;
    for (int i = 0; i < 8; i++)
        r = (r << 8) | ((x >> (8 * i)) & 0xff);
    return r;
}

static int clz32(uint32_t x)
{
    int n = 0;
    if (!x) return 32;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
}

int main(void)
{
    uint64_t v = 0x0123456789abcdefull;
    unsigned total = 0;
    for (int i = 0; i < 6; i++) {
        uint32_t lo = (uint32_t)v;
        uint16_t h = (uint16_t)(v >> 16);
        uint8_t b = (uint8_t)(v >> 40);
        printf("%016llx pop=%d rotl=%08x rotr16=%04x rev8=%02x bswap=%016llx clz=%d\n",
               (unsigned long long)v, popcount64(v), rotl32(lo, i * 5), rotr16(h, i * 3),
               reverse8(b), (unsigned long long)bswap64(v), clz32(lo >> i * 4));
        total += popcount64(v) + clz32(lo);
        v = v * 6364136223846793005ull + 1442695040888963407ull;
    }
    int8_t s8 = -100;
    int16_t s16 = -30000;
    printf("sign extend %d %d %d %d\n", s8 >> 2, s16 >> 3, (uint8_t)s8 >> 2, (uint16_t)s16 >> 3);
    return (int)(total & 0x7f);
}
