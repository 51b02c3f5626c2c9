/* A binary search tree whose nodes come from a static pool: insertion,
   in-order traversal, height and a range count, all recursive. */
#include <stdio.h>

struct node {
    int key;
    struct node *left, *right;
};

static struct node pool[64];
static int used;

static struct node *insert(struct node *t, int key)
{
    if (!t) {
        struct node *n = &pool[used++];
        n->key = key;
        n->left = n->right = NULL;
        return n;
    }
    if (key < t->key)
        t->left = insert(t->left, key);
    else if (key > t->key)
        t->right = insert(t->right, key);
    return t;
}

static void in_order(const struct node *t)
{
    if (!t)
        return;
    in_order(t->left);
    printf(" %d", t->key);
    in_order(t->right);
}

static int height(const struct node *t)
{
    if (!t)
        return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}

static int count_range(const struct node *t, int lo, int hi)
{
    if (!t)
        return 0;
    int here = t->key >= lo && t->key <= hi;
    return here + (t->key > lo ? count_range(t->left, lo, hi) : 0) + (t->key < hi ? count_range(t->right, lo, hi) : 0);
}

int main(void)
{
    struct node *root = NULL;
    int key;
    while (used < 64 && scanf("%d", &key) == 1)
        root = insert(root, key);
    printf("sorted:");
    in_order(root);
    printf("\nnodes %d height %d in [10,50]: %d\n", used, height(root), count_range(root, 10, 50));
    return height(root);
}
