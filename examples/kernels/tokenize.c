/* tokenize: a three-state lexer (switch-based state machine) over n chars
 * (n clamped to 1024) that counts numbers and identifiers. counts[0] gets the
 * number count, counts[1] the identifier count; returns their sum. */
#define MAX_N 1024

enum lex_state { IDLE, IN_NUM, IN_WORD };

int tokenize(const char *s, int n, int *counts)
{
    enum lex_state st = IDLE;
    int nums = 0, words = 0, i;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++) {
        char c = s[i];
        int digit = c >= '0' && c <= '9';
        int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        switch (st) {
        case IDLE:
            if (digit) {
                st = IN_NUM;
                nums++;
            } else if (alpha) {
                st = IN_WORD;
                words++;
            }
            break;
        case IN_NUM:
            if (alpha) {
                st = IN_WORD;
                words++;
            } else if (!digit) {
                st = IDLE;
            }
            break;
        case IN_WORD:
            if (!alpha && !digit)
                st = IDLE;
            break;
        }
    }
    counts[0] = nums;
    counts[1] = words;
    return nums + words;
}
