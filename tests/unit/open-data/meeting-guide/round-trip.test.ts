/**
 * Meeting Guide in and out: a feed imported into a real temporary project, checked by the
 * project's own validator, exported, and imported again.
 */
import { describe, expect, it } from 'vitest';
import { distanceMiles, milesToMeters, PRIVATE_AREA_MIN_DISTANCE_M, PRIVATE_AREA_RADIUS_M } from '#lib/map/geo.ts';
import type { MeetingGuideMeeting } from '#lib/open-data/meeting-guide/export.ts';
import { meetingGuideFeed } from '#lib/open-data/meeting-guide/export.ts';
import { importFeed, type RecordOutcome } from '#lib/open-data/meeting-guide/import.ts';
import { parseAddress } from '#lib/open-data/meeting-guide/read-place.ts';
import { formatProblem } from '#lib/validate/index.ts';
import { exportSite, options, readJson, tempProject, writeAndValidate } from './feeds.ts';

describe('round trip: import → validate → export → import', () => {
  /** The parts of a meeting both ends must agree on. */
  const essence = (m: MeetingGuideMeeting) => ({
    name: m.name,
    day: m.day,
    time: m.time,
    end_time: m.end_time,
    types: [...m.types].sort(),
    conference_url: m.conference_url,
    formatted_address: m.formatted_address,
    // An area's centre moves on every trip (below); a public place's point never does.
    latitude: m.approximate === 'yes' ? undefined : m.latitude,
    longitude: m.approximate === 'yes' ? undefined : m.longitude,
  });

  /**
   * A private place is written with the centre of its area, which the next export shows at least
   * 250 m away again (src/lib/map/geo.ts: the centre is never near the point in the file). So its
   * point moves each trip, but stays within the area drawn around it.
   */
  function expectAreasKept(before: readonly MeetingGuideMeeting[], after: readonly MeetingGuideMeeting[]) {
    after.forEach((back, i) => {
      // Online meetings' areas have no point at all (export.ts, onlineArea).
      if (back.approximate !== 'yes' || back.latitude === undefined) return;
      const was = before[i]!;
      const moved = milesToMeters(
        distanceMiles({ lat: was.latitude!, lng: was.longitude! }, { lat: back.latitude!, lng: back.longitude! }),
      );
      expect(moved).toBeGreaterThanOrEqual(PRIVATE_AREA_MIN_DISTANCE_M);
      expect(moved).toBeLessThanOrEqual(PRIVATE_AREA_RADIUS_M);
    });
  }

  /** Imports a feed into a fresh project, validates it, and exports what validated. */
  function throughProject(feed: readonly unknown[]): { outcomes: RecordOutcome[]; exported: MeetingGuideMeeting[] } {
    const outcomes = importFeed(feed, options);
    const report = writeAndValidate(tempProject(), outcomes);
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const listings = report.listings.map(({ slug, data, body }) => ({ slug, data: data!, body }));
    return { outcomes, exported: meetingGuideFeed(listings, exportSite) };
  }

  it('gives back the meetings of the feed', () => {
    const original = readJson('valid-feed.json') as Record<string, unknown>[];
    const { exported } = throughProject(original);
    // The hybrid meeting meets on two days: one record each.
    expect(exported).toHaveLength(original.length + 1);
    for (const record of original) {
      const days = Array.isArray(record.day) ? record.day : [record.day];
      for (const day of days) {
        const back = exported.find((m) => m.name === record.name && m.day === day);
        expect(back, `${record.slug} on day ${day}`).toBeDefined();
        expect(back!.time).toBe(record.time);
        expect(back!.end_time).toBe(record.end_time);
        expect(back!.conference_url).toBe(record.conference_url);
        expect(new Set(back!.types)).toEqual(new Set((record.types as string[]).filter((code) => code !== 'TC')));
        if (back!.attendance_option === 'online') {
          expect(back!).toMatchObject({ formatted_address: 'Greater Lansing, US', approximate: 'yes' });
          expect(back!.latitude).toBeUndefined();
          continue;
        }
        const address = parseAddress(record.formatted_address as string);
        expect(parseAddress(back!.formatted_address!)).toEqual(
          record.approximate === 'yes' ? { ...address, street: undefined } : address,
        );
        const moved = milesToMeters(
          distanceMiles(
            { lat: Number(record.latitude), lng: Number(record.longitude) },
            { lat: back!.latitude!, lng: back!.longitude! },
          ),
        );
        if (record.approximate === 'yes') expect(moved).toBeLessThanOrEqual(PRIVATE_AREA_RADIUS_M);
        else expect(moved).toBeLessThan(0.01);
      }
    }
  });

  it('reaches a fixed point: importing the export and exporting again changes nothing', () => {
    const first = throughProject(readJson('valid-feed.json')).exported;
    const second = throughProject(first);
    // Only the private place is reported again: it is still approximate, so still shown as an area.
    const changed = second.outcomes.filter((o) => o.skipped || o.changes.length > 0);
    expect(changed.map((o) => o.label)).toEqual(['okemos-morning-reflections']);
    expect(second.exported.map(essence)).toEqual(first.map(essence));
    expectAreasKept(first, second.exported);
    // Only the pages differ (and areas' centres, above): a listing that met on two days comes
    // back as one listing per day.
    const withoutUrl = (m: MeetingGuideMeeting) => {
      const { latitude, longitude } = essence(m);
      return { ...m, url: undefined, latitude, longitude };
    };
    expect(second.exported.map(withoutUrl)).toEqual(first.map(withoutUrl));
  });

  it('keeps what it can of a malformed feed through the round trip', () => {
    const first = throughProject(readJson('malformed-feed.json'));
    const second = throughProject(first.exported);
    expect(second.exported.map(essence)).toEqual(first.exported.map(essence));
    expectAreasKept(first.exported, second.exported);
    expect(JSON.stringify(first.exported)).not.toContain('@');
  });
});
