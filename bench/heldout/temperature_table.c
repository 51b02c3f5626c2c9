/* A conversion table between Celsius, Fahrenheit and Kelvin in float, the
   same in integer tenths of a degree, and where the two disagree. */
#include <stdio.h>

static float c_to_f(float c) { return c * 9.0f / 5.0f + 32.0f; }
static float f_to_c(float f) { return (f - 32.0f) * 5.0f / 9.0f; }

static long tenths_c_to_f(long c10)
{
    long f = c10 * 9;
    /* round half away from zero when dividing by 5 */
    f = (f >= 0 ? f + 2 : f - 2) / 5;
    return f + 320;
}

int main(void)
{
    int disagreements = 0;
    printf("   C        F        K\n");
    for (int c = -40; c <= 100; c += 15) {
        float f = c_to_f((float)c);
        float k = (float)c + 273.15f;
        long f10 = tenths_c_to_f(c * 10L);
        int differs = (long)(f * 10.0f + (f < 0 ? -0.5f : 0.5f)) != f10;
        disagreements += differs;
        printf("%4d %8.2f %8.2f  %ld.%ld%s\n", c, (double)f, (double)k, f10 / 10, (f10 < 0 ? -f10 : f10) % 10,
               differs ? " *" : "");
    }
    float body = f_to_c(98.6f);
    printf("98.6 F = %.4f C, round trip %.4f F\n", (double)body, (double)c_to_f(body));
    printf("-40 is the same on both scales: %d\n", c_to_f(-40.0f) == -40.0f);
    return disagreements;
}
