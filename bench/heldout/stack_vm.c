/* A tiny stack machine: programs of opcodes (a switch the compiler turns
   into a jump table) computing factorials, a sum and a countdown. */
#include <stdio.h>

enum op { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, PRINT, HALT, OVER, DROP };

static long run(const long *code, int trace)
{
    long stack[32];
    int sp = 0, pc = 0, steps = 0;
    for (;;) {
        steps++;
        switch ((enum op)code[pc++]) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case DROP: sp--; break;
        case SWAP: { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } break;
        case JNZ: { long target = code[pc++]; if (stack[--sp] != 0) pc = (int)target; } break;
        case PRINT: if (trace) printf("  %ld\n", stack[sp - 1]); break;
        case HALT: printf("  (%d steps)\n", steps); return sp ? stack[sp - 1] : 0;
        }
    }
}

int main(void)
{
    /* n! for n = 10: acc n -> acc*n n-1 ... */
    static const long factorial[] = {PUSH, 1, PUSH, 10, DUP, JNZ, 8, HALT,
                                     SWAP, OVER, MUL, SWAP, PUSH, 1, SUB, DUP, JNZ, 8, DROP, HALT};
    static const long countdown[] = {PUSH, 5, PRINT, PUSH, 1, SUB, DUP, JNZ, 2, HALT};
    static const long arithmetic[] = {PUSH, 7, PUSH, 6, MUL, PUSH, 100, SWAP, SUB, PRINT, HALT};
    printf("factorial:\n");
    long f = run(factorial, 0);
    printf("= %ld\ncountdown:\n", f);
    run(countdown, 1);
    printf("arithmetic:\n");
    long a = run(arithmetic, 1);
    return (int)((f + a) % 256);
}
