// esbuild's local-css loader turns each class of a .module.css file into a
// unique name; the default export maps the written names to those.
declare module '*.module.css' {
  const classNames: Record<string, string>
  export default classNames
}
