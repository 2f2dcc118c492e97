/** The ordered list of migrations. Append only: a released migration is never edited. */
import { migration001 } from './001_initial';
import { migration002 } from './002_structured_recommendations';
import { migration003 } from './003_review_workflow';
import { migration004 } from './004_exchange';
import { migration005 } from './005_compact_versions';
import { migration006 } from './006_propagation';
import { migration007 } from './007_package_bases';
import { migration008 } from './008_numbering_index';
import { migration009 } from './009_base_discussion';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
