/* stdin: count lines, words, characters and letter frequencies (like wc). */
#include <stdio.h>
#include <ctype.h>

int main(void)
{
    long lines = 0, words = 0, chars = 0;
    int in_word = 0, longest = 0, current = 0;
    unsigned freq[26] = { 0 };
    int c;
    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\n')
            lines++;
        if (isalpha(c))
            freq[tolower(c) - 'a']++;
        if (isspace(c)) {
            if (in_word && current > longest)
                longest = current;
            in_word = 0;
            current = 0;
        } else {
            if (!in_word)
                words++;
            in_word = 1;
            current++;
        }
    }
    if (in_word && current > longest)
        longest = current;
    printf("%ld lines %ld words %ld chars, longest word %d\n", lines, words, chars, longest);
    for (int i = 0; i < 26; i++)
        if (freq[i])
            printf("%c:%u ", 'a' + i, freq[i]);
    printf("\n");
    return (int)(words % 256);
}
