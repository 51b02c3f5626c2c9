/* Selection sort on 16-bit unsigned values made by a small generator;
   prints the sorted values and a checksum that wraps at 16 bits. */
#include <stdint.h>
#include <stdio.h>

#define COUNT 24

static uint16_t next_value(uint16_t *state)
{
    *state = (uint16_t)(*state * 25173u + 13849u);
    return *state;
}

static void selection_sort(uint16_t *a, int n)
{
    for (int i = 0; i < n - 1; i++) {
        int best = i;
        for (int j = i + 1; j < n; j++)
            if (a[j] < a[best])
                best = j;
        uint16_t tmp = a[i];
        a[i] = a[best];
        a[best] = tmp;
    }
}

int main(void)
{
    uint16_t values[COUNT];
    uint16_t state = 7;
    uint16_t sum = 0;
    for (int i = 0; i < COUNT; i++)
        values[i] = next_value(&state);
    selection_sort(values, COUNT);
    for (int i = 0; i < COUNT; i++) {
        printf("%u%s", values[i], (i % 8 == 7) ? "\n" : " ");
        sum = (uint16_t)(sum + values[i] * (i + 1));
    }
    printf("weighted sum mod 2^16: %u\n", sum);
    return sum & 0x3f;
}
