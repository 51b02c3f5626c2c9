/* Groups the words given as arguments into anagram classes using a
   26-letter signature; prints each class once. */
#include <stdio.h>
#include <string.h>

#define MAXW 32

static void signature(const char *w, unsigned char sig[26])
{
    memset(sig, 0, 26);
    for (; *w; w++)
        if (*w >= 'a' && *w <= 'z')
            sig[*w - 'a']++;
}

int main(int argc, char **argv)
{
    unsigned char sigs[MAXW][26];
    int group[MAXW];
    int n = argc - 1 < MAXW ? argc - 1 : MAXW;
    int groups = 0;
    for (int i = 0; i < n; i++) {
        signature(argv[i + 1], sigs[i]);
        group[i] = -1;
        for (int j = 0; j < i; j++)
            if (memcmp(sigs[i], sigs[j], 26) == 0) {
                group[i] = group[j];
                break;
            }
        if (group[i] < 0)
            group[i] = groups++;
    }
    for (int g = 0; g < groups; g++) {
        printf("group %d:", g);
        for (int i = 0; i < n; i++)
            if (group[i] == g)
                printf(" %s", argv[i + 1]);
        printf("\n");
    }
    return groups;
}
