/**
 * What the doctor script says about itself, read from its header comment (public/doctor.sh is the
 * one place it is written): the commands it runs, the files it reads and the report's keys. The
 * /doctor/ page shows these, so the page can never list a command the script does not run.
 */

/** The sections of the header the page shows, as lines without the leading `# `. */
export interface DoctorScriptHeader {
  /** "Commands this script runs": one command (or a group on one line) per entry, continuation lines joined. */
  commands: string[];
  /** "It also reads: …" as one sentence. */
  reads: string;
  /** The "Keys" block, as written (column-aligned lines). */
  keys: string[];
}

/** The comment lines at the top of the script, without `#` and one following space. */
function headerLines(script: string): string[] {
  const lines: string[] = [];
  for (const line of script.split('\n').slice(1)) {
    if (!line.startsWith('#')) break;
    lines.push(line.replace(/^# ?/, ''));
  }
  return lines;
}

/** Reads the header; throws when a section is missing (the build then fails, naming the script). */
export function readDoctorScriptHeader(script: string): DoctorScriptHeader {
  const lines = headerLines(script);
  const from = (title: RegExp) => lines.findIndex((l) => title.test(l));
  const keysAt = from(/^Keys \(/);
  const commandsAt = from(/^Commands this script runs/);
  const readsAt = from(/^It also reads:/);
  if (keysAt < 0 || commandsAt < 0 || readsAt < 0) throw new Error('public/doctor.sh: the header must have "Keys (", "Commands this script runs" and "It also reads:" sections');
  const keys = lines.slice(keysAt + 1, commandsAt).filter((l) => l.trim() !== '');
  const commands: string[] = [];
  for (const line of lines.slice(commandsAt + 1, readsAt)) {
    if (/^ {4,}\S/.test(line) && commands.length > 0) commands[commands.length - 1] += ` ${line.trim()}`;
    else if (line.trim() !== '') commands.push(line.trim());
  }
  const reads = lines.slice(readsAt).join(' ').replace(/^It also reads:\s*/, '').replace(/\s+/g, ' ').trim();
  return { commands, reads, keys };
}
