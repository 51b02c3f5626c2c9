/* Strings from argv: a tokenizer splitting on separators, keyword lookup with strcmp. */
#include <stdio.h>
#include <string.h>

static const char *keywords[] = { "if", "else", "while", "for", "return", "int", "char" };

static int is_sep(char c) { return c == ' ' || c == ',' || c == ';' || c == '(' || c == ')'; }

static int keyword_index(const char *w, size_t n)
{
    for (unsigned i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i]) == n && strncmp(keywords[i], w, n) == 0)
            return (int)i;
    return -1;
}

int main(int argc, char **argv)
{
    int tokens = 0, kws = 0;
    for (int a = 1; a < argc; a++) {
        const char *s = argv[a];
        while (*s) {
            while (*s && is_sep(*s))
                s++;
            if (!*s)
                break;
            const char *start = s;
            while (*s && !is_sep(*s))
                s++;
            size_t n = (size_t)(s - start);
            int k = keyword_index(start, n);
            printf("token %2d: %.*s%s\n", tokens, (int)n, start, k >= 0 ? " (keyword)" : "");
            tokens++;
            kws += k >= 0;
        }
    }
    printf("%d tokens, %d keywords\n", tokens, kws);
    return kws;
}
