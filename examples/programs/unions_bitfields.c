/* Unions and bitfields: packing a header into bitfields, type punning through a union. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

struct header {
    unsigned version : 3;
    unsigned flags : 5;
    unsigned length : 12;
    signed offset : 12;
};

union word {
    uint32_t u;
    int32_t i;
    uint16_t half[2];
    uint8_t byte[4];
};

int main(void)
{
    struct header h = { 0 };
    unsigned check = 0;
    for (int i = 0; i < 6; i++) {
        h.version = (unsigned)(i + 5);
        h.flags = (unsigned)(i * 7);
        h.length = (unsigned)(i * 1000 + 17);
        h.offset = -(i * 500) + 300;
        uint32_t raw;
        memcpy(&raw, &h, sizeof raw);
        printf("v=%u f=%u len=%u off=%d raw=%08x\n", h.version, h.flags, h.length, h.offset, raw);
        check += raw;
    }
    union word w;
    w.u = 0x80402010u;
    printf("u=%u i=%d half=%04x,%04x bytes=%02x %02x %02x %02x\n", w.u, w.i, w.half[0], w.half[1],
           w.byte[0], w.byte[1], w.byte[2], w.byte[3]);
    w.byte[3] = 0x7f;
    printf("after byte write i=%d\n", w.i);
    return (int)(check & 0x7f);
}
