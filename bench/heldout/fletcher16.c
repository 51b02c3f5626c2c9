/* Fletcher-16 and Adler-32 checksums of stdin, computed with 8-bit and
   32-bit unsigned arithmetic, line by line and for the whole input. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint16_t fletcher16(const uint8_t *data, size_t len)
{
    uint16_t a = 0, b = 0;
    for (size_t i = 0; i < len; i++) {
        a = (uint16_t)((a + data[i]) % 255);
        b = (uint16_t)((b + a) % 255);
    }
    return (uint16_t)((b << 8) | a);
}

static uint32_t adler32(const uint8_t *data, size_t len)
{
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < len; i++) {
        a = (a + data[i]) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

int main(void)
{
    char line[256];
    static uint8_t all[4096];
    size_t total = 0;
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        printf("%04x %08x %s", fletcher16((const uint8_t *)line, n), adler32((const uint8_t *)line, n), line);
        if (total + n <= sizeof all) {
            memcpy(all + total, line, n);
            total += n;
        }
    }
    uint16_t f = fletcher16(all, total);
    printf("all: %04x %08x (%zu bytes)\n", f, adler32(all, total), total);
    return f & 0x7f;
}
