/* alu: a small ALU that dispatches on a 4-bit opcode per element with a
 * switch (opcodes 10..15 pass a through). n clamped to 256. Returns an XOR
 * checksum of the results. All arithmetic is unsigned. */
#include <stdint.h>

#define MAX_N 256

uint32_t alu(const uint8_t *op, const uint32_t *a, const uint32_t *b,
             uint32_t *out, int n)
{
    uint32_t check = 0;
    int i;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++) {
        uint32_t x = a[i], y = b[i], r;
        switch (op[i] & 15u) {
        case 0: r = x + y; break;
        case 1: r = x - y; break;
        case 2: r = x * y; break;
        case 3: r = x & y; break;
        case 4: r = x | y; break;
        case 5: r = x ^ y; break;
        case 6: r = x << (y & 31u); break;
        case 7: r = x >> (y & 31u); break;
        case 8: r = y != 0 ? x / y : 0; break;
        case 9: r = x < y ? x : y; break;
        default: r = x; break;
        }
        out[i] = r;
        check ^= r;
    }
    return check;
}
