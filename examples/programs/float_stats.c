/* FLOATING POINT: mean, variance and linear regression with double. */
#include <stdio.h>

static double mean(const double *v, int n)
{
    double s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s / n;
}

static double variance(const double *v, int n)
{
    double m = mean(v, n), s = 0;
    for (int i = 0; i < n; i++)
        s += (v[i] - m) * (v[i] - m);
    return s / (n - 1);
}

int main(void)
{
    double x[12], y[12];
    for (int i = 0; i < 12; i++) {
        x[i] = i * 0.5;
        y[i] = 3.0 * x[i] - 2.0 + ((i % 3) - 1) * 0.25;
    }
    double mx = mean(x, 12), my = mean(y, 12);
    double sxy = 0, sxx = 0;
    for (int i = 0; i < 12; i++) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
    }
    double slope = sxy / sxx, intercept = my - slope * mx;
    printf("mean x %.4f y %.4f\n", mx, my);
    printf("var x %.4f y %.4f\n", variance(x, 12), variance(y, 12));
    printf("fit y = %.4f x + %.4f\n", slope, intercept);
    int rounded = (int)(slope * 100 + 0.5);
    printf("slope*100 rounded %d\n", rounded);
    return rounded % 128;
}
