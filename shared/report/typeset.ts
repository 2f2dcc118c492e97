/**
 * The report's data made safe and typeset before it is built: every string filtered to characters
 * XML 1.0 allows (xmlSafe.ts), then French typography on the meeting's texts when the meeting uses
 * it (comment and change authors are metadata, left as they are). Diff runs are left as computed: they are cut from texts already typeset when they were saved,
 * and typesetting a run alone could move a space across the cut.
 */
import type { SerializedDocument } from '../document/lexicalJson';
import { applyFrenchTypographyToDocument } from '../typography/document';
import { applyFrenchTypography } from '../typography/french';
import type { ReportData } from './model';
import { xmlSafeDeep } from './xmlSafe';

export function prepareReportData(input: ReportData): ReportData {
  const data = xmlSafeDeep(input);
  if (!data.frenchTypography) return data;
  const t = applyFrenchTypography;
  const doc = (d: SerializedDocument) => applyFrenchTypographyToDocument(d);
  return {
    ...data,
    meeting: { ...data.meeting, title: t(data.meeting.title), organisation: t(data.meeting.organisation), venue: t(data.meeting.venue), intro: data.meeting.intro && doc(data.meeting.intro) },
    asOf: data.asOf && { ...data.asOf, name: t(data.asOf.name) },
    since: data.since && { ...data.since, name: t(data.since.name) },
    committees: data.committees.map((c) => ({
      name: t(c.name),
      recommendations: c.recommendations.map((r) => ({
        ...r,
        title: t(r.title),
        addressees: r.addressees.map(t),
        leadActors: r.leadActors.map(t),
        horizon: t(r.horizon),
        body: doc(r.body),
        earlierBody: r.earlierBody && doc(r.earlierBody),
        earlierTitle: r.earlierTitle && t(r.earlierTitle),
        contributors: r.contributors.map(t),
        changes: r.changes && {
          ...r.changes,
          earlierFields: r.changes.earlierFields && {
            ...r.changes.earlierFields,
            addressees: r.changes.earlierFields.addressees.map(t),
            leadActors: r.changes.earlierFields.leadActors.map(t),
            horizon: t(r.changes.earlierFields.horizon),
          },
        },
        comments: r.comments.map((c) => ({ ...c, text: t(c.text), replies: c.replies.map((reply) => ({ ...reply, text: t(reply.text) })) })),
      })),
    })),
    delegations: data.delegations.map((d) => ({ name: t(d.name), participants: d.participants.map((p) => ({ ...p, name: t(p.name) })) })),
  };
}
