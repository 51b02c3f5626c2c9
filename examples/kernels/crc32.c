/* crc32: bitwise (table-free) CRC-32 (IEEE 802.3, reflected poly 0xEDB88320)
 * of n bytes, n clamped to 1024. */
#include <stdint.h>

#define MAX_N 1024

uint32_t crc32(const uint8_t *data, int n)
{
    uint32_t crc = 0xFFFFFFFFu;
    int i, b;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++) {
        crc ^= data[i];
        for (b = 0; b < 8; b++) {
            uint32_t mask = (uint32_t)0 - (crc & 1u);
            crc = (crc >> 1) ^ (0xEDB88320u & mask);
        }
    }
    return ~crc;
}
