/* bfs: breadth-first search over a 16-node graph in CSR form (row_ptr has
 * 17 entries, cols up to 64). Writes the BFS level of every node (-1 when
 * unreachable) and returns the number of reached nodes. Edge offsets are
 * clamped and neighbour ids masked so any contents stay in bounds. */
#define NODES 16
#define EDGES 64

static unsigned clamp_edge(int e)
{
    unsigned u = (unsigned)e;
    return u > EDGES ? EDGES : u;
}

int bfs(const int *row_ptr, const int *cols, int src, int *level)
{
    int queue[NODES];
    int visited[NODES];
    int head = 0, tail = 0, i;

    for (i = 0; i < NODES; i++) {
        visited[i] = 0;
        level[i] = -1;
    }
    src &= NODES - 1;
    visited[src] = 1;
    level[src] = 0;
    queue[tail++] = src;

    while (head < tail) {
        int u = queue[head++];
        unsigned e = clamp_edge(row_ptr[u]);
        unsigned end = clamp_edge(row_ptr[u + 1]);
        for (; e < end; e++) {
            int v = cols[e] & (NODES - 1);
            if (!visited[v]) {
                visited[v] = 1;
                level[v] = level[u] + 1;
                queue[tail++] = v;
            }
        }
    }
    return tail;
}
