// Types of build-cli.mjs for the bench (TypeScript) that builds the CLI before timing it.
export declare const CLI_OUT: string
export declare function buildCli(): Promise<void>
