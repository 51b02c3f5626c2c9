/* uint32 arithmetic: bitwise CRC-32, Adler-32 and Fletcher-16 over stdin. */
#include <stdio.h>
#include <stdint.h>

static uint32_t crc32_update(uint32_t crc, uint8_t byte)
{
    crc ^= byte;
    for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
    return crc;
}

int main(void)
{
    uint32_t crc = 0xffffffffu;
    uint32_t a = 1, b = 0;
    uint16_t f1 = 0, f2 = 0;
    unsigned long n = 0;
    int c;
    while ((c = getchar()) != EOF) {
        uint8_t byte = (uint8_t)c;
        crc = crc32_update(crc, byte);
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
        f1 = (uint16_t)((f1 + byte) % 255);
        f2 = (uint16_t)((f2 + f1) % 255);
        n++;
    }
    crc ^= 0xffffffffu;
    printf("bytes %lu\ncrc32 %08x\nadler32 %08x\nfletcher16 %04x\n", n, crc, (b << 16) | a, (unsigned)((f2 << 8) | f1));
    return (int)(crc & 0x3f);
}
