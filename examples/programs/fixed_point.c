/* 16.16 fixed-point arithmetic with int32 values and int64 intermediates. */
#include <stdio.h>
#include <stdint.h>

typedef int32_t fix;
#define ONE (1 << 16)

static fix fix_mul(fix a, fix b) { return (fix)(((int64_t)a * b) >> 16); }
static fix fix_div(fix a, fix b) { return (fix)(((int64_t)a << 16) / b); }

static fix fix_sqrt(fix x)
{
    if (x <= 0)
        return 0;
    fix r = x > ONE ? x / 2 : ONE;
    for (int i = 0; i < 20; i++)
        r = (r + fix_div(x, r)) / 2;
    return r;
}

static void print_fix(const char *name, fix v)
{
    int64_t scaled = ((int64_t)v * 10000) / ONE;
    int neg = scaled < 0;
    if (neg)
        scaled = -scaled;
    printf("%s = %s%lld.%04lld\n", name, neg ? "-" : "", (long long)(scaled / 10000), (long long)(scaled % 10000));
}

int main(void)
{
    fix a = 3 * ONE + ONE / 4;     /* 3.25 */
    fix b = -(2 * ONE + ONE / 8);  /* -2.125 */
    print_fix("a", a);
    print_fix("b", b);
    print_fix("a*b", fix_mul(a, b));
    print_fix("a/b", fix_div(a, b));
    print_fix("sqrt(a)", fix_sqrt(a));
    print_fix("sqrt(2)", fix_sqrt(2 * ONE));
    fix x = ONE, sum = 0;
    for (int i = 0; i < 10; i++) {
        sum += x;
        x = fix_mul(x, ONE / 2 + ONE / 4);
    }
    print_fix("geometric sum", sum);
    return (fix_sqrt(16 * ONE) >> 16) & 0xff;
}
