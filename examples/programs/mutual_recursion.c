/* Mutual recursion: even/odd, a recursive-descent parser for arithmetic over argv. */
#include <stdio.h>

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static const char *p;

static long expr(void);

static long factor(void)
{
    while (*p == ' ')
        p++;
    if (*p == '(') {
        p++;
        long v = expr();
        if (*p == ')')
            p++;
        return v;
    }
    if (*p == '-') {
        p++;
        return -factor();
    }
    long v = 0;
    while (*p >= '0' && *p <= '9')
        v = v * 10 + (*p++ - '0');
    return v;
}

static long term(void)
{
    long v = factor();
    for (;;) {
        while (*p == ' ')
            p++;
        if (*p == '*') { p++; v *= factor(); }
        else if (*p == '/') { p++; long d = factor(); v = d ? v / d : 0; }
        else return v;
    }
}

static long expr(void)
{
    long v = term();
    for (;;) {
        while (*p == ' ')
            p++;
        if (*p == '+') { p++; v += term(); }
        else if (*p == '-') { p++; v -= term(); }
        else return v;
    }
}

int main(int argc, char **argv)
{
    printf("even(10)=%d odd(7)=%d even(333)=%d\n", is_even(10), is_odd(7), is_even(333));
    long last = 0;
    for (int i = 1; i < argc; i++) {
        p = argv[i];
        last = expr();
        printf("%s = %ld\n", argv[i], last);
    }
    return (int)(last & 0x7f);
}
