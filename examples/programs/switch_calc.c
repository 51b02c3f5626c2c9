/* switch: a small calculator reading "op a b" lines from stdin. */
#include <stdio.h>

static long apply(char op, long a, long b, int *ok)
{
    *ok = 1;
    switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/':
        if (b == 0) break;
        return a / b;
    case '%':
        if (b == 0) break;
        return a % b;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '<': return a << (b & 63);
    case '>': return a >> (b & 63);
    case 'm': return a < b ? a : b;
    case 'M': return a > b ? a : b;
    default: break;
    }
    *ok = 0;
    return 0;
}

int main(void)
{
    char op;
    long a, b;
    int errors = 0, lines = 0;
    long acc = 0;
    while (scanf(" %c %ld %ld", &op, &a, &b) == 3) {
        int ok;
        long r = apply(op, a, b, &ok);
        lines++;
        if (ok) {
            printf("%ld %c %ld = %ld\n", a, op, b, r);
            acc += r;
        } else {
            printf("error: %c %ld %ld\n", op, a, b);
            errors++;
        }
    }
    printf("%d lines, %d errors, sum %ld\n", lines, errors, acc);
    return errors;
}
