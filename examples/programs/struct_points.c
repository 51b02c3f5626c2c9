/* Structs: passed by value and by pointer, returned, nested, arrays of structs. */
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point lo, hi; char name[8]; };

static struct point add(struct point a, struct point b)
{
    struct point r = { a.x + b.x, a.y + b.y };
    return r;
}

static long area(const struct rect *r) { return (long)(r->hi.x - r->lo.x) * (r->hi.y - r->lo.y); }

static void grow(struct rect *r, int d)
{
    r->lo.x -= d;
    r->lo.y -= d;
    r->hi.x += d;
    r->hi.y += d;
}

static int overlaps(struct rect a, struct rect b)
{
    return a.lo.x < b.hi.x && b.lo.x < a.hi.x && a.lo.y < b.hi.y && b.lo.y < a.hi.y;
}

int main(void)
{
    struct rect rs[4] = {
        { { 0, 0 }, { 4, 3 }, "alpha" },
        { { 2, 1 }, { 9, 8 }, "beta" },
        { { -5, -5 }, { -1, -2 }, "gamma" },
        { { 10, 10 }, { 12, 15 }, "delta" },
    };
    struct point total = { 0, 0 };
    long areas = 0;
    for (int i = 0; i < 4; i++) {
        grow(&rs[i], i);
        total = add(total, rs[i].hi);
        areas += area(&rs[i]);
        printf("%s: (%d,%d)-(%d,%d) area %ld\n", rs[i].name, rs[i].lo.x, rs[i].lo.y, rs[i].hi.x, rs[i].hi.y, area(&rs[i]));
    }
    int pairs = 0;
    for (int i = 0; i < 4; i++)
        for (int j = i + 1; j < 4; j++)
            if (overlaps(rs[i], rs[j])) {
                printf("%s overlaps %s\n", rs[i].name, rs[j].name);
                pairs++;
            }
    printf("total (%d,%d) areas %ld pairs %d\n", total.x, total.y, areas, pairs);
    return pairs;
}
