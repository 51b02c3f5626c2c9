/* Edit distance between consecutive pairs of arguments with a two-row
   dynamic programme; prints the distance and the similarity in percent. */
#include <stdio.h>
#include <string.h>

#define MAXLEN 64

static int min3(int a, int b, int c)
{
    int m = a < b ? a : b;
    return m < c ? m : c;
}

static int distance(const char *a, const char *b)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    int prev[MAXLEN + 1], cur[MAXLEN + 1];
    if (la > MAXLEN || lb > MAXLEN)
        return -1;
    for (int j = 0; j <= lb; j++)
        prev[j] = j;
    for (int i = 1; i <= la; i++) {
        cur[0] = i;
        for (int j = 1; j <= lb; j++) {
            int cost = a[i - 1] != b[j - 1];
            cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        memcpy(prev, cur, sizeof(int) * (size_t)(lb + 1));
    }
    return prev[lb];
}

int main(int argc, char **argv)
{
    int total = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        int d = distance(argv[i], argv[i + 1]);
        int longer = (int)(strlen(argv[i]) > strlen(argv[i + 1]) ? strlen(argv[i]) : strlen(argv[i + 1]));
        int percent = longer ? 100 * (longer - d) / longer : 100;
        printf("%s -> %s: %d edits, %d%% similar\n", argv[i], argv[i + 1], d, percent);
        total += d;
    }
    printf("total %d\n", total);
    return total > 100 ? 100 : total;
}
