/* A hand-written integer parser for stdin (optional sign, decimal or 0x
   hex), with overflow detection on 32-bit int; prints sum, min and max. */
#include <limits.h>
#include <stdio.h>

static int parse(const char **p, int *out)
{
    const char *s = *p;
    while (*s == ' ' || *s == '\n' || *s == '\t')
        s++;
    if (!*s)
        return 0;
    int neg = 0;
    if (*s == '-' || *s == '+')
        neg = *s++ == '-';
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    long long v = 0;
    int ok = 1;
    for (;; s++) {
        int d;
        if (*s >= '0' && *s <= '9') d = *s - '0';
        else if (base == 16 && (*s | 0x20) >= 'a' && (*s | 0x20) <= 'f') d = (*s | 0x20) - 'a' + 10;
        else break;
        if (ok)
            v = v * base + d;
        if (v > (long long)INT_MAX + neg)
            ok = 0;
    }
    *p = s;
    *out = ok ? (int)(neg ? -v : v) : (neg ? INT_MIN : INT_MAX);
    return ok ? 1 : 2;
}

int main(void)
{
    char text[1024];
    size_t n = fread(text, 1, sizeof text - 1, stdin);
    text[n] = '\0';
    const char *p = text;
    int v, r, count = 0, clamped = 0, lo = INT_MAX, hi = INT_MIN;
    long long sum = 0;
    while ((r = parse(&p, &v)) != 0) {
        clamped += r == 2;
        count++;
        sum += v;
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
        printf("%d\n", v);
        if (*p && *p != ' ' && *p != '\n')
            p++;
    }
    printf("count %d sum %lld min %d max %d clamped %d\n", count, sum, lo, hi, clamped);
    return clamped;
}
