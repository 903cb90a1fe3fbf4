/** The shape of a translation of `T`: the same keys, all the way down, each a string. A key missing from
 * zh-HK (or one zh-HK has that English lacks) is a type error where the file declares `satisfies`. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> }
