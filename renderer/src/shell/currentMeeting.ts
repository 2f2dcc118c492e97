/** The meeting shown in the top bar: set by the screens that display one. */
import { createContext, useContext, useEffect } from 'react';

export interface MeetingRef {
  id: string;
  title: string;
}

export const CurrentMeetingContext = createContext<(meeting: MeetingRef | null) => void>(() => {});

/** Declares the meeting on display; the top bar shows it until another screen replaces it. */
export function useShowMeeting(meeting: MeetingRef | null): void {
  const setMeeting = useContext(CurrentMeetingContext);
  const id = meeting?.id ?? null;
  const title = meeting?.title ?? null;
  useEffect(() => {
    setMeeting(id && title !== null ? { id, title } : null);
  }, [id, title, setMeeting]);
}
