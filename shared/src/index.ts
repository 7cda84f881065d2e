export type { CloseEvent } from './CloseCodes.ts';
export { CloseCodes, closeReason, isTerminalClose, TERMINAL_CLOSE_CODES } from './CloseCodes.ts';
export { MEDIATOR_AUTHOR_COLOR, SERVER_AUTHOR_COLOR } from './display/AuthorColors.ts';
export type { ProposalDisposition } from './display/DisplayNames.ts';
export {
  AGENDA_STATE_NAMES,
  BRACKET_REASON_NAMES,
  CLAUSE_STATUS_NAMES,
  COMMAND_NAMES,
  CURRENT_TEXT_LABEL,
  commandPhrase,
  DISPOSITION_NAMES,
  optionNumberLabel,
  proposalOptionLabel,
  ROLE_NAMES,
  ROLE_PLURAL_NAMES,
  textOriginLabel,
} from './display/DisplayNames.ts';
export { languageName } from './display/LanguageNames.ts';
export type { Agreement, AgreementClause, Block, Run, RunSuggestion } from './export/Agreement.ts';
export { AGREEMENT_FORMAT, AGREEMENT_VERSION, agreementSchema, runSuggestionSchema } from './export/Agreement.ts';
export type { AgreementOptions } from './export/buildAgreement.ts';
export { blocksOf, buildAgreement, cleanTextProblems, versionCleanTextProblems } from './export/buildAgreement.ts';
export type { ExportedSuggestion, ExportNames } from './export/exportedSuggestions.ts';
export {
  describeExportedSuggestion,
  exportedSuggestionsOf,
  suggestionAuthor,
  suggestionTime,
} from './export/exportedSuggestions.ts';
export type {
  AgendaItemId,
  Brand,
  ClauseId,
  CommentId,
  OptionId,
  ParticipantId,
  PartyId,
  SessionId,
} from './ids.ts';
export {
  ID_PATTERN,
  newAgendaItemId,
  newClauseId,
  newCommentId,
  newOptionId,
  newParticipantId,
  newPartyId,
  newSessionId,
  randomId,
} from './ids.ts';
export type { Participant } from './Participant.ts';
export type { AuditActor, AuditEntryView, AuditPage } from './protocol/AuditApi.ts';
export { auditActorSchema, auditEntrySchema, auditPageSchema } from './protocol/AuditApi.ts';
export type { AuthorEntry, AuthorsAnswer } from './protocol/AuthorsApi.ts';
export { authorEntrySchema, authorsAnswerSchema, SERVER_AUTHOR_NAME } from './protocol/AuthorsApi.ts';
export type { CommandAnswer } from './protocol/CommandAnswer.ts';
export { commandAnswerSchema } from './protocol/CommandAnswer.ts';
export type { Command, CommandType } from './protocol/Commands.ts';
export { COMMAND_ROLES, commandSchema } from './protocol/Commands.ts';
export type { DiffPart } from './protocol/DiffPart.ts';
export { diffPartSchema } from './protocol/DiffPart.ts';
export type { HealthAnswer, StoreReachability } from './protocol/HealthApi.ts';
export { healthAnswerSchema, storeReachabilitySchema } from './protocol/HealthApi.ts';
export type {
  ChangedClause,
  ChangesAnswer,
  ChangesSeenAnswer,
  ClauseAtAnswer,
  ClauseHistoryAnswer,
  ClauseHistoryEntry,
  HistoryPerson,
} from './protocol/HistoryApi.ts';
export {
  changedClauseSchema,
  changesAnswerSchema,
  changesSeenAnswerSchema,
  clauseAtAnswerSchema,
  clauseHistoryAnswerSchema,
  clauseHistoryEntrySchema,
  historyPersonSchema,
} from './protocol/HistoryApi.ts';
export type {
  ImportAnswer,
  ImportedBlock,
  ImportedClause,
  ImportedRun,
  ImportFormat,
  ImportPreview,
  ImportRequest,
} from './protocol/ImportApi.ts';
export {
  IMPORT_MAX_BODY_BYTES,
  IMPORT_MAX_FILE_BYTES,
  importAnswerSchema,
  importedBlockSchema,
  importedClauseSchema,
  importedRunSchema,
  importFormatSchema,
  importPreviewSchema,
  importRequestSchema,
} from './protocol/ImportApi.ts';
export type { InviteLink, InvitesAnswer } from './protocol/InvitesApi.ts';
export { inviteLinkSchema, invitesAnswerSchema } from './protocol/InvitesApi.ts';
export type { NoticeFacts, NoticeHolder, NoticePerson } from './protocol/NoticeFacts.ts';
export {
  noticeFactsSchema,
  noticeHolderSchema,
  noticePersonSchema,
  noticeSuggestionSchema,
} from './protocol/NoticeFacts.ts';
export type { Notice, NoticeKind, Notices, NoticesRead } from './protocol/NoticesApi.ts';
export {
  markNoticesReadSchema,
  noticeKindSchema,
  noticeSchema,
  noticesReadSchema,
  noticesSchema,
} from './protocol/NoticesApi.ts';
export type { PresenceAnswer, PresenceEntry } from './protocol/PresenceApi.ts';
export { presenceAnswerSchema, presenceEntrySchema } from './protocol/PresenceApi.ts';
export type { PresenceIdentity, PresenceUser } from './protocol/PresenceUser.ts';
export { presenceIdentitySchema, presenceUserSchema } from './protocol/PresenceUser.ts';
export type { ClauseComparison, Comparison, Version, VersionsAnswer } from './protocol/RevisionsApi.ts';
export {
  clauseComparisonSchema,
  comparisonSchema,
  versionSchema,
  versionsAnswerSchema,
} from './protocol/RevisionsApi.ts';
export type { Roster, RosterEntry } from './protocol/Roster.ts';
export { rosterEntrySchema, rosterSchema } from './protocol/Roster.ts';
export type {
  ApiError,
  CreateSessionRequest,
  CreateSessionResponse,
  Invite,
  JoinRequest,
  JoinResponse,
  ServerTime,
  SessionSummary,
  ValidCreateSessionRequest,
} from './protocol/SessionApi.ts';
export {
  apiErrorSchema,
  createSessionRequestSchema,
  createSessionResponseSchema,
  describeValidationError,
  inviteSchema,
  joinRequestSchema,
  joinResponseSchema,
  serverTimeSchema,
  sessionSummarySchema,
} from './protocol/SessionApi.ts';
export type { VerifyAnswer } from './protocol/VerifyApi.ts';
export { verifyAnswerSchema } from './protocol/VerifyApi.ts';
export type { Role } from './Role.ts';
export { roleSchema } from './Role.ts';
export type { BracketedRun } from './rules/BracketOwnership.ts';
export { canonicalMarks, changedForeignBracket, normalBracket } from './rules/BracketOwnership.ts';
export type {
  ClauseContent,
  ClauseFacts,
  ClauseSignOffFacts,
  ClauseTransition,
  TransitionActor,
  TransitionRefusal,
  TransitionRule,
  TransitionVerdict,
} from './rules/ClauseLife.ts';
export {
  CLAUSE_TRANSITION_NAMES,
  CLAUSE_TRANSITIONS,
  checkSetStatus,
  checkTransition,
  describeOpenContent,
  isBracketedContent,
  statusFromContent,
  statusFromSignOffs,
} from './rules/ClauseLife.ts';
export type { ClosingBlock, ClosingStep } from './rules/ClosingRules.ts';
export { closingBlocks, describeClosingBlocks } from './rules/ClosingRules.ts';
export { clauseContentOf, clauseFactsOf, clauseWording } from './rules/clauseFacts.ts';
export type { DocumentPart, PartKind } from './rules/DocumentPart.ts';
export { describePart } from './rules/DocumentPart.ts';
export { languagesWithText } from './rules/languagesWithText.ts';
export type { BracketField, OpenBracket } from './rules/openBrackets.ts';
export { openBracketsOf } from './rules/openBrackets.ts';
export type { PendingSuggestion, SuggestionField } from './rules/pendingSuggestions.ts';
export {
  clauseTextFields,
  describePendingSuggestions,
  forEachFieldText,
  maySettleSuggestion,
  pendingSuggestionProblems,
  pendingSuggestionsOf,
  readMarkedBlocks,
} from './rules/pendingSuggestions.ts';
export { plenaryWriteContext } from './rules/plenaryWriteContext.ts';
export { mayRead } from './rules/ReadRules.ts';
export { mayReadRevisions } from './rules/RevisionAccess.ts';
export type { MarkedBlock, MarkedRun, SuggestionAuthor } from './rules/SuggestionRules.ts';
export {
  mustSuggest,
  suggestionAuthorOf,
  suggestionEditProblem,
  suggestionOf,
} from './rules/SuggestionRules.ts';
export type { TablingSource } from './rules/TablingRules.ts';
export { tablingRefusal } from './rules/TablingRules.ts';
export type { VersionAlignment, VersionAlignmentState } from './rules/versionAlignment.ts';
export {
  describeUnalignedVersions,
  unalignedAuthenticVersions,
  versionAlignments,
} from './rules/versionAlignment.ts';
export type { WriteRefusal, WriteRefusalCode } from './rules/WriteRefusal.ts';
export { describeWriteRefusal } from './rules/WriteRefusal.ts';
export type { Access, ClauseState, Verdict, WriteContext } from './rules/WriteRules.ts';
export { mayWrite, WRITE_RULES } from './rules/WriteRules.ts';
export type { AgendaItem, AgendaItemState, NewAgendaItem } from './schema/AgendaItem.ts';
export {
  AGENDA_ITEM_FIELDS,
  agendaItemNotes,
  agendaItemSchema,
  agendaItemStateSchema,
  appendAgendaItem,
  findAgendaItem,
  moveAgendaItem,
  readAgenda,
  readAgendaItem,
  writeAgendaItemFields,
} from './schema/AgendaItem.ts';
export type { Bracket, BracketHolder, BracketReason } from './schema/Bracket.ts';
export {
  BRACKET_MARK,
  BRACKET_NOTE_MAX,
  BRACKET_REASON_LABELS,
  bracketHolderSchema,
  bracketReasonSchema,
  bracketSchema,
  holderName,
  IMPORTED_BRACKET_NOTE,
  isMediatorHolder,
  MEDIATOR_HOLDER,
  MEDIATOR_HOLDER_NAME,
} from './schema/Bracket.ts';
export type { Clause, ClauseField, ClauseKind, ClausePart, NewClause } from './schema/Clause.ts';
export {
  buildClauseRecord,
  CLAUSE_FIELDS,
  clauseComments,
  clauseKindSchema,
  clauseNumbers,
  clauseOptions,
  clauseRecord,
  clauseSignOffs,
  insertClause,
  isClauseField,
  newClauseSchema,
  readClause,
  readClauseState,
  readClausesInOrder,
  setClauseControl,
} from './schema/Clause.ts';
export type { ClauseComment } from './schema/ClauseComment.ts';
export { clauseCommentSchema } from './schema/ClauseComment.ts';
export type { ClauseOption } from './schema/ClauseOption.ts';
export {
  CLAUSE_OPTION_FIELDS,
  clauseOptionSchema,
  createClauseOption,
  readClauseOption,
} from './schema/ClauseOption.ts';
export type { ClauseStatus } from './schema/ClauseStatus.ts';
export { CLAUSE_STATUS_LABELS, clauseStatusSchema, isWordingFrozen, isWordingSettled } from './schema/ClauseStatus.ts';
export type { ClauseText, ClauseVersionField } from './schema/ClauseVersion.ts';
export {
  buildClauseVersionRecord,
  CLAUSE_VERSION_FIELDS,
  clauseTextIn,
  clauseVersionRecord,
  clauseVersionsComplete,
  clauseVersionsMap,
  ensureClauseVersions,
  isClauseVersionField,
} from './schema/ClauseVersion.ts';
export { clauseWordingBracketed } from './schema/ClauseWording.ts';
export type { Adoption, AdoptionAcceptance, Initials, Silence, SilenceOutcome } from './schema/ClosingState.ts';
export {
  ADOPTION_KEY,
  adoptionSchema,
  isAdopted,
  isSilenceRunning,
  readAdoption,
  readSilence,
  SHA256_HEX,
  SILENCE_KEY,
  silenceCovers,
  silenceSchema,
  writeAdoption,
  writeSilence,
} from './schema/ClosingState.ts';
export type { PlenaryInit } from './schema/createPlenaryDocument.ts';
export { createPlenaryDocument } from './schema/createPlenaryDocument.ts';
export type { DocumentDetails, DocumentMarking } from './schema/DocumentDetails.ts';
export {
  calendarDateSchema,
  DEFAULT_DOCUMENT_DETAILS,
  DOCUMENT_MARKINGS,
  DOCUMENT_SYMBOL_MAX,
  documentDateInWords,
  documentDetailsSchema,
  documentMarkingSchema,
  documentSymbolSchema,
} from './schema/DocumentDetails.ts';
export type { LanguageAlignment } from './schema/LanguageAlignment.ts';
export { clauseAlignmentsMap, languageAlignmentSchema, readLanguageAlignment } from './schema/LanguageAlignment.ts';
export {
  addParty,
  hasParty,
  META_KEYS,
  readDocumentDetails,
  readLanguages,
  readLanguagesInParallel,
  readParties,
  readSchemaVersion,
  readSettings,
  readTitle,
  SERVER_WRITTEN_META_KEYS,
  writeDocumentDetails,
  writeLanguages,
  writeLanguagesInParallel,
  writeSetting,
  writeTitle,
} from './schema/Meta.ts';
export type { Moderation, ModerationKey } from './schema/Moderation.ts';
export {
  INITIAL_MODERATION,
  moderationSchema,
  readModeration,
  readMutes,
  writeModeration,
} from './schema/Moderation.ts';
export type { Migration } from './schema/migrations.ts';
export { CURRENT_SCHEMA_VERSION, MIGRATION_ORIGIN, MIGRATIONS, migratePlenary } from './schema/migrations.ts';
export type { Party } from './schema/Party.ts';
export { PARTY_COLORS, partyColor, partySchema, readParty } from './schema/Party.ts';
export { appendParagraph, fragmentPlainText } from './schema/RichText.ts';
export type { RichTextJsonNode, RichTextRun } from './schema/RichTextJson.ts';
export {
  replaceRichText,
  richTextJsonNodeSchema,
  richTextJsonSchema,
  richTextToJson,
  sameRichText,
} from './schema/RichTextJson.ts';
export type { RichTextAttribute, RichTextChildren, RichTextNodeRule } from './schema/RichTextSchema.ts';
export {
  RICH_TEXT_BLOCKS,
  RICH_TEXT_INLINE_NODES,
  RICH_TEXT_MARKS,
  RICH_TEXT_NODES,
  richTextAttributeProblem,
  richTextChildProblem,
  richTextMarkProblem,
} from './schema/RichTextSchema.ts';
export type { RoomDraft, RoomDraftField, TableAs, Tabling } from './schema/RoomDraft.ts';
export {
  addRoomDraft,
  isRoomDraftField,
  newDraftId,
  ROOM_DRAFT_FIELDS,
  readRoomDraft,
  readRoomDrafts,
  readTablings,
  recordTabling,
  roomDrafts,
  roomTablings,
  tableAsSchema,
  tablingSchema,
} from './schema/RoomDraft.ts';
export type { PlenaryRootName, PlenaryRoots } from './schema/roots.ts';
export { PLENARY_ROOT_KINDS, PlenaryRoot, plenaryRoots, RoomRoot, roomNotes } from './schema/roots.ts';
export type { SessionLanguage } from './schema/SessionLanguage.ts';
export {
  canonicalLanguageTag,
  DEFAULT_SESSION_LANGUAGES,
  languageOfNegotiation,
  languageTagSchema,
  MAX_SESSION_LANGUAGES,
  sessionLanguageSchema,
  sessionLanguagesSchema,
} from './schema/SessionLanguage.ts';
export type { EditMode, SessionSettings } from './schema/SessionSettings.ts';
export {
  DEFAULT_SESSION_SETTINGS,
  EDIT_MODES,
  editModeSchema,
  sessionSettingsSchema,
} from './schema/SessionSettings.ts';
export type { SignOff } from './schema/SignOff.ts';
export { signOffSchema } from './schema/SignOff.ts';
export { ensureStatement, parseStatementKey, readStatement, statementKey } from './schema/Statement.ts';
export type { SuggestionAttributes, SuggestionMark } from './schema/Suggestion.ts';
export {
  DELETION_MARK,
  INSERTION_MARK,
  isSuggestionMark,
  SUGGESTION_MARKS,
  suggestionAttributesSchema,
} from './schema/Suggestion.ts';
export type { TextOrigin } from './schema/TextOrigin.ts';
export { readTextOrigin, textOriginSchema } from './schema/TextOrigin.ts';
export { carriesNoMark, unmarkedWords } from './schema/UnmarkedText.ts';
export type { DocRef } from './sync/DocName.ts';
export { docName, parseDocName } from './sync/DocName.ts';
export type { TextDirection } from './text/textDirection.ts';
export { textDirection } from './text/textDirection.ts';
export { wordDiff } from './text/wordDiff.ts';
export type { WordSegment, WordSegments, WordSplitter } from './text/wordSplitter.ts';
export { pieceAt, splitsByDictionary, wordSplitter } from './text/wordSplitter.ts';
