/** The value after `--name` on the command line, if given. */
export function cliOption(name: string, argv: string[] = process.argv): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}
