/* Strings: Caesar and Vigenere ciphers over stdin with a key from argv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char shift_char(char c, int k)
{
    if (c >= 'a' && c <= 'z')
        return (char)('a' + (c - 'a' + k + 26) % 26);
    if (c >= 'A' && c <= 'Z')
        return (char)('A' + (c - 'A' + k + 26) % 26);
    return c;
}

int main(int argc, char **argv)
{
    int shift = argc > 1 ? atoi(argv[1]) % 26 : 3;
    const char *key = argc > 2 ? argv[2] : "lemon";
    size_t klen = strlen(key);
    char line[256];
    unsigned hash = 2166136261u;
    while (fgets(line, sizeof line, stdin)) {
        char enc[256], vig[256];
        size_t n = strlen(line), ki = 0;
        for (size_t i = 0; i <= n; i++) {
            enc[i] = shift_char(line[i], shift);
            char c = line[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                vig[i] = shift_char(c, key[ki++ % klen] - 'a');
            else
                vig[i] = c;
            hash = (hash ^ (unsigned char)vig[i]) * 16777619u;
        }
        printf("caesar:   %s", enc);
        printf("vigenere: %s", vig);
        for (size_t i = 0; i < n; i++)
            enc[i] = shift_char(enc[i], -shift);
        if (strcmp(enc, line) != 0)
            return 1;
    }
    printf("hash %08x\n", hash);
    return 0;
}
