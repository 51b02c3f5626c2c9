/* Axis-aligned rectangles as structs passed by value and by pointer:
   pairwise intersections, areas, and the bounding box of all of them. */
#include <stdio.h>

struct point {
    int x, y;
};

struct rect {
    struct point lo, hi;
};

static long area(struct rect r)
{
    return (long)(r.hi.x - r.lo.x) * (r.hi.y - r.lo.y);
}

static int intersect(const struct rect *a, const struct rect *b, struct rect *out)
{
    out->lo.x = a->lo.x > b->lo.x ? a->lo.x : b->lo.x;
    out->lo.y = a->lo.y > b->lo.y ? a->lo.y : b->lo.y;
    out->hi.x = a->hi.x < b->hi.x ? a->hi.x : b->hi.x;
    out->hi.y = a->hi.y < b->hi.y ? a->hi.y : b->hi.y;
    return out->lo.x < out->hi.x && out->lo.y < out->hi.y;
}

static struct rect bounding(struct rect a, struct rect b)
{
    struct rect r = a;
    if (b.lo.x < r.lo.x) r.lo.x = b.lo.x;
    if (b.lo.y < r.lo.y) r.lo.y = b.lo.y;
    if (b.hi.x > r.hi.x) r.hi.x = b.hi.x;
    if (b.hi.y > r.hi.y) r.hi.y = b.hi.y;
    return r;
}

int main(void)
{
    struct rect rs[] = {
        {{0, 0}, {10, 10}}, {{5, 5}, {15, 12}}, {{-20, -3}, {-1, 4}}, {{9, -100}, {11, 100}}, {{2, 2}, {3, 3}},
    };
    int n = sizeof rs / sizeof rs[0], overlaps = 0;
    struct rect box = rs[0];
    for (int i = 0; i < n; i++) {
        box = bounding(box, rs[i]);
        for (int j = i + 1; j < n; j++) {
            struct rect common;
            if (intersect(&rs[i], &rs[j], &common)) {
                overlaps++;
                printf("%d & %d: (%d,%d)-(%d,%d) area %ld\n", i, j, common.lo.x, common.lo.y,
                       common.hi.x, common.hi.y, area(common));
            }
        }
    }
    printf("bounding (%d,%d)-(%d,%d) area %ld, %d overlaps\n", box.lo.x, box.lo.y, box.hi.x, box.hi.y,
           area(box), overlaps);
    return overlaps;
}
