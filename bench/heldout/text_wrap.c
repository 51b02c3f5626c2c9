/* Greedy word wrap of stdin to the width given as the first argument,
   right-justifying each full line by spreading spaces. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXWORDS 256

static char words[MAXWORDS][32];
static int count;

static void emit(int from, int to, int width, int justify)
{
    int letters = 0, gaps = to - from - 1;
    for (int i = from; i < to; i++)
        letters += (int)strlen(words[i]);
    int spaces = width - letters;
    for (int i = from; i < to; i++) {
        fputs(words[i], stdout);
        if (i + 1 < to) {
            int pad = justify ? spaces / gaps + (i - from < spaces % gaps) : 1;
            for (int k = 0; k < pad; k++)
                putchar(' ');
        }
    }
    printf("|\n");
}

int main(int argc, char **argv)
{
    int width = argc > 1 ? atoi(argv[1]) : 30;
    if (width < 10 || width > 200)
        return 2;
    while (count < MAXWORDS && scanf("%31s", words[count]) == 1)
        count++;
    int start = 0, len = 0, lines = 0;
    for (int i = 0; i < count; i++) {
        int w = (int)strlen(words[i]);
        if (i > start && len + 1 + w > width) {
            emit(start, i, width, 1);
            lines++;
            start = i;
            len = 0;
        }
        len += (i > start) + w;
    }
    if (start < count) {
        emit(start, count, width, 0);
        lines++;
    }
    printf("%d words, %d lines\n", count, lines);
    return lines;
}
