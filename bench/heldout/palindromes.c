/* For each argument: is it a palindrome ignoring case and non-letters, and
   the longest palindromic substring (expand around centres). */
#include <stdio.h>
#include <string.h>

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

static int is_letter(int c)
{
    c = lower(c);
    return c >= 'a' && c <= 'z';
}

static int loose_palindrome(const char *s)
{
    int i = 0, j = (int)strlen(s) - 1;
    while (i < j) {
        if (!is_letter(s[i])) { i++; continue; }
        if (!is_letter(s[j])) { j--; continue; }
        if (lower(s[i]) != lower(s[j]))
            return 0;
        i++;
        j--;
    }
    return 1;
}

static int longest(const char *s, int *start)
{
    int n = (int)strlen(s), best = 0;
    for (int c = 0; c < 2 * n - 1; c++) {
        int lo = c / 2, hi = lo + c % 2;
        while (lo >= 0 && hi < n && s[lo] == s[hi]) {
            lo--;
            hi++;
        }
        if (hi - lo - 1 > best) {
            best = hi - lo - 1;
            *start = lo + 1;
        }
    }
    return best;
}

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; i++) {
        int start = 0;
        int len = longest(argv[i], &start);
        int pal = loose_palindrome(argv[i]);
        count += pal;
        printf("%-32s %s longest=%.*s\n", argv[i], pal ? "yes" : "no ", len, argv[i] + start);
    }
    return count;
}
