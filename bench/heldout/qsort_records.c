/* Sorts student records with the C library's qsort under three
   comparators (by score descending, by name, by age then score). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct student {
    char name[12];
    int age;
    double score;
};

static int by_score(const void *a, const void *b)
{
    const struct student *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return strcmp(x->name, y->name);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct student *)a)->name, ((const struct student *)b)->name);
}

static int by_age_score(const void *a, const void *b)
{
    const struct student *x = a, *y = b;
    if (x->age != y->age)
        return x->age - y->age;
    return by_score(a, b);
}

static void show(const char *title, const struct student *s, int n)
{
    printf("%s:\n", title);
    for (int i = 0; i < n; i++)
        printf("  %-8s %2d %6.2f\n", s[i].name, s[i].age, s[i].score);
}

int main(void)
{
    struct student s[] = {
        {"mara", 21, 88.5}, {"ivo", 19, 92.25}, {"zoe", 21, 75.0}, {"anil", 20, 92.25},
        {"bea", 19, 60.75}, {"kofi", 22, 88.5}, {"lu", 20, 99.0},
    };
    int n = sizeof s / sizeof s[0];
    qsort(s, (size_t)n, sizeof s[0], by_score);
    show("by score", s, n);
    qsort(s, (size_t)n, sizeof s[0], by_name);
    show("by name", s, n);
    qsort(s, (size_t)n, sizeof s[0], by_age_score);
    show("by age, then score", s, n);
    double mean = 0;
    for (int i = 0; i < n; i++)
        mean += s[i].score / n;
    printf("mean %.3f\n", mean);
    return (int)mean;
}
