// `<file>?size`: the file's byte length, inlined by the build (scripts/asset-size-imports.ts).
declare module '*?size' {
  const size: number
  export default size
}
