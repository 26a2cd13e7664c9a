export interface CliIo {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    cwd: string;
    env: Record<string, string | undefined>;
    /** stdout is a terminal */
    isTTY: boolean;
    /** reads all of standard input (for --stdin) */
    readStdin?: () => Promise<Uint8Array | string>;
}
/** Runs the CLI; returns the exit code. Never throws. */
export declare function runCli(argv: string[], io: CliIo): Promise<number>;
