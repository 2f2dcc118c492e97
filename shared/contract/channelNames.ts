/**
 * The channel names alone, for the preload and the browser bridge, which must not bundle zod.
 * A test checks that this list and the contract's keys are the same.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'settings:setLocale',
  'meeting:list',
  'meeting:create',
  'meeting:get',
  'meeting:update',
  'committee:add',
  'committee:rename',
  'committee:reorder',
  'committee:remove',
  'participant:add',
  'participant:update',
  'participant:remove',
  'profile:get',
  'profile:set',
  'recommendation:create',
  'recommendation:get',
  'recommendation:save',
  'recommendation:versions',
  'recommendation:setFields',
  'recommendation:setStatus',
  'recommendation:move',
  'recommendation:delete',
  'recommendation:restore',
  'recommendation:list',
  'trash:list',
  'search:query',
] as const;

/** Sent by the renderer (fire and forget) once pending edits are flushed after `app:before-close`. */
export const READY_TO_CLOSE_CHANNEL = 'app:ready-to-close';
