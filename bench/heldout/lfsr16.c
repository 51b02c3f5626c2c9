/* A 16-bit Galois LFSR (taps 0xB400): its period, the first outputs, and a
   byte stream used to scramble and unscramble a message from stdin. */
#include <stdint.h>
#include <stdio.h>

static uint16_t step(uint16_t s)
{
    uint16_t lsb = s & 1u;
    s >>= 1;
    if (lsb)
        s ^= 0xB400u;
    return s;
}

static uint8_t stream_byte(uint16_t *s)
{
    uint8_t b = 0;
    for (int i = 0; i < 8; i++) {
        *s = step(*s);
        b = (uint8_t)((b << 1) | (*s & 1u));
    }
    return b;
}

int main(void)
{
    uint16_t s = 0xACE1u;
    uint32_t period = 0;
    do {
        s = step(s);
        period++;
    } while (s != 0xACE1u);
    printf("period %u\n", period);
    for (int i = 0; i < 8; i++) {
        s = step(s);
        printf("%04x ", s);
    }
    printf("\n");
    uint8_t msg[256], enc[256];
    int n = 0, c;
    while (n < 256 && (c = getchar()) != EOF)
        msg[n++] = (uint8_t)c;
    uint16_t k1 = 0x1234u, k2 = 0x1234u;
    int same = 1;
    for (int i = 0; i < n; i++) {
        enc[i] = msg[i] ^ stream_byte(&k1);
        printf("%02x", enc[i]);
        same &= (uint8_t)(enc[i] ^ stream_byte(&k2)) == msg[i];
    }
    printf("\nround trip %s\n", same ? "ok" : "FAILED");
    return same ? 0 : 1;
}
