/* Strings from argv: reverse, palindrome test, vowel count, upper-casing. */
#include <stdio.h>
#include <string.h>

static void reverse(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) {
        char t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

static int is_palindrome(const char *s)
{
    const char *e = s + strlen(s);
    while (s < e) {
        if (*s++ != *--e)
            return 0;
    }
    return 1;
}

static int vowels(const char *s)
{
    int count = 0;
    for (; *s; s++)
        if (strchr("aeiouAEIOU", *s))
            count++;
    return count;
}

int main(int argc, char **argv)
{
    char buf[128];
    int palindromes = 0;
    for (int i = 1; i < argc; i++) {
        strncpy(buf, argv[i], sizeof buf - 1);
        buf[sizeof buf - 1] = 0;
        int pal = is_palindrome(buf);
        palindromes += pal;
        reverse(buf);
        for (char *p = buf; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 'a' + 'A');
        printf("%-12s -> %-12s vowels=%d palindrome=%s\n", argv[i], buf, vowels(argv[i]), pal ? "yes" : "no");
    }
    return palindromes;
}
