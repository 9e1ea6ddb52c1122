import type { Dict } from '../../../i18n/types';
import type { auditZhCN } from './zh-CN';

export const auditEn: Dict<typeof auditZhCN> = {
  keep: {
    download: 'Keep the head',
    downloaded: 'The head was downloaded: keep it outside the database (the auditor\'s own computer or archive)',
    empty: 'The audit trail is empty: there is no head to keep yet',
    verify: 'Verify against a kept head',
    title: 'Verify the audit chain against a kept head',
    hint: 'Upload or paste a head downloaded earlier (or a backup\'s .head.json, "id:hash", or the server\'s checkpoint log). If the newest records were deleted, the chain still links but no longer reaches the kept head.',
    upload: 'Choose a file',
    placeholder: '{"id": 1234, "hash": "…", "count": 1234, "at": "…"}',
    invalid: 'No head found: it needs an id and a hash',
    close: 'Close',
    run: 'Verify',
    reached: 'The audit chain is intact and still reaches the kept head (record {{id}}): {{checked}} records checked.',
  },
  checkpoint: 'Compared with {{count}} heads of the server\'s checkpoint log, the furthest at record {{id}} ({{at}}).',
  noCheckpoint: 'The server has written no checkpoint yet: keep a head yourself.',
  role: {
    title: 'The database account can change audit records',
    description: 'The account the application connects as ("{{role}}") may do too much ({{findings}}): it can switch the append-only triggers off and then change or delete audit records. Set HONGTU_MIGRATION_DATABASE_URL so that the owner runs the migrations and the application\'s account may only read and append audit records (hongtu db grants).',
  },
  words: {
    description: 'What happened',
    object: 'Object',
    history: "Show this object's whole history",
    only: 'Only: {{type}} {{label}}',
    clear: 'Show all',
    actionCode: 'Action code',
    entityId: 'Object ID',
  },
};
