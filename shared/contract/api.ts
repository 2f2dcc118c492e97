/**
 * The shape of `window.api` as the renderer sees it, derived from the contract: one named function
 * per channel (`api.meeting.create(...)` for `meeting:create`), plus event subscriptions.
 * This file holds no zod so that the preload bundle stays tiny.
 */
import type { Channel, ChannelInput, ChannelResult } from './channels';
import type { AppEvent, EventPayloads } from './events';
import type { Result } from '../errors';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

export type PalabreApi = {
  [D in DomainOf<Channel>]: {
    [V in VerbOf<Channel, D>]: `${D}:${V}` extends infer C extends Channel
      ? (input: ChannelInput<C>) => Promise<Result<ChannelResult<C>>>
      : never;
  };
} & {
  on<E extends AppEvent>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Tells the main process that pending edits are flushed and the window may close. */
  readyToClose(): void;
};

/** Splits `domain:verb`. */
export function splitChannel(name: string): [string, string] {
  const at = name.indexOf(':');
  return [name.slice(0, at), name.slice(at + 1)];
}
