/* Counting sort of the bytes of stdin (uint8_t histogram); prints each
   byte value that occurs with its count, then the sorted letters. */
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    uint32_t counts[256] = {0};
    uint8_t letters[512];
    int n = 0;
    int c;
    while ((c = getchar()) != EOF) {
        uint8_t b = (uint8_t)c;
        counts[b]++;
        if (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && n < 512)
            letters[n++] = b;
    }
    for (int v = 0; v < 256; v++)
        if (counts[v] && v > 32)
            printf("'%c' x%u\n", v, counts[v]);
    int k = 0;
    for (int v = 0; v < 256; v++)
        for (uint32_t i = 0; i < counts[v]; i++)
            if (((v | 0x20) >= 'a' && (v | 0x20) <= 'z'))
                letters[k++] = (uint8_t)v;
    fwrite(letters, 1, (size_t)k, stdout);
    putchar('\n');
    return k == n ? 0 : 1;
}
