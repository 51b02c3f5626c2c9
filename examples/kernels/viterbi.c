/* viterbi: most likely state path of a 4-state HMM over 16 observations,
 * using min-sum dynamic programming on float costs (negative log probs).
 * Observation symbols are masked to 0..3. init has 4 entries, trans and emit
 * are 4x4 row-major. Writes the path (16 ints) and returns the final state. */
#define S 4
#define M 4
#define T 16

int viterbi(const int *obs, const float *init, const float *trans,
            const float *emit, int *path)
{
    float cost[T][S];
    int bp[T][S];
    int t, s, p, state;
    float best;

    for (s = 0; s < S; s++) {
        cost[0][s] = init[s] + emit[s * M + (obs[0] & (M - 1))];
        bp[0][s] = 0;
    }
    for (t = 1; t < T; t++) {
        int o = obs[t] & (M - 1);
        for (s = 0; s < S; s++) {
            int arg = 0;
            best = cost[t - 1][0] + trans[0 * S + s];
            for (p = 1; p < S; p++) {
                float c = cost[t - 1][p] + trans[p * S + s];
                if (c < best) {
                    best = c;
                    arg = p;
                }
            }
            cost[t][s] = best + emit[s * M + o];
            bp[t][s] = arg;
        }
    }

    state = 0;
    best = cost[T - 1][0];
    for (s = 1; s < S; s++) {
        if (cost[T - 1][s] < best) {
            best = cost[T - 1][s];
            state = s;
        }
    }
    path[T - 1] = state;
    for (t = T - 1; t > 0; t--) {
        state = bp[t][state];
        path[t - 1] = state;
    }
    return path[T - 1];
}
