/* Multi-precision arithmetic on uint32 limbs: factorial and powers of two in decimal. */
#include <stdio.h>
#include <stdint.h>

#define LIMBS 40
#define BASE 1000000000u

struct big { uint32_t limb[LIMBS]; int n; };

static void big_set(struct big *b, uint32_t v)
{
    b->limb[0] = v;
    b->n = 1;
}

static void big_mul_small(struct big *b, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->limb[i] * m + carry;
        b->limb[i] = (uint32_t)(t % BASE);
        carry = t / BASE;
    }
    while (carry && b->n < LIMBS) {
        b->limb[b->n++] = (uint32_t)(carry % BASE);
        carry /= BASE;
    }
}

static void big_add(struct big *a, const struct big *b)
{
    uint32_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) {
        uint32_t x = (i < a->n ? a->limb[i] : 0) + (i < b->n ? b->limb[i] : 0) + carry;
        carry = x >= BASE;
        a->limb[i] = x - (carry ? BASE : 0);
    }
    a->n = n;
    if (carry && n < LIMBS)
        a->limb[a->n++] = 1;
}

static void big_print(const char *tag, const struct big *b)
{
    printf("%s = %u", tag, b->limb[b->n - 1]);
    for (int i = b->n - 2; i >= 0; i--)
        printf("%09u", b->limb[i]);
    printf("\n");
}

int main(void)
{
    struct big f, p, s;
    big_set(&f, 1);
    for (uint32_t i = 2; i <= 50; i++)
        big_mul_small(&f, i);
    big_print("50!", &f);
    big_set(&p, 1);
    for (int i = 0; i < 200; i++)
        big_mul_small(&p, 2);
    big_print("2^200", &p);
    s = f;
    big_add(&s, &p);
    big_print("sum", &s);
    return s.n;
}
