/* An inventory of items (struct with name, quantity, unit price in cents):
   restock and sell orders from stdin, then the value of the stock. */
#include <stdio.h>
#include <string.h>

struct item {
    char name[16];
    int quantity;
    long price_cents;
};

static struct item stock[] = {
    {"bolt", 120, 15}, {"nut", 300, 4}, {"gear", 12, 1250}, {"spring", 40, 99}, {"shaft", 5, 4800},
};

static struct item *find(const char *name)
{
    for (size_t i = 0; i < sizeof stock / sizeof stock[0]; i++)
        if (strcmp(stock[i].name, name) == 0)
            return &stock[i];
    return NULL;
}

int main(void)
{
    char op, name[32];
    int qty, rejected = 0;
    while (scanf(" %c %31s %d", &op, name, &qty) == 3) {
        struct item *it = find(name);
        if (!it || qty <= 0 || (op == 's' && it->quantity < qty)) {
            printf("rejected %c %s %d\n", op, name, qty);
            rejected++;
            continue;
        }
        it->quantity += op == 's' ? -qty : qty;
        printf("%s now %d\n", it->name, it->quantity);
    }
    long total = 0;
    for (size_t i = 0; i < sizeof stock / sizeof stock[0]; i++) {
        long value = stock[i].quantity * stock[i].price_cents;
        printf("%-8s %4d x %5ld = %7ld.%02ld\n", stock[i].name, stock[i].quantity, stock[i].price_cents,
               value / 100, value % 100);
        total += value;
    }
    printf("total %ld.%02ld\n", total / 100, total % 100);
    return rejected;
}
