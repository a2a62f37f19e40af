/*
 * Who may do what, declared once: every operation of the merged OpenAPI document, and the callers that may be
 * answered with success. The authorization matrix (authorization-matrix.spec.ts) calls every operation as every
 * caller and fails on any success that is not declared here, and on any operation the document has and this table
 * does not (or the other way round).
 *
 * The callers: no token; admin.demo; officer.demo (the province's secretariat, UBND tỉnh Kon Tum); the officer and
 * the leader of Sở Tư pháp, the unit the matrix's records belong to (unitofficer.demo, leader.demo); the officer
 * and the leader of a unit outside it (pc02.officer, pc02.leader of Phòng Cảnh sát hình sự); a council member of
 * the province (council.demo); another government system (client thidua-integration).
 *
 * How each operation is checked:
 * - 'role': decided on who calls, before anything is read: callers outside `allow` are refused (401 without a
 *   token, 403 with one) and callers inside are not.
 * - 'resource': decided on the record or the body, after reading it; the matrix calls with ids that name nothing
 *   and empty bodies, so it checks that nobody outside `allow` succeeds and that no signed-in caller gets 401.
 * - 'fixture': reads the records of Sở Tư pháp the matrix creates first: callers in `allow` succeed, the others
 *   are refused (403, or 404 where the record's existence is not disclosed).
 * - 'fixture-list': a list filtered on Sở Tư pháp: callers in `allow` find the matrix's record in it, the others
 *   are refused or find nothing.
 */
export const CALLERS = [
  'anonymous',
  'admin',
  'officer',
  'unitOfficer',
  'unitLeader',
  'otherUnitOfficer',
  'otherUnitLeader',
  'council',
  'integration',
] as const;
export type Caller = (typeof CALLERS)[number];
export type Check = 'role' | 'resource' | 'fixture' | 'fixture-list';
export interface Rule {
  allow: readonly Caller[];
  check: Check;
}

const ANYONE = CALLERS;
const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');
/** Accounts of people: every signed-in caller but another system, which only reads. */
const PEOPLE = SIGNED_IN.filter((c) => c !== 'integration');
/** The Standing office of the council (thường trực thi đua): decides, records, publishes. */
const SECRETARIAT: readonly Caller[] = ['admin', 'officer'];
const SECRETARIAT_AND_SYSTEMS: readonly Caller[] = [...SECRETARIAT, 'integration'];
/** Those who prepare a unit's dossiers (registrations, people, nominations): the secretariat and units' officers and leaders. */
const UNIT_STAFF: readonly Caller[] = [
  ...SECRETARIAT,
  'unitOfficer',
  'unitLeader',
  'otherUnitOfficer',
  'otherUnitLeader',
];
/** Auditors of a service's audit log: admins and other government systems. */
const AUDITORS: readonly Caller[] = ['admin', 'integration'];
/** Leaders of units sign covenants for their units. */
const UNIT_LEADERS: readonly Caller[] = ['unitLeader', 'otherUnitLeader'];
/** Those who read councils' work: the secretariat, council members and other systems. */
const COUNCIL_READERS: readonly Caller[] = [...SECRETARIAT, 'council', 'integration'];
/**
 * Who reads Sở Tư pháp's records beyond the public registry: its own officer and leader, the units above it (the
 * province: its secretariat and council), admins and other government systems; not a unit outside it.
 */
const WITHIN_REACH: readonly Caller[] = [...SECRETARIAT, 'unitOfficer', 'unitLeader', 'council', 'integration'];

