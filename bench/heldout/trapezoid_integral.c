/* Numerical integration in double precision: trapezoid and Simpson rules
   on polynomials and 1/(1+x^2), with the error against the exact value. */
#include <stdio.h>

typedef double (*function)(double);

static double cubic(double x) { return x * x * x - 2.0 * x + 1.0; }
static double inverse_square(double x) { return 1.0 / (1.0 + x * x); }

static double trapezoid(function f, double a, double b, int n)
{
    double h = (b - a) / n, s = 0.5 * (f(a) + f(b));
    for (int i = 1; i < n; i++)
        s += f(a + i * h);
    return s * h;
}

static double simpson(function f, double a, double b, int n)
{
    double h = (b - a) / n, s = f(a) + f(b);
    for (int i = 1; i < n; i++)
        s += f(a + i * h) * (i % 2 ? 4.0 : 2.0);
    return s * h / 3.0;
}

int main(void)
{
    const double pi_quarter = 0.78539816339744830962;
    const double cubic_exact = 4.0 - 4.0 + 2.0; /* x^4/4 - x^2 + x on [0, 2] */
    int worse = 0;
    for (int n = 2; n <= 64; n *= 2) {
        double t1 = trapezoid(cubic, 0.0, 2.0, n), s1 = simpson(cubic, 0.0, 2.0, n);
        double t2 = trapezoid(inverse_square, 0.0, 1.0, n), s2 = simpson(inverse_square, 0.0, 1.0, n);
        printf("n=%2d cubic %.10f %.10f  atan %.12f %.12f\n", n, t1, s1, t2, s2);
        double et = t2 - pi_quarter, es = s2 - pi_quarter;
        worse += (es < 0 ? -es : es) > (et < 0 ? -et : et);
        worse += (s1 - cubic_exact) > 1e-9 || (s1 - cubic_exact) < -1e-9;
    }
    printf("pi ~ %.12f\n", 4.0 * simpson(inverse_square, 0.0, 1.0, 128));
    return worse;
}
