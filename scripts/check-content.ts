/** `npm run check:content`: validates all content without a full build and prints every problem. */
import { ContentError, loadContent } from './load-content.ts';

try {
  const { entries, limitations, distros } = loadContent(process.cwd());
  console.log(`content ok: ${entries.length} entries, ${limitations.length} limitations, ${distros.length} distros`);
} catch (err) {
  if (!(err instanceof ContentError)) throw err;
  console.error(err.message);
  process.exit(1);
}
