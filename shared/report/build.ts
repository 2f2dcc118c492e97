/**
 * Builds a report's Word document from plain data: the final report, the review copy or the
 * compilation table. Pure: packing it into bytes (docx's Packer) is the main process's business.
 * Every string is filtered to what XML 1.0 allows and typeset first (typeset.ts): nothing a user
 * typed can break the document.
 */
import type { Document } from 'docx';
import { buildCompilationTable } from './compilationTable';
import { buildFinalReport } from './finalReport';
import type { ReportData } from './model';
import { prepareReportData } from './typeset';

export function buildReportDocument(input: ReportData): Document {
  const data = prepareReportData(input);
  return data.kind === 'table' ? buildCompilationTable(data) : buildFinalReport(data);
}
