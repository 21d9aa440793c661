import { restrictNewFiles } from '../runtime/private-data';
import { runCli } from './main';

// Whatever this process writes (the database, backups, exports) is for its user's eyes only.
restrictNewFiles();

// `rebound list | head` closes the pipe early; that is the reader's choice, not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