export const POLICY: Record<string, Rule> = {
  'GET /api/v1/audit-log/award/consistency': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/award/records/{seq}/inclusion': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/award/tree-head': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/award/verification': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/bloc/consistency': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/bloc/records/{seq}/inclusion': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/bloc/tree-head': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/bloc/verification': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/campaign/consistency': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/campaign/records/{seq}/inclusion': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/campaign/tree-head': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/audit-log/campaign/verification': { allow: AUDITORS, check: 'role' },
  'GET /api/v1/award-types': { allow: SIGNED_IN, check: 'role' },
  'GET /api/v1/award-types/public': { allow: ANYONE, check: 'role' },
  'GET /api/v1/award-types/{code}': { allow: SIGNED_IN, check: 'role' },
  'GET /api/v1/base-salaries': { allow: SIGNED_IN, check: 'role' },
  'GET /api/v1/blocs': { allow: SIGNED_IN, check: 'role' },
  'POST /api/v1/blocs': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/blocs/{blocId}/covenants': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/covenants/{year}': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/blocs/{blocId}/covenants/{year}': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/covenants/{year}/board': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/blocs/{blocId}/covenants/{year}/close': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/covenants/{year}/document.docx': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/covenants/{year}/document.pdf': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/blocs/{blocId}/covenants/{year}/open': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/covenants/{year}/signatures': { allow: ANYONE, check: 'role' },
  'POST /api/v1/blocs/{blocId}/covenants/{year}/signatures': { allow: UNIT_LEADERS, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/honours': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/meetings': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/blocs/{blocId}/meetings': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/meetings/{meetingId}': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/blocs/{blocId}/meetings/{meetingId}': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/blocs/{blocId}/meetings/{meetingId}/attachments': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/meetings/{meetingId}/attachments/{attachmentId}': { allow: SIGNED_IN, check: 'resource' },
  'DELETE /api/v1/blocs/{blocId}/meetings/{meetingId}/attachments/{attachmentId}': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/members': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/blocs/{blocId}/members': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/blocs/{blocId}/members/export.xlsx': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/members/history': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/blocs/{blocId}/members/{membershipId}/end': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/blocs/{blocId}/scoring/{year}': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/blocs/{blocId}/scoring/{year}': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/blocs/{blocId}/scoring/{year}/close': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/blocs/{blocId}/scoring/{year}/confirm': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/scoring/{year}/ranking.xlsx': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/scoring/{year}/scorecards': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/blocs/{blocId}/scoring/{year}/scorecards/{scoredUnitId}': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/terms': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/terms/unapplied': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/blocs/{blocId}/terms/{year}': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/blocs/{blocId}/terms/{year}': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/blocs/{id}': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/blocs/{id}': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/campaigns': { allow: SIGNED_IN, check: 'role' },
  'POST /api/v1/campaigns': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/campaigns/mine': { allow: PEOPLE, check: 'role' },
  'GET /api/v1/campaigns/{campaignId}/dashboard': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/campaigns/{campaignId}/dashboard.xlsx': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/campaigns/{campaignId}/honours': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/campaigns/{campaignId}/models': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/campaigns/{campaignId}/registrations': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/campaigns/{campaignId}/registrations/mine': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/campaigns/{campaignId}/registrations/mine': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/campaigns/{campaignId}/registrations/mine/submit': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/campaigns/{campaignId}/reports': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/campaigns/{campaignId}/reports/evidence/{evidenceId}': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/campaigns/{campaignId}/reports/mine/{period}': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/campaigns/{campaignId}/reports/mine/{period}/evidence': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/campaigns/{campaignId}/reviews': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/campaigns/{campaignId}/reviews': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/campaigns/{campaignId}/reviews/{reviewId}': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/campaigns/{campaignId}/reviews/{reviewId}/close': { allow: SECRETARIAT, check: 'role' },
  'PUT /api/v1/campaigns/{campaignId}/reviews/{reviewId}/exemplars': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/campaigns/{id}': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/campaigns/{id}': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/campaigns/{id}/launch': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/campaigns/{id}/plan.docx': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/campaigns/{id}/plan.pdf': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/campaigns/{id}/revisions': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/councils': { allow: COUNCIL_READERS, check: 'role' },
  'POST /api/v1/councils': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/councils/{id}': { allow: COUNCIL_READERS, check: 'role' },
  'PUT /api/v1/councils/{id}': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/decisions': { allow: SECRETARIAT_AND_SYSTEMS, check: 'role' },
  'POST /api/v1/decisions': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/decisions/{id}': { allow: SECRETARIAT_AND_SYSTEMS, check: 'role' },
  'DELETE /api/v1/decisions/{id}': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/decisions/{id}/certificates.pdf': { allow: SECRETARIAT_AND_SYSTEMS, check: 'role' },
  'GET /api/v1/decisions/{id}/certificates/{nominationId}.pdf': { allow: SECRETARIAT_AND_SYSTEMS, check: 'role' },
  'GET /api/v1/decisions/{id}/document.docx': { allow: SECRETARIAT_AND_SYSTEMS, check: 'role' },
  'GET /api/v1/decisions/{id}/document.pdf': { allow: SECRETARIAT_AND_SYSTEMS, check: 'role' },
  'POST /api/v1/decisions/{id}/issue': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/honours': { allow: WITHIN_REACH, check: 'fixture-list' },
  'POST /api/v1/honours': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/honours/export': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/honours/open-data.csv': { allow: ANYONE, check: 'role' },
  'GET /api/v1/honours/open-data.json': { allow: ANYONE, check: 'role' },
  'GET /api/v1/honours/public': { allow: ANYONE, check: 'role' },
  'GET /api/v1/honours/statistics': { allow: ANYONE, check: 'role' },
  'GET /api/v1/honours/{id}': { allow: WITHIN_REACH, check: 'fixture' },
  'POST /api/v1/honours/{id}/revoke': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/me': { allow: SIGNED_IN, check: 'role' },
  'GET /api/v1/models': { allow: SIGNED_IN, check: 'role' },
  'GET /api/v1/models/{modelId}': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/models/{modelId}': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/models/{modelId}/adoptions': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/models/{modelId}/photos': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/models/{modelId}/photos/{photoId}': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/nominations': { allow: WITHIN_REACH, check: 'fixture-list' },
  'POST /api/v1/nominations': { allow: UNIT_STAFF, check: 'role' },
  'GET /api/v1/nominations/{id}': { allow: WITHIN_REACH, check: 'fixture' },
  'PUT /api/v1/nominations/{id}': { allow: UNIT_STAFF, check: 'role' },
  'POST /api/v1/nominations/{id}/appraisal': { allow: SECRETARIAT, check: 'role' },
  'PUT /api/v1/nominations/{id}/appraisal': { allow: SECRETARIAT, check: 'role' },
  'PUT /api/v1/nominations/{id}/council-vote': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/nominations/{id}/documents': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/nominations/{id}/documents/{documentId}': { allow: SIGNED_IN, check: 'resource' },
  'DELETE /api/v1/nominations/{id}/documents/{documentId}': { allow: UNIT_STAFF, check: 'role' },
  'POST /api/v1/nominations/{id}/eligibility': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/nominations/{id}/submit': { allow: UNIT_STAFF, check: 'role' },
  'POST /api/v1/nominations/{id}/withdraw': { allow: UNIT_STAFF, check: 'role' },
  'GET /api/v1/notices': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/notices': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/notices/nominations/{nominationId}/objections': { allow: PEOPLE, check: 'resource' },
  'PUT /api/v1/notices/objections/{objectionId}': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/notices/public': { allow: ANYONE, check: 'role' },
  'GET /api/v1/notices/{id}': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/notices/{id}/objections': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/parked-events/award': { allow: SIGNED_IN, check: 'role' },
  'POST /api/v1/parked-events/award/{id}/retry': { allow: SECRETARIAT, check: 'resource' },
  'POST /api/v1/parked-events/award/{id}/set-aside': { allow: SECRETARIAT, check: 'resource' },
  'GET /api/v1/parked-events/bloc': { allow: SIGNED_IN, check: 'role' },
  'POST /api/v1/parked-events/bloc/{id}/retry': { allow: SECRETARIAT, check: 'resource' },
  'POST /api/v1/parked-events/bloc/{id}/set-aside': { allow: SECRETARIAT, check: 'resource' },
  'GET /api/v1/parked-events/campaign': { allow: SIGNED_IN, check: 'role' },
  'POST /api/v1/parked-events/campaign/{id}/retry': { allow: SECRETARIAT, check: 'resource' },
  'POST /api/v1/parked-events/campaign/{id}/set-aside': { allow: SECRETARIAT, check: 'resource' },
  'GET /api/v1/people': { allow: WITHIN_REACH, check: 'fixture-list' },
  'POST /api/v1/people': { allow: UNIT_STAFF, check: 'role' },
  'GET /api/v1/people/{id}': { allow: WITHIN_REACH, check: 'fixture' },
  'PUT /api/v1/people/{id}': { allow: UNIT_STAFF, check: 'role' },
  'GET /api/v1/rule-sets': { allow: SIGNED_IN, check: 'role' },
  'POST /api/v1/rule-sets': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/rule-sets/{id}': { allow: SIGNED_IN, check: 'resource' },
  'PUT /api/v1/rule-sets/{id}': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/tasks': { allow: SIGNED_IN, check: 'role' },
  'GET /api/v1/title-registrations': { allow: WITHIN_REACH, check: 'fixture' },
  'POST /api/v1/title-registrations': { allow: UNIT_STAFF, check: 'role' },
  'POST /api/v1/title-registrations/import': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/title-registrations/template': { allow: SIGNED_IN, check: 'role' },
  'DELETE /api/v1/title-registrations/{id}': { allow: UNIT_STAFF, check: 'role' },
  'GET /api/v1/unit-assessments/{unitId}': { allow: WITHIN_REACH, check: 'fixture' },
  'PUT /api/v1/unit-assessments/{unitId}/{year}': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/units': { allow: SIGNED_IN, check: 'role' },
  'POST /api/v1/units': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/units/tree': { allow: SIGNED_IN, check: 'role' },
  'GET /api/v1/units/{id}': { allow: SIGNED_IN, check: 'fixture' },
  'PUT /api/v1/units/{id}': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/units/{id}/activate': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/units/{id}/deactivate': { allow: SECRETARIAT, check: 'role' },
  // accounts: an officer's reach (the units below their own) is checked on the record, in accounts.spec.ts and
  // bloc-service's AccountResourceTest
  'GET /api/v1/accounts': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/accounts': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/accounts/roles': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/accounts/{id}': { allow: SECRETARIAT, check: 'role' },
  'PUT /api/v1/accounts/{id}': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/accounts/{id}/activate': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/accounts/{id}/deactivate': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/accounts/{id}/invitation': { allow: SECRETARIAT, check: 'role' },
  'POST /api/v1/accounts/import': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/accounts/import/template': { allow: SECRETARIAT, check: 'role' },
  'GET /api/v1/voting-sessions': { allow: SIGNED_IN, check: 'role' },
  'POST /api/v1/voting-sessions': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/voting-sessions/{id}': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/voting-sessions/{id}/ballots': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/voting-sessions/{id}/close': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/voting-sessions/{id}/minutes.docx': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/voting-sessions/{id}/minutes.pdf': { allow: SIGNED_IN, check: 'resource' },
  'GET /api/v1/voting-sessions/{id}/nominations/{nominationId}/documents/{documentId}': {
    allow: SIGNED_IN,
    check: 'resource',
  },
  'GET /api/v1/voting-sessions/{id}/progress': { allow: SIGNED_IN, check: 'resource' },
  'POST /api/v1/voting-sessions/{id}/questions/{questionId}/referral': { allow: PEOPLE, check: 'resource' },
  'GET /api/v1/voting-sessions/{id}/result': { allow: ANYONE, check: 'role' },
  'POST /api/v1/voting-sessions/{id}/rounds': { allow: PEOPLE, check: 'resource' },
  'POST /api/v1/voting-sessions/{id}/written-ballots': { allow: PEOPLE, check: 'resource' },
};
