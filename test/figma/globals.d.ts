// What Figma's plugin-typings index.d.ts declares for the sandbox, minus
// console and timers, which clash with Node's types in this project.
declare const figma: PluginAPI
declare const __html__: string
