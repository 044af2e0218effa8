/**
 * The end of an exhaustive `switch` over a union: a kind that no `case` handles leaves a value
 * here whose type is not `never`, which fails type-checking (and, should one slip through at
 * runtime, throws rather than rendering nothing).
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
