/**
 * Opaque tokens for files the user chose in a native dialog (where to save a report, which logo to
 * put on it). The renderer never sends a filesystem path: the dialog adapter registers the chosen
 * path here and hands the renderer a token, which `report:export` exchanges back, once.
 */
import { randomUUID } from 'node:crypto';
import { PalabreError } from '../../../../shared/errors';
import type { ServiceContext } from '../context';

export type FileTargetKind = 'report' | 'logo';

const registries = new WeakMap<ServiceContext, Map<string, { kind: FileTargetKind; path: string }>>();

function registry(ctx: ServiceContext) {
  let map = registries.get(ctx);
  if (!map) registries.set(ctx, (map = new Map()));
  return map;
}

export function registerFileTarget(ctx: ServiceContext, kind: FileTargetKind, path: string): string {
  const token = randomUUID();
  registry(ctx).set(token, { kind, path });
  return token;
}

/** The path behind a token, which is spent: a token works once. */
export function takeFileTarget(ctx: ServiceContext, kind: FileTargetKind, token: string): string {
  const entry = registry(ctx).get(token);
  if (!entry || entry.kind !== kind) throw new PalabreError('unknown_export_target');
  registry(ctx).delete(token);
  return entry.path;
}
