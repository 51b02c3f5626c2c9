/* Reads tic-tac-toe boards (three lines of X, O and . each) from stdin and
   reports the winner, a draw, or whose turn it is with its winning moves. */
#include <stdio.h>

static const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6},
                                {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};

static char winner(const char *b)
{
    for (int l = 0; l < 8; l++) {
        char c = b[lines[l][0]];
        if (c != '.' && c == b[lines[l][1]] && c == b[lines[l][2]])
            return c;
    }
    return 0;
}

int main(void)
{
    char b[9], row[16];
    int boards = 0, decided = 0;
    for (;;) {
        int k = 0;
        for (int r = 0; r < 3 && fgets(row, sizeof row, stdin); r++)
            for (int c = 0; c < 3; c++)
                b[k++] = row[c];
        if (k < 9)
            break;
        boards++;
        int xs = 0, os = 0;
        for (int i = 0; i < 9; i++) {
            xs += b[i] == 'X';
            os += b[i] == 'O';
        }
        char w = winner(b);
        if (w) {
            decided++;
            printf("board %d: %c wins\n", boards, w);
        } else if (xs + os == 9) {
            printf("board %d: draw\n", boards);
        } else {
            char turn = xs > os ? 'O' : 'X';
            printf("board %d: %c to move, winning squares:", boards, turn);
            for (int i = 0; i < 9; i++)
                if (b[i] == '.') {
                    b[i] = turn;
                    if (winner(b) == turn)
                        printf(" %d", i + 1);
                    b[i] = '.';
                }
            printf("\n");
        }
    }
    return decided;
}
