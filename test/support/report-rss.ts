/** Loaded with `node --import` by the CLI test: prints the process's peak memory on exit (kilobytes), for bounded-memory checks. */
process.on('exit', () => process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`));
