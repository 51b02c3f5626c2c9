/* Summing many small float terms: naive float sum, Kahan-compensated float
   sum and a double reference; prints the errors of each. */
#include <stdio.h>

static float naive_sum(const float *v, int n)
{
    float s = 0.0f;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}

static float kahan(const float *v, int n)
{
    float s = 0.0f, c = 0.0f;
    for (int i = 0; i < n; i++) {
        float y = v[i] - c;
        float t = s + y;
        c = (t - s) - y;
        s = t;
    }
    return s;
}

int main(void)
{
    static float v[20000];
    double reference = 0.0;
    int n = 20000;
    for (int i = 0; i < n; i++) {
        v[i] = 1.0f / (float)(i + 1) + ((i % 7 == 0) ? 1000.0f : 0.0f);
        reference += (double)v[i];
    }
    float a = naive_sum(v, n), b = kahan(v, n);
    double ea = (double)a - reference, eb = (double)b - reference;
    printf("reference %.6f\n", reference);
    printf("naive     %.6f error %+.6f\n", (double)a, ea);
    printf("kahan     %.6f error %+.6f\n", (double)b, eb);
    float tiny = 1e-8f, one = 1.0f;
    printf("1 + 1e-8 == 1 in float: %d, in double: %d\n", one + tiny == one, 1.0 + 1e-8 == 1.0);
    return (eb < 0 ? -eb : eb) < (ea < 0 ? -ea : ea) ? 0 : 1;
}
