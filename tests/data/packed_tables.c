/* Constant tables with long runs of trailing zeros: clang writes them as packed structs. */
#include <stdint.h>
static const int8_t w[3][40] = {{1,2,3}, {0}, {5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,9}};
static const int16_t v[50] = {7, -3};
int32_t f(const int8_t x[40], unsigned r) {
  int32_t acc = 0;
  for (int i = 0; i < 40; i++) acc += w[r % 3][i] * x[i] + v[i];
  return acc;
}
