// Rechtencheck: which rights and instruments toward work a person without a
// benefit probably has, with the law behind each criterion. Pure domain code:
// no I/O, no web. See README.md in this folder.
export { ENGINE_VERSION, evaluate, instruments, makeReceipt, canonicalJson, RechtencheckInputError, DISCLAIMER } from './engine.ts';
export type { EvaluateOptions } from './engine.ts';
export { questions, isAnswered, multiAnswer, question, questionHelp, MAX_QUESTIONS } from './questions.ts';
export { questionsToAsk, nextQuestions, answeredCount, mostDecisive } from './asking.ts';
export type { QuestionOptions } from './asking.ts';
export type { Question, AnswerOption } from './questions.ts';
export { validateFacts, normalizeFacts, factsJsonSchema, ENUMS, NUMBERS, FACT_KEYS, GEMEENTE_PATTERN } from './facts.ts';
export type { RechtencheckFacts, FactKey, FieldError, ValidationResult } from './facts.ts';
export { evaluateBatch, createColumns, setRow, getRow, factsToColumns } from './batch.ts';
export type { FactColumns, BatchOptions, BatchResult, BatchInstrumentResult, OutcomeCounts } from './batch.ts';
export { parseFactsCsv, resultsToCsv, countsToCsv, columnsToCsv } from './csv.ts';
export type { ParsedFactsCsv, CsvRowError } from './csv.ts';
export { defaultPolicy, withDefaults } from './policy.ts';
export type { GemeentePolicy, PolicyAnswer } from './policy.ts';
export { OUTCOMES, WAARSCHIJNLIJK, MISSCHIEN, WAARSCHIJNLIJK_NIET, MEER_INFORMATIE_NODIG, outcomeName, outcomeCode } from './codes.ts';
export type { Outcome } from './codes.ts';
export { PARAMETERS, parameterAt, parameterEntryAt, staleParameters, kostendelersnorm, LAW_DATES } from './parameters.ts';
export { SOURCES } from './sources.ts';
export type { LegalSource } from './sources.ts';
export type {
  Text,
  InstrumentId,
  InstrumentResult,
  CriterionResult,
  NextStep,
  OfferLink,
  RouteInfo,
  Receipt,
  RechtencheckResult,
  Provider,
} from './types.ts';
export { normAmounts, assetAmounts } from './amounts.ts';
