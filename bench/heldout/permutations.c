/* All permutations of the letters of the argument in lexicographic order
   (next-permutation on a sorted copy), and their count. */
#include <stdio.h>
#include <string.h>

static void sort_chars(char *s, int n)
{
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && s[j - 1] > s[j]; j--) {
            char t = s[j]; s[j] = s[j - 1]; s[j - 1] = t;
        }
}

static int next_permutation(char *s, int n)
{
    int i = n - 2;
    while (i >= 0 && s[i] >= s[i + 1])
        i--;
    if (i < 0)
        return 0;
    int j = n - 1;
    while (s[j] <= s[i])
        j--;
    char t = s[i]; s[i] = s[j]; s[j] = t;
    for (int a = i + 1, b = n - 1; a < b; a++, b--) {
        t = s[a]; s[a] = s[b]; s[b] = t;
    }
    return 1;
}

int main(int argc, char **argv)
{
    char word[16];
    const char *src = argc > 1 ? argv[1] : "abc";
    int n = (int)strlen(src);
    if (n > 8)
        n = 8;
    memcpy(word, src, (size_t)n);
    word[n] = '\0';
    sort_chars(word, n);
    long count = 0;
    do {
        count++;
        printf("%s%c", word, count % 10 == 0 ? '\n' : ' ');
    } while (next_permutation(word, n));
    printf("\n%ld permutations\n", count);
    return (int)(count % 256);
}
