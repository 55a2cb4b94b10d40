import cliProgress from "cli-progress";

/** A per-file progress bar on a terminal's stderr; none when stderr is a pipe or a log. */
export function fileProgressBar(label: string): cliProgress.SingleBar | undefined {
  return process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: `${label} [{bar}] {value}/{total} | {file}`, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
}
