import type { Command } from 'commander';
import { resolveConfig } from '../../runtime/config';
import { startServer } from '../../runtime/serve';
import { globalOptions } from '../context';
import { type Io, printJson } from '../output';

export function registerServeCommand(program: Command, io: Io) {
  program
    .command('serve')
    .description('Start the Rebound web app and API')
    .option('--port <port>', 'port to listen on (default 4177, or REBOUND_PORT)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .action(async (opts: { port?: string; host?: string }, command: Command) => {
      const global = globalOptions(command);
      const config = resolveConfig({ dataDir: global.data, port: opts.port, host: opts.host });
      const server = await startServer(config);
      const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL';
      if (global.json)
        printJson(io, { url: server.url, port: server.port, database: config.database.dialect });
      else io.out(`Rebound is running at ${server.url}\nData: ${where}\nStop with Ctrl+C.`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
