/* Pointers: a singly linked list in a static node pool (insert sorted, reverse, delete). */
#include <stdio.h>
#include <stddef.h>

struct node { int value; struct node *next; };

static struct node pool[64];
static int used;

static struct node *insert_sorted(struct node *head, int v)
{
    struct node *n = &pool[used++];
    n->value = v;
    struct node **link = &head;
    while (*link && (*link)->value < v)
        link = &(*link)->next;
    n->next = *link;
    *link = n;
    return head;
}

static struct node *reverse(struct node *head)
{
    struct node *prev = NULL;
    while (head) {
        struct node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

static struct node *remove_if_multiple(struct node *head, int k)
{
    struct node **link = &head;
    while (*link) {
        if ((*link)->value % k == 0)
            *link = (*link)->next;
        else
            link = &(*link)->next;
    }
    return head;
}

static int print(const char *tag, const struct node *n)
{
    int count = 0;
    printf("%s:", tag);
    for (; n; n = n->next, count++)
        printf(" %d", n->value);
    printf("\n");
    return count;
}

int main(void)
{
    struct node *head = NULL;
    for (int i = 0; i < 20; i++)
        head = insert_sorted(head, (i * 37 + 11) % 50);
    print("sorted", head);
    head = reverse(head);
    print("reversed", head);
    head = remove_if_multiple(head, 3);
    return print("no multiples of 3", head);
}
