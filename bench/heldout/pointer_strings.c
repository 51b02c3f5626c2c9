/* String routines written with pointer arithmetic only (copy, concatenate,
   reverse in place, find a character), used to build a sentence. */
#include <stdio.h>

static char *copy(char *dst, const char *src)
{
    char *d = dst;
    while ((*d++ = *src++) != '\0')
        ;
    return dst;
}

static char *concat(char *dst, const char *src)
{
    char *d = dst;
    while (*d)
        d++;
    copy(d, src);
    return dst;
}

static void reverse(char *s)
{
    char *e = s;
    while (*e)
        e++;
    for (e--; s < e; s++, e--) {
        char t = *s;
        *s = *e;
        *e = t;
    }
}

static const char *find(const char *s, char c)
{
    for (; *s; s++)
        if (*s == c)
            return s;
    return NULL;
}

int main(int argc, char **argv)
{
    char buf[512] = "";
    for (int i = 1; i < argc; i++) {
        concat(buf, argv[i]);
        concat(buf, i + 1 < argc ? " " : ".");
    }
    printf("sentence: %s\n", buf);
    const char *comma = find(buf, ',');
    printf("first comma at %ld\n", comma ? (long)(comma - buf) : -1L);
    char rev[512];
    reverse(copy(rev, buf));
    printf("reversed: %s\n", rev);
    long vowels = 0;
    for (const char *p = rev; *p; p++)
        vowels += find("aeiouAEIOU", *p) != NULL;
    printf("vowels: %ld\n", vowels);
    return (int)vowels;
}
