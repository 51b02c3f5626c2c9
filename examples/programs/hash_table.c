/* Strings and 32-bit unsigned hashing: an open-addressing table counting words from stdin. */
#include <stdio.h>
#include <string.h>

#define SLOTS 128

struct entry { char word[24]; int count; };
static struct entry table[SLOTS];

static unsigned djb2(const char *s)
{
    unsigned h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

static struct entry *lookup(const char *w)
{
    unsigned i = djb2(w) % SLOTS;
    while (table[i].count && strcmp(table[i].word, w) != 0)
        i = (i + 1) % SLOTS;
    return &table[i];
}

int main(void)
{
    char w[24];
    int distinct = 0, total = 0;
    while (scanf("%23s", w) == 1) {
        struct entry *e = lookup(w);
        if (!e->count) {
            strcpy(e->word, w);
            distinct++;
        }
        e->count++;
        total++;
    }
    for (int i = 0; i < SLOTS; i++)
        if (table[i].count > 1)
            printf("%-10s %d (hash %u)\n", table[i].word, table[i].count, djb2(table[i].word));
    printf("%d words, %d distinct\n", total, distinct);
    return distinct;
}
