/* A doubly linked list in an array of nodes: push front and back, remove
   every node holding a multiple of 3, reverse, print both ways. */
#include <stdio.h>

struct node {
    long value;
    struct node *prev, *next;
};

static struct node nodes[32];
static struct node *head, *tail;

static void push(struct node *n, long value, int front)
{
    n->value = value;
    n->prev = front ? NULL : tail;
    n->next = front ? head : NULL;
    if (front) { if (head) head->prev = n; else tail = n; head = n; }
    else { if (tail) tail->next = n; else head = n; tail = n; }
}

static void unlink_node(struct node *n)
{
    if (n->prev) n->prev->next = n->next; else head = n->next;
    if (n->next) n->next->prev = n->prev; else tail = n->prev;
}

static void reverse(void)
{
    struct node *n = head;
    while (n) {
        struct node *next = n->next;
        n->next = n->prev;
        n->prev = next;
        n = next;
    }
    struct node *t = head;
    head = tail;
    tail = t;
}

int main(void)
{
    for (int i = 0; i < 20; i++)
        push(&nodes[i], (long)i * i - 7 * i, i % 2);
    int removed = 0;
    for (struct node *n = head, *next; n; n = next) {
        next = n->next;
        if (n->value % 3 == 0) {
            unlink_node(n);
            removed++;
        }
    }
    reverse();
    printf("forward:");
    for (struct node *n = head; n; n = n->next)
        printf(" %ld", n->value);
    printf("\nbackward:");
    for (struct node *n = tail; n; n = n->prev)
        printf(" %ld", n->value);
    printf("\nremoved %d\n", removed);
    return removed;
}
