/* Run-length encoding of each stdin line ("aaab" -> "3a1b"), then decoding
   it again; prints both and checks the round trip. */
#include <stdio.h>
#include <string.h>

static int encode(const char *in, char *out)
{
    int n = 0;
    for (int i = 0; in[i] != '\0';) {
        int run = 1;
        while (in[i + run] == in[i] && run < 9)
            run++;
        out[n++] = (char)('0' + run);
        out[n++] = in[i];
        i += run;
    }
    out[n] = '\0';
    return n;
}

static void decode(const char *in, char *out)
{
    int n = 0;
    for (int i = 0; in[i] != '\0'; i += 2)
        for (int k = 0; k < in[i] - '0'; k++)
            out[n++] = in[i + 1];
    out[n] = '\0';
}

int main(void)
{
    char line[256], packed[512], unpacked[256];
    int bad = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        int len = encode(line, packed);
        decode(packed, unpacked);
        printf("%s -> %s (%d)\n", line, packed, len);
        if (strcmp(line, unpacked) != 0)
            bad++;
    }
    return bad;
}
