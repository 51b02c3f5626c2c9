/* What C's usual arithmetic conversions do with mixed signed and unsigned
   operands of every width: comparisons, divisions and right shifts. */
#include <stdint.h>
#include <stdio.h>

int main(void)
{
    int32_t neg = -5;
    uint32_t u32 = 3;
    int64_t neg64 = -5;
    uint64_t u64 = 3;
    uint16_t u16 = 65535;
    int8_t s8 = -1;
    uint8_t u8 = 255;
    int flags = 0;
    flags |= ((uint32_t)neg > u32) << 0;
    flags |= (neg64 < (int64_t)u64) << 1;
    flags |= (u16 > s8) << 2;
    flags |= (u8 == (uint8_t)s8) << 3;
    flags |= ((int)u8 == s8) << 4;
    flags |= (neg < (int32_t)u32) << 5;
    printf("flags %02x\n", flags);
    printf("-5 / 3 = %d, -5 %% 3 = %d\n", neg / (int32_t)u32, neg % (int32_t)u32);
    printf("(unsigned)-5 / 3 = %u\n", (uint32_t)neg / u32);
    printf("-5 >> 1 = %d, (unsigned)-5 >> 1 = %u\n", neg >> 1, (uint32_t)neg >> 1);
    printf("(uint64_t)-5 / 3 = %llu\n", (unsigned long long)((uint64_t)neg64 / u64));
    printf("s8 widened: %d %u %lld\n", s8, (unsigned)(uint8_t)s8, (long long)(int64_t)s8);
    printf("u16 * u16 as int: %d, as uint32: %u\n", (int)u16 * 2, (uint32_t)u16 * u16);
    int32_t big = INT32_MIN;
    printf("INT32_MIN as int64 %lld, negated as uint32 %u\n", (long long)big, 0u - (uint32_t)big);
    return flags;
}
