/**
 * Deciding how people take part in a Meeting Guide meeting: in person, hybrid or online, or not
 * at all (the record is then skipped). Part of the map step of the importer (map-record.ts): it
 * weighs what the record says against the place and the join details that were read.
 */
import { Skip, type Change } from '../import-report.ts';
import type { fieldsFromCodes } from './codes.ts';
import { isBlank, type FeedRecord } from './read-fields.ts';
import type { Join } from './read-join.ts';
import type { Place } from './read-place.ts';

export interface AttendanceDecision {
  attendance: 'in-person' | 'hybrid' | 'online';
  /** In person at an approximate place: shown as an area. */
  private: boolean;
}

const ATTENDANCE_OPTIONS = ['in_person', 'hybrid', 'online', 'inactive'] as const;

/**
 * In person, hybrid or online, from TSML's attendance_option when the feed has it and from the
 * join details, TC and the place otherwise (as TSML UI decides). A meeting people can neither go
 * to nor join is skipped.
 */
export function decideAttendance(
  record: FeedRecord,
  codes: ReturnType<typeof fieldsFromCodes>,
  join: Join,
  place: Place,
  changes: Change[],
): AttendanceDecision {
  const option = ATTENDANCE_OPTIONS.find((o) => o === record.attendance_option);
  const canJoin = join.url !== undefined || join.phone !== undefined;
  if (option === 'inactive') throw new Skip('inactive', 'is inactive (attendance_option: inactive)');
  if (codes.temporarilyClosed && !canJoin) {
    throw new Skip('inactive', 'is inactive: its location is temporarily closed (TC) and it has no way to join online');
  }
  let attendance: AttendanceDecision['attendance'];
  if (option === 'online') attendance = 'online';
  else if (option === 'hybrid') attendance = 'hybrid';
  else if (option === 'in_person') attendance = 'in-person';
  // A record with a link and a real place is hybrid (as TSML UI reads it); the checks below say
  // when that place cannot be used. With only an approximate place, or none, it is online.
  else if (canJoin) attendance = place.approximate || !claimsPlace(record, place) ? 'online' : 'hybrid';
  else attendance = 'in-person';

  if (attendance === 'online' && !canJoin) {
    throw new Skip('no way to take part', 'is online but has no conference link or phone that could be read');
  }
  if (attendance === 'hybrid' && !canJoin) {
    changes.push({
      kind: 'listed as in person',
      message: 'is marked hybrid but has no conference link or phone; listed as in person',
    });
    attendance = 'in-person';
  }
  if (attendance !== 'online' && codes.temporarilyClosed) {
    changes.push({
      kind: 'listed as online',
      message: 'its location is temporarily closed (TC); listed as online only',
    });
    return { attendance: 'online', private: false };
  }
  if (attendance !== 'online' && !place.point) {
    if (!canJoin) throw new Skip('no usable place', `${place.pointProblem} and it has no way to join online`);
    changes.push({ kind: 'listed as online', message: `${place.pointProblem}; listed as online only` });
    return { attendance: 'online', private: false };
  }
  if (attendance !== 'online' && place.approximate) {
    if (canJoin) {
      changes.push({ kind: 'listed as online', message: 'its address is only approximate; listed as online only' });
      return { attendance: 'online', private: false };
    }
    changes.push({
      kind: 'approximate place shown as an area',
      message: 'its address is only approximate; listed as a private location (only the area is shown)',
    });
    return { attendance, private: true };
  }
  if (codes.online && attendance === 'in-person' && !canJoin) {
    changes.push({
      kind: 'listed as in person',
      message: 'has type ONL but no conference link or phone; listed as in person',
    });
  }
  return { attendance, private: false };
}

/** True when the record gives a place people could go to: an address or coordinates. */
function claimsPlace(record: FeedRecord, place: Place): boolean {
  return place.addressText !== undefined || !isBlank(record.latitude) || !isBlank(record.longitude);
}
