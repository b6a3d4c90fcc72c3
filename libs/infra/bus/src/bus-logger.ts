/**
 * The slice of a structured logger the adapters need; a pino logger fits as is. Adapters log only
 * what an operator must know (warnings and errors), never message contents.
 */
export interface BusLogger {
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

const writeLine = (level: 'warn' | 'error') => (fields: Record<string, unknown>, message: string) => {
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), ...fields, msg: message })}\n`);
};

/** Used until the app passes its own logger: one JSON line per entry on stderr. */
export const stderrBusLogger: BusLogger = { warn: writeLine('warn'), error: writeLine('error') };
