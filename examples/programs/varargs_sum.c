/* stdarg: variadic sum, max and a tiny printf-like formatter. */
#include <stdio.h>
#include <stdarg.h>

static long sum(int n, ...)
{
    va_list ap;
    long s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static long maxl(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    long m = va_arg(ap, long);
    for (int i = 1; i < n; i++) {
        long v = va_arg(ap, long);
        if (v > m)
            m = v;
    }
    va_end(ap);
    return m;
}

static int format(char *out, const char *fmt, ...)
{
    va_list ap;
    int n = 0;
    va_start(ap, fmt);
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            out[n++] = *fmt;
            continue;
        }
        switch (*++fmt) {
        case 'd': n += sprintf(out + n, "%d", va_arg(ap, int)); break;
        case 's': n += sprintf(out + n, "%s", va_arg(ap, const char *)); break;
        case 'c': out[n++] = (char)va_arg(ap, int); break;
        default: out[n++] = '?'; break;
        }
    }
    va_end(ap);
    out[n] = 0;
    return n;
}

int main(void)
{
    char buf[128];
    printf("sum %ld %ld %ld\n", sum(3, 1, 2, 3), sum(0), sum(9, 9, 8, 7, 6, 5, 4, 3, 2, 1));
    printf("max %ld\n", maxl(5, -3L, 17L, 4L, 99999999999L, 0L));
    int n = format(buf, "%s has %d items%c %x", "cart", 42, '!');
    printf("%s (%d chars)\n", buf, n);
    return n;
}
