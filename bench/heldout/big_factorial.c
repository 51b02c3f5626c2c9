/* Factorials beyond 64 bits: a decimal big number stored as base-10000
   limbs in uint32_t, multiplied by small factors; prints n! and its
   digit sum. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define LIMBS 200

static int multiply(uint32_t *limb, int used, uint32_t factor)
{
    uint32_t carry = 0;
    for (int i = 0; i < used; i++) {
        uint32_t v = limb[i] * factor + carry;
        limb[i] = v % 10000;
        carry = v / 10000;
    }
    while (carry && used < LIMBS) {
        limb[used++] = carry % 10000;
        carry /= 10000;
    }
    return used;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 50;
    if (n < 0 || n > 300)
        return 2;
    uint32_t limb[LIMBS] = {1};
    int used = 1;
    for (uint32_t f = 2; f <= (uint32_t)n; f++)
        used = multiply(limb, used, f);
    printf("%d! = %u", n, limb[used - 1]);
    for (int i = used - 2; i >= 0; i--)
        printf("%04u", limb[i]);
    int digits = 0, digit_sum = 0;
    for (int i = 0; i < used; i++)
        for (uint32_t v = limb[i], k = 0; k < 4 && (v || i < used - 1); k++, v /= 10) {
            digit_sum += (int)(v % 10);
            digits++;
        }
    printf("\n%d digits, digit sum %d\n", digits, digit_sum);
    return digit_sum % 256;
}
