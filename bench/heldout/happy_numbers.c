/* Happy numbers (the digit-square sum reaches 1) with Floyd's cycle
   detection, and the length of each number's path. */
#include <stdio.h>

static unsigned digit_square_sum(unsigned n)
{
    unsigned s = 0;
    while (n) {
        unsigned d = n % 10;
        s += d * d;
        n /= 10;
    }
    return s;
}

static int is_happy(unsigned n, int *steps)
{
    unsigned slow = n, fast = n;
    *steps = 0;
    do {
        slow = digit_square_sum(slow);
        fast = digit_square_sum(digit_square_sum(fast));
        (*steps)++;
    } while (slow != fast);
    return slow == 1;
}

int main(void)
{
    int happy = 0, longest = 0;
    unsigned longest_n = 0;
    for (unsigned n = 1; n <= 200; n++) {
        int steps;
        if (is_happy(n, &steps)) {
            happy++;
            printf("%u%s", n, happy % 10 == 0 ? "\n" : " ");
            if (steps > longest) {
                longest = steps;
                longest_n = n;
            }
        }
    }
    printf("\n%d happy numbers up to 200; slowest %u (%d steps)\n", happy, longest_n, longest);
    return happy % 128;
}
