/* A small ASCII Mandelbrot set in double precision with an iteration
   histogram; the iteration limit comes from the first argument. */
#include <stdio.h>
#include <stdlib.h>

static int escape_time(double cr, double ci, int limit)
{
    double zr = 0.0, zi = 0.0;
    int n = 0;
    while (n < limit && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n++;
    }
    return n;
}

int main(int argc, char **argv)
{
    int limit = argc > 1 ? atoi(argv[1]) : 50;
    const char *shades = " .:-=+*#%@";
    long histogram[10] = {0}, inside = 0;
    for (int row = 0; row < 16; row++) {
        double ci = -1.2 + row * (2.4 / 15.0);
        for (int col = 0; col < 48; col++) {
            double cr = -2.1 + col * (2.8 / 47.0);
            int n = escape_time(cr, ci, limit);
            int shade = n >= limit ? 9 : (n * 9) / limit;
            histogram[shade]++;
            inside += n >= limit;
            putchar(shades[shade]);
        }
        putchar('\n');
    }
    for (int i = 0; i < 10; i++)
        printf("'%c' %ld\n", shades[i], histogram[i]);
    printf("inside %ld of %d\n", inside, 16 * 48);
    return (int)(inside % 128);
}
