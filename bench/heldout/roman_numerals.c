/* Converts the argument numbers to Roman numerals and back again. */
#include <stdio.h>
#include <stdlib.h>

static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
static const char *symbols[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

static void to_roman(int n, char *out)
{
    for (int i = 0; i < 13; i++)
        while (n >= values[i]) {
            for (const char *s = symbols[i]; *s; s++)
                *out++ = *s;
            n -= values[i];
        }
    *out = '\0';
}

static int digit(char c)
{
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
    }
}

static int from_roman(const char *s)
{
    int total = 0;
    for (int i = 0; s[i]; i++) {
        int v = digit(s[i]);
        total += (digit(s[i + 1]) > v) ? -v : v;
    }
    return total;
}

int main(int argc, char **argv)
{
    char buf[64];
    int errors = 0;
    for (int i = 1; i < argc; i++) {
        int n = atoi(argv[i]);
        if (n <= 0 || n >= 4000) {
            printf("%d: out of range\n", n);
            continue;
        }
        to_roman(n, buf);
        int back = from_roman(buf);
        printf("%d = %s (%d)\n", n, buf, back);
        errors += back != n;
    }
    return errors;
}
