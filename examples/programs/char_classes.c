/* switch on characters: a hand-written classifier and a tiny lexer over stdin. */
#include <stdio.h>

enum kind { SPACE, DIGIT, LOWER, UPPER, PUNCT, OTHER, KINDS };

static enum kind classify(int c)
{
    switch (c) {
    case ' ': case '\t': case '\n': case '\r':
        return SPACE;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return DIGIT;
    case '.': case ',': case ';': case ':': case '!': case '?':
    case '(': case ')': case '-': case '\'': case '"':
        return PUNCT;
    default:
        if (c >= 'a' && c <= 'z') return LOWER;
        if (c >= 'A' && c <= 'Z') return UPPER;
        return OTHER;
    }
}

int main(void)
{
    static const char *names[KINDS] = { "space", "digit", "lower", "upper", "punct", "other" };
    unsigned counts[KINDS] = { 0 };
    unsigned numbers = 0;
    long number_sum = 0, current = 0;
    int in_number = 0, c;
    while ((c = getchar()) != EOF) {
        enum kind k = classify(c);
        counts[k]++;
        if (k == DIGIT) {
            current = current * 10 + (c - '0');
            in_number = 1;
        } else if (in_number) {
            number_sum += current;
            numbers++;
            current = 0;
            in_number = 0;
        }
    }
    if (in_number) {
        number_sum += current;
        numbers++;
    }
    for (int k = 0; k < KINDS; k++)
        printf("%-6s %u\n", names[k], counts[k]);
    printf("%u numbers, sum %ld\n", numbers, number_sum);
    return (int)(counts[PUNCT] & 0x7f);
}
