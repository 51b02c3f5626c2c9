/* Day of the week by Zeller's congruence, days between dates through a
   day count from a fixed epoch, and a month calendar for the first date. */
#include <stdio.h>

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[m - 1] + (m == 2 && is_leap(y));
}

static int zeller(int y, int m, int d) /* 0 = Saturday */
{
    if (m < 3) {
        m += 12;
        y--;
    }
    int k = y % 100, j = y / 100;
    return (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
}

static long day_number(int y, int m, int d)
{
    long n = 0;
    for (int year = 1900; year < y; year++)
        n += 365 + is_leap(year);
    for (int month = 1; month < m; month++)
        n += days_in_month(y, month);
    return n + d;
}

int main(void)
{
    static const char *names[7] = {"Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"};
    int y, m, d, py = 0, pm = 0, pd = 0, count = 0;
    while (scanf("%d-%d-%d", &y, &m, &d) == 3) {
        printf("%04d-%02d-%02d is a %s", y, m, d, names[zeller(y, m, d)]);
        if (count++)
            printf(", %ld days after the previous date", day_number(y, m, d) - day_number(py, pm, pd));
        printf("\n");
        if (count == 1) {
            printf("Sa Su Mo Tu We Th Fr\n");
            int first = zeller(y, m, 1);
            for (int i = 0; i < first; i++)
                printf("   ");
            for (int day = 1; day <= days_in_month(y, m); day++)
                printf("%2d%c", day, (first + day) % 7 == 0 ? '\n' : ' ');
            printf("\n");
        }
        py = y, pm = m, pd = d;
    }
    return count;
}
