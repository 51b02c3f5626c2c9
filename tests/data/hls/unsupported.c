/* Functions the HLS C backend must refuse with a clear error (clang 16 -O0). */
#include <stdio.h>
#include <stdlib.h>

int fact(int n)
{
    return n <= 1 ? 1 : n * fact(n - 1);
}

int vla(int n)
{
    int a[n & 15];
    for (int i = 0; i < (n & 15); i++)
        a[i] = i;
    return n > 0 ? a[0] : 0;
}

int ptrptr(int **p)
{
    return p[0][0];
}

int prints(int x)
{
    printf("%d\n", x);
    return x;
}

int irreducible(int n)
{
    int x = 0;
    if (n > 5)
        goto b;
a:
    x += 1;
    if (x > 10)
        return x;
b:
    x += 2;
    if (x < 20)
        goto a;
    return x;
}
