/* Counts vowels, consonants, digits and other bytes on stdin with a switch,
   and reports the most frequent vowel. */
#include <stdio.h>

int main(void)
{
    long vowels[5] = {0};
    const char *names = "aeiou";
    long consonants = 0, digits = 0, spaces = 0, other = 0;
    int c;
    while ((c = getchar()) != EOF) {
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        switch (c) {
        case 'a': vowels[0]++; break;
        case 'e': vowels[1]++; break;
        case 'i': vowels[2]++; break;
        case 'o': vowels[3]++; break;
        case 'u': vowels[4]++; break;
        case ' ': case '\n': case '\t':
            spaces++;
            break;
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
            digits++;
            break;
        default:
            if (c >= 'a' && c <= 'z')
                consonants++;
            else
                other++;
        }
    }
    int best = 0;
    long total = 0;
    for (int i = 0; i < 5; i++) {
        printf("%c: %ld\n", names[i], vowels[i]);
        total += vowels[i];
        if (vowels[i] > vowels[best])
            best = i;
    }
    printf("vowels %ld consonants %ld digits %ld spaces %ld other %ld\n",
           total, consonants, digits, spaces, other);
    printf("most frequent vowel: %c\n", names[best]);
    return (int)(total % 64);
}
