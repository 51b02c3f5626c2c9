/* particles: one explicit-Euler step for n particles (n clamped to 256)
 * falling under gravity onto a floor at x = 0, over an array of structs. */
#define MAX_N 256
#define GRAVITY 9.81f

struct particle {
    float x;
    float v;
    unsigned bounces;
};

void particles(struct particle *p, int n, float dt)
{
    int i;
    if (n > MAX_N)
        n = MAX_N;
    for (i = 0; i < n; i++) {
        p[i].v -= GRAVITY * dt;
        p[i].x += p[i].v * dt;
        if (p[i].x < 0.0f) {
            p[i].x = -p[i].x;
            p[i].v = -0.9f * p[i].v;
            p[i].bounces++;
        }
    }
}
