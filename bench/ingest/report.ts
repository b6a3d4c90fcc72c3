import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { PhaseResult } from './phase-result';

/** The aims of issue 3, checked in every report. */
export const AIMS = { eventsPerSecond: 5000, ratioOfCeiling: 0.6, steadyP99Ms: 50 } as const;

export interface IngestReport {
  readonly when: string;
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly memoryGiB: number; readonly node: string };
  readonly settings: Readonly<Record<string, unknown>>;
  readonly gateway: PhaseResult;
  readonly steady: PhaseResult;
  readonly ceiling: PhaseResult;
  /** Gateway events/s over the bare producer's. */
  readonly ratio: number;
  /** Messages on the topic after the gateway phases, against the webhooks answered 200. */
  readonly onTopic: { readonly messages: number; readonly accepted: number };
  readonly aims: Readonly<Record<string, { readonly aim: string; readonly measured: string; readonly met: boolean }>>;
}

export function buildReport(input: Omit<IngestReport, 'when' | 'machine' | 'ratio' | 'aims'>): IngestReport {
  const ratio = Math.round((input.gateway.eventsPerSecond / Math.max(1, input.ceiling.eventsPerSecond)) * 1000) / 1000;
  return {
    when: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    ...input,
    ratio,
    aims: {
      throughput: { aim: `>= ${AIMS.eventsPerSecond} events/s`, measured: `${input.gateway.eventsPerSecond} events/s`, met: input.gateway.eventsPerSecond >= AIMS.eventsPerSecond },
      ceiling: { aim: `>= ${AIMS.ratioOfCeiling * 100}% of the bare producer`, measured: `${(ratio * 100).toFixed(1)}%`, met: ratio >= AIMS.ratioOfCeiling },
      steadyP99: {
        aim: `p99 < ${AIMS.steadyP99Ms} ms at ${input.steady.targetRate ?? '?'} events/s`,
        measured: `${input.steady.p99Ms} ms`,
        met: input.steady.p99Ms < AIMS.steadyP99Ms && Object.keys(input.steady.errors).length === 0,
      },
      nothingLost: { aim: 'every 200 on the topic', measured: `${input.onTopic.messages} on topic / ${input.onTopic.accepted} accepted`, met: input.onTopic.messages >= input.onTopic.accepted },
    },
  };
}

export function reportTable(report: IngestReport): string {
  const row = (phase: PhaseResult) =>
    `| ${phase.name.padEnd(30)} | ${String(phase.eventsPerSecond).padStart(9)} | ${phase.p50Ms.toFixed(2).padStart(8)} | ${phase.p99Ms.toFixed(2).padStart(8)} | ${phase.p999Ms.toFixed(2).padStart(8)} | ${String(phase.accepted).padStart(9)} | ${(JSON.stringify(phase.errors) === '{}' ? '-' : JSON.stringify(phase.errors)).padEnd(12)} |`;
  const lines = [
    `Ingest benchmark, ${report.when} (${report.machine.cpus} CPUs, ${report.machine.cpuModel}, Node ${report.machine.node})`,
    `Settings: ${JSON.stringify(report.settings)}`,
    '',
    `| ${'phase'.padEnd(30)} | events/s  | p50 ms   | p99 ms   | p99.9 ms | accepted  | errors       |`,
    `|${'-'.repeat(32)}|-----------|----------|----------|----------|-----------|--------------|`,
    row(report.gateway),
    row(report.steady),
    row(report.ceiling),
    '',
    `Gateway / bare producer: ${(report.ratio * 100).toFixed(1)}%`,
    '',
    ...Object.entries(report.aims).map(([name, aim]) => `  ${aim.met ? 'MET ' : 'MISS'}  ${name.padEnd(12)} aim ${aim.aim}; measured ${aim.measured}`),
  ];
  return lines.join('\n');
}

/** Writes `ingest-<time>.json` and `.md` under `directory`; answers the JSON path. */
export function writeReport(report: IngestReport, directory: string): string {
  mkdirSync(directory, { recursive: true });
  const stem = join(directory, `ingest-${report.when.replace(/[:.]/g, '-')}`);
  writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${stem}.md`, `${reportTable(report)}\n`);
  return `${stem}.json`;
}
