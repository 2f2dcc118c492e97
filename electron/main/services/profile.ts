/** Who am I on this database: the participant whose name goes on every version and decision made here. */
import type { Locale, Participant } from '../../../shared/domain/types';
import type { ServiceContext } from './context';
import { requireParticipant } from './lookups';

const PROFILE_KEY = 'profile.participantId';
const LOCALE_KEY = 'ui.locale';

/**
 * The participant acting now: the one given for this command (--as), else the database's profile.
 * A participant who has since been removed acts as no one.
 */
export function currentParticipant(ctx: ServiceContext): Participant | undefined {
  const id = ctx.actingAs ?? ctx.settings.get(PROFILE_KEY);
  return id ? ctx.people.participant(id) : undefined;
}

/** The database's "who am I", whatever a single command acts as. */
export function getProfile(ctx: ServiceContext): Participant | null {
  const id = ctx.settings.get(PROFILE_KEY);
  return (id ? ctx.people.participant(id) : undefined) ?? null;
}

/** Sets "who am I"; refuses an unknown or removed participant, and then writes nothing. */
export function setProfile(ctx: ServiceContext, participantId: string): Participant {
  const participant = requireParticipant(ctx, participantId);
  setCurrentParticipant(ctx, participant.id);
  return participant;
}

/** Sets "who am I" without checking (the demo, which has just created the participant). */
export function setCurrentParticipant(ctx: ServiceContext, participantId: string): void {
  ctx.settings.set(PROFILE_KEY, participantId);
}

/** The same context, acting as `participantId` (checked: a live participant) for what it is used for. */
export function actingAs(ctx: ServiceContext, participantId: string): ServiceContext {
  const participant = requireParticipant(ctx, participantId);
  return { ...ctx, actingAs: participant.id };
}

export function currentLocale(ctx: ServiceContext): Locale {
  return ctx.settings.get(LOCALE_KEY) === 'en' ? 'en' : 'fr';
}

export function setLocale(ctx: ServiceContext, locale: Locale): { locale: Locale } {
  ctx.settings.set(LOCALE_KEY, locale);
  return { locale };
}
