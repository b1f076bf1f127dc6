// The `article-kit` command. React and styled-components read NODE_ENV when they are loaded, so
// it is set before anything imports them: static pages want the production builds (faster, no
// development warnings on stderr) unless the caller asked for another mode.
process.env.NODE_ENV ??= 'production';

import('./main')
  .then(({ main }) => main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`article-kit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
