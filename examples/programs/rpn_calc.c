/* stdin: a reverse Polish notation calculator with an explicit stack. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static long stack[64];
static int depth;

static int push(long v)
{
    if (depth == 64)
        return 0;
    stack[depth++] = v;
    return 1;
}

static int pop(long *v)
{
    if (depth == 0)
        return 0;
    *v = stack[--depth];
    return 1;
}

int main(void)
{
    char tok[32];
    int errors = 0;
    while (scanf("%31s", tok) == 1) {
        if (isdigit((unsigned char)tok[0]) || (tok[0] == '-' && isdigit((unsigned char)tok[1]))) {
            push(strtol(tok, 0, 10));
            continue;
        }
        if (strcmp(tok, "=") == 0) {
            long v;
            if (pop(&v))
                printf("result %ld\n", v);
            depth = 0;
            continue;
        }
        long b, a;
        if (!pop(&b) || !pop(&a)) {
            printf("stack underflow at '%s'\n", tok);
            errors++;
            continue;
        }
        switch (tok[0]) {
        case '+': push(a + b); break;
        case '-': push(a - b); break;
        case '*': push(a * b); break;
        case '/': push(b ? a / b : 0); errors += !b; break;
        case '^': { long r = 1; while (b-- > 0) r *= a; push(r); } break;
        default: printf("unknown '%s'\n", tok); errors++; break;
        }
    }
    return errors;
}
