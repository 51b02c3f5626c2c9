/* A state machine (switch on the state) that removes C comments from
   stdin while keeping string and character literals intact. */
#include <stdio.h>

enum state { CODE, SLASH, LINE_COMMENT, BLOCK_COMMENT, STAR, STRING, CHAR_LIT, ESCAPE };

int main(void)
{
    enum state s = CODE, literal = CODE;
    int c, comments = 0;
    long kept = 0;
    while ((c = getchar()) != EOF) {
        switch (s) {
        case CODE:
            if (c == '/') { s = SLASH; continue; }
            if (c == '"') s = STRING;
            else if (c == '\'') s = CHAR_LIT;
            break;
        case SLASH:
            if (c == '/') { s = LINE_COMMENT; comments++; continue; }
            if (c == '*') { s = BLOCK_COMMENT; comments++; continue; }
            putchar('/');
            kept++;
            s = c == '"' ? STRING : CODE;
            break;
        case LINE_COMMENT:
            if (c != '\n') continue;
            s = CODE;
            break;
        case BLOCK_COMMENT:
            if (c == '*') s = STAR;
            continue;
        case STAR:
            s = c == '/' ? CODE : (c == '*' ? STAR : BLOCK_COMMENT);
            if (s == CODE) putchar(' ');
            continue;
        case STRING:
        case CHAR_LIT:
            if (c == '\\') { literal = s; s = ESCAPE; }
            else if ((s == STRING && c == '"') || (s == CHAR_LIT && c == '\'')) s = CODE;
            break;
        case ESCAPE:
            s = literal;
            break;
        }
        putchar(c);
        kept++;
    }
    printf("\n[%d comments removed, %ld bytes kept]\n", comments, kept);
    return comments;
}
