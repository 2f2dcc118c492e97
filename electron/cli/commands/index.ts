/**
 * The command table. A new command is a `Command` in the file of its domain, added here; the parser,
 * the usage and the error handling need no change.
 */
import { backupCreate, backupList, backupRestore } from './backup';
import { commentAdd } from './comments';
import { demo } from './demo';
import { conflictResolve, conflictsCommand, consolidate, duplicatesCommand, importCommand, packageConsolidated, packageContribution, packageMeeting } from './exchange';
import { recommendationAdd, recommendationEdit } from './drafting';
import { diff, history } from './history';
import { importDocx } from './importDocx';
import { meetingCreate, meetingList } from './meeting';
import { compare, milestoneCreate, milestoneList } from './milestones';
import { profile } from './profile';
import { list } from './recommendations';
import { report } from './report';
import { search } from './search';
import { committeeAdd, participantAdd } from './setup';
import type { Command } from './types';
import { recommendationMove, recommendationStatus } from './workflow';

export const COMMANDS: readonly Command[] = [
  demo,
  meetingCreate,
  meetingList,
  committeeAdd,
  participantAdd,
  profile,
  list,
  recommendationAdd,
  recommendationEdit,
  recommendationStatus,
  recommendationMove,
  search,
  history,
  diff,
  milestoneCreate,
  milestoneList,
  compare,
  commentAdd,
  importDocx,
  // Backups (issue 7).
  backupList,
  backupCreate,
  backupRestore,
  packageMeeting,
  packageContribution,
  packageConsolidated,
  importCommand,
  conflictsCommand,
  conflictResolve,
  duplicatesCommand,
  consolidate,
  report,
];
