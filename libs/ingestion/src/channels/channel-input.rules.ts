import { ChannelKinds, type ChannelKind } from '@switchboard/channels-core';
import { InvalidChannelInput } from './channel-errors';
import { knownSecretNames } from './channel-secrets';

export interface NewChannelInput {
  readonly kind: string;
  readonly secrets?: Readonly<Record<string, unknown>>;
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** A change: a secret or setting set to null is removed; absent ones are kept. */
export interface ChannelChanges {
  readonly secrets?: Readonly<Record<string, unknown>>;
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface ChannelContent {
  readonly secrets: Readonly<Record<string, string>>;
  readonly settings: Readonly<Record<string, unknown>>;
}

const MAX_SECRET_LENGTH = 4096;
const MAX_SETTINGS_BYTES = 16 * 1024;
const SETTING_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Checks a new channel; answers its kind and content, or throws {@link InvalidChannelInput} naming every problem. */
export function checkNewChannel(input: NewChannelInput): { kind: ChannelKind } & ChannelContent {
  const problems: string[] = [];
  const kind = (ChannelKinds as readonly string[]).includes(input.kind) ? (input.kind as ChannelKind) : undefined;
  if (!kind) problems.push(`kind must be one of ${ChannelKinds.join(', ')}`);
  const content = merged(kind, { secrets: {}, settings: {} }, input, problems);
  if (problems.length > 0 || !kind) throw new InvalidChannelInput(problems);
  return { kind, ...content };
}

/** Applies `changes` to a channel's content; throws {@link InvalidChannelInput} naming every problem. */
export function applyChannelChanges(kind: ChannelKind, current: ChannelContent, changes: ChannelChanges): ChannelContent {
  const problems: string[] = [];
  const content = merged(kind, current, changes, problems);
  if (problems.length > 0) throw new InvalidChannelInput(problems);
  return content;
}

function merged(kind: ChannelKind | undefined, current: ChannelContent, changes: ChannelChanges, problems: string[]): ChannelContent {
  const secrets: Record<string, string> = { ...current.secrets };
  const allowed = kind ? knownSecretNames(kind) : [];
  for (const [name, value] of Object.entries(changes.secrets ?? {})) {
    if (kind && !allowed.includes(name)) {
      problems.push(`secrets.${name} is not a ${kind} secret (known: ${allowed.join(', ')})`);
    } else if (value === null) {
      delete secrets[name];
    } else if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_SECRET_LENGTH) {
      problems.push(`secrets.${name} must be a non-empty string of at most ${MAX_SECRET_LENGTH} characters`);
    } else {
      secrets[name] = value;
    }
  }
  const settings: Record<string, unknown> = { ...current.settings };
  for (const [name, value] of Object.entries(changes.settings ?? {})) {
    if (!SETTING_NAME.test(name)) problems.push(`settings.${name} is not a valid setting name`);
    else if (value === null) delete settings[name];
    else settings[name] = value;
  }
  if (Buffer.byteLength(JSON.stringify(settings)) > MAX_SETTINGS_BYTES) problems.push(`settings must stay under ${MAX_SETTINGS_BYTES} bytes`);
  const apiBaseUrl = settings['apiBaseUrl'];
  if (apiBaseUrl !== undefined && !isHttpUrl(apiBaseUrl)) problems.push('settings.apiBaseUrl must be an http(s) URL');
  return { secrets, settings };
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const protocol = new URL(value).protocol;
  return protocol === 'https:' || protocol === 'http:';
}
