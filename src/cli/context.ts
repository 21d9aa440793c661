import type { Command } from 'commander';
import type { z } from 'zod';
import { validationErrorFrom } from '../core/validation';
import { AppError, isAppError } from '../core/app-error';
import { resolveConfig, type RuntimeConfig } from '../runtime/config';
import { openWorkspace } from '../runtime/open-workspace';
import type { UseCaseDeps } from '../use-cases/deps';
import type { Io } from './output';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
}

export interface CommandContext {
  io: Io;
  json: boolean;
  config: RuntimeConfig;
}

/** The options shared by every command, read from wherever they were given on the line. */
export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

export function commandContext(command: Command, io: Io): CommandContext {
  const options = globalOptions(command);
  return {
    io,
    json: options.json === true,
    config: resolveConfig({ dataDir: options.data }),
  };
}

/**
 * Opens the workspace for the length of one command. `flags` maps input fields to the flags that
 * carried them, so an error from a use case (`contactId: no contact…`) names what the user typed.
 */
export async function withWorkspace<T>(
  context: CommandContext,
  work: (deps: UseCaseDeps) => Promise<T>,
  flags: Record<string, string> = {},
): Promise<T> {
  try {
    return await withWorkspaceAsIs(context, work);
  } catch (error) {
    throw isAppError(error) ? inFlagTerms(error, flags) : error;
  }
}

/**
 * Opens the workspace for a command whose errors are about data, not flags — a line of an
 * imported file, a field of a stored message — and passes them on exactly as they are.
 */
export async function withWorkspaceAsIs<T>(
  context: CommandContext,
  work: (deps: UseCaseDeps) => Promise<T>,
): Promise<T> {
  const workspace = await openWorkspace(context.config);
  try {
    return await work(workspace.deps);
  } finally {
    await workspace.close();
  }
}

function inFlagTerms(error: AppError, flags: Record<string, string>): AppError {
  const field = error.field;
  if (field === undefined || field === 'id') return error;
  const flag = flagName(field, flags);
  const message = error.message.startsWith(`${field}: `)
    ? `${flag}: ${error.message.slice(field.length + 2)}`
    : error.message;
  return new AppError(error.code, message, { field: flag, cause: error });
}

/** Parses a whole-number flag, naming the flag when it is not one. */
export function intFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw AppError.validation(flag, 'must be a whole number');
  return Number(value);
}

/** Collects a repeatable flag into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Maps a schema field name to the flag a user typed, so errors name what they can fix. */
export function flagName(field: string, flags: Record<string, string> = {}): string {
  const top = field.split(/[.[]/)[0] ?? field;
  // A setting from the environment (DATABASE_URL) is named as the user set it.
  if (/^[A-Z][A-Z0-9_]*$/.test(top)) return flags[top] ?? top;
  return flags[top] ?? `--${top.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;
}

/** Parses flag values with a schema; an error names the flag, e.g. `--salary-max: …`. */
export function parseFlags<S extends z.ZodType>(
  schema: S,
  input: unknown,
  flags: Record<string, string> = {},
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const error = validationErrorFrom(result.error);
  const field = error.field ?? 'input';
  const flag = flagName(field, flags);
  const detail = error.message.startsWith(`${field}: `)
    ? error.message.slice(field.length + 2)
    : error.message;
  throw new AppError('validation', `${flag}: ${detail}`, { field: flag });
}
