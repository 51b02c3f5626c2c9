/* FLOATING POINT: Newton's method for square and cube roots in float and double. */
#include <stdio.h>

static double sqrt_newton(double a)
{
    double x = a > 1 ? a : 1;
    for (int i = 0; i < 40; i++)
        x = 0.5 * (x + a / x);
    return x;
}

static float cbrt_newton(float a)
{
    float x = a > 1.0f ? a / 3.0f : 1.0f;
    for (int i = 0; i < 60; i++)
        x = x - (x * x * x - a) / (3.0f * x * x);
    return x;
}

int main(void)
{
    double total = 0;
    for (int k = 1; k <= 10; k++) {
        double s = sqrt_newton(k * 7.0);
        float c = cbrt_newton((float)(k * k * k) + 0.5f);
        printf("sqrt(%d) = %.9f  cbrt(%d.5) = %.5f\n", k * 7, s, k * k * k, (double)c);
        total += s;
    }
    long as_int = (long)(total * 1000.0);
    printf("total %.6f as int %ld\n", total, as_int);
    return (int)(as_int % 100);
}
