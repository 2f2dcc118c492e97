/** Who am I on this database: the participant whose name goes on every version and decision made here. */
import type { Locale, Participant } from '../../../shared/domain/types';
import type { ServiceContext } from './context';

const PROFILE_KEY = 'profile.participantId';
const LOCALE_KEY = 'ui.locale';

export function currentParticipant(ctx: ServiceContext): Participant | undefined {
  const id = ctx.settings.get(PROFILE_KEY);
  return id ? ctx.meetings.participant(id) : undefined;
}

export function setCurrentParticipant(ctx: ServiceContext, participantId: string): void {
  ctx.settings.set(PROFILE_KEY, participantId);
}

export function currentLocale(ctx: ServiceContext): Locale {
  return ctx.settings.get(LOCALE_KEY) === 'en' ? 'en' : 'fr';
}

export function setLocale(ctx: ServiceContext, locale: Locale): { locale: Locale } {
  ctx.settings.set(LOCALE_KEY, locale);
  return { locale };
}
