/* kmp: Knuth-Morris-Pratt search for a fixed global pattern in a text of n
 * chars (n clamped to 1024). Stores up to 64 match start positions in pos
 * and returns the number of matches. */
#define MAX_N 1024
#define MAX_MATCH 64

static const char kmp_pattern[] = "abcab";
#define PLEN ((int)(sizeof(kmp_pattern) - 1))

int kmp(const char *text, int n, int *pos)
{
    int fail[PLEN];
    int i, k, count = 0;
    if (n > MAX_N)
        n = MAX_N;

    /* failure function */
    fail[0] = 0;
    k = 0;
    for (i = 1; i < PLEN; i++) {
        while (k > 0 && kmp_pattern[k] != kmp_pattern[i])
            k = fail[k - 1];
        if (kmp_pattern[k] == kmp_pattern[i])
            k++;
        fail[i] = k;
    }

    /* scan */
    k = 0;
    for (i = 0; i < n; i++) {
        while (k > 0 && kmp_pattern[k] != text[i])
            k = fail[k - 1];
        if (kmp_pattern[k] == text[i])
            k++;
        if (k == PLEN) {
            if (count < MAX_MATCH)
                pos[count] = i - PLEN + 1;
            count++;
            k = fail[k - 1];
        }
    }
    return count;
}
