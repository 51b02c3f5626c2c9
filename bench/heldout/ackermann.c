/* The Ackermann function for small arguments (deep recursion), with a
   count of calls, and the hyperoperation sequence for comparison. */
#include <stdio.h>

static unsigned long calls;

static unsigned long ackermann(unsigned long m, unsigned long n)
{
    calls++;
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static unsigned long hyper(int level, unsigned long a, unsigned long b)
{
    if (level == 0)
        return b + 1;
    if (level == 1 && b == 0)
        return a;
    if (level == 2 && b == 0)
        return 0;
    if (b == 0)
        return 1;
    return hyper(level - 1, a, hyper(level, a, b - 1));
}

int main(void)
{
    for (unsigned long m = 0; m <= 3; m++)
        for (unsigned long n = 0; n <= 4; n++) {
            calls = 0;
            unsigned long v = ackermann(m, n);
            printf("A(%lu,%lu) = %lu in %lu calls\n", m, n, v, calls);
        }
    for (int level = 0; level <= 3; level++)
        printf("H%d(2,3) = %lu\n", level, hyper(level, 2, 3));
    return (int)(ackermann(2, 3) & 0xff);
}
