/**
 * "Who am I" on this computer: the participant whose name goes on every version, comment and
 * decision made here. Held by the shell, shown in the top bar on every screen, changed from the
 * « Qui suis-je ? » dialog; screens that rename or remove participants ask for a refresh.
 */
import { createContext, useContext } from 'react';
import type { Participant } from '../../../shared/domain/types';

export interface ProfileState {
  /** undefined while loading, null when no one was chosen. */
  profile: Participant | null | undefined;
  /** Reads the profile again (after a participant was renamed or removed). */
  refresh(): Promise<void>;
  /** Sets who I am; resolves true once stored (an error is reported in the banner). */
  choose(participantId: string): Promise<boolean>;
  /** Opens the « Qui suis-je ? » dialog for a meeting. */
  openChooser(meetingId: string): void;
}

export const ProfileContext = createContext<ProfileState>({
  profile: undefined,
  refresh: async () => {},
  choose: async () => false,
  openChooser: () => {},
});

export function useProfile(): ProfileState {
  return useContext(ProfileContext);
}
