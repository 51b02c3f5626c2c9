/* Rows of Pascal's triangle in 64-bit unsigned arithmetic, the row sums
   (powers of two) and the central binomial coefficients. */
#include <stdint.h>
#include <stdio.h>

#define ROWS 62

int main(int argc, char **argv)
{
    static uint64_t row[ROWS + 1];
    int show = 8;
    (void)argv;
    if (argc > 1)
        show = 12;
    row[0] = 1;
    int bad_sums = 0;
    for (int n = 1; n <= ROWS; n++) {
        row[n] = 1;
        for (int k = n - 1; k > 0; k--)
            row[k] += row[k - 1];
        uint64_t sum = 0;
        for (int k = 0; k <= n; k++)
            sum += row[k];
        bad_sums += sum != (1ULL << n);
        if (n <= show) {
            for (int k = 0; k <= n; k++)
                printf("%llu ", (unsigned long long)row[k]);
            printf("\n");
        }
        if (n % 10 == 0)
            printf("C(%d,%d) = %llu\n", n, n / 2, (unsigned long long)row[n / 2]);
    }
    printf("bad row sums: %d\n", bad_sums);
    return bad_sums;
}
