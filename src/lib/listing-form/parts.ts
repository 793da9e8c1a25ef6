/**
 * Which parts of the listing form a listing needs: the address and map point for a place people
 * go to, the joining details for online or phone listings, the meeting, home and employer
 * details for those kinds of listing. A part also shows whenever it holds something, so an edit
 * never hides a value the file has.
 */
import type { FormState } from './state.ts';

export interface FormParts {
  place: boolean;
  join: boolean;
  meeting: boolean;
  housing: boolean;
  employer: boolean;
  statusNote: boolean;
}

const filled = (values: Record<string, string>) => Object.values(values).some((v) => v.trim() !== '');

export function formParts(state: FormState): FormParts {
  const inPerson = state.attendance === 'in-person' || state.attendance === 'hybrid';
  return {
    place: inPerson || filled(state.address) || filled(state.geo) || state.location_private,
    join:
      state.attendance !== 'in-person' ||
      filled({ a: state.conference_url, b: state.conference_phone, c: state.conference_notes }),
    meeting: state.category === 'mutual-aid-meeting' || state.fellowship !== '' || state.meeting_types.length > 0,
    housing: state.category === 'recovery-housing' || filled(state.housing),
    employer: state.category === 'employment' || filled(state.employer),
    statusNote: state.status === 'temporarily-closed' || state.status_note.trim() !== '',
  };
}
