/* A hex dump of stdin: offset, 16 bytes in hex with a gap after eight,
   and the printable characters; plus byte statistics. */
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    uint8_t line[16];
    unsigned long offset = 0;
    unsigned sum = 0;
    uint8_t lowest = 255, highest = 0;
    size_t n;
    while ((n = fread(line, 1, sizeof line, stdin)) > 0) {
        printf("%08lx  ", offset);
        for (size_t i = 0; i < 16; i++) {
            if (i < n)
                printf("%02x ", line[i]);
            else
                printf("   ");
            if (i == 7)
                putchar(' ');
        }
        printf(" |");
        for (size_t i = 0; i < n; i++) {
            putchar(line[i] >= 32 && line[i] < 127 ? line[i] : '.');
            sum += line[i];
            if (line[i] < lowest) lowest = line[i];
            if (line[i] > highest) highest = line[i];
        }
        printf("|\n");
        offset += n;
    }
    printf("%08lx\n%lu bytes, sum %u, range %u..%u\n", offset, offset, sum, lowest, highest);
    return (int)(sum & 0x7f);
}
