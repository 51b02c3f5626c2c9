/* A discrete-time bank queue: customers arrive from a linear congruential
   generator, tellers serve them from a ring buffer of structs; reports
   waiting times per teller count. */
#include <stdio.h>

struct customer {
    int arrival;
    int service;
};

static unsigned seed;

static unsigned rnd(unsigned n)
{
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
}

static void simulate(int tellers)
{
    struct customer queue[64];
    int head = 0, tail = 0, busy[4] = {0}, served = 0, max_len = 0;
    long total_wait = 0;
    seed = 2024;
    for (int t = 0; t < 480; t++) {
        if (rnd(10) < 3 && (tail + 1) % 64 != head) {
            queue[tail].arrival = t;
            queue[tail].service = 2 + (int)rnd(9);
            tail = (tail + 1) % 64;
        }
        for (int k = 0; k < tellers; k++) {
            if (busy[k] > 0)
                busy[k]--;
            if (busy[k] == 0 && head != tail) {
                total_wait += t - queue[head].arrival;
                busy[k] = queue[head].service;
                head = (head + 1) % 64;
                served++;
            }
        }
        int len = (tail - head + 64) % 64;
        if (len > max_len)
            max_len = len;
    }
    printf("%d teller(s): served %d, mean wait %.2f, longest queue %d\n", tellers, served,
           served ? (double)total_wait / served : 0.0, max_len);
}

int main(void)
{
    for (int tellers = 1; tellers <= 4; tellers++)
        simulate(tellers);
    return 0;
}
