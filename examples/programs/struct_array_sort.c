/* qsort over an array of structs with comparators on different fields. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct employee { char name[12]; unsigned short age; int salary; long id; };

static int by_age(const void *a, const void *b)
{
    const struct employee *x = a, *y = b;
    return (int)x->age - (int)y->age;
}

static int by_salary_desc(const void *a, const void *b)
{
    const struct employee *x = a, *y = b;
    return (y->salary > x->salary) - (y->salary < x->salary);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct employee *)a)->name, ((const struct employee *)b)->name);
}

static void show(const char *title, const struct employee *e, int n)
{
    printf("%s:\n", title);
    for (int i = 0; i < n; i++)
        printf("  %-8s %3u %7d %ld\n", e[i].name, e[i].age, e[i].salary, e[i].id);
}

int main(void)
{
    struct employee staff[] = {
        { "grace", 45, 91000, 1001 }, { "alan", 41, 87000, 1002 }, { "ada", 36, 99000, 1003 },
        { "linus", 28, 65000, 1004 }, { "barbara", 52, 105000, 1005 }, { "ken", 33, 72000, 1006 },
    };
    int n = sizeof staff / sizeof staff[0];
    qsort(staff, n, sizeof staff[0], by_age);
    show("by age", staff, n);
    qsort(staff, n, sizeof staff[0], by_salary_desc);
    show("by salary", staff, n);
    qsort(staff, n, sizeof staff[0], by_name);
    show("by name", staff, n);
    long payroll = 0;
    for (int i = 0; i < n; i++)
        payroll += staff[i].salary;
    printf("payroll %ld\n", payroll);
    return staff[0].age;
}
