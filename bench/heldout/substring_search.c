/* Naive and Knuth-Morris-Pratt substring search: every occurrence of the
   pattern (first argument) in each stdin line; both methods must agree. */
#include <stdio.h>
#include <string.h>

static int naive(const char *text, const char *pat, int *where)
{
    int n = (int)strlen(text), m = (int)strlen(pat), found = 0;
    for (int i = 0; i + m <= n; i++)
        if (memcmp(text + i, pat, (size_t)m) == 0)
            where[found++] = i;
    return found;
}

static int kmp(const char *text, const char *pat, int *where)
{
    int m = (int)strlen(pat), fail[64], found = 0;
    fail[0] = 0;
    for (int i = 1, k = 0; i < m; i++) {
        while (k > 0 && pat[i] != pat[k])
            k = fail[k - 1];
        if (pat[i] == pat[k])
            k++;
        fail[i] = k;
    }
    for (int i = 0, k = 0; text[i]; i++) {
        while (k > 0 && text[i] != pat[k])
            k = fail[k - 1];
        if (text[i] == pat[k])
            k++;
        if (k == m) {
            where[found++] = i - m + 1;
            k = fail[k - 1];
        }
    }
    return found;
}

int main(int argc, char **argv)
{
    if (argc < 2 || strlen(argv[1]) == 0 || strlen(argv[1]) > 63)
        return 2;
    char line[256];
    int a[256], b[256], disagree = 0, lineno = 0;
    while (fgets(line, sizeof line, stdin)) {
        int na = naive(line, argv[1], a), nb = kmp(line, argv[1], b);
        lineno++;
        printf("line %d: %d match(es)", lineno, nb);
        for (int i = 0; i < nb; i++)
            printf(" @%d", b[i]);
        printf("\n");
        disagree += na != nb || memcmp(a, b, sizeof(int) * (size_t)na) != 0;
    }
    return disagree;
}
