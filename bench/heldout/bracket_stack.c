/* Checks bracket nesting of each stdin line with a stack of structs
   (bracket and position) and reports the first error's column. */
#include <stdio.h>

struct open_bracket {
    char ch;
    int column;
};

static char closing(char open)
{
    switch (open) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    default: return '>';
    }
}

int main(void)
{
    char line[256];
    int lineno = 0, bad_lines = 0;
    while (fgets(line, sizeof line, stdin)) {
        struct open_bracket stack[128];
        int depth = 0, max_depth = 0, error_col = -1;
        lineno++;
        for (int i = 0; line[i] && line[i] != '\n' && error_col < 0; i++) {
            char c = line[i];
            if (c == '(' || c == '[' || c == '{' || c == '<') {
                if (depth == 128) { error_col = i; break; }
                stack[depth].ch = c;
                stack[depth].column = i;
                if (++depth > max_depth)
                    max_depth = depth;
            } else if (c == ')' || c == ']' || c == '}' || c == '>') {
                if (depth == 0 || closing(stack[depth - 1].ch) != c)
                    error_col = i;
                else
                    depth--;
            }
        }
        if (error_col < 0 && depth > 0)
            error_col = stack[depth - 1].column;
        if (error_col >= 0) {
            bad_lines++;
            printf("line %d: error at column %d\n", lineno, error_col + 1);
        } else {
            printf("line %d: ok, depth %d\n", lineno, max_depth);
        }
    }
    return bad_lines;
}
