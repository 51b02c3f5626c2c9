/* The high 64 bits of a 64x64-bit product from 32-bit halves, checked
   against unsigned __int128, and a 64-bit multiply-with-carry generator. */
#include <stdint.h>
#include <stdio.h>

static uint64_t mul_hi(uint64_t a, uint64_t b)
{
    uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32;
    uint64_t b_lo = b & 0xffffffffu, b_hi = b >> 32;
    uint64_t lo_lo = a_lo * b_lo;
    uint64_t hi_lo = a_hi * b_lo;
    uint64_t lo_hi = a_lo * b_hi;
    uint64_t hi_hi = a_hi * b_hi;
    uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + lo_hi;
    return hi_hi + (hi_lo >> 32) + (cross >> 32);
}

int main(void)
{
    const uint64_t v[] = {0, 1, 0xffffffffULL, 0x100000000ULL, 0xdeadbeefcafebabeULL, 0xffffffffffffffffULL,
                          12345678901234567ULL};
    int errors = 0;
    for (int i = 0; i < 7; i++)
        for (int j = i; j < 7; j++) {
            uint64_t h = mul_hi(v[i], v[j]);
            uint64_t ref = (uint64_t)(((unsigned __int128)v[i] * v[j]) >> 64);
            errors += h != ref;
            if (h)
                printf("hi(%llx * %llx) = %llx\n", (unsigned long long)v[i], (unsigned long long)v[j],
                       (unsigned long long)h);
        }
    uint64_t x = 42, carry = 7;
    for (int i = 0; i < 5; i++) {
        const uint64_t a = 0xffffda61ULL;
        uint64_t t = a * (x & 0xffffffffu) + carry;
        x = t & 0xffffffffu;
        carry = t >> 32;
        printf("mwc %llu\n", (unsigned long long)x);
    }
    printf("errors %d\n", errors);
    return errors;
}
