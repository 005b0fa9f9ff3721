// What a translation must be: the English resource's shape, every leaf a string.
// Each zh-CN file is typed with it, so a key missing or extra in one language fails the typecheck.
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }
