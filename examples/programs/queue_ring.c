/* A ring buffer queue in a struct: push/pop with wrap-around, simulating a round-robin scheduler. */
#include <stdio.h>

#define CAP 8

struct queue { int items[CAP]; unsigned head, tail, size; };

static int push(struct queue *q, int v)
{
    if (q->size == CAP)
        return 0;
    q->items[q->tail] = v;
    q->tail = (q->tail + 1) % CAP;
    q->size++;
    return 1;
}

static int pop(struct queue *q, int *v)
{
    if (q->size == 0)
        return 0;
    *v = q->items[q->head];
    q->head = (q->head + 1) % CAP;
    q->size--;
    return 1;
}

int main(void)
{
    struct queue q = { { 0 }, 0, 0, 0 };
    int work[6] = { 7, 3, 12, 1, 5, 9 };
    for (int i = 0; i < 6; i++)
        push(&q, i);
    int quantum = 4, tick = 0, task, finished = 0;
    while (pop(&q, &task)) {
        int run = work[task] < quantum ? work[task] : quantum;
        work[task] -= run;
        tick += run;
        if (work[task] > 0) {
            push(&q, task);
        } else {
            printf("task %d done at t=%d\n", task, tick);
            finished++;
        }
    }
    int rejected = 0;
    for (int i = 0; i < 11; i++)
        rejected += !push(&q, i * i);
    printf("rejected %d, size %u, head %u, tail %u\n", rejected, q.size, q.head, q.tail);
    return finished + rejected;
}
