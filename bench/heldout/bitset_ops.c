/* Sets of small integers as arrays of 32-bit words: multiples of 2, 3 and
   5 up to 255, their union, intersection, difference and sizes. */
#include <stdint.h>
#include <stdio.h>

#define WORDS 8

typedef struct {
    uint32_t w[WORDS];
} bitset;

static void add(bitset *s, unsigned v) { s->w[v / 32] |= 1u << (v % 32); }
static int has(const bitset *s, unsigned v) { return (s->w[v / 32] >> (v % 32)) & 1u; }

static int size(const bitset *s)
{
    int n = 0;
    for (int i = 0; i < WORDS; i++)
        for (uint32_t x = s->w[i]; x; x &= x - 1)
            n++;
    return n;
}

static bitset combine(const bitset *a, const bitset *b, char op)
{
    bitset r;
    for (int i = 0; i < WORDS; i++)
        r.w[i] = op == '|' ? a->w[i] | b->w[i] : op == '&' ? a->w[i] & b->w[i] : a->w[i] & ~b->w[i];
    return r;
}

static bitset multiples(unsigned k)
{
    bitset s = {{0}};
    for (unsigned v = k; v < 32 * WORDS; v += k)
        add(&s, v);
    return s;
}

int main(void)
{
    bitset two = multiples(2), three = multiples(3), five = multiples(5);
    bitset u = combine(&two, &three, '|'), i = combine(&two, &three, '&');
    bitset d = combine(&u, &five, '-');
    printf("|2|=%d |3|=%d |5|=%d\n", size(&two), size(&three), size(&five));
    printf("|2u3|=%d |2n3|=%d |(2u3)-5|=%d\n", size(&u), size(&i), size(&d));
    printf("6 in 2n3: %d, 25 in (2u3)-5: %d\n", has(&i, 6), has(&d, 25));
    printf("words of 2n3:");
    for (int k = 0; k < WORDS; k++)
        printf(" %08x", i.w[k]);
    printf("\n");
    return size(&d) % 128;
}
