/* needleman_wunsch: global alignment score of two 16-char sequences.
 * Fills the 17x17 DP score matrix (row-major, 289 ints) with match +1,
 * mismatch -1, gap -1, and returns the final score. */
#define L 16
#define W (L + 1)
#define MATCH 1
#define MISMATCH (-1)
#define GAP (-1)

static int max3(int a, int b, int c)
{
    int m = a > b ? a : b;
    return m > c ? m : c;
}

int needleman_wunsch(const char *seq_a, const char *seq_b, int *score)
{
    int i, j;
    for (i = 0; i < W; i++)
        score[i * W] = i * GAP;
    for (j = 0; j < W; j++)
        score[j] = j * GAP;
    for (i = 1; i < W; i++) {
        for (j = 1; j < W; j++) {
            int s = seq_a[i - 1] == seq_b[j - 1] ? MATCH : MISMATCH;
            score[i * W + j] = max3(score[(i - 1) * W + (j - 1)] + s,
                                    score[(i - 1) * W + j] + GAP,
                                    score[i * W + (j - 1)] + GAP);
        }
    }
    return score[L * W + L];
}
