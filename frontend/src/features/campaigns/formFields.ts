/**
 * Server paths (launchDocument.number, contents[2], reportingPeriods[0].closesOn) as the campaign form's field names,
 * for problemFormErrors.
 */
export function formField(path: string): (string | number)[] | undefined {
  const simple: Record<string, string> = {
    organizingUnitId: 'organizingUnitId',
    title: 'title',
    kind: 'kind',
    theme: 'theme',
    startsOn: 'startsOn',
    endsOn: 'endsOn',
    registrationDeadline: 'registrationDeadline',
    changeReason: 'changeReason',
    'launchDocument.number': 'docNumber',
    'launchDocument.type': 'docType',
    'launchDocument.date': 'docDate',
    'launchDocument.issuer': 'docIssuer',
    scope: 'scopeKind',
    'launchDocument.signingFor': 'docSigningFor',
    'launchDocument.signerPosition': 'docSignerPosition',
    'launchDocument.signerName': 'docSignerName',
  };
  if (simple[path]) return [simple[path]];
  const list = /^(contents|targets|pledgeRules|plannedAwards|reportingPeriods)\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (list) {
    const name = list[1] === 'reportingPeriods' ? 'periods' : list[1];
    return list[3] ? [name, Number(list[2]), list[3]] : [name, Number(list[2])];
  }
  if (path.startsWith('scope.refs')) return ['scopeKind'];
  return undefined;
}
