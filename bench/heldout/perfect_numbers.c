/* Classifies 1..N as deficient, perfect or abundant by the sum of proper
   divisors (trial division up to the square root); lists the perfect ones. */
#include <stdio.h>
#include <stdlib.h>

static long divisor_sum(long n)
{
    if (n == 1)
        return 0;
    long sum = 1;
    for (long d = 2; d * d <= n; d++) {
        if (n % d == 0) {
            sum += d;
            if (d != n / d)
                sum += n / d;
        }
    }
    return sum;
}

int main(int argc, char **argv)
{
    long limit = argc > 1 ? atol(argv[1]) : 1000;
    long deficient = 0, perfect = 0, abundant = 0, first_odd_abundant = 0;
    for (long n = 1; n <= limit; n++) {
        long s = divisor_sum(n);
        if (s < n) {
            deficient++;
        } else if (s == n) {
            perfect++;
            printf("perfect: %ld\n", n);
        } else {
            abundant++;
            if (n % 2 == 1 && first_odd_abundant == 0)
                first_odd_abundant = n;
        }
    }
    printf("deficient %ld perfect %ld abundant %ld\n", deficient, perfect, abundant);
    printf("first odd abundant: %ld\n", first_odd_abundant);
    return (int)perfect;
}
