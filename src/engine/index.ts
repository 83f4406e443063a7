// Public entry point of the engine: pure TypeScript, no vscode, no fs.
export * from "./types";
export { analyze } from "./analyze";
export { unnamedSource } from "./speaker";
export * from "./report";
